// The InfEmbed slice view on a synthetic document with a hand-made run: empty states, the header
// numbers, histogram counts against a recount, nearest-centre and opponent grids in the run's
// order with their scores, a selection's opponents against a brute-force ranking (off the UI
// thread), a click making an example current, the menu action, and PNGs of the view to look at.
#include "core/data/load_dataset.h"
#include "core/methods/infembed_method.h"
#include "core/store/project.h"
#include "tests/ui/test_document_fixture.h"
#include "tests/ui/test_infembed_fixture.h"
#include "tests/ui/test_view_fixture.h"
#include "ui/document/analysis_document.h"
#include "ui/jobs/job_manager.h"
#include "ui/mainwindow/main_window.h"
#include "ui/methods/infembed/infembed_figure.h"
#include "ui/methods/infembed/infembed_slice_view.h"
#include "ui/models/example_list_model.h"
#include "ui/models/example_tile_model.h"
#include "ui/views/bar_chart_widget.h"
#include "ui/views/example_delegate.h"
#include "ui/views/example_tile_grid.h"
#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QLabel>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace fl;
using View = ui::InfEmbedSliceView;

namespace {

const test::SyntheticOptions kOpt{};

// Validation examples are the run's evaluation rows, training examples its training rows.
test::InfEmbedFixtureInput fixtureInput() {
    test::InfEmbedFixtureInput in;
    const int n = kOpt.perClass * kOpt.numClasses;
    for (int i = 0; i < n; ++i) {
        const int block = (i / kOpt.numClasses) % 4;
        if (block == 1) {
            in.evalIds.push_back(1000 + i);
            in.evalLabels.push_back(test::syntheticLabel(i, kOpt));
            in.evalPredictions.push_back(test::syntheticPrediction(i, kOpt));
        } else if (block == 0) {
            in.trainIds.push_back(1000 + i);
            in.trainLabels.push_back(test::syntheticLabel(i, kOpt));
            in.trainPredictions.push_back(test::syntheticPrediction(i, kOpt));
        }
    }
    // Nearest-centre order deliberately not sorted by row or id.
    in.sliceRows = {{15, 3, 7, 11, 2}, {0, 1, 4, 5, 6}, {8, 9, 10, 12, 13, 14}};
    return in;
}

QString pngDir() {
    const QString dir = QStringLiteral(FAULTLINE_BINARY_DIR "/view-pages");
    QDir().mkpath(dir);
    return dir;
}

QVector<qint64> tileIds(const ui::ExampleTileGrid* g) {
    QVector<qint64> out;
    for (const auto& t : g->tiles()->tiles())
        out << t.exampleId;
    return out;
}

} // namespace

