// The Defuse workbench on a real Defuse run of the tiny fixture, stored in a project: labelling
// by keystrokes (one key per class, "−" for none of the above, Space to skip, Shift+key for the
// whole region), every label in the project database as it is made with its author, undo of a
// whole-region label as one step, several annotators' majority and agreement, the keystrokes per
// labelled image, the labels read back after the project is opened again, and the latent space
// tab (points, region ellipses, picking a region, each sample's nearest misclassified training
// image against brute force).
#include "core/common/error.h"
#include "core/generative/beta_vae.h"
#include "core/methods/defuse_method.h"
#include "core/methods/method_registry.h"
#include "core/methods/method_result.h"
#include "core/methods/result_codec.h"
#include "core/nn/device.h"
#include "core/nn/inference.h"
#include "core/store/annotation_exchange.h"
#include "core/store/annotation_repo.h"
#include "core/store/project.h"
#include "core/store/typed_array.h"
#include "core/workflows/defuse_correction.h"
#include "tests/core/tiny_fixture.h"
#include "ui/document/analysis_document.h"
#include "ui/jobs/job_manager.h"
#include "ui/methods/defuse/defuse_annotator.h"
#include "ui/methods/defuse/defuse_correction_dialog.h"
#include "ui/methods/defuse/defuse_exchange.h"
#include "ui/methods/defuse/defuse_latent_view.h"
#include "ui/methods/defuse/defuse_run.h"
#include "ui/methods/defuse/defuse_view.h"
#include "ui/views/bar_chart_widget.h"
#include "ui/views/scatter_canvas.h"
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QUndoStack>
#include <QtTest>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <tuple>

using namespace fl;
using namespace fl::ui;

