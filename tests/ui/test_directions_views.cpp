// The Directions dock on a real failure-directions run (a tiny dataset, a small model, a small
// pooled-cnn as the encoder, a metadata column for captions) checked against the run's own arrays
// recomputed by brute force: one bar per class with its strength and the C-at-edge marks, the
// thumbnails of the picked class in h order on both splits, the histogram's counts, the examples
// each click selects (bar, thumbnail, caption, bin), the empty states, the menu action and the
// interventions run from the dock, stored and shown again.
#include "core/methods/directions_method.h"
#include "core/methods/method_registry.h"
#include "core/methods/method_result.h"
#include "core/methods/result_codec.h"
#include "core/nn/device.h"
#include "core/store/project.h"
#include "core/store/typed_array.h"
#include "tests/core/tiny_fixture.h"
#include "ui/document/analysis_document.h"
#include "ui/jobs/job_manager.h"
#include "ui/mainwindow/main_window.h"
#include "ui/mainwindow/view_registry.h"
#include "ui/methods/directions/decision_histogram_widget.h"
#include "ui/methods/directions/directions_interventions_dialog.h"
#include "ui/methods/directions/directions_interventions_panel.h"
#include "ui/methods/directions/directions_run.h"
#include "ui/methods/directions/directions_strength_chart.h"
#include "ui/methods/directions/directions_view.h"
#include "ui/methods/method_run_dialog.h"
#include "ui/models/example_tile_model.h"
#include "ui/settings/settings.h"
#include "ui/views/bar_chart_widget.h"
#include "ui/views/example_tile_grid.h"
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>
#include <algorithm>
#include <cmath>
#include <memory>
#include <set>

using namespace fl;
using namespace fl::ui;

namespace {

// A document's table for the dataset: every example, with the run's predictions on the split
// each was predicted on (fitted or ranked), labels elsewhere.
AnalysisDocument::Loaded loadedFor(const data::Dataset& d, const methods::MethodResult& r,
                                   const QString& projectPath) {
    AnalysisDocument::Loaded l;
    l.dataset = std::make_shared<data::Dataset>(d);
    ExampleTable& t = l.table;
    for (const auto& n : d.classNames)
        t.classNames << QString::fromStdString(n);
    std::map<std::int64_t, int> predicted;
    for (std::size_t i = 0; i < r.exampleIds.size(); ++i)
        predicted[r.exampleIds[i]] = r.predictions[i];
    if (r.arrays.count("ranked_ids")) {
        const auto ids = store::arrayValues<std::int64_t>(r.arrays.at("ranked_ids"), "ids");
        const auto pred = store::arrayInts(r.arrays.at("ranked_predictions"), "predictions");
        for (std::size_t i = 0; i < ids.size(); ++i)
            predicted[ids[i]] = pred[i];
    }
    const int c = d.numClasses();
    for (std::int64_t i = 0; i < d.size(); ++i) {
        const qint64 id = d.ids[std::size_t(i)];
        const int label = d.labels[std::size_t(i)];
        const auto it = predicted.find(id);
        const int pred = it == predicted.end() ? label : it->second;
        t.ids << id;
        t.splits << quint8(d.splits[std::size_t(i)]);
        t.labels << label;
        t.predictions << pred;
        for (int k = 0; k < c; ++k)
            t.probabilities << (k == pred ? 0.8f : 0.2f / float(c - 1));
        t.confidence << 0.8f;
        t.loss << (label == pred ? 0.22f : 2.3f);
        t.datasetIndex << i;
        t.rowOfId.insert(id, int(i));
    }
    l.project =
        std::make_unique<store::Project>(store::Project::openOrCreate(projectPath.toStdString()));
    // A model, so that the method can run (the button is enabled); its weights are not used.
    l.model = std::make_shared<nn::Classifier>(
        nn::Classifier::create({"small-cnn", 1, test::kH, test::kH, test::kC}, 3));
    l.latestResults["directions"] = std::make_shared<const methods::MethodResult>(r);
    return l;
}

// One split as raw arrays, straight from the result.
struct RawSplit {
    std::vector<std::int64_t> ids;
    std::vector<int> labels, predictions;
    std::vector<double> h;
};

RawSplit rawSplit(const methods::MethodResult& r, bool ranked) {
    RawSplit s;
    if (ranked) {
        s.ids = store::arrayValues<std::int64_t>(r.arrays.at("ranked_ids"), "ids");
        s.labels = store::arrayInts(r.arrays.at("ranked_labels"), "labels");
        s.predictions = store::arrayInts(r.arrays.at("ranked_predictions"), "predictions");
        s.h = store::arrayValues<double>(r.arrays.at("ranked_decision"), "h");
    } else {
        s.ids = r.exampleIds;
        s.labels = r.labels;
        s.predictions = r.predictions;
        s.h = store::arrayValues<double>(r.arrays.at("decision_oof"), "oof");
    }
    return s;
}

// The class's (h, id) pairs with a decision value, sorted by h then by their order in the split.
std::vector<std::pair<double, std::int64_t>> byH(const RawSplit& s, int cls) {
    std::vector<std::tuple<double, std::size_t, std::int64_t>> v;
    for (std::size_t i = 0; i < s.ids.size(); ++i)
        if (s.labels[i] == cls && !std::isnan(s.h[i]))
            v.emplace_back(s.h[i], i, s.ids[i]);
    std::sort(v.begin(), v.end());
    std::vector<std::pair<double, std::int64_t>> out;
    for (const auto& [h, i, id] : v)
        out.emplace_back(h, id);
    return out;
}

std::set<qint64> idSet(const QVector<qint64>& ids) {
    return {ids.begin(), ids.end()};
}

} // namespace

