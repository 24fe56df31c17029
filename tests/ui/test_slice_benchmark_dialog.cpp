// Tools ▸ Slice benchmark: the form's settings round trip and defaults (the CLI's), the results
// table and per-method means against hand-computed values, CSV / JSON / TSV exports, and one real
// run through the JobManager that must equal runSliceBenchmark called directly.
#include "core/data/idx_loader.h"
#include "core/data/load_dataset.h"
#include "core/nn/device.h"
#include "core/workflows/slice_benchmark_json.h"
#include "ui/analysis/slice_benchmark_dialog.h"
#include "ui/analysis/slice_benchmark_summary_model.h"
#include "ui/analysis/slice_benchmark_table_model.h"
#include "ui/jobs/job_manager.h"
#include "ui/mainwindow/main_window.h"
#include "ui/settings/settings.h"
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>
#include <random>

using namespace fl::ui;
using fl::workflows::MethodScore;
using fl::workflows::SliceBenchmarkResult;
using Table = SliceBenchmarkTableModel;
using Summary = SliceBenchmarkSummaryModel;

namespace {

SliceBenchmarkResult run(const std::string& dataset, const std::string& task, std::uint64_t seed,
                         std::vector<MethodScore> methods, double errIn = 0.5,
                         double errOut = 0.1) {
    SliceBenchmarkResult r;
    r.dataset = dataset;
    r.task = task;
    r.taskParams = {{"class", "3"}, {"fraction", "0.95"}};
    r.seed = seed;
    r.groundTruthSize = 400;
    r.groundTruthSizeTest = 410;
    r.validationSize = 5000;
    r.modelAccuracy = 0.875;
    r.model = {{"arch", "small-cnn"}, {"epochs", "2"}};
    r.trainSeconds = 30.0;
    r.errorInside = errIn;
    r.errorOutside = errOut;
    r.methods = std::move(methods);
    return r;
}

MethodScore score(const std::string& m, double p, double pAll, double test, double f1) {
    MethodScore s;
    s.method = m;
    s.precisionAtK = p;
    s.precisionAtKAll = pAll;
    s.testPrecisionAtK = test;
    s.recall = 0.25;
    s.f1 = f1;
    s.seconds = 1.5;
    s.slices = 20;
    return s;
}

// Three hand-made runs: two of fashion-mnist/correlation (the second's plant does not bite) and
// one of mnist/noisy.
std::vector<SliceBenchmarkResult> handMade() {
    return {run("fashion-mnist", "correlation", 7,
                {score("infembed", 1.0, 1.0, 0.9, 0.2), score("confidence", 0.6, 0.7, 0.5, 0.4)}),
            run("fashion-mnist", "correlation", 8,
                {score("infembed", 0.8, 1.0, 0.7, 0.1), score("confidence", 0.9, 0.9, 0.8, 0.3)},
                0.15, 0.1),
            run("mnist", "noisy", 7, {score("infembed", 0.5, 0.6, 0.4, 0.05)})};
}

QString cell(const QAbstractItemModel& m, int row, int col) {
    return m.data(m.index(row, col)).toString();
}

// 600 training and 300 test 12×12 grey images of three classes told apart (faintly) by which
// third of the top rows is brighter: a planted corner patch then misleads a 1-epoch model.
void writeThirds(const QString& dir) {
    auto images = [](int n, unsigned seed, std::vector<int>& labels) {
        fl::data::IdxImages im;
        im.count = n;
        im.height = im.width = 12;
        im.pixels.assign(std::size_t(n) * 144, 0);
        std::mt19937 rng(seed);
        labels.resize(std::size_t(n));
        for (int i = 0; i < n; ++i) {
            labels[std::size_t(i)] = i % 3;
            for (int y = 0; y < 8; ++y)
                for (int x = 0; x < 12; ++x)
                    im.pixels[std::size_t(i) * 144 + std::size_t(y * 12 + x)] =
                        std::uint8_t((x / 4 == i % 3 ? 45 : 20) + int(rng() % 70u));
        }
        return im;
    };
    std::vector<int> trainLabels, testLabels;
    const std::string d = dir.toStdString();
    fl::data::writeIdxImages(d + "/train-images-idx3-ubyte", images(600, 1, trainLabels));
    fl::data::writeIdxLabels(d + "/train-labels-idx1-ubyte", trainLabels);
    fl::data::writeIdxImages(d + "/t10k-images-idx3-ubyte", images(300, 2, testLabels));
    fl::data::writeIdxLabels(d + "/t10k-labels-idx1-ubyte", testLabels);
}

} // namespace

