// Registered methods run from the window on a tiny real project: the job stores the run, the
// document receives it (one signal), the slices are what the method promises (checked by brute
// force from the document's table), a reopened project brings the runs back, and the Analysis
// menu lists every registered method.
#include "core/methods/method_registry.h"
#include "core/methods/result_codec.h"
#include "core/nn/inference.h"
#include "core/store/project.h"
#include "core/store/run_repo.h"
#include "tests/ui/test_document_fixture.h"
#include "ui/document/analysis_document.h"
#include "ui/jobs/job_manager.h"
#include "ui/mainwindow/main_window.h"
#include "ui/mainwindow/project_loader.h"
#include "ui/mainwindow/project_panel.h"
#include "ui/methods/method_command.h"
#include "ui/settings/settings.h"
#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>
#include <set>

using namespace fl;
using namespace fl::ui;

namespace {

QString firstError(const QSignalSpy& errors) {
    return errors.isEmpty() ? QString() : errors[0][0].toString();
}

} // namespace

class TestMethodsCommand : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_project;

    void open(AnalysisDocument& doc) {
        const fl::jobs::JobContext ctx(Progress{}, CancelToken{}, 1);
        auto loaded = ProjectLoader::load(m_project.toStdString(), "cpu", ctx);
        QVERIFY2(loaded->warnings.isEmpty(), qPrintable(loaded->warnings.join(u'\n')));
        doc.setLoaded(std::move(*loaded));
    }

    // The validation split's rows of the document's table.
    static std::vector<int> validationRows(const ExampleTable& t) {
        std::vector<int> rows;
        for (int r = 0; r < t.rows(); ++r)
            if (t.splits[r] == quint8(data::Split::Val))
                rows.push_back(r);
        return rows;
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("FaultlineTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_methods_command"));
        for (int k = 0; k < Settings::KeyCount; ++k)
            Settings::reset(Settings::Key(k));
        Settings::setValue(Settings::Device, QStringLiteral("cpu"));
        QVERIFY(m_dir.isValid());
        m_project = fl::test::makeFixtureProject(m_dir.path());
    }

    // The loader builds the table from the core's stored outputs: one row per output row,
    // ordered by example id, facts from the dataset at each row's position.
    void loaderTableFollowsTheOutputs() {
        AnalysisDocument doc;
        open(doc);
        const ExampleTable& t = doc.examples();
        const auto outputs = doc.outputs();
        QVERIFY(outputs);
        QCOMPARE(t.rows(), 24);
        QCOMPARE(qsizetype(outputs->indices.size()), qsizetype(t.rows()));
        QVERIFY(std::is_sorted(t.ids.begin(), t.ids.end()));
        const data::Dataset& d = *doc.dataset();
        for (int r = 0; r < t.rows(); ++r) {
            const auto pos = std::size_t(outputs->indices[std::size_t(r)]);
            QCOMPARE(t.ids[r], d.ids[pos]);
            QCOMPARE(t.labels[r], d.labels[pos]);
            QCOMPARE(t.predictions[r], outputs->predictions[std::size_t(r)]);
            QCOMPARE(t.confidence[r], outputs->probabilities(r, t.predictions[r]));
            QCOMPARE(t.loss[r], outputs->losses[std::size_t(r)]);
        }
        QCOMPARE(doc.embeddingDim(), int(outputs->embeddings.cols()));
        QVERIFY(doc.embeddingDim() > 0);
        QVERIFY(!doc.latestResult("confidence"));
    }

    // Errors by loss: exactly the misclassified validation examples, highest loss first.
    void confidenceFindsTheErrors() {
        AnalysisDocument doc;
        open(doc);
        QVERIFY(MethodCommand::available(doc));
        QSignalSpy changed(&doc, &AnalysisDocument::methodResultChanged);
        QSignalSpy slicesChanged(&doc, &AnalysisDocument::slicesChanged);
        QSignalSpy errors(&doc, &AnalysisDocument::errorReported);
        JobManager jobs(1);
        const auto id = MethodCommand::startWith("confidence", {}, methods::Preset::Default,
                                                 data::Split::Val, nullptr, doc, jobs);
        QVERIFY(id != 0);
        QCOMPARE(jobs.job(id)->name, QStringLiteral("Errors by loss on val"));
        QVERIFY(jobs.waitForIdle(120000));
        QVERIFY2(errors.isEmpty(), qPrintable(firstError(errors)));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed[0][0].toString(), QStringLiteral("confidence"));
        QCOMPARE(slicesChanged.count(), 1);

        const auto r = doc.latestResult("confidence");
        QVERIFY(r);
        QVERIFY(r->runId > 0);
        QCOMPARE(r->split, std::string("val"));
        QCOMPARE(r->slices.size(), std::size_t(1));
        const ExampleTable& t = doc.examples();
        std::set<qint64> expected;
        for (int row : validationRows(t))
            if (t.labels[row] != t.predictions[row])
                expected.insert(t.ids[row]);
        QVERIFY2(!expected.empty(), "the fixture's untrained model makes validation errors");
        const auto& members = r->slices[0].memberIds;
        QCOMPARE(std::set<qint64>(members.begin(), members.end()), expected);
        QCOMPARE(members.size(), expected.size());
        for (std::size_t k = 1; k < members.size(); ++k)
            QVERIFY(t.loss[t.row(members[k - 1])] >= t.loss[t.row(members[k])] - 1e-6f);

        // Stored with the evaluation's dataset and model; the window's connection reads it.
        const auto run = store::RunRepo(*doc.project()).get(r->runId);
        QVERIFY(run && run->datasetId && run->modelId);
        QCOMPARE(methods::loadResult(*doc.project(), r->runId).slices[0].memberIds, members);
        QCOMPARE(r->slices[0].storedId > 0, true);
    }

    // Embedding K-means with K = 3: at most 3 slices that partition the validation split.
    void kmeansPartitionsTheSplit() {
        AnalysisDocument doc;
        open(doc);
        QSignalSpy changed(&doc, &AnalysisDocument::methodResultChanged);
        QSignalSpy errors(&doc, &AnalysisDocument::errorReported);
        JobManager jobs(1);
        QVERIFY(MethodCommand::startWith("embedding-kmeans", {{"k", "3"}}, methods::Preset::Default,
                                         data::Split::Val, nullptr, doc, jobs) != 0);
        QVERIFY(jobs.waitForIdle(120000));
        QVERIFY2(errors.isEmpty(), qPrintable(firstError(errors)));
        QCOMPARE(changed.count(), 1);
        const auto r = doc.latestResult("embedding-kmeans");
        QVERIFY(r);
        QCOMPARE(r->settings.at("k"), std::string("3"));
        QVERIFY(!r->slices.empty() && r->slices.size() <= 3);
        std::multiset<qint64> seen;
        for (const auto& s : r->slices)
            seen.insert(s.memberIds.begin(), s.memberIds.end());
        std::multiset<qint64> validation;
        for (int row : validationRows(doc.examples()))
            validation.insert(doc.examples().ids[row]);
        QCOMPARE(seen, validation); // every example once

        // Reopened, the project brings each method's newest run back.
        AnalysisDocument again;
        QSignalSpy reopened(&again, &AnalysisDocument::methodResultChanged);
        open(again);
        QVERIFY(again.latestResult("embedding-kmeans"));
        QCOMPARE(again.latestResult("embedding-kmeans")->runId, r->runId);
        QVERIFY(again.latestResult("confidence")); // the previous test's run
        QStringList heard;
        for (const auto& args : reopened)
            heard << args[0].toString();
        for (const auto* m : methods::MethodRegistry::instance().all())
            QVERIFY(heard.contains(QString::fromStdString(m->info().id)));
    }

    // Values the core refuses do not start a job; the reason names the parameter.
    void refusedValuesStartNothing() {
        AnalysisDocument doc;
        open(doc);
        QSignalSpy errors(&doc, &AnalysisDocument::errorReported);
        JobManager jobs(1);
        QCOMPARE(MethodCommand::startWith("embedding-kmeans", {{"k", "0"}},
                                          methods::Preset::Default, data::Split::Val, nullptr, doc,
                                          jobs),
                 quint64(0));
        QCOMPARE(errors.count(), 1);
        QVERIFY2(firstError(errors).contains(QStringLiteral("'k'")),
                 qPrintable(firstError(errors)));
        QVERIFY(jobs.jobIds().isEmpty());
        QCOMPARE(MethodCommand::startWith("no-such-method", {}, methods::Preset::Default,
                                          data::Split::Val, nullptr, doc, jobs),
                 quint64(0));
        QCOMPARE(errors.count(), 2);
    }

    // One Analysis action per registered method, in registry order, with its shortcut; enabled
    // once a project with a model is open.
    void analysisMenuFromTheRegistry() {
        MainWindow w;
        QMenu* analysis = nullptr;
        for (QAction* a : w.menuBar()->actions())
            if (a->menu() && a->text().remove(u'&') == QStringLiteral("Analysis"))
                analysis = a->menu();
        QVERIFY(analysis);
        QStringList listed;
        for (QAction* a : analysis->actions())
            if (!a->property("methodId").toString().isEmpty())
                listed << a->property("methodId").toString();
        QStringList registered;
        for (const auto* m : methods::MethodRegistry::instance().all())
            registered << QString::fromStdString(m->info().id);
        QCOMPARE(listed, registered);
        QAction* inf = w.action(QStringLiteral("actionInfEmbed"));
        QVERIFY(inf);
        QCOMPARE(inf->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+I")));
        // The opponents question follows InfEmbed.
        const auto actions = analysis->actions();
        QCOMPARE(actions.value(actions.indexOf(inf) + 1),
                 w.action(QStringLiteral("actionOpponents")));
        QAction* km = w.action(QStringLiteral("actionMethod_embedding-kmeans"));
        QVERIFY(km);
        QCOMPARE(km->text(), QStringLiteral("Embedding K-means…"));
        QVERIFY(!km->statusTip().isEmpty());
        QVERIFY(!km->isEnabled());
        QSignalSpy opened(&w, &MainWindow::projectOpened);
        w.openProject(m_project);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 30000);
        QVERIFY(km->isEnabled());
        QVERIFY(w.action(QStringLiteral("actionMethod_confidence"))->isEnabled());
        QVERIFY(inf->isEnabled());

        // A run from the window: the status bar says what it found, the project tree lists it.
        QVERIFY(MethodCommand::startWith("confidence", {}, methods::Preset::Default,
                                         data::Split::Val, &w, *w.document(), *w.jobs()) != 0);
        QVERIFY(w.jobs()->waitForIdle(120000));
        const auto r = w.document()->latestResult("confidence");
        QVERIFY(r);
        const QString message = w.statusBar()->currentMessage();
        QVERIFY2(message.startsWith(QStringLiteral("Errors by loss found 1 slice(s)")) &&
                     message.contains(QStringLiteral("(run #%1)").arg(r->runId)),
                 qPrintable(message));
        auto* panel = qobject_cast<ProjectPanel*>(w.dock(QStringLiteral("project"))->widget());
        QVERIFY(panel);
        const auto runItems = panel->tree()->findItems(
            QStringLiteral("confidence #%1").arg(r->runId), Qt::MatchExactly | Qt::MatchRecursive);
        QCOMPARE(runItems.size(), 1);
    }
};

QTEST_MAIN(TestMethodsCommand)
#include "test_methods_command.moc"