class TestDirectionsViews : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<test::TinyFixture> m_f;
    data::Dataset m_d; // the fixture's data with a "flipped" column for captions
    methods::MethodResult m_result;
    std::string m_encoderPath;
    JobManager m_jobs{1};
    int m_projects = 0;

    QString newProjectPath() {
        return m_dir.filePath(QStringLiteral("p%1.faultline").arg(++m_projects));
    }
    void load(AnalysisDocument& doc, const methods::MethodResult& r) {
        doc.setLoaded(loadedFor(m_d, r, newProjectPath()));
    }
    const nlohmann::json& classJson(int cls) const {
        return m_result.summary.at("classes").at(std::size_t(cls));
    }
    std::vector<int> fittedClasses() const {
        std::vector<int> out;
        for (const auto& c : m_result.summary.at("classes"))
            if (c.at("fitted").get<bool>())
                out.push_back(c.at("class_index").get<int>());
        return out;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true); // the forms remember values in test settings
        QCoreApplication::setOrganizationName(QStringLiteral("FaultlineTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_directions_views"));
        nn::setComputeThreads(1);
        m_f = std::make_unique<test::TinyFixture>(60);
        m_d = m_f->d;
        m_d.attributeNames = {"flipped"};
        m_d.attributes.assign(1, {});
        for (std::size_t i = 0; i < m_d.labels.size(); ++i)
            m_d.attributes[0].push_back(m_d.labels[i] != int(i) % test::kC ? "yes" : "no");
        // The encoder from a file, as a stored run names it.
        m_encoderPath = m_dir.filePath(QStringLiteral("encoder.flmodel")).toStdString();
        test::tinyExtractor(m_d).save(m_encoderPath);
        methods::MethodInput in;
        in.dataset = &m_d;
        in.model = &m_f->c;
        in.split = data::Split::Val;
        in.parameters =
            methods::resolveParameters("directions", methods::DirectionsMethod().parameters(),
                                       {{"min-group", "2"}, {"captions", "4"}});
        in.auxiliary["robust_extractor"] =
            std::make_shared<const nn::Classifier>(nn::Classifier::load(m_encoderPath));
        m_result = methods::DirectionsMethod().run(in, {}, {});
        m_result.runId = 5;
        QCOMPARE(m_result.settings.at("embedding_file"), m_encoderPath);
        QVERIFY(m_result.arrays.count("ranked_ids"));
        QVERIFY2(fittedClasses().size() >= 2, "the fixture's model errs in most classes");
    }

    void emptyStatesTeach() {
        AnalysisDocument doc;
        DirectionsView view(&doc, &m_jobs);
        QVERIFY(view.showsEmpty());
        QVERIFY(view.messageText().startsWith(QStringLiteral("Open a project")));
        const QString shortcut =
            QKeySequence(QStringLiteral("Ctrl+Shift+D")).toString(QKeySequence::NativeText);
        QVERIFY(view.messageText().contains(shortcut));

        // A project without a run: the message and a button that opens the method's run form.
        auto l = loadedFor(m_d, m_result, newProjectPath());
        l.latestResults.clear();
        doc.setLoaded(std::move(l));
        QVERIFY(view.showsEmpty());
        QVERIFY2(view.messageText().startsWith(QStringLiteral("Run Failure directions from the "
                                                              "Analysis menu (%1)")
                                                   .arg(shortcut)),
                 qPrintable(view.messageText()));
        view.resize(800, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.runButton()->isVisible());
        QVERIFY(view.runButton()->isEnabled());
        QString opened;
        QTimer::singleShot(0, this, [&opened] {
            if (QWidget* w = QApplication::activeModalWidget()) {
                if (qobject_cast<MethodRunDialog*>(w))
                    opened = w->windowTitle();
                qobject_cast<QDialog*>(w)->reject();
            }
        });
        view.runButton()->click();
        QCOMPARE(opened, QStringLiteral("Failure directions"));

        // The run arrives: the dock fills.
        doc.setMethodResult(std::make_shared<const methods::MethodResult>(m_result));
        QVERIFY(!view.showsEmpty());
        QVERIFY(view.run());
        QVERIFY(view.messageText().contains(QStringLiteral("Run #5")));
        QCOMPARE(view.currentClass(), m_result.slices.front().extra.at("class").get<int>());
        // A run without its decision values is explained, not drawn.
        auto broken = m_result;
        broken.arrays.erase("decision_oof");
        broken.runId = 6;
        doc.setMethodResult(std::make_shared<const methods::MethodResult>(broken));
        QVERIFY(view.showsEmpty());
        QVERIFY(view.messageText().contains(QStringLiteral("cannot be shown")));
        QVERIFY(view.messageText().contains(QStringLiteral("decision_oof")));
    }

    // One bar per class with its strength; C at the grid's edge marked with the parameter to
    // widen; a click picks the class and selects its predicted errors.
    void chartShowsOneBarPerClass() {
        // Mark one class at the grid's low edge and another at its high edge, by hand.
        auto r = m_result;
        const auto grid = r.summary.at("c_grid").get<std::vector<double>>();
        const auto fitted = fittedClasses();
        auto& classes = r.summary.at("classes");
        classes[std::size_t(fitted[0])]["c_at_edge"] = true;
        classes[std::size_t(fitted[0])]["c"] = grid.front();
        classes[std::size_t(fitted[1])]["c_at_edge"] = true;
        classes[std::size_t(fitted[1])]["c"] = grid.back();
        for (std::size_t k = 2; k < fitted.size(); ++k)
            classes[std::size_t(fitted[k])]["c_at_edge"] = false;
        AnalysisDocument doc;
        load(doc, r);
        DirectionsView view(&doc, &m_jobs);
        view.resize(1000, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        DirectionsStrengthChart* chart = view.strengthChart();
        QCOMPARE(chart->count(), test::kC);
        for (int k = 0; k < test::kC; ++k) {
            const auto& c = classes[std::size_t(k)];
            const auto& bar = chart->bar(k);
            QCOMPARE(bar.label, QString::fromStdString(m_d.classNames[std::size_t(k)]));
            QCOMPARE(bar.fitted, c.at("fitted").get<bool>());
            if (!bar.fitted) {
                QVERIFY(bar.toolTip.contains(QString::fromStdString(c.at("skipped"))));
                continue;
            }
            QCOMPARE(bar.strength, c.at("strength").get<double>());
            QCOMPARE(bar.valueText.left(5), QLocale().toString(bar.strength, 'f', 3));
            QCOMPARE(bar.cAtEdge, c.at("c_at_edge").get<bool>());
        }
        QVERIFY(chart->bar(fitted[0]).valueText.contains(QStringLiteral("C at edge")));
        QVERIFY(chart->bar(fitted[0]).toolTip.contains(QStringLiteral("c-min-exponent, now -6")));
        QVERIFY(chart->bar(fitted[1]).toolTip.contains(QStringLiteral("c-max-exponent, now 0")));
        QVERIFY(!chart->bar(fitted[0]).toolTip.contains(QStringLiteral("c-max-exponent")));
        if (fitted.size() > 2)
            QVERIFY(!chart->bar(fitted[2]).toolTip.contains(QStringLiteral("widen")));
        // The chance line sits half way along the bars' track.
        const QRect row = chart->rowRect(0);
        QVERIFY(chart->chanceX() > row.left() + row.width() / 5);
        QVERIFY(chart->chanceX() < row.right() - row.width() / 5);

        // A click on a bar: the class is picked, its predicted errors (h < 0 on the ranked
        // split) are the selection.
        const RawSplit s = rawSplit(m_result, true);
        for (int cls : fitted) {
            QTest::mouseClick(chart, Qt::LeftButton, {}, chart->rowRect(cls).center());
            QCOMPARE(view.currentClass(), cls);
            QCOMPARE(chart->current(), cls);
            QCOMPARE(view.classCombo()->currentData().toInt(), cls);
            std::set<qint64> expected;
            for (std::size_t i = 0; i < s.ids.size(); ++i)
                if (s.labels[i] == cls && s.h[i] < 0)
                    expected.insert(s.ids[i]);
            QCOMPARE(idSet(doc.selection().ids), expected);
            QCOMPARE(std::size_t(doc.selection().ids.size()), expected.size());
            QVERIFY(doc.selection().origin.contains(QStringLiteral("h < 0")));
        }
    }

    // Picking a class fills the hard and easy grids in h order, on both splits.
    void gridsFollowTheDirection() {
        AnalysisDocument doc;
        load(doc, m_result);
        DirectionsView view(&doc, &m_jobs);
        QVERIFY(view.showsRankedSplit()); // the test split by default
        QCOMPARE(view.splitCombo()->count(), 2);
        for (const bool ranked : {true, false}) {
            view.setRankedSplit(ranked);
            QCOMPARE(view.showsRankedSplit(), ranked);
            const RawSplit s = rawSplit(m_result, ranked);
            for (int cls : fittedClasses()) {
                view.setClass(cls);
                const auto sorted = byH(s, cls);
                const auto& hard = view.hardGrid()->tiles()->tiles();
                const auto& easy = view.easyGrid()->tiles()->tiles();
                const int n = std::min<int>(DirectionsView::kEnd, int(sorted.size()));
                QCOMPARE(hard.size(), n);
                QCOMPARE(easy.size(), n);
                for (int k = 0; k < n; ++k) {
                    QCOMPARE(hard[k].exampleId, sorted[std::size_t(k)].second);
                    QCOMPARE(easy[k].exampleId, sorted[sorted.size() - 1 - std::size_t(k)].second);
                    QVERIFY(hard[k].secondLine.startsWith(QStringLiteral("h ")));
                    QVERIFY(hard[k].datasetIndex >= 0);
                }
                // Hardest first, easiest first: h ascends along the hard grid and descends along
                // the easy one.
                for (int k = 1; k < n; ++k) {
                    QVERIFY(sorted[std::size_t(k - 1)].first <= sorted[std::size_t(k)].first);
                }
                // Label and prediction as the split has them (the red corner follows).
                for (const auto& t : hard) {
                    const auto i = std::size_t(std::find(s.ids.begin(), s.ids.end(), t.exampleId) -
                                               s.ids.begin());
                    QCOMPARE(t.label, s.labels[i]);
                    QCOMPARE(t.prediction, s.predictions[i]);
                    QCOMPARE(t.label, cls);
                }
            }
        }
    }

    // Every bin's correct and wrong counts against a brute-force pass over the raw arrays; the
    // bins cover every value once, and none straddles h = 0.
    void histogramCountsMatchBruteForce() {
        AnalysisDocument doc;
        load(doc, m_result);
        DirectionsView view(&doc, &m_jobs);
        int checked = 0;
        for (const bool ranked : {true, false}) {
            view.setRankedSplit(ranked);
            const RawSplit s = rawSplit(m_result, ranked);
            for (int cls : fittedClasses()) {
                view.setClass(cls);
                const auto& hist = view.histogram()->histogram();
                const auto& e = hist.edges;
                QVERIFY(hist.bins() >= 1);
                QCOMPARE(e.size(), std::size_t(hist.bins() + 1));
                std::int64_t total = 0, values = 0;
                for (std::size_t i = 0; i < s.ids.size(); ++i)
                    values += s.labels[i] == cls && !std::isnan(s.h[i]);
                for (int k = 0; k < hist.bins(); ++k) {
                    std::int64_t correct = 0, wrong = 0;
                    const bool last = k == hist.bins() - 1;
                    for (std::size_t i = 0; i < s.ids.size(); ++i) {
                        if (s.labels[i] != cls || std::isnan(s.h[i]))
                            continue;
                        const double h = s.h[i];
                        if (h >= e[std::size_t(k)] &&
                            (h < e[std::size_t(k) + 1] || (last && h <= e.back())))
                            (s.labels[i] == s.predictions[i] ? correct : wrong)++;
                    }
                    QCOMPARE(hist.correct[std::size_t(k)], correct);
                    QCOMPARE(hist.wrong[std::size_t(k)], wrong);
                    QCOMPARE(std::int64_t(hist.rows[std::size_t(k)].size()), correct + wrong);
                    QVERIFY2(!(e[std::size_t(k)] < 0 && e[std::size_t(k) + 1] > 0),
                             "a bin straddles h = 0");
                    total += correct + wrong;
                    ++checked;
                }
                QCOMPARE(total, values);
                QVERIFY(hist.bins() <= 20);
            }
        }
        QVERIFY(checked > 10);
    }

    // A thumbnail selects its example; a caption its concept group; a bin its examples.
    void clicksSelectTheirExamples() {
        AnalysisDocument doc;
        load(doc, m_result);
        DirectionsView view(&doc, &m_jobs);
        view.resize(1100, 1000);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        bool sawCaption = false;
        for (int cls : fittedClasses()) {
            view.setClass(cls);
            QApplication::processEvents();
            // Thumbnails, both grids.
            for (ExampleTileGrid* grid : {view.hardGrid(), view.easyGrid()}) {
                const auto& tiles = grid->tiles()->tiles();
                QVERIFY(!tiles.isEmpty());
                const int k = int(tiles.size()) - 1;
                QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, grid->tileRect(k).center());
                QCOMPARE(doc.selection().ids, QVector<qint64>{tiles[k].exampleId});
                QCOMPARE(doc.currentExample(), tiles[k].exampleId);
            }
            // Captions: the hard table and the easy one, each row selecting its group.
            const auto& cj = classJson(cls);
            for (const bool hard : {true, false}) {
                const auto& caps = cj.at(hard ? "hard_captions" : "easy_captions");
                QTableWidget* table = view.captionTable(hard);
                QCOMPARE(table->rowCount(), std::max(1, int(caps.size()))); // or says there is none
                for (int row = 0; row < int(caps.size()); ++row) {
                    const auto& cap = caps[std::size_t(row)];
                    QCOMPARE(table->item(row, DirectionsView::CaptionTextColumn)->text(),
                             QString::fromStdString(cap.at("caption")));
                    QCOMPARE(table->item(row, DirectionsView::ScoreColumn)->text(),
                             QLocale().toString(cap.at("score").get<double>(), 'f', 3));
                    QVERIFY((cap.at("score").get<double>() < 0) == hard);
                    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                                      table->visualItemRect(table->item(row, 0)).center());
                    const auto ids = cap.at("ids").get<std::vector<std::int64_t>>();
                    QCOMPARE(idSet(doc.selection().ids), std::set<qint64>(ids.begin(), ids.end()));
                    QCOMPARE(std::size_t(doc.selection().ids.size()), ids.size());
                    QVERIFY(
                        doc.selection().origin.contains(QString::fromStdString(cap.at("caption"))));
                    sawCaption = true;
                }
            }
            // Bins: each click selects the ranked split's examples of the class in [e_k, e_k+1).
            const RawSplit s = rawSplit(m_result, true);
            DecisionHistogramWidget* hw = view.histogram();
            const auto& hist = hw->histogram();
            for (int k = 0; k < hist.bins(); ++k) {
                const QRect r = hw->binRect(k);
                QVERIFY(r.width() >= 1);
                QTest::mouseClick(hw, Qt::LeftButton, {},
                                  QPoint(r.left() + r.width() / 2, r.center().y()));
                QCOMPARE(hw->selectedBin(), k);
                std::set<qint64> expected;
                const bool last = k == hist.bins() - 1;
                for (std::size_t i = 0; i < s.ids.size(); ++i)
                    if (s.labels[i] == cls && !std::isnan(s.h[i]) &&
                        s.h[i] >= hist.edges[std::size_t(k)] &&
                        (s.h[i] < hist.edges[std::size_t(k) + 1] || last))
                        expected.insert(s.ids[i]);
                QCOMPARE(idSet(doc.selection().ids), expected);
            }
            // A selection made elsewhere unpicks the bin.
            doc.setSelection({{s.ids[0]}, QStringLiteral("elsewhere")});
            QCOMPARE(hw->selectedBin(), -1);
        }
        QVERIFY2(sawCaption, "the flipped column captions at least one class");
    }

    // The window hosts the dock, and the Analysis menu runs the method with Ctrl+Shift+D.
    // Text captions (from a text encoder) join the concepts in score order, quoted, marked
    // "text", and select nothing: they name no examples.
    void textCaptionsJoinTheConceptsInScoreOrder() {
        methods::MethodResult r = m_result;
        const int cls = fittedClasses().front();
        auto& cj = r.summary.at("classes").at(std::size_t(cls));
        double lowest = 0.0, highest = 0.0;
        for (const auto& c : cj.at("hard_captions"))
            lowest = std::min(lowest, c.at("score").get<double>());
        for (const auto& c : cj.at("easy_captions"))
            highest = std::max(highest, c.at("score").get<double>());
        cj["hard_text_captions"] = {{{"caption", "a photo of a dark a"}, {"score", lowest - 1}},
                                    {{"caption", "a photo of a faint a"}, {"score", -1e-12}}};
        cj["easy_text_captions"] = {{{"caption", "a photo of a bright a"}, {"score", highest + 1}}};
        AnalysisDocument doc;
        doc.setLoaded(loadedFor(m_d, r, newProjectPath()));
        DirectionsView view(&doc, &m_jobs);
        view.resize(1100, 1000);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setClass(cls);
        QApplication::processEvents();
        for (const bool hard : {true, false}) {
            QTableWidget* t = view.captionTable(hard);
            const int concepts = int(cj.at(hard ? "hard_captions" : "easy_captions").size());
            QCOMPARE(t->rowCount(), concepts + (hard ? 2 : 1));
            // The strongest first: the text caption scored beyond every concept.
            QCOMPARE(t->item(0, DirectionsView::CaptionTextColumn)->text(),
                     hard ? QStringLiteral("“a photo of a dark a”")
                          : QStringLiteral("“a photo of a bright a”"));
            QCOMPARE(t->item(0, DirectionsView::ExamplesColumn)->text(), QStringLiteral("text"));
            double previous = hard ? -1e300 : 1e300;
            for (int row = 0; row < t->rowCount(); ++row) {
                const double v =
                    QLocale().toDouble(t->item(row, DirectionsView::ScoreColumn)->text());
                QVERIFY(hard ? v >= previous : v <= previous);
                previous = v;
            }
            doc.setSelection({{42}, QStringLiteral("before")});
            QTest::mouseClick(t->viewport(), Qt::LeftButton, {},
                              t->visualItemRect(t->item(0, 0)).center());
            QCOMPARE(doc.selection().origin, QStringLiteral("before"));
        }
        // The weakest hard text caption comes last among the hard ones.
        QTableWidget* hard = view.captionTable(true);
        QCOMPARE(hard->item(hard->rowCount() - 1, DirectionsView::CaptionTextColumn)->text(),
                 QStringLiteral("“a photo of a faint a”"));
    }

    void menuActionAndDock() {
        const auto views = viewSlots();
        const auto it = std::find_if(views.begin(), views.end(), [](const ViewSlot& s) {
            return s.id == QStringLiteral("directions");
        });
        QVERIFY(it != views.end());
        QCOMPARE(it->title, QStringLiteral("Directions"));
        MainWindow w;
        QAction* a = w.action(QStringLiteral("actionMethod_directions"));
        QVERIFY(a);
        QCOMPARE(a->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+D")));
        QCOMPARE(a->text(), QStringLiteral("Failure directions…"));
        QDockWidget* d = w.dock(QStringLiteral("directions"));
        QVERIFY(d);
        QVERIFY(qobject_cast<DirectionsView*>(d->widget()));
    }

    // The generic run form shows the method's parameters: the embedding as text (robust, model
    // or a file), the numbers in spin boxes with their ranges.
    void runFormShowsTheParameters() {
        const auto& m = methods::MethodRegistry::instance().get("directions");
        MethodRunDialog dialog(m, {100, 60, 60});
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Failure directions"));
        auto* embedding = dialog.findChild<QLineEdit*>(QStringLiteral("embedding"));
        QVERIFY(embedding);
        QCOMPARE(embedding->text(), QStringLiteral("robust"));
        QVERIFY(embedding->toolTip().contains(QStringLiteral("TorchScript")));
        auto* tolerance = dialog.findChild<QDoubleSpinBox*>(QStringLiteral("tolerance"));
        QVERIFY(tolerance);
        QCOMPARE(tolerance->value(), 1e-3);
        QCOMPARE(tolerance->text(), QLocale().toString(0.001, 'f', 3));
        // The form keeps three decimals: 0 is within its reach, and refused naming the field.
        tolerance->setValue(0.0);
        QVERIFY(dialog.validationError().contains(QStringLiteral("tolerance")));
        tolerance->setValue(0.001);
        auto* low = dialog.findChild<QDoubleSpinBox*>(QStringLiteral("c-min-exponent"));
        QVERIFY(low);
        QCOMPARE(low->value(), -6.0);
        QCOMPARE(low->decimals(), 3);
        embedding->setText(QStringLiteral("model"));
        QVERIFY(dialog.validationError().isEmpty());
        embedding->setText(QStringLiteral("/no/such/encoder.pt"));
        QVERIFY(dialog.validationError().isEmpty() ||
                dialog.validationError().contains(QStringLiteral("/no/such/encoder.pt")));
        QCOMPARE(dialog.given().at("embedding"), std::string("/no/such/encoder.pt"));
    }

    // The Interventions… form holds the workflow's options; run from the dock, the outcome is
    // stored as a run of its own and shown again by a dock opened later.
    void interventionsRunStoreAndShow() {
        {
            DirectionsInterventionsDialog dialog(QString::fromStdString(m_encoderPath),
                                                 QStringLiteral("pooled-cnn"), 3);
            QCOMPARE(dialog.arch()->currentText(), QStringLiteral("pooled-cnn"));
            QCOMPARE(dialog.epochs()->value(), 3);
            QCOMPARE(dialog.embedding()->count(), 2);
            dialog.perClass()->setValue(2);
            dialog.poolFraction()->setValue(0.25);
            dialog.upweight()->setValue(3.0);
            dialog.seeds()->setValue(2);
            dialog.upweighting()->setChecked(false);
            const auto req = dialog.request();
            QCOMPARE(req.options.perClass, 2);
            QCOMPARE(req.options.poolFraction, 0.25);
            QCOMPARE(req.options.upweight, 3.0);
            QCOMPARE(req.options.seeds, (std::vector<std::uint64_t>{0, 1}));
            QVERIFY(req.options.filtering);
            QVERIFY(!req.options.upweighting);
            QVERIFY(!req.options.modelEmbeddings);
            QCOMPARE(req.embeddingFile, m_encoderPath);
            QCOMPARE(req.options.base.arch, std::string("pooled-cnn"));
            QCOMPARE(req.options.base.train.epochs, 3);
            dialog.filtering()->setChecked(false);
            QVERIFY(!dialog.validationError().isEmpty());
            // Without an encoder (a run on the model's features) the base models' own remain.
            DirectionsInterventionsDialog own(QString(), QStringLiteral("small-cnn"), 2);
            QCOMPARE(own.embedding()->count(), 1);
            QVERIFY(own.request().options.modelEmbeddings);
        }
        const QString path = newProjectPath();
        {
            AnalysisDocument doc;
            doc.setLoaded(loadedFor(m_d, m_result, path));
            DirectionsView view(&doc, &m_jobs);
            QVERIFY(!view.interventions()->result());
            InterventionRequest req;
            req.embeddingFile = m_encoderPath;
            req.options.base.arch = "small-cnn";
            req.options.base.train.epochs = 1;
            req.options.base.train.batchSize = 16;
            req.options.perClass = 2;
            req.options.poolFraction = 0.25;
            req.options.seeds = {0};
            QSignalSpy done(view.interventions(), &DirectionsInterventionsPanel::finished);
            QVERIFY(view.interventions()->start(req) != 0);
            QVERIFY(view.interventions()->busy());
            QVERIFY(done.wait(120000));
            const auto r = view.interventions()->result();
            QVERIFY2(r, qPrintable(view.interventions()->statusText()));
            QCOMPARE(r->kind, std::string("directions-interventions"));
            QVERIFY(r->runId > 0);
            QCOMPARE(r->settings.at("directions_run"), std::string("5"));
            // The summary table: one row per arm, as the chart.
            QTableWidget* t = view.interventions()->table();
            QCOMPARE(t->rowCount(), 5);
            QCOMPARE(t->item(0, 0)->text(), QStringLiteral("original"));
            QCOMPARE(view.interventions()->accuracyChart()->count(), 5);
            const auto& chart = r->charts.at(0);
            for (int i = 0; i < 5; ++i)
                QCOMPARE(view.interventions()->accuracyChart()->bar(i).value,
                         std::isnan(chart.series[0].values[std::size_t(i)])
                             ? 0.0
                             : chart.series[0].values[std::size_t(i)]);
        }
        // Reopened: the stored outcome is read back.
        AnalysisDocument doc;
        auto l = loadedFor(m_d, m_result, path);
        doc.setLoaded(std::move(l));
        DirectionsView view(&doc, &m_jobs);
        const auto back = view.interventions()->result();
        QVERIFY(back);
        QCOMPARE(back->kind, std::string("directions-interventions"));
        QCOMPARE(view.interventions()->table()->rowCount(), 5);
        QVERIFY(view.interventions()->tablePicker()->count() >= 3);

        // Cancelled: said so, nothing new stored.
        QSignalSpy done(view.interventions(), &DirectionsInterventionsPanel::finished);
        InterventionRequest req;
        req.embeddingFile = m_encoderPath;
        req.options.base.train.epochs = 50;
        req.options.seeds = {0, 1, 2};
        QVERIFY(view.interventions()->start(req) != 0);
        view.interventions()->cancel();
        QVERIFY(done.wait(60000));
        QVERIFY(view.interventions()->statusText().contains(QStringLiteral("cancelled")));
        QCOMPARE(view.interventions()->result()->runId, back->runId);
        QCOMPARE(methods::latestRun(*doc.project(), {"directions-interventions"}).value_or(0),
                 back->runId);
    }
};

QTEST_MAIN(TestDirectionsViews)
#include "test_directions_views.moc"