class TestDefuseWorkbench : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<test::TinyFixture> m_f;
    methods::MethodResult m_result;
    QString m_path;
    JobManager m_jobs{1};

    AnalysisDocument::Loaded loaded(QString path = {}, std::int64_t runId = 0) {
        if (path.isEmpty())
            path = m_path;
        if (runId == 0)
            runId = m_result.runId;
        AnalysisDocument::Loaded l;
        l.dataset = std::make_shared<data::Dataset>(m_f->d);
        for (const auto& n : m_f->d.classNames)
            l.table.classNames << QString::fromStdString(n);
        l.project =
            std::make_unique<store::Project>(store::Project::openOrCreate(path.toStdString()));
        l.model = std::make_shared<nn::Classifier>(
            nn::Classifier::create({"small-cnn", 1, test::kH, test::kH, test::kC}, 3));
        l.latestResults["defuse"] =
            std::make_shared<const methods::MethodResult>(methods::loadResult(*l.project, runId));
        return l;
    }

    // Every (region, sample) → value of `author`'s current label, from the database.
    std::map<std::pair<int, int>, std::string> stored(const std::string& author) {
        auto p = store::Project::openOrCreate(m_path.toStdString());
        std::map<std::pair<int, int>, std::string> out;
        for (const auto& l : store::AnnotationRepo(p).generatedLabels(m_result.runId))
            if (l.label.author == author)
                out[{l.sample.region, l.sample.sampleIndex}] = l.label.value;
        return out;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true); // the dock's remembered tab in a test location
        QSettings().remove(QStringLiteral("defuse/tab"));
        nn::setComputeThreads(1);
        m_f = std::make_unique<test::TinyFixture>(30);
        if (!qEnvironmentVariableIsEmpty("FL_DEFUSE_CHILD"))
            return; // the child annotates the parent's project
        const auto& method = methods::MethodRegistry::instance().get("defuse");
        methods::MethodInput in;
        in.dataset = &m_f->d;
        in.model = &m_f->c;
        in.split = data::Split::Val;
        in.parameters = methods::resolveParameters("defuse", method.parameters(),
                                                   {{"latent", "3"},
                                                    {"vae-epochs", "2"},
                                                    {"vae-batch", "16"},
                                                    {"vae-cache", "false"},
                                                    {"draws", "24"},
                                                    {"components", "3"},
                                                    {"samples-per-region", "4"},
                                                    {"min-weight", "0"},
                                                    {"seed", "2"}});
        m_result = method.run(in, {}, {});
        // ε = 0 keeps every component of the three: regions enough to move between.
        QCOMPARE(int(m_result.summary.at("regions").size()), 3);
        m_path = m_dir.filePath(QStringLiteral("defuse.faultline"));
        auto p = store::Project::openOrCreate(m_path.toStdString());
        methods::storeResult(p, m_result);
        QVERIFY(m_result.runId > 0);
    }

    void labelsARegionWithKeystrokes() {
        AnalysisDocument doc;
        doc.setAuthor(QStringLiteral("ann"));
        doc.setLoaded(loaded());
        DefuseView view(&doc, &m_jobs);
        view.resize(900, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(!view.showsEmpty());
        auto* a = view.annotator();
        const int regions = int(m_result.summary.at("regions").size());
        QCOMPARE(a->regionCount(), regions);
        QVERIFY(view.progressText().startsWith(QStringLiteral("Region 1 of %1").arg(regions)));
        QCOMPARE(view.regionList()->count(), regions);
        QCOMPARE(view.classButton(2)->text(), QStringLiteral("2  c"));
        QVERIFY(view.sampleTile(0)->isChecked());
        QVERIFY(view.sampleTile(0)->text().contains(QStringLiteral("you: —")));

        // "2" labels sample 1 as class c and moves on; "−" votes none of the above; Space skips.
        QTest::keyClick(&view, Qt::Key_2);
        QCOMPARE(a->currentSample(), 1);
        QCOMPARE(stored("ann"), (std::map<std::pair<int, int>, std::string>{{{0, 0}, "c"}}));
        QVERIFY(view.sampleTile(0)->text().contains(QStringLiteral("you: c")));
        QTest::keyClick(&view, Qt::Key_Minus);
        QCOMPARE(stored("ann").at({0, 1}), std::string(store::kNoneOfTheAbove));
        QTest::keyClick(&view, Qt::Key_Space);
        QCOMPARE(a->currentSample(), 3);
        QCOMPARE(int(stored("ann").size()), 2);

        // Shift+1: every sample of the region is b, in one undo step; on to region 2.
        QTest::keyClick(&view, Qt::Key_1, Qt::ShiftModifier);
        QCOMPARE(a->currentRegion(), 1);
        auto labels = stored("ann");
        for (int s = 0; s < 4; ++s)
            QCOMPARE(labels.at({0, s}), std::string("b"));
        QVERIFY(view.progressText().contains(QStringLiteral("you labelled 4 of")));
        QVERIFY(view.regionList()->item(0)->text().contains(QStringLiteral("✓")));
        doc.undoStack()->undo();
        labels = stored("ann");
        QCOMPARE(labels.at({0, 0}), std::string("c"));
        QCOMPARE(labels.at({0, 1}), std::string(store::kNoneOfTheAbove));
        QCOMPARE(int(labels.size()), 2);
        QCOMPARE(a->votedByAuthor(0), 2);
        doc.undoStack()->redo();
        QCOMPARE(a->votedByAuthor(0), 4);

        // Region 2 by keys alone: one key per sample; PgUp back to region 1.
        for (int s = 0; s < 4; ++s)
            QTest::keyClick(&view, Qt::Key_0);
        for (int s = 0; s < 4; ++s)
            QCOMPARE(stored("ann").at({1, s}), std::string("a"));
        QTest::keyClick(&view, Qt::Key_PageUp);
        QCOMPARE(a->currentRegion(), regions > 2 ? 1 : 0);
    }

    void ellipsesAreHitByTheSmallestContainingOne() {
        ScatterCanvas c;
        c.resize(400, 400);
        c.setPoints({-10.f, -10.f, 10.f, 10.f});
        c.resetView();
        c.setEllipses({{QPointF(0, 0), 6, 2, 0.0, Qt::red, "1", false},
                       {QPointF(0, 0), 1, 1, 0.0, Qt::blue, "2", false},
                       {QPointF(5, 5), 2, 1, M_PI / 2, Qt::green, "3", false}});
        QCOMPARE(c.ellipseAt(c.toScreen(QPointF(0, 0))), 1);   // inside both: the smaller
        QCOMPARE(c.ellipseAt(c.toScreen(QPointF(4, 0))), 0);   // along 1's major axis
        QCOMPARE(c.ellipseAt(c.toScreen(QPointF(0, 3))), -1);  // past 1's minor axis
        QCOMPARE(c.ellipseAt(c.toScreen(QPointF(5, 6.5))), 2); // 3 is rotated upright
        QCOMPARE(c.ellipseAt(c.toScreen(QPointF(6.5, 5))), -1);
    }

    void latentSpaceDrawsTheRegionsAndPicksOne() {
        AnalysisDocument doc;
        doc.setAuthor(QStringLiteral("ann"));
        auto l = loaded();
        // The evaluation's outputs: every third training image "misclassified".
        auto out = std::make_shared<nn::InferenceResult>();
        std::vector<std::int64_t> wrong;
        for (std::int64_t i = 0; i < std::int64_t(m_f->d.labels.size()); ++i) {
            out->indices.push_back(i);
            const int y = m_f->d.labels[std::size_t(i)];
            const bool w = i % 3 == 0 && m_f->d.splits[std::size_t(i)] == data::Split::Train;
            out->predictions.push_back(w ? (y + 1) % 3 : y);
            if (w)
                wrong.push_back(i);
        }
        l.outputs = out;
        doc.setLoaded(std::move(l));
        DefuseView view(&doc, &m_jobs);
        view.resize(1000, 650);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.tabs()->setCurrentIndex(1);
        auto* latent = view.latentView();
        if (latent->isComputing()) {
            QSignalSpy ready(latent, &DefuseLatentView::latentReady);
            QVERIFY(ready.wait(20000));
        }
        const auto training = m_result.arrays.at("training_codes").shape[0];
        const auto found = m_result.arrays.at("defuse_codes").shape[0];
        QCOMPARE(latent->canvas()->pointCount(), int(training + found));
        QCOMPARE(latent->canvas()->ellipseCount(), 3);
        QVERIFY(latent->statusText().contains(QStringLiteral("training images")));

        // A click on region 3's ellipse (the canvas' signal) makes it current; PgDn/PgUp walk.
        auto* a = view.annotator();
        a->setCurrent(0, 0);
        Q_EMIT latent->canvas()->ellipseClicked(2);
        QCOMPARE(a->currentRegion(), 2);
        QTest::keyClick(&view, Qt::Key_PageUp);
        QCOMPARE(a->currentRegion(), 1);
        const auto before = stored("ann");
        QTest::keyClick(&view, Qt::Key_1); // the class keys do not label on this tab
        QCOMPARE(stored("ann"), before);
        QCOMPARE(a->currentRegion(), 1);
        const auto counts =
            m_result.summary.at("regions")[1].at("prediction_counts").get<std::vector<int>>();
        QCOMPARE(latent->predictionChart()->count(),
                 int(std::count_if(counts.begin(), counts.end(), [](int c) { return c > 0; })));

        // Each sample's neighbour: the nearest "misclassified" training image, by brute force.
        const auto bytes =
            store::arrayValues<std::uint8_t>(m_result.arrays.at("region2_samples"), "samples");
        const auto size = std::size_t(m_f->d.imageSize());
        for (int s = 0; s < 4; ++s) {
            double best = 1e300;
            std::int64_t at = -1;
            for (auto c : wrong) {
                double sum = 0.0;
                for (std::size_t k = 0; k < size; ++k) {
                    const double diff =
                        bytes[std::size_t(s) * size + k] / 255.0 - m_f->d.image(c)[k];
                    sum += diff * diff;
                }
                if (sum < best) {
                    best = sum;
                    at = c;
                }
            }
            QCOMPARE(latent->neighbourOf(s), at);
        }
        // The tab left open is the one the next dock opens on.
        {
            DefuseView again(&doc, &m_jobs);
            QCOMPARE(again.tabs()->currentIndex(), 1);
        }
        view.tabs()->setCurrentIndex(0);
    }

    void severalAnnotatorsMakeTheMajority() {
        // ann labelled region 1 as b (previous test); two more annotators: bob says b, cy says c.
        for (const auto& [author, key] : {std::pair{QStringLiteral("bob"), Qt::Key_1},
                                          std::pair{QStringLiteral("cy"), Qt::Key_2}}) {
            AnalysisDocument doc;
            doc.setAuthor(author);
            doc.setLoaded(loaded());
            DefuseView view(&doc, &m_jobs);
            view.annotator()->setCurrent(0, 0);
            QTest::keyClick(&view, key, Qt::ShiftModifier);
        }
        AnalysisDocument doc;
        doc.setAuthor(QStringLiteral("ann"));
        doc.setLoaded(loaded());
        DefuseView view(&doc, &m_jobs);
        const auto& o = view.annotator()->summary().regions.at(0);
        QCOMPARE(o.votes, 12);
        QCOMPARE(o.majority, 1);
        QCOMPARE(o.agreeing, 8);
        QCOMPARE(o.agreement, 8.0 / 12.0);
        // Disagreement with the model's prediction on each voted sample, counted by hand.
        const auto preds = m_result.summary.at("regions")[0].at("sample_predictions");
        int disagree = 0;
        for (int s = 0; s < 4; ++s)
            disagree += (preds[s].get<int>() != 1) * 2 + (preds[s].get<int>() != 2);
        QCOMPARE(o.disagreeing, disagree);
        QCOMPARE(o.misclassification, disagree > 6);
        view.annotator()->setCurrent(0, 0);
        QVERIFY(view.summaryText().contains(QStringLiteral("label b by 12 votes")));
    }

    // After the labels of ann, bob and cy: out to a file, edited as another annotator would, in.
    void labelsGoOutAndComeBackWithConflictsShown() {
        AnalysisDocument doc;
        doc.setAuthor(QStringLiteral("ann"));
        doc.setLoaded(loaded());
        DefuseView view(&doc, &m_jobs);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QString file = m_dir.filePath(QStringLiteral("labels.json"));
        QSignalSpy exported(&view, &DefuseView::labelsExported);
        view.exportLabels(file);
        QVERIFY(exported.wait(10000));
        std::size_t current = 0;
        {
            auto p = store::Project::openOrCreate(m_path.toStdString());
            current = store::AnnotationRepo(p).generatedLabels(m_result.runId).size();
        }
        QCOMPARE(exported.at(0).at(0).toInt(), int(current));
        QVERIFY(current >= 2);

        // Another annotator's file: one label by a new author, one of ann's changed.
        nlohmann::json j = nlohmann::json::parse(std::ifstream(file.toStdString()));
        auto& list = j.at("annotations");
        std::size_t annAt = 0;
        while (list[annAt].at("author") != "ann")
            ++annAt;
        const std::string ours = list[annAt].at("value");
        const std::string theirs = ours == "a" ? "c" : "a";
        list[annAt]["value"] = theirs;
        auto extra = list[annAt == 0 ? 1 : 0];
        extra["author"] = "zed";
        list.push_back(extra);
        std::ofstream(file.toStdString()) << j.dump();

        QSignalSpy imported(&view, &DefuseView::labelsImported);
        view.importLabels(file);
        QVERIFY(imported.wait(10000));
        auto* dialog = view.importDialog();
        QVERIFY(dialog);
        QVERIFY2(dialog->summary().startsWith(QStringLiteral("1 label(s) added")),
                 qPrintable(dialog->summary()));
        QVERIFY(dialog->summary().contains(QStringLiteral("1 conflict(s)")));
        QCOMPARE(dialog->conflicts()->rowCount(), 1);
        QCOMPARE(dialog->conflicts()->item(0, 1)->text(), QStringLiteral("ann"));
        QCOMPARE(dialog->conflicts()->item(0, 2)->text(), QString::fromStdString(ours));
        QCOMPARE(dialog->conflicts()->item(0, 3)->text(), QString::fromStdString(theirs));
        // Kept as it was; zed's label is in and counted by the workbench.
        auto p = store::Project::openOrCreate(m_path.toStdString());
        const auto after = store::AnnotationRepo(p).generatedLabels(m_result.runId);
        QCOMPARE(after.size(), current + 1);
        int zed = 0;
        for (const auto& l : after)
            zed += l.label.author == "zed";
        QCOMPARE(zed, 1);
        dialog->close();
    }

    void correctsTheModelFromTheDock() {
        // A project of its own with the run and its β-VAE on disk (the same seed trains the same
        // one); one annotator confirms region 1.
        const QString path = m_dir.filePath(QStringLiteral("correct.faultline"));
        methods::MethodResult copy = m_result;
        const auto& method = methods::MethodRegistry::instance().get("defuse");
        const auto params = methods::resolveParameters(
            "defuse", method.parameters(),
            {{"latent", "3"}, {"vae-epochs", "2"}, {"vae-batch", "16"}, {"seed", "2"}});
        const std::string vaePath = m_dir.filePath(QStringLiteral("v.vae")).toStdString();
        generative::trainOrLoadCachedVae(m_f->d, methods::DefuseMethod::vaeOptions(params, "cpu"),
                                         false)
            .vae.save(vaePath);
        copy.settings["vae_file"] = vaePath;
        {
            auto p = store::Project::openOrCreate(path.toStdString());
            methods::storeResult(p, copy);
        }
        AnalysisDocument doc;
        doc.setAuthor(QStringLiteral("dee"));
        doc.setLoaded(loaded(path, copy.runId));
        DefuseView view(&doc, &m_jobs);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto* a = view.annotator();
        a->setCurrent(0, 0);
        const auto preds =
            m_result.summary.at("regions")[0].at("sample_predictions").get<std::vector<int>>();
        std::vector<int> counts(3, 0);
        for (int q : preds)
            ++counts[std::size_t(q)];
        a->labelRegion(int(std::min_element(counts.begin(), counts.end()) - counts.begin()));
        QCOMPARE(a->summary().misclassificationRegions, 1);

        DefuseCorrectionDialog dialog(1);
        dialog.lambdas()->setText(QStringLiteral("1e-10, x"));
        QVERIFY_THROWS_EXCEPTION(Error, dialog.options());
        dialog.lambdas()->setText(QStringLiteral("1e-10, 1"));
        auto o = dialog.options();
        QCOMPARE(o.correction.lambdas, (std::vector<double>{1e-10, 1.0}));
        QCOMPARE(o.correction.epochs, 3); // the paper's defaults
        QCOMPARE(o.fineTunePerRegion, 256);
        o.correction.epochs = 1;
        o.correction.batchSize = 32;
        o.fineTunePerRegion = 16;
        o.heldOutPerRegion = 16;
        QSignalSpy finished(&view, &DefuseView::correctionFinished);
        view.startCorrection(o);
        QVERIFY(finished.wait(120000));
        const auto runId = finished.at(0).at(0).toLongLong();
        auto* shown = view.correctionDialog();
        QVERIFY(shown);
        QCOMPARE(shown->sweepRows(), 2);
        QVERIFY(shown->summary().contains(QStringLiteral("new model version")));
        auto p = store::Project::open(path.toStdString());
        const auto stored = methods::loadResult(p, runId);
        QCOMPARE(stored.kind, std::string(workflows::kDefuseCorrectionKind));
        QCOMPARE(stored.settings.at("confirmed_regions"), std::string("1"));
        QVERIFY(std::filesystem::exists(stored.models.at(0).path));
        shown->close();
    }

    void keystrokesPerLabelledImage() {
        // Labelling every region with Shift+key takes one keystroke per region.
        QTemporaryDir dir;
        AnalysisDocument doc;
        doc.setAuthor(QStringLiteral("dee"));
        doc.setLoaded(loaded());
        DefuseView view(&doc, &m_jobs);
        auto* a = view.annotator();
        a->setCurrent(0, 0);
        int keys = 0;
        for (int r = 0; r < a->regionCount(); ++r) {
            QTest::keyClick(&view, Qt::Key_0, Qt::ShiftModifier);
            ++keys;
        }
        QCOMPARE(a->votedByAuthorTotal(), a->sampleCount());
        qInfo("keystrokes per labelled image: %.2f whole-region, 1.00 per sample",
              double(keys) / a->sampleCount());
    }

    // Run by the parent as a child process (FL_DEFUSE_CHILD = project path, FL_DEFUSE_RUN = run
    // id): labels every sample by keystrokes in the workbench, pass after pass as a new author,
    // and reports each label once the key press has returned.
    void childAnnotator() {
        const QByteArray path = qgetenv("FL_DEFUSE_CHILD");
        if (path.isEmpty())
            QSKIP("only runs as the child of killedWhileAnnotatingLosesNoLabel");
        m_path = QString::fromUtf8(path);
        m_result.runId = qgetenv("FL_DEFUSE_RUN").toLongLong();
        AnalysisDocument doc;
        doc.setLoaded(loaded());
        DefuseView view(&doc, &m_jobs);
        auto* a = view.annotator();
        for (int pass = 0; pass < 100000; ++pass) {
            doc.setAuthor(QStringLiteral("k%1").arg(pass));
            for (int r = 0; r < a->regionCount(); ++r)
                for (int s = 0; s < 4; ++s) {
                    a->setCurrent(r, s);
                    const int cls = (r + s + pass) % 3;
                    QTest::keyClick(&view, Qt::Key(Qt::Key_0 + cls));
                    std::printf("LABELLED k%d %d %d %d\n", pass, r, s, cls);
                    std::fflush(stdout);
                }
        }
    }

    void killedWhileAnnotatingLosesNoLabel() {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FL_DEFUSE_CHILD"), m_path);
        env.insert(QStringLiteral("FL_DEFUSE_RUN"), QString::number(m_result.runId));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("childAnnotator")});
        QVERIFY(child.waitForStarted());
        std::map<std::tuple<std::string, int, int>, int> reported;
        QByteArray pending;
        const auto readLines = [&] {
            pending += child.readAllStandardOutput();
            int nl;
            while ((nl = pending.indexOf('\n')) >= 0) {
                const auto parts = pending.left(nl).trimmed().split(' ');
                pending.remove(0, nl + 1);
                if (parts.size() == 5 && parts[0] == "LABELLED")
                    reported[{parts[1].toStdString(), parts[2].toInt(), parts[3].toInt()}] =
                        parts[4].toInt();
            }
        };
        QElapsedTimer t;
        t.start();
        while (reported.size() < 40 && t.elapsed() < 60000 && child.state() == QProcess::Running) {
            child.waitForReadyRead(100);
            readLines();
        }
        QVERIFY2(reported.size() >= 40, "the child did not label in time");
        child.kill(); // SIGKILL: no destructor, no checkpoint
        QVERIFY(child.waitForFinished(5000));
        readLines();
        auto p = store::Project::openOrCreate(m_path.toStdString());
        QCOMPARE(p.integrityCheck(), std::string("ok"));
        std::map<std::tuple<std::string, int, int>, std::string> stored;
        for (const auto& l : store::AnnotationRepo(p).generatedLabels(m_result.runId))
            stored[{l.label.author, l.sample.region, l.sample.sampleIndex}] = l.label.value;
        for (const auto& [key, cls] : reported)
            QCOMPARE(stored.at(key), m_f->d.classNames[std::size_t(cls)]);
        qInfo("child killed after %d labels; every one is in the reopened project",
              int(reported.size()));
    }

    void labelsAreThereAfterReopening() {
        AnalysisDocument doc;
        doc.setAuthor(QStringLiteral("ann"));
        doc.setLoaded(loaded());
        DefuseView view(&doc, &m_jobs);
        QCOMPARE(view.annotator()->votedByAuthor(0), 4);
        QCOMPARE(view.annotator()->ownVote(1, 0).value_or(-9), 0);
        // The cursor starts on the first sample the author has not labelled.
        const int first = view.annotator()->currentRegion();
        QVERIFY(first >= 2 ||
                view.annotator()->votedByAuthorTotal() == view.annotator()->sampleCount());
    }
};

QTEST_MAIN(TestDefuseWorkbench)
#include "test_defuse_workbench.moc"
