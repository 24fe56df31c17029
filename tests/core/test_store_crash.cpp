// Crash safety of the project store: a child process writing annotations is killed with SIGKILL
// mid-stream; every annotation it reported committed must be in the reopened, intact file.
#include "core/store/annotation_repo.h"
#include "core/store/project.h"
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <cstdio>
#include <set>

using namespace fl::store;

class TestStoreCrash : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Run by the parent as a child process (FL_CRASH_CHILD=project path); skipped otherwise.
    void childWriter() {
        const QByteArray path = qgetenv("FL_CRASH_CHILD");
        if (path.isEmpty())
            QSKIP("only runs as the child of killedWriterLosesNothingCommitted");
        Project p = Project::open(path.toStdString());
        AnnotationRepo notes(p);
        for (int i = 1; i < 1000000; ++i) {
            notes.add(
                {0, TargetKind::Example, i, "child", AnnotationKind::Tag, "n" + std::to_string(i)});
            // Only after COMMIT returned: the parent may rely on this row.
            std::printf("COMMITTED %d\n", i);
            std::fflush(stdout);
        }
    }

    void killedWriterLosesNothingCommitted() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("crash.faultline").toStdString();
        Project::create(path).close();

        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("FL_CRASH_CHILD", QString::fromStdString(path));
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(QCoreApplication::applicationFilePath(), {"childWriter"});
        QVERIFY(child.waitForStarted());
        int reported = 0;
        QByteArray pending;
        auto readLines = [&] {
            pending += child.readAllStandardOutput();
            int nl;
            while ((nl = pending.indexOf('\n')) >= 0) {
                const QByteArray line = pending.left(nl).trimmed();
                pending.remove(0, nl + 1);
                if (line.startsWith("COMMITTED "))
                    reported = line.mid(10).toInt();
            }
        };
        QElapsedTimer t;
        t.start();
        while (reported < 150 && t.elapsed() < 20000 && child.state() == QProcess::Running) {
            child.waitForReadyRead(100);
            readLines();
        }
        QVERIFY2(reported >= 150, "the child did not commit in time");
        child.kill(); // SIGKILL: no destructor, no COMMIT, no checkpoint runs
        QVERIFY(child.waitForFinished(5000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        readLines(); // lines already in the pipe were committed too
        qDebug("child killed after reporting %d commits", reported);

        Project p = Project::open(path);
        QCOMPARE(p.integrityCheck(), std::string("ok"));
        AnnotationRepo notes(p);
        const std::int64_t stored = notes.count();
        qDebug("rows in the reopened project: %lld", static_cast<long long>(stored));
        QVERIFY(stored >= reported);
        QVERIFY(stored <= reported + 1); // at most the commit that was not yet printed
        for (int i = 1; i <= reported; ++i) {
            const auto rows = notes.list(TargetKind::Example, i);
            QCOMPARE(rows.size(), std::size_t(1));
            QCOMPARE(rows[0].value, "n" + std::to_string(i));
        }
    }
};

QTEST_GUILESS_MAIN(TestStoreCrash)
#include "test_store_crash.moc"
