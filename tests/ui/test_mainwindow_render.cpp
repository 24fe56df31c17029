// The main window on a small fixture project: it opens the project in a background job, shows
// the selection in the status bar, keeps its shortcuts, restores its dock layout, and renders
// (a PNG is written into the build folder to be looked at).
#include "tests/ui/test_document_fixture.h"
#include "ui/document/analysis_document.h"
#include "ui/jobs/job_manager.h"
#include "ui/jobs/stall_monitor.h"
#include "ui/mainwindow/main_window.h"
#include "ui/settings/settings.h"
#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QMap>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

using namespace fl::ui;

class TestMainWindowRender : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_project;

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true); // QSettings go to a test location
        QCoreApplication::setOrganizationName(QStringLiteral("FaultlineTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_mainwindow"));
        for (int k = 0; k < Settings::KeyCount; ++k)
            Settings::reset(Settings::Key(k));
        m_project = fl::test::makeFixtureProject(m_dir.path(), 16);
    }

    void opensAProjectAndRenders() {
        MainWindow w;
        w.resize(1400, 860);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy opened(&w, &MainWindow::projectOpened);
        w.openProject(m_project);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 20000);
        AnalysisDocument* doc = w.document();
        QCOMPARE(doc->examples().rows(), 48);
        QVERIFY(w.windowTitle().contains(QStringLiteral("fixture.faultline")));
        QCOMPARE(Settings::recentProjects().value(0), QFileInfo(m_project).absoluteFilePath());

        // Errors on the test split become the selection; the status bar says how many and why.
        w.action(QStringLiteral("actionSelectErrors"))->trigger();
        const int n = doc->selection().ids.size();
        QVERIFY(n > 0);
        doc->setCurrentExample(doc->selection().ids.first());
        const auto labels = w.statusBar()->findChildren<QLabel*>();
        QVERIFY(std::any_of(labels.begin(), labels.end(), [&](QLabel* l) {
            return l->text().contains(QString::number(n)) &&
                   l->text().contains(QStringLiteral("errors on the test split"));
        }));
        QVERIFY(w.action(QStringLiteral("actionBack"))->isEnabled());
        QVERIFY(w.action(QStringLiteral("actionSaveSlice"))->isEnabled());
        QTest::qWait(300); // let views lay out and thumbnails arrive
        const QString png = QStringLiteral(FAULTLINE_BINARY_DIR "/test_mainwindow_render.png");
        QVERIFY(w.grab().save(png));
        qInfo("screenshot: %s; longest UI stall %.1f ms", qPrintable(png),
              w.stallMonitor()->maxStallMs());
        QVERIFY(w.stallMonitor()->maxStallMs() < 1000.0); // offscreen, loaded machine: generous
    }

    void shortcutsAreWired() {
        MainWindow w;
        const auto key = [&](const char* name) {
            return w.action(QString::fromLatin1(name))->shortcut();
        };
        QCOMPARE(key("actionOpen"), QKeySequence(QKeySequence::Open));
        QCOMPARE(key("actionNew"), QKeySequence(QKeySequence::New));
        QCOMPARE(key("actionSaveSlice"), QKeySequence(QKeySequence::Save));
        QCOMPARE(key("actionBack"), QKeySequence(Qt::ALT | Qt::Key_Left));
        QCOMPARE(key("actionForward"), QKeySequence(Qt::ALT | Qt::Key_Right));
        QCOMPARE(key("actionUndo"), QKeySequence(QKeySequence::Undo));
        QCOMPARE(key("actionExportReport"), QKeySequence(QKeySequence::Print));
        QVERIFY(!w.action(QStringLiteral("actionExportReport"))->toolTip().isEmpty());
        // No two actions share a key (the menus and the registered methods' shortcuts alike).
        QMap<QString, QString> owner;
        for (const QAction* a : w.findChildren<QAction*>()) {
            for (const QKeySequence& k : a->shortcuts()) {
                const QString text = k.toString(QKeySequence::PortableText);
                if (text.isEmpty())
                    continue;
                QVERIFY2(!owner.contains(text) || owner[text] == a->objectName(),
                         qPrintable(text + " is both " + owner[text] + " and " + a->objectName()));
                owner[text] = a->objectName();
            }
        }
    }

    void layoutIsSavedAndRestored() {
        {
            MainWindow w;
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.dock(QStringLiteral("embedding"))->hide();
            w.close(); // saves geometry and dock state
        }
        MainWindow again;
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QVERIFY(!again.dock(QStringLiteral("embedding"))->isVisible());
        QVERIFY(again.dock(QStringLiteral("jobs"))->isVisible());
        again.action(QStringLiteral("actionResetLayout"))->trigger();
        QVERIFY(again.dock(QStringLiteral("embedding"))->isVisible());
    }

    void aMissingProjectIsReported() {
        MainWindow w;
        QSignalSpy failed(&w, &MainWindow::projectFailed);
        w.openProject(m_dir.filePath(QStringLiteral("nope.faultline")));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
        QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("nope.faultline")));
        QVERIFY(!w.document()->hasProject());
    }
};

QTEST_MAIN(TestMainWindowRender)
#include "test_mainwindow_render.moc"