class TestViewInfEmbedSlice : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_projects = 0;
    std::shared_ptr<influence::InfEmbedOutcome> m_run;
    ui::JobManager m_jobs{1}; // the window's, for the views' rankings

    void load(ui::AnalysisDocument& doc, bool withRun = true) {
        auto l = test::makeSyntheticLoaded(m_dir.path() +
                                           QStringLiteral("/p%1.faultline").arg(++m_projects));
        if (withRun)
            l.infEmbed = m_run;
        doc.setLoaded(std::move(l));
    }
    QVector<qint64> memberIds(int slice) const {
        QVector<qint64> ids;
        for (auto r : m_run->slices[std::size_t(slice)].slice.members)
            ids << m_run->evalIds[std::size_t(r)];
        return ids;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_run = test::makeInfEmbedOutcome(fixtureInput());
        QCOMPARE(int(m_run->slices.size()), 3);
    }

    void emptyStatesTeach() {
        ui::AnalysisDocument doc;
        View view(&doc, &m_jobs);
        QCOMPARE(view.mode(), View::Mode::NoProject);
        QVERIFY(view.messageText().contains(QStringLiteral("InfEmbed")));

        load(doc, false);
        QCOMPARE(view.mode(), View::Mode::NoRun);
        QVERIFY(view.messageText().contains(QStringLiteral("Run Analysis ▸ InfEmbed…")));
        QVERIFY(view.messageText().contains(QStringLiteral("opponents")));
        // Asking without a run explains instead of failing.
        doc.setSelection({{1004, 1005}, QStringLiteral("two")});
        QSignalSpy shown(&view, &View::opponentsShown);
        view.showOpponentsOfSelection();
        QCOMPARE(shown.count(), 1);
        QCOMPARE(view.mode(), View::Mode::NoRun);

        doc.setInfEmbed(m_run);
        QCOMPARE(view.mode(), View::Mode::Hint);
        QVERIFY(view.messageText().contains(QStringLiteral("not one of the InfEmbed slices")));
        doc.setSelection({});
        QCOMPARE(view.mode(), View::Mode::Hint);
        QVERIFY(view.messageText().contains(QStringLiteral("val split: 3.")));
        doc.setInfEmbed(nullptr);
        QCOMPARE(view.mode(), View::Mode::NoRun);
    }

    void sliceHeaderAndHistograms() {
        ui::AnalysisDocument doc;
        load(doc);
        View view(&doc, &m_jobs);
        for (int s = 0; s < 3; ++s) {
            QVector<qint64> ids = memberIds(s);
            std::reverse(ids.begin(), ids.end()); // the match does not depend on order
            doc.setSelection({ids, QStringLiteral("slice")});
            QCOMPARE(view.mode(), View::Mode::Slice);
            QCOMPARE(view.currentSlice(), s);
            const auto& sum = m_run->slices[std::size_t(s)];
            const QString h = view.headerText();
            const QLocale loc;
            const auto pct = [&](double v) {
                return loc.toString(100.0 * v, 'f', 1) + QStringLiteral("%");
            };
            QVERIFY2(h.contains(QStringLiteral("%1 examples").arg(sum.slice.members.size())),
                     qPrintable(h));
            QVERIFY2(h.contains(QStringLiteral("accuracy %1").arg(pct(sum.slice.accuracy))),
                     qPrintable(h));
            QVERIFY2(
                h.contains(QStringLiteral("error rate %1 [%2, %3]")
                               .arg(pct(sum.errorRate), pct(sum.errorLow), pct(sum.errorHigh))),
                qPrintable(h));
            QVERIFY2(h.contains(QStringLiteral("coherence %1").arg(sum.slice.coherence)),
                     qPrintable(h));
            const QStringList& names = doc.examples().classNames;
            QVERIFY2(h.contains(QStringLiteral("%1 (%2) → predicted %3")
                                    .arg(names[sum.dominantLabel], pct(sum.dominantLabelShare),
                                         names[sum.dominantPrediction])),
                     qPrintable(h));
            QVERIFY(h.contains(QStringLiteral("slice %1 of 3").arg(s + 1)));

            // Histograms: a brute-force recount from the document's table.
            QVector<qint64> labels(4, 0), preds(4, 0);
            const auto& t = doc.examples();
            for (qint64 id : ids) {
                ++labels[t.labels[t.row(id)]];
                ++preds[t.predictions[t.row(id)]];
            }
            QCOMPARE(view.labelCounts(), labels);
            QCOMPARE(view.predictionCounts(), preds);
            // Each bar is one class with its count; both charts share the classes.
            QCOMPARE(view.labelChart()->count(), view.predictionChart()->count());
            for (int b = 0; b < view.labelChart()->count(); ++b) {
                const int c = int(names.indexOf(view.labelChart()->bar(b).label));
                QVERIFY(c >= 0);
                QCOMPARE(qint64(view.labelChart()->bar(b).value), labels[c]);
                QCOMPARE(qint64(view.predictionChart()->bar(b).value), preds[c]);
            }

            // Nearest examples: the members in the run's order (nearest the centre first).
            QCOMPARE(tileIds(view.nearestGrid()), memberIds(s).mid(0, View::kNearest));
            // Opponents and proponents: the run's lists, in order, with their scores.
            const auto& opp = sum.influence.opponents;
            const auto& tiles = view.opponentsGrid()->tiles()->tiles();
            QCOMPARE(int(tiles.size()), std::min<int>(View::kInfluence, int(opp.size())));
            for (int i = 0; i < tiles.size(); ++i) {
                QCOMPARE(tiles[i].exampleId, opp[std::size_t(i)].exampleId);
                QCOMPARE(tiles[i].label, opp[std::size_t(i)].label);
                QCOMPARE(tiles[i].secondLine,
                         ui::infembed::formatInfluence(opp[std::size_t(i)].influence));
                if (i > 0)
                    QVERIFY(opp[std::size_t(i)].influence >= opp[std::size_t(i - 1)].influence);
            }
            QCOMPARE(tileIds(view.proponentsGrid()).first(),
                     sum.influence.proponents.front().exampleId);
            QCOMPARE(view.opponentsGrid()->model()->index(0, 0).data(
                         ui::ExampleListModel::SecondLineRole),
                     QVariant(ui::infembed::formatInfluence(opp.front().influence)));
        }
        QAbstractItemModelTester tester(view.opponentsGrid()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    // The view's own slice picker makes the slice the selection, as the Slices list does.
    void pickerSelectsASlice() {
        ui::AnalysisDocument doc;
        load(doc);
        View view(&doc, &m_jobs);
        QCOMPARE(view.mode(), View::Mode::Hint);
        auto* picker = view.findChildren<QComboBox*>().value(0);
        QVERIFY(picker);
        QCOMPARE(picker->count(), 1 + 3);
        Q_EMIT picker->activated(2);
        QCOMPARE(view.mode(), View::Mode::Slice);
        QCOMPARE(view.currentSlice(), 1);
        QCOMPARE(doc.selection().ids, memberIds(1));
        QVERIFY(doc.selection().origin.contains(QStringLiteral("InfEmbed slice 2")));
    }

    void formatsScores() {
        QCOMPARE(ui::infembed::formatInfluence(-0.41234), QStringLiteral("−0.412"));
        QCOMPARE(ui::infembed::formatInfluence(12.345), QStringLiteral("+12.3"));
        QCOMPARE(ui::infembed::formatInfluence(-12345.0), QStringLiteral("−1.23e+04"));
        QCOMPARE(ui::infembed::formatInfluence(0.0), QStringLiteral("0"));
    }

    void selectionOpponentsMatchBruteForce() {
        ui::AnalysisDocument doc;
        load(doc);
        View view(&doc, &m_jobs);
        // Three validation examples (in the run) and two test examples (not in it).
        const QVector<qint64> ids{1021, 1004, 1038, 1008, 1009};
        doc.setSelection({ids, QStringLiteral("lasso")});
        QCOMPARE(view.mode(), View::Mode::Hint);
        QSignalSpy shown(&view, &View::opponentsShown);
        view.showOpponentsOfSelection();
        QCOMPARE(view.mode(), View::Mode::Selection);
        QVERIFY(shown.count() == 1 || shown.wait(10000));
        QVERIFY(!view.busy());
        QVERIFY2(view.headerText().contains(QStringLiteral("3 of 5 selected examples")),
                 qPrintable(view.headerText()));
        QVERIFY(view.headerText().contains(QStringLiteral("2 outside the val split")));

        std::vector<std::int64_t> rows;
        for (qint64 id : ids)
            for (std::size_t r = 0; r < m_run->evalIds.size(); ++r)
                if (m_run->evalIds[r] == id)
                    rows.push_back(std::int64_t(r));
        QCOMPARE(int(rows.size()), 3);
        for (bool opponents : {true, false}) {
            const auto expected = test::bruteForceRanking(*m_run, rows, opponents);
            const auto& tiles =
                (opponents ? view.opponentsGrid() : view.proponentsGrid())->tiles()->tiles();
            QCOMPARE(int(tiles.size()), View::kInfluence);
            for (int i = 0; i < tiles.size(); ++i) {
                const auto t = std::size_t(expected[std::size_t(i)].first);
                QCOMPARE(tiles[i].exampleId, m_run->trainIds[t]);
                QCOMPARE(tiles[i].label, m_run->trainLabels[t]);
                QCOMPARE(tiles[i].prediction, m_run->trainPredictions[t]);
                QCOMPARE(tiles[i].secondLine,
                         ui::infembed::formatInfluence(expected[std::size_t(i)].second));
            }
        }
        // The examples of the selection that are in the run, in selection order.
        QCOMPARE(tileIds(view.nearestGrid()), (QVector<qint64>{1021, 1004, 1038}));
        // Histograms count only those three.
        qint64 total = 0;
        for (qint64 c : view.labelCounts())
            total += c;
        QCOMPARE(total, 3);

        // A new selection leaves the answer; asking again ranks for it.
        doc.setSelection({{1005}, QStringLiteral("one")});
        QCOMPARE(view.mode(), View::Mode::Hint);
    }

    // The ranking is a light job of the job manager (the Jobs panel lists it); a view closed
    // meanwhile never gets its result, and one asked for before the view moved on is dropped.
    void rankingIsAJobTiedToTheView() {
        ui::AnalysisDocument doc;
        load(doc);
        auto* view = new View(&doc, &m_jobs);
        doc.setSelection({{1004, 1021}, QStringLiteral("two")});
        const auto before = m_jobs.jobIds().size();
        view->showOpponentsOfSelection();
        QCOMPARE(m_jobs.jobIds().size(), before + 1);
        const ui::JobId id = m_jobs.jobIds().back();
        QCOMPARE(m_jobs.job(id)->name, QStringLiteral("Ranking the opponents of the selection"));
        QVERIFY(view->busy());
        delete view; // closed before the result reaches the UI thread
        QVERIFY(m_jobs.waitForIdle(10000));
        QCOMPARE(m_jobs.job(id)->state, fl::jobs::JobState::Done);

        View again(&doc, &m_jobs);
        doc.setSelection({{1004, 1021}, QStringLiteral("two")});
        QSignalSpy shown(&again, &View::opponentsShown);
        again.showOpponentsOfSelection();
        QCOMPARE(again.mode(), View::Mode::Selection);
        doc.setSelection({memberIds(0), QStringLiteral("slice")}); // the view moves on
        QVERIFY(m_jobs.waitForIdle(10000));
        QCOMPARE(shown.count(), 0);
        QCOMPARE(again.mode(), View::Mode::Slice);
        QCOMPARE(again.currentSlice(), 0);
    }

    // A broken run (training μ from other factors) is reported in the view, not a crash.
    void rankingFailureIsShown() {
        auto broken = std::make_shared<influence::InfEmbedOutcome>(*m_run);
        broken->influence.trainEmbeddings.conservativeResize(
            Eigen::NoChange, broken->influence.trainEmbeddings.cols() + 1);
        ui::AnalysisDocument doc;
        load(doc, false);
        doc.setInfEmbed(broken);
        View view(&doc, &m_jobs);
        doc.setSelection({{1004, 1021}, QStringLiteral("two")});
        QSignalSpy shown(&view, &View::opponentsShown);
        view.showOpponentsOfSelection();
        QVERIFY(shown.count() == 1 || shown.wait(10000));
        QVERIFY(view.opponentsGrid()->tiles()->tiles().isEmpty());
        const auto captions = view.findChildren<QLabel*>();
        bool said = false;
        for (const QLabel* l : captions)
            said = said || l->text().contains(QStringLiteral("could not be ranked"));
        QVERIFY(said);
    }

    void selectionOutsideTheSplitIsExplained() {
        ui::AnalysisDocument doc;
        load(doc);
        View view(&doc, &m_jobs);
        doc.setSelection({{1008, 1009, 1010}, QStringLiteral("test only")});
        QSignalSpy shown(&view, &View::opponentsShown);
        view.showOpponentsOfSelection();
        QCOMPARE(shown.count(), 1);
        QCOMPARE(view.mode(), View::Mode::Hint);
        QVERIFY2(view.messageText().contains(QStringLiteral("None of the 3 selected examples")),
                 qPrintable(view.messageText()));
        QVERIFY(view.messageText().contains(QStringLiteral("(val)")));
    }

    void clickMakesExampleCurrent() {
        ui::AnalysisDocument doc;
        load(doc);
        View view(&doc, &m_jobs);
        view.resize(900, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        doc.setSelection({memberIds(0), QStringLiteral("slice")});
        QCoreApplication::processEvents();
        for (ui::ExampleTileGrid* g : {view.nearestGrid(), view.opponentsGrid()}) {
            g->doItemsLayout();
            const QRect r = g->tileRect(1);
            QVERIFY(r.isValid());
            QTest::mouseClick(g->viewport(), Qt::LeftButton, {}, r.center());
            QCOMPARE(doc.currentExample(), g->tiles()->exampleId(1));
        }
        // Grids are as tall as their rows: nothing is cut off.
        QVERIFY(view.opponentsGrid()->height() >=
                view.opponentsGrid()->heightForWidth(view.opponentsGrid()->width()) - 1);
    }

    void menuActionAsksTheView() {
        ui::MainWindow w;
        QAction* a = w.action(QStringLiteral("actionOpponents"));
        QVERIFY(a);
        QCOMPARE(a->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+O")));
        QVERIFY(!a->isEnabled()); // no project yet
        QDockWidget* dock = w.dock(QStringLiteral("infembed"));
        QVERIFY(dock);
        auto* view = qobject_cast<View*>(dock->widget());
        QVERIFY(view);
        load(*w.document());
        w.document()->projectChanged(); // the window enables its actions on this signal
        QVERIFY(a->isEnabled());
        w.document()->setSelection({{1004, 1021}, QStringLiteral("two")});
        QSignalSpy shown(view, &View::opponentsShown);
        a->trigger();
        QVERIFY(shown.count() == 1 || shown.wait(10000));
        QCOMPARE(view->mode(), View::Mode::Selection);
        QCOMPARE(view->opponentsGrid()->tiles()->tiles().size(), View::kInfluence);
    }

    void renderToPng() {
        ui::AnalysisDocument doc;
        load(doc);
        View view(&doc, &m_jobs);
        view.resize(960, 720);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        doc.setSelection({memberIds(0), QStringLiteral("slice")});
        // Thumbnails are made on a worker; wait until the grids have them.
        QTest::qWait(300);
        QImage slice = view.grab().toImage();
        QVERIFY(slice.save(pngDir() + QStringLiteral("/infembed_slice.png")));
        // Not blank: the grab has many distinct colours (images, bars, text).
        QSet<QRgb> colours;
        for (int y = 0; y < slice.height(); y += 3)
            for (int x = 0; x < slice.width(); x += 3)
                colours.insert(slice.pixel(x, y));
        QVERIFY(colours.size() > 20);

        doc.setSelection({{1021, 1004, 1038, 1008}, QStringLiteral("lasso")});
        QSignalSpy shown(&view, &View::opponentsShown);
        view.showOpponentsOfSelection();
        QVERIFY(shown.count() == 1 || shown.wait(10000));
        QTest::qWait(300);
        QVERIFY(view.grab().save(pngDir() + QStringLiteral("/infembed_selection.png")));
        doc.setSelection({});
        QVERIFY(view.grab().save(pngDir() + QStringLiteral("/infembed_hint.png")));
        doc.setInfEmbed(nullptr);
        QVERIFY(view.grab().save(pngDir() + QStringLiteral("/infembed_empty.png")));
    }

    // End to end: a real project (CSV images, a small CNN, an evaluation), InfEmbed run and
    // stored by the workflow, opened by the window; picking the stored slice shows it here.
    // The project stays in <build>/view-pages/e2e for a look with shoot.sh.
    void realRunInTheWindow() {
        const QString dir = pngDir() + QStringLiteral("/e2e");
        QDir(dir).removeRecursively();
        QDir().mkpath(dir);
        const QString path = test::makeFixtureProject(dir, 12);
        {
            store::Project p = store::Project::open(path.toStdString());
            const data::Dataset d =
                data::loadDataset((dir + QStringLiteral("/manifest.csv")).toStdString());
            const nn::Classifier c =
                nn::Classifier::load((dir + QStringLiteral("/model.flmodel")).toStdString());
            influence::InfEmbedRequest r;
            r.influence.arnoldiDim = 30;
            r.influence.embeddingDim = 6;
            r.influence.hessianSubset = 0;
            r.plain.k = 3;
            auto o = influence::runInfEmbed(c, d, r);
            methods::storeInfEmbed(p, o);
        }
        ui::MainWindow w;
        w.resize(1500, 950);
        w.show();
        QSignalSpy opened(&w, &ui::MainWindow::projectOpened);
        w.openProject(path);
        QVERIFY(opened.wait(120000) || opened.count() == 1);
        const auto run = w.document()->infEmbed();
        QVERIFY(run);
        QCOMPARE(int(run->slices.size()), 3);
        auto* view = qobject_cast<View*>(w.dock(QStringLiteral("infembed"))->widget());
        QCOMPARE(view->mode(), View::Mode::Hint);
        // Behind the Overview tab; picking an InfEmbed slice brings it forward.
        QDockWidget* infDock = w.dock(QStringLiteral("infembed"));
        w.dock(QStringLiteral("overview"))->raise();
        QTRY_VERIFY(infDock->visibleRegion().isEmpty());
        // The Slices list's way: the document reads the stored members.
        QVERIFY(run->slices.front().storedSliceId > 0);
        w.document()->selectSlice(run->slices.front().storedSliceId);
        QTRY_VERIFY(!infDock->visibleRegion().isEmpty());
        // …and gives it the room its grids need (the default layout makes it 380 px).
        QTRY_VERIFY2(infDock->height() >= 440, qPrintable(QString::number(infDock->height())));
        QCOMPARE(view->mode(), View::Mode::Slice);
        QCOMPARE(view->currentSlice(), 0);
        QVERIFY(!view->opponentsGrid()->tiles()->tiles().isEmpty());
        // Training opponents have images: their dataset positions are known.
        for (const auto& t : view->opponentsGrid()->tiles()->tiles())
            QVERIFY(t.datasetIndex >= 0);
        QTest::qWait(400);
        QVERIFY(w.grab().save(pngDir() + QStringLiteral("/window_infembed.png")));
    }

    // Ranking 60k training embeddings of dimension 50 is a pass over 12 MB: measured here so
    // the choice of running it off the UI thread stays honest.
    void rankingCostAtScale() {
        influence::InfEmbedOutcome o;
        const int n = 60000, d = 50, m = 500;
        auto* rng = QRandomGenerator::global();
        o.influence.evalEmbeddings.resize(m, d);
        o.influence.trainEmbeddings.resize(n, d);
        for (int i = 0; i < m * d; ++i)
            o.influence.evalEmbeddings.data()[i] = float(rng->generateDouble() - 0.5);
        for (int i = 0; i < n * d; ++i)
            o.influence.trainEmbeddings.data()[i] = float(rng->generateDouble() - 0.5);
        o.trainIds.resize(n);
        std::iota(o.trainIds.begin(), o.trainIds.end(), 0);
        o.trainLabels.assign(n, 0);
        o.trainPredictions.assign(n, 0);
        std::vector<std::int64_t> rows(m);
        std::iota(rows.begin(), rows.end(), 0);
        QElapsedTimer clock;
        clock.start();
        const auto r = ui::infembed::rank(o, rows, 8);
        qInfo("ranking 60000 x 50 training embeddings: %lld ms", clock.elapsed());
        QCOMPARE(int(r.opponents.size()), 8);
        QVERIFY(r.opponents.front().influence <= r.opponents.back().influence);
        QVERIFY(r.proponents.front().influence >= r.proponents.back().influence);
    }
};

QTEST_MAIN(TestViewInfEmbedSlice)
#include "test_view_infembed_slice.moc"