class TestSliceBenchmarkDialog : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true); // QSettings go to a test location
        QCoreApplication::setOrganizationName(QStringLiteral("FaultlineTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_slice_benchmark_dialog"));
        SliceBenchmarkRequest::resetSettings();
        QVERIFY(m_tmp.isValid());
    }

    void defaultsAreTheClis() {
        const auto d = SliceBenchmarkRequest::defaults();
        const fl::data::PlantParams plant;
        const fl::workflows::SliceBenchmarkOptions options;
        QCOMPARE(d.dataset, std::string("fashion-mnist"));
        QCOMPARE(d.plant.task, std::string("correlation"));
        QCOMPARE(d.plant.classId, plant.classId);
        QCOMPARE(d.plant.fraction, plant.fraction);
        QCOMPARE(d.options.epochs, options.epochs);
        QCOMPARE(d.options.arch, options.arch);
        QCOMPARE(d.options.k, options.k);
        QCOMPARE(d.options.topSlices, options.topSlices);
        QCOMPARE(d.options.clusters, options.clusters);
        QCOMPARE(d.options.arnoldiDim, options.arnoldiDim);
        QCOMPARE(d.options.embeddingDim, options.embeddingDim);
        QCOMPARE(d.options.ranking, std::string("accuracy"));
        QVERIFY(!d.options.reuseModel);
        QCOMPARE(d.options.methods, fl::workflows::sliceBenchmarkMethods());
    }

    void settingsRoundTrip() {
        SliceBenchmarkRequest r;
        r.dataset = "/data/plant-x";
        r.plant.task = "noisy";
        r.plant.classId = 4;
        r.plant.targetClass = 6;
        r.plant.fraction = 0.45;
        r.plant.otherFraction = 0.1;
        r.plant.signal = "frame";
        r.options.seed = 1234;
        r.options.methods = {"infembed-rule", "confidence"};
        r.options.arch = "resnet";
        r.options.epochs = 3;
        r.options.device = "cpu";
        r.options.k = 20;
        r.options.topSlices = 5;
        r.options.clusters = 12;
        r.options.arnoldiDim = 150;
        r.options.embeddingDim = 30;
        r.options.ranking = "errors";
        r.options.reuseModel = true;
        r.save();
        const auto back = SliceBenchmarkRequest::fromSettings();
        QCOMPARE(back.dataset, r.dataset);
        QCOMPARE(back.plant.task, r.plant.task);
        QCOMPARE(back.plant.classId, 4);
        QCOMPARE(back.plant.targetClass, 6);
        QCOMPARE(back.plant.fraction, 0.45);
        QCOMPARE(back.plant.otherFraction, 0.1);
        QCOMPARE(back.plant.signal, std::string("frame"));
        QCOMPARE(back.options.seed, std::uint64_t(1234));
        QCOMPARE(back.options.methods, r.options.methods);
        QCOMPARE(back.options.arch, std::string("resnet"));
        QCOMPARE(back.options.epochs, 3);
        QCOMPARE(back.options.device, std::string("cpu"));
        QCOMPARE(back.options.k, 20);
        QCOMPARE(back.options.topSlices, 5);
        QCOMPARE(back.options.clusters, 12);
        QCOMPARE(back.options.arnoldiDim, 150);
        QCOMPARE(back.options.embeddingDim, 30);
        QCOMPARE(back.options.ranking, std::string("errors"));
        QVERIFY(back.options.reuseModel);

        // The dialog opens with the saved form and gives it back unchanged.
        JobManager jobs(1);
        SliceBenchmarkDialog dialog(&jobs);
        const auto shown = dialog.request();
        QCOMPARE(shown.dataset, r.dataset);
        QCOMPARE(shown.plant.task, r.plant.task);
        QCOMPARE(shown.plant.targetClass, 6);
        QCOMPARE(shown.plant.fraction, 0.45);
        QCOMPARE(shown.options.methods, r.options.methods);
        QCOMPARE(shown.options.seed, std::uint64_t(1234));
        QCOMPARE(shown.options.k, 20);
        QCOMPARE(shown.options.clusters, 12);
        QCOMPARE(shown.options.arnoldiDim, 150);
        QCOMPARE(shown.options.embeddingDim, 30);
        QCOMPARE(shown.options.ranking, std::string("errors"));
        QVERIFY(shown.options.reuseModel);

        // Restore Defaults clears the stored form and shows the defaults (the task's fraction).
        dialog.restoreDefaults();
        QCOMPARE(Settings::value(Settings::SliceBenchTask).toString(), QString("correlation"));
        const auto def = dialog.request();
        QCOMPARE(def.plant.task, std::string("correlation"));
        QCOMPARE(def.plant.fraction, 1.0);
        QCOMPARE(def.options.methods.size(), fl::workflows::sliceBenchmarkMethods().size());
        QCOMPARE(def.options.epochs, 4);
        QCOMPARE(def.options.clusters, 20);
        QCOMPARE(def.options.ranking, std::string("accuracy"));
        QVERIFY(!def.options.reuseModel);

        // Choosing a task puts its default fraction in the form.
        auto* task = dialog.findChild<QComboBox*>(QStringLiteral("task"));
        QVERIFY(task);
        task->setCurrentIndex(task->findData(QStringLiteral("rare")));
        QCOMPARE(dialog.request().plant.fraction, 0.1);
    }

    void tableRowsAndSummaryMeans() {
        Table table;
        Summary summary(&table);
        QAbstractItemModelTester t1(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&summary,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (const auto& r : handMade())
            table.addRun(r);
        QCOMPARE(table.rowCount(), 5);
        QCOMPARE(table.columnCount(), int(Table::ColumnCount));
        QCOMPARE(cell(table, 0, Table::Run), QString("1"));
        QCOMPARE(cell(table, 2, Table::Run), QString("2"));
        QCOMPARE(cell(table, 4, Table::Dataset), QString("mnist"));
        QCOMPARE(cell(table, 1, Table::Method), QString("confidence"));
        QCOMPARE(cell(table, 1, Table::PrecisionTop), QString("0.600"));
        QCOMPARE(cell(table, 1, Table::PrecisionAll), QString("0.700"));
        QCOMPARE(cell(table, 1, Table::TestPrecision), QString("0.500"));
        QCOMPARE(cell(table, 0, Table::Parameters), QString("class=3 fraction=0.95"));
        QCOMPARE(cell(table, 0, Table::Seed), QString("7"));
        QCOMPARE(cell(table, 0, Table::Model), QString("small-cnn, 2 ep."));
        QCOMPARE(cell(table, 0, Table::Accuracy), QString("0.875"));
        QCOMPARE(cell(table, 0, Table::Plant), QString("bites"));
        QCOMPARE(cell(table, 2, Table::Plant), QString("does not bite")); // 0.15 < 2 × 0.1
        QCOMPARE(cell(table, 3, Table::ErrorInside), QString("0.150"));
        QCOMPARE(table.data(table.index(1, Table::PrecisionTop), Table::SortRole).toDouble(), 0.6);
        QCOMPARE(table.headerData(Table::PrecisionTop, Qt::Horizontal).toString(),
                 QString("P@10 (top 3)"));

        // Means by dataset+task, methods in the benchmark's order, the best mean marked.
        const auto& s = summary.summary();
        QCOMPARE(s.size(), 3);
        QCOMPARE(s[0].method, QString("infembed"));
        QCOMPARE(s[0].runs, 2);
        QCOMPARE(s[0].precisionTop, (1.0 + 0.8) / 2);
        QCOMPARE(s[0].precisionAll, 1.0);
        QCOMPARE(s[0].testPrecision, (0.9 + 0.7) / 2);
        QCOMPARE(s[0].f1, (0.2 + 0.1) / 2);
        QCOMPARE(s[1].method, QString("confidence"));
        QCOMPARE(s[1].precisionTop, (0.6 + 0.9) / 2);
        QVERIFY(s[0].best && !s[1].best);
        QCOMPARE(s[2].dataset, QString("mnist"));
        QCOMPARE(s[2].task, QString("noisy"));
        QCOMPARE(s[2].runs, 1);
        QCOMPARE(s[2].precisionTop, 0.5);
        QVERIFY(s[2].best);
        QCOMPARE(cell(summary, 0, Summary::MeanPrecisionTop), QString("0.900"));
        QCOMPARE(cell(summary, 1, Summary::MeanPrecisionTop), QString("0.750"));

        // Removing a run (by any of its rows) updates both tables.
        table.removeRunsOf({3});
        QCOMPARE(table.rowCount(), 3);
        QCOMPARE(cell(table, 2, Table::Run), QString("3")); // run numbers stay
        QCOMPARE(summary.summary()[0].precisionTop, 1.0);
        QCOMPARE(summary.summary()[1].precisionTop, 0.6);
        QVERIFY(summary.summary()[0].best);
        table.clear();
        QCOMPARE(summary.rowCount(), 0);
    }

    void exportsAndCopy() {
        JobManager jobs(1);
        SliceBenchmarkDialog dialog(&jobs);
        const auto runs = handMade();
        for (const auto& r : runs)
            dialog.results()->addRun(r);

        const QString csvPath = m_tmp.filePath("runs.csv");
        QVERIFY(dialog.exportCsv(csvPath));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray csvText = csv.readAll();
        QCOMPARE(csvText.toStdString(), fl::workflows::sliceBenchmarkCsv(runs));
        QCOMPARE(csvText.count("\r\n"), 6); // header + 5 rows
        QVERIFY(csvText.contains(",false,infembed,0.8,1,0.7,"));

        const QString jsonPath = m_tmp.filePath("runs.json");
        QVERIFY(dialog.exportJson(jsonPath));
        QFile json(jsonPath);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const auto j = nlohmann::json::parse(json.readAll().toStdString());
        QVERIFY(j.is_array());
        QCOMPARE(j.size(), std::size_t(3));
        for (std::size_t i = 0; i < runs.size(); ++i)
            QCOMPARE(j[i], fl::workflows::sliceBenchmarkToJson(runs[i])); // the CLI's shape

        // Loading the export (or one CLI object) gives the same table.
        SliceBenchmarkDialog other(&jobs);
        QVERIFY(other.importJson(jsonPath));
        QCOMPARE(other.results()->rowCount(), 5);
        QCOMPARE(fl::workflows::sliceBenchmarkCsv(other.results()->runs()),
                 fl::workflows::sliceBenchmarkCsv(runs));
        QFile one(m_tmp.filePath("one.json"));
        QVERIFY(one.open(QIODevice::WriteOnly));
        one.write(QByteArray::fromStdString(j[2].dump()));
        one.close();
        QVERIFY(other.importJson(one.fileName()));
        QCOMPARE(other.results()->rowCount(), 6);
        QString error;
        QVERIFY(!other.importJson(csvPath, &error));
        QVERIFY2(error.contains(QStringLiteral("not a slice benchmark result")), qPrintable(error));
        QCOMPARE(other.results()->rowCount(), 6);

        // Ctrl+C copies the selected rows as TSV.
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTableView* view = dialog.resultsView();
        view->selectionModel()->select(view->model()->index(1, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        view->selectionModel()->select(view->model()->index(4, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        view->setFocus();
        QTest::keySequence(view, QKeySequence::Copy);
        const QStringList lines = QApplication::clipboard()->text().trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0].split('\t').size(), int(Table::ColumnCount));
        QVERIFY(lines[0].startsWith(QStringLiteral("Run\tDataset\tTask\t")));
        QCOMPARE(lines[1].split('\t')[Table::Method], QString("confidence"));
        QCOMPARE(lines[1].split('\t')[Table::PrecisionTop], QString("0.600"));
        QCOMPARE(lines[2].split('\t')[Table::Dataset], QString("mnist"));
        QCOMPARE(dialog.copySelection(), QApplication::clipboard()->text());
    }

    void toolsMenuOpensItWithoutAProject() {
        MainWindow w;
        QAction* a = w.action(QStringLiteral("actionSliceBenchmark"));
        QVERIFY(a);
        QCOMPARE(a->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+B")));
        const auto menus = w.menuBar()->findChildren<QMenu*>();
        QVERIFY(std::any_of(menus.begin(), menus.end(), [a](QMenu* m) {
            return m->title() == QStringLiteral("&Tools") && m->actions().contains(a);
        }));
        QVERIFY(a->isEnabled()); // no project is open
        a->trigger();
        auto* d = w.findChild<SliceBenchmarkDialog*>();
        QVERIFY(d && d->isVisible());
        d->close();
        a->trigger(); // the same window again, with its runs
        QCOMPARE(w.findChildren<SliceBenchmarkDialog*>().size(), 1);
        QVERIFY(d->isVisible());
    }

    void realRunEqualsTheCore() {
        const QString idx = m_tmp.filePath("thirds");
        QVERIFY(QDir().mkpath(idx));
        writeThirds(idx);
        SliceBenchmarkRequest r;
        r.dataset = idx.toStdString();
        r.plant.task = "correlation";
        r.plant.classId = 1;
        r.plant.fraction = 0.95;
        r.options.seed = 7;
        r.options.methods = {"confidence", "embedding-kmeans"};
        r.options.epochs = 1;
        r.options.device = "cpu";

        JobManager jobs(1);
        SliceBenchmarkDialog dialog(&jobs);
        dialog.setRequest(r);
        dialog.show();
        QSignalSpy finished(&dialog, &SliceBenchmarkDialog::runFinished);
        auto* runButton = dialog.findChild<QPushButton*>(QStringLiteral("run"));
        auto* cancel = dialog.findChild<QPushButton*>(QStringLiteral("cancel"));
        QVERIFY(runButton && cancel && runButton->isEnabled() && !cancel->isEnabled());
        QTest::mouseClick(runButton, Qt::LeftButton);
        // The click returns at once: the job runs on the manager (the Jobs dock lists it).
        QVERIFY(dialog.runningJob() != 0);
        QCOMPARE(jobs.jobIds().size(), 1);
        QVERIFY(!runButton->isEnabled() && cancel->isEnabled());
        if (qEnvironmentVariableIsSet("FAULTLINE_SHOT_DIR")) // the running state, to look at
            dialog.grab().save(qEnvironmentVariable("FAULTLINE_SHOT_DIR") +
                               QStringLiteral("/slice_benchmark_dialog_running.png"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
        QVERIFY2(finished.at(0).at(0).toBool(),
                 qPrintable(dialog.findChild<QLabel*>(QStringLiteral("status"))->text()));
        QCOMPARE(dialog.results()->rowCount(), 2);
        QVERIFY(runButton->isEnabled() && !cancel->isEnabled());
        const SliceBenchmarkResult got = dialog.results()->runs().at(0);

        // The same inputs through the core on one thread, as the job ran.
        fl::nn::setComputeThreads(1);
        fl::data::PlantParams p = r.plant;
        p.seed = 7;
        const auto d = fl::data::plantTask(fl::data::loadDataset(r.dataset), p);
        const SliceBenchmarkResult want = fl::workflows::runSliceBenchmark(d, r.options);
        QCOMPARE(got.dataset, want.dataset);
        QCOMPARE(got.taskParams, want.taskParams);
        QCOMPARE(got.seed, std::uint64_t(7));
        QCOMPARE(got.groundTruthSize, want.groundTruthSize);
        QCOMPARE(got.modelAccuracy, want.modelAccuracy);
        QCOMPARE(got.errorInside, want.errorInside);
        QCOMPARE(got.errorOutside, want.errorOutside);
        QCOMPARE(got.model, want.model);
        QCOMPARE(got.methods.size(), want.methods.size());
        for (std::size_t i = 0; i < want.methods.size(); ++i) {
            const auto &a = got.methods[i], &b = want.methods[i];
            QCOMPARE(a.method, b.method);
            QCOMPARE(a.precisionAtK, b.precisionAtK);
            QCOMPARE(a.precisionAtKAll, b.precisionAtKAll);
            QCOMPARE(a.testPrecisionAtK, b.testPrecisionAtK);
            QCOMPARE(a.recall, b.recall);
            QCOMPARE(a.f1, b.f1);
            QCOMPARE(a.slices, b.slices);
            QCOMPARE(a.bestSlice, b.bestSlice);
        }
        // And the CLI's numbers, when it is built beside this test: the same JSON but the clocks.
        const QString cli = QStringLiteral(FAULTLINE_BINARY_DIR "/app/faultline-cli");
        if (QFileInfo::exists(cli)) {
            QProcess p;
            p.start(cli, {"--threads",
                          "1",
                          "--device",
                          "cpu",
                          "slicebench",
                          "--dataset",
                          idx,
                          "--task",
                          "correlation",
                          "--class",
                          "1",
                          "--fraction",
                          "0.95",
                          "--seed",
                          "7",
                          "--methods",
                          "confidence,embedding-kmeans",
                          "--epochs",
                          "1",
                          "--json"});
            QVERIFY(p.waitForFinished(120000));
            QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
            auto fromCli = nlohmann::json::parse(p.readAllStandardOutput().toStdString());
            auto fromGui = fl::workflows::sliceBenchmarkToJson(got);
            for (auto* j : {&fromCli, &fromGui}) {
                j->erase("train_seconds");
                for (auto& [name, m] : (*j)["methods"].items()) {
                    m.erase("seconds");
                    m.erase("auxiliary_seconds");
                }
            }
            QCOMPARE(fromGui.dump(), fromCli.dump());
        }
        QCOMPARE(cell(*dialog.results(), 0, Table::Method), QString("confidence"));
        QCOMPARE(dialog.summary()->rowCount(), 2);

        // A run cancelled at once ends without a row.
        QTest::mouseClick(runButton, Qt::LeftButton);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
        QVERIFY(!finished.at(1).at(0).toBool());
        QCOMPARE(dialog.results()->rowCount(), 2);
        QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("status"))->text(),
                 QString("Cancelled."));

        if (qEnvironmentVariableIsSet("FAULTLINE_SHOT_DIR")) { // for looking at it
            for (const auto& extra : handMade())
                dialog.results()->addRun(extra);
            const QString dir = qEnvironmentVariable("FAULTLINE_SHOT_DIR");
            QTest::qWait(50);
            dialog.grab().save(dir + QStringLiteral("/slice_benchmark_dialog.png")); // default
            dialog.resize(1600, 800);
            QTest::qWait(50);
            dialog.grab().save(dir + QStringLiteral("/slice_benchmark_dialog_wide.png"));
        }
    }
};

QTEST_MAIN(TestSliceBenchmarkDialog)
#include "test_slice_benchmark_dialog.moc"
