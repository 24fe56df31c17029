// The InfEmbed dialog: settings round trip (widgets, QSettings), presets, validation, layer
// choices the model cannot run; and the whole job on a tiny project: stored, shown, reloaded.
#include "core/data/dataset.h"
#include "core/methods/infembed_method.h"
#include "core/nn/classifier.h"
#include "core/nn/training.h"
#include "core/store/artifact_store.h"
#include "core/store/project.h"
#include "core/store/run_repo.h"
#include "core/store/slice_repo.h"
#include "tests/ui/test_document_fixture.h"
#include "ui/document/analysis_document.h"
#include "ui/jobs/job_manager.h"
#include "ui/mainwindow/project_loader.h"
#include "ui/methods/infembed/infembed_command.h"
#include "ui/methods/infembed/infembed_dialog.h"
#include "ui/views/slice_list_view.h"
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <atomic>
#include <chrono>
#include <random>
#include <thread>

using namespace fl;
using namespace fl::ui;

namespace {

influence::InfEmbedRequest unusual() {
    influence::InfEmbedRequest r;
    r.influence.layers = "block";
    r.influence.arnoldiDim = 321;
    r.influence.embeddingDim = 77;
    r.influence.hessianSubset = 1234;
    r.influence.seed = 99;
    r.split = data::Split::Test;
    r.rule = true;
    r.plain.k = 13;
    r.plain.niter = 31;
    r.ruleOptions.maxAccuracy = 0.55;
    r.ruleOptions.minSize = 12;
    r.ruleOptions.branching = 4;
    r.ruleOptions.maxDepth = 5;
    r.ruleOptions.niter = 31;
    r.embedTraining = true;
    r.opponentsPerSlice = 9;
    return r;
}

void compare(const influence::InfEmbedRequest& a, const influence::InfEmbedRequest& b) {
    QCOMPARE(a.influence.toSettings(), b.influence.toSettings());
    QCOMPARE(a.split, b.split);
    QCOMPARE(a.rule, b.rule);
    QCOMPARE(a.plain.k, b.plain.k);
    QCOMPARE(a.plain.niter, b.plain.niter);
    QCOMPARE(a.ruleOptions.toSettings(), b.ruleOptions.toSettings());
    QCOMPARE(a.embedTraining, b.embedTraining);
    QCOMPARE(a.opponentsPerSlice, b.opponentsPerSlice);
}

InfEmbedDialog::Context everything() {
    InfEmbedDialog::Context c;
    c.splitSizes = {600, 100, 100};
    return c;
}

QPushButton* okButton(InfEmbedDialog& d) {
    return d.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}

} // namespace

class TestInfEmbedDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true); // QSettings in a test location
        QCoreApplication::setOrganizationName(QStringLiteral("FaultlineTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_infembed_dialog"));
        QSettings().clear();
    }

    void settingsRoundTrip() {
        const auto r = unusual();
        InfEmbedDialog d(everything());
        compare(d.request(), InfEmbedDialog::defaultRequest()); // nothing remembered yet
        d.setRequest(r);
        compare(d.request(), r);
        QCOMPARE(d.preset(), InfEmbedDialog::CustomPreset);
        compare(InfEmbedDialog::fromVariant(InfEmbedDialog::toVariant(r)), r);
        // Accepting remembers; the next dialog starts from there.
        QVERIFY(d.validationError().isEmpty());
        okButton(d)->click();
        QCOMPARE(d.result(), int(QDialog::Accepted));
        InfEmbedDialog next(everything());
        compare(next.request(), r);
        // Restore Defaults goes back to the first-run settings.
        next.restoreDefaults();
        compare(next.request(), InfEmbedDialog::defaultRequest());
        QCOMPARE(next.preset(), InfEmbedDialog::FastPreset);
        QSettings().clear();
    }

    void presetsSetPAndD() {
        InfEmbedDialog d(everything());
        auto* p = d.findChild<QSpinBox*>(QStringLiteral("arnoldiDim"));
        auto* dim = d.findChild<QSpinBox*>(QStringLiteral("embeddingDim"));
        auto* combo = d.findChild<QComboBox*>(QStringLiteral("preset"));
        QVERIFY(p && dim && combo);
        combo->setCurrentIndex(combo->findData(int(InfEmbedDialog::PaperPreset)));
        QCOMPARE(p->value(), 500);
        QCOMPARE(dim->value(), 100);
        QCOMPARE(d.request().influence.arnoldiDim, 500);
        d.setPreset(InfEmbedDialog::FastPreset);
        QCOMPARE(p->value(), 200);
        QCOMPARE(dim->value(), 50);
        // Editing a value makes it Custom; matching a preset's values selects it again.
        p->setValue(260);
        QCOMPARE(d.preset(), InfEmbedDialog::CustomPreset);
        QCOMPARE(d.request().influence.arnoldiDim, 260);
        QCOMPARE(d.request().influence.embeddingDim, 50);
        p->setValue(500);
        dim->setValue(100);
        QCOMPARE(d.preset(), InfEmbedDialog::PaperPreset);
        d.setPreset(InfEmbedDialog::CustomPreset); // changes nothing
        QCOMPARE(p->value(), 500);
    }

    void validationBlocksRunning() {
        InfEmbedDialog d(everything());
        auto* error = d.findChild<QLabel*>(QStringLiteral("validationError"));
        QVERIFY(error);
        QVERIFY(d.validationError().isEmpty());
        QVERIFY(okButton(d)->isEnabled());
        auto r = InfEmbedDialog::defaultRequest();
        r.influence.arnoldiDim = 40;
        r.influence.embeddingDim = 60; // D > P
        d.setRequest(r);
        QVERIFY2(d.validationError().contains(QStringLiteral("dimension D")),
                 qPrintable(d.validationError()));
        QVERIFY(!okButton(d)->isEnabled());
        QCOMPARE(error->text(), d.validationError());
        okButton(d)->click(); // disabled: nothing happens
        QCOMPARE(d.result(), 0);
        r = InfEmbedDialog::defaultRequest();
        r.plain.k = 150; // the validation split has 100 examples
        d.setRequest(r);
        QVERIFY2(d.validationError().contains(QStringLiteral("150")),
                 qPrintable(d.validationError()));
        r.rule = true; // the rule finds its own number of slices
        d.setRequest(r);
        QVERIFY(d.validationError().isEmpty());
        QVERIFY(okButton(d)->isEnabled());
    }

    void torchScriptModelsOfferNoBlock() {
        auto c = everything();
        c.blockAvailable = false;
        InfEmbedDialog d(c);
        auto* layers = d.findChild<QComboBox*>(QStringLiteral("layers"));
        auto* items = qobject_cast<QStandardItemModel*>(layers->model());
        QVERIFY(items->item(0)->isEnabled());
        QVERIFY(!items->item(1)->isEnabled());
        d.setRequest(unusual()); // asks for block: falls back to the last layer
        QCOMPARE(d.request().influence.layers, std::string("last"));
        QVERIFY(d.validationError().isEmpty());
    }

    // A picture to look at: FAULTLINE_SCREENSHOT_DIR=/some/dir test_infembed_dialog picture
    void picture() {
        const QString dir = qEnvironmentVariable("FAULTLINE_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set FAULTLINE_SCREENSHOT_DIR to write the dialog's picture");
        InfEmbedDialog d(everything());
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QVERIFY(d.grab().save(dir + QStringLiteral("/infembed_dialog.png")));
        auto r = InfEmbedDialog::defaultRequest();
        r.rule = true;
        r.influence.embeddingDim = 300; // invalid: shows the reason
        d.setRequest(r);
        QVERIFY(d.grab().save(dir + QStringLiteral("/infembed_dialog_invalid.png")));

        // With FAULTLINE_SCREENSHOT_PROJECT: that project as the window loads it, its slice list
        // and the dialog for its model.
        const QString project = qEnvironmentVariable("FAULTLINE_SCREENSHOT_PROJECT");
        if (project.isEmpty())
            return;
        const fl::jobs::JobContext ctx(Progress{}, CancelToken{}, 1);
        auto loaded = ProjectLoader::load(project.toStdString(), "cpu", ctx);
        QVERIFY2(loaded->infEmbed, qPrintable(loaded->warnings.join(QLatin1Char('\n'))));
        AnalysisDocument doc;
        doc.setLoaded(std::move(*loaded));
        QElapsedTimer clock;
        clock.start();
        const auto again = methods::loadInfEmbed(*doc.project());
        qInfo("loadInfEmbed: %lld ms for %zu evaluation and %zu training rows", clock.elapsed(),
              again->evalIds.size(), again->trainIds.size());
        if (qEnvironmentVariableIsSet("FAULTLINE_SCREENSHOT_RUN")) { // and time a default run
            JobManager jobs(0);
            clock.restart();
            InfEmbedCommand::startWith(InfEmbedDialog::defaultRequest(), nullptr, doc, jobs);
            QVERIFY(jobs.waitForIdle(600000));
            QVERIFY(doc.infEmbed());
            qInfo("default InfEmbed job: %lld ms (runInfEmbed %.1f s, outputs %s)", clock.elapsed(),
                  doc.infEmbed()->seconds, doc.infEmbed()->settings.at("model_outputs").c_str());
        }
        SliceListView list(&doc);
        list.resize(1150, 420);
        list.show();
        QVERIFY(QTest::qWaitForWindowExposed(&list));
        QVERIFY(list.grab().save(dir + QStringLiteral("/infembed_slice_list.png")));
        InfEmbedDialog forModel(InfEmbedCommand::contextFor(doc));
        forModel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&forModel));
        QVERIFY(forModel.grab().save(dir + QStringLiteral("/infembed_dialog_project.png")));
    }

    void jobStoresAndShowsTheRun() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto ds = std::make_shared<data::Dataset>();
        ds->name = "tiny";
        ds->height = ds->width = 8;
        ds->classNames = {"a", "b", "c"};
        std::mt19937 rng(4);
        std::uniform_real_distribution<float> u(0.0f, 0.4f);
        for (int i = 0; i < 90; ++i) {
            for (int y = 0; y < 8; ++y)
                for (int x = 0; x < 8; ++x)
                    ds->images.push_back(u(rng) + (y / 3 == i % 3 ? 0.5f : 0.0f));
            ds->labels.push_back(i % 3 == 2 && i % 7 == 0 ? 0 : i % 3);
            ds->ids.push_back(i);
            ds->splits.push_back(i < 60 ? data::Split::Train : data::Split::Val);
        }
        auto model =
            std::make_shared<nn::Classifier>(nn::Classifier::create({"small-cnn", 1, 8, 8, 3}, 2));
        nn::TrainOptions t;
        t.epochs = 2;
        t.batchSize = 16;
        t.device = "cpu";
        nn::train(*model, *ds, t);
        model->setDevice("cpu");

        const std::string path = dir.filePath(QStringLiteral("p.faultline")).toStdString();
        AnalysisDocument doc;
        AnalysisDocument::Loaded l;
        l.project = std::make_unique<store::Project>(store::Project::create(path));
        l.dataset = ds;
        l.model = model;
        doc.setLoaded(std::move(l));
        QVERIFY(InfEmbedCommand::available(doc));
        const auto ctx = InfEmbedCommand::contextFor(doc);
        QCOMPARE(ctx.splitSizes[0], qint64(60));
        QCOMPARE(ctx.splitSizes[1], qint64(30));
        QVERIFY(ctx.blockAvailable && ctx.lastLayerAvailable);

        QSignalSpy infChanged(&doc, &AnalysisDocument::infEmbedChanged);
        QSignalSpy slicesChanged(&doc, &AnalysisDocument::slicesChanged);
        QSignalSpy errors(&doc, &AnalysisDocument::errorReported);
        JobManager jobs(1);
        auto r = InfEmbedDialog::defaultRequest();
        r.influence.arnoldiDim = 20;
        r.influence.embeddingDim = 5;
        r.plain.k = 3;
        r.opponentsPerSlice = 2;
        InfEmbedCommand::startWith(r, nullptr, doc, jobs);
        QVERIFY(jobs.waitForIdle(120000));
        QVERIFY2(errors.isEmpty(), errors.isEmpty() ? "" : qPrintable(errors[0][0].toString()));
        QCOMPARE(infChanged.count(), 1);
        QCOMPARE(slicesChanged.count(), 1);
        const auto shown = doc.infEmbed();
        QVERIFY(shown);
        QVERIFY(shown->runId > 0);
        QCOMPARE(shown->slices.size(), std::size_t(3));
        QCOMPARE(shown->evalIds.size(), std::size_t(30));
        QCOMPARE(shown->settings.at("model_outputs"), std::string("inferred")); // no evaluation
        // The window's connection sees what the job's wrote.
        QCOMPARE(doc.slices().size(), std::size_t(3));
        const auto loaded = methods::loadInfEmbed(*doc.project());
        QVERIFY(loaded);
        QCOMPARE(loaded->runId, shown->runId);
        QCOMPARE(loaded->slices.front().slice.members, shown->slices.front().slice.members);

        // A cancelled run is neither shown nor stored, and is no error. (Cancelled while queued
        // behind another heavy job: a cancel racing a 0.1 s run could come after its store;
        // cancelling inside runInfEmbed is checked by the core test.)
        const auto runsBefore = store::RunRepo(*doc.project()).list().size();
        std::atomic<bool> release{false};
        jobs.submit(QStringLiteral("blocker"), fl::jobs::JobWeight::Heavy,
                    [&release](fl::jobs::JobContext&) {
                        while (!release)
                            std::this_thread::sleep_for(std::chrono::milliseconds(5));
                        return std::any();
                    });
        const auto id = InfEmbedCommand::startWith(r, nullptr, doc, jobs);
        QVERIFY(jobs.cancel(id));
        release = true;
        QVERIFY(jobs.waitForIdle(60000));
        QCOMPARE(jobs.job(id)->state, fl::jobs::JobState::Cancelled);
        QCOMPARE(doc.infEmbed(), shown);
        QVERIFY(errors.isEmpty());
        QCOMPARE(store::RunRepo(*doc.project()).list().size(), runsBefore);

        // A failing run reaches the user through the document, and changes nothing shown.
        r.plain.k = 500;
        InfEmbedCommand::startWith(r, nullptr, doc, jobs);
        QVERIFY(jobs.waitForIdle(60000));
        QCOMPARE(errors.count(), 1);
        QVERIFY(errors[0][0].toString().contains(QStringLiteral("InfEmbed failed")));
        QCOMPARE(doc.infEmbed(), shown);
    }

    // The window's path end to end: open, run, reopen with the run; a damaged run only warns.
    void projectOpensWithItsInfEmbedRun() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString project = fl::test::makeFixtureProject(dir.path());
        const fl::jobs::JobContext ctx(Progress{}, CancelToken{}, 1);
        AnalysisDocument doc;
        {
            auto loaded = ProjectLoader::load(project.toStdString(), "cpu", ctx);
            QVERIFY(!loaded->infEmbed); // none yet, and no warning about it
            for (const QString& w : loaded->warnings)
                QVERIFY2(!w.contains(QStringLiteral("InfEmbed")), qPrintable(w));
            doc.setLoaded(std::move(*loaded));
        }
        JobManager jobs(1);
        auto r = InfEmbedDialog::defaultRequest();
        r.influence.arnoldiDim = 15;
        r.influence.embeddingDim = 4;
        r.plain.k = 2;
        r.opponentsPerSlice = 2;
        QSignalSpy errors(&doc, &AnalysisDocument::errorReported);
        InfEmbedCommand::startWith(r, nullptr, doc, jobs);
        QVERIFY(jobs.waitForIdle(120000));
        QVERIFY2(errors.isEmpty(), errors.isEmpty() ? "" : qPrintable(errors[0][0].toString()));
        const auto ran = doc.infEmbed();
        QVERIFY(ran);
        // The evaluation's outputs were reused instead of running the model again.
        QVERIFY(doc.embeddingDim() > 0);
        QCOMPARE(ran->settings.at("model_outputs"), std::string("stored"));
        // Stored with the evaluation's dataset and model.
        store::Project p = store::Project::open(project.toStdString());
        const auto run = store::RunRepo(p).get(ran->runId);
        QVERIFY(run && run->datasetId && run->modelId);

        auto reopened = ProjectLoader::load(project.toStdString(), "cpu", ctx);
        QVERIFY(reopened->infEmbed);
        QCOMPARE(reopened->infEmbed->runId, ran->runId);
        QCOMPARE(reopened->infEmbed->evalIds, ran->evalIds);

        store::ArtifactStore artifacts(p);
        QVERIFY(QFile::remove(QString::fromStdString(
            artifacts.filePath(*artifacts.forRun(ran->runId, "eval_embeddings")))));
        auto damaged = ProjectLoader::load(project.toStdString(), "cpu", ctx);
        QVERIFY(!damaged->infEmbed);
        QCOMPARE(damaged->table.rows(), 24); // the rest of the project still opens
        QVERIFY2(
            damaged->warnings.join(QLatin1Char(' ')).contains(QStringLiteral("eval_embeddings")),
            qPrintable(damaged->warnings.join(QLatin1Char(' '))));
    }
};

QTEST_MAIN(TestInfEmbedDialog)
#include "test_infembed_dialog.moc"
