// The jobs bridge and panel: progress reaches the UI thread, a Cancel click ends a running job
// within a second, results go only to live context objects, failures carry their message.
#include "ui/jobs/job_manager.h"
#include "ui/jobs/jobs_panel.h"
#include "ui/jobs/stall_monitor.h"
#include <QElapsedTimer>
#include <QPushButton>
#include <QSignalSpy>
#include <QThread>
#include <QtTest>

using namespace fl::ui;
using fl::jobs::JobContext;
using fl::jobs::JobState;
using fl::jobs::JobWeight;

namespace {

// A job that runs until cancelled, reporting progress every few milliseconds.
int spinUntilCancelled(JobContext& c) {
    for (int i = 0;; ++i) {
        c.report(std::min(0.99, i / 1000.0), "step " + std::to_string(i));
        c.throwIfCancelled();
        QThread::msleep(5);
    }
}

} // namespace

class TestJobsUi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cancelButtonStopsAJob() {
        JobManager jobs(1);
        JobsPanel panel(&jobs);
        panel.resize(700, 120);
        panel.show();
        const JobId id = jobs.submit(QStringLiteral("Spinning"), JobWeight::Heavy,
                                     [](JobContext& c) { return std::any(spinUntilCancelled(c)); });
        QCOMPARE(panel.rowCount(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(jobs.job(id)->fraction > 0.0, 5000);
        QVERIFY(jobs.job(id)->message.startsWith(QStringLiteral("step")));
        QPushButton* cancel = panel.cancelButton(id);
        QVERIFY(cancel && cancel->isVisible());

        QSignalSpy finished(&jobs, &JobManager::jobFinished);
        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 1000);
        qInfo("cancelled after %lld ms", clock.elapsed());
        QVERIFY(clock.elapsed() < 1000);
        QCOMPARE(jobs.job(id)->state, JobState::Cancelled);
        QVERIFY(!cancel->isVisible());
        QCOMPARE(jobs.activeCount(), 0);
        jobs.clearFinished();
        QCOMPARE(panel.rowCount(), 0);
    }

    void resultsGoToLiveContextsOnly() {
        JobManager jobs(1);
        auto* alive = new QObject;
        auto* closed = new QObject;
        int delivered = 0, stale = 0;
        jobs.run<int>(
            QStringLiteral("answer"), JobWeight::Light, [](JobContext&) { return 42; }, alive,
            std::function<void(int)>([&](int v) { delivered = v; }));
        jobs.run<int>(
            QStringLiteral("late"), JobWeight::Light,
            [](JobContext&) {
                QThread::msleep(50);
                return 1;
            },
            closed, std::function<void(int)>([&](int) { ++stale; }));
        delete closed; // the view closed while its job ran
        QVERIFY(jobs.waitForIdle(5000));
        QCOMPARE(delivered, 42);
        QCOMPARE(stale, 0);
        delete alive;
    }

    void failuresCarryTheMessage() {
        JobManager jobs(1);
        QString error;
        const JobId id = jobs.run<int>(
            QStringLiteral("broken"), JobWeight::Light,
            [](JobContext&) -> int { fl::throwBadInput("the file is not a dataset"); }, this,
            std::function<void(int)>([](int) {}),
            std::function<void(QString)>([&](QString e) { error = e; }));
        QVERIFY(jobs.waitForIdle(5000));
        QCOMPARE(jobs.job(id)->state, JobState::Failed);
        QCOMPARE(error, QStringLiteral("the file is not a dataset"));
    }

    void workersUseTheConfiguredThreads() {
        JobManager jobs(1);
        int seen = -1;
        jobs.run<int>(
            QStringLiteral("threads"), JobWeight::Heavy,
            [](JobContext& c) { return c.torchThreads(); }, this,
            std::function<void(int)>([&](int n) { seen = n; }));
        QVERIFY(jobs.waitForIdle(5000));
        QCOMPARE(seen, 1);
    }

    void stallMonitorSeesABlockedThread() {
        StallMonitor m;
        m.start();
        QTest::qWait(50);
        QThread::msleep(150); // block the event loop
        QTest::qWait(50);
        QVERIFY(m.maxStallMs() > 100.0);
        QCOMPARE(m.stallsOver(100.0), 1);
    }
};

QTEST_MAIN(TestJobsUi)
#include "test_jobs_ui.moc"
