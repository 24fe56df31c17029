// Barlow's Trees dock on a real run (a tiny dataset, a small model, a small pooled-cnn as the
// robust extractor) checked against independent computations: the drawn nodes against
// analyseFailures' trees with sizes and error rates counted by brute force along each path, a
// click on a node selecting exactly the examples its path admits, heatmap cells against a
// brute-force quantile binning, the class table sorting as numbers, a typed feature name in the
// project after reopening, the most activating images against a brute-force top 6, the heatmap
// and attack jobs, and the empty states.
#include "core/methods/barlow_method.h"
#include "core/methods/method_registry.h"
#include "core/methods/method_result.h"
#include "core/nn/device.h"
#include "core/store/feature_name_repo.h"
#include "core/store/project.h"
#include "core/store/typed_array.h"
#include "tests/core/tiny_fixture.h"
#include "ui/document/analysis_document.h"
#include "ui/jobs/job_manager.h"
#include "ui/mainwindow/view_registry.h"
#include "ui/methods/barlow/barlow_analysis.h"
#include "ui/methods/barlow/barlow_class_model.h"
#include "ui/methods/barlow/barlow_feature_panel.h"
#include "ui/methods/barlow/barlow_heatmap_panel.h"
#include "ui/methods/barlow/barlow_run.h"
#include "ui/methods/barlow/barlow_tree_map.h"
#include "ui/methods/barlow/barlow_trees_view.h"
#include "ui/methods/barlow/error_grid.h"
#include "ui/methods/barlow/error_heatmap_widget.h"
#include "ui/methods/barlow/image_strip.h"
#include <QComboBox>
#include <QDir>
#include <QKeySequence>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSlider>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <functional>
#include <memory>
#include <set>
#include <thread>

using namespace fl;
using namespace fl::ui;

namespace {

// A document's table for the dataset: every example, with the run's predictions on its split.
AnalysisDocument::Loaded loadedFor(const data::Dataset& d, const methods::MethodResult& r,
                                   const QString& projectPath, bool create) {
    AnalysisDocument::Loaded l;
    l.dataset = std::make_shared<data::Dataset>(d);
    ExampleTable& t = l.table;
    for (const auto& n : d.classNames)
        t.classNames << QString::fromStdString(n);
    std::map<std::int64_t, int> predicted;
    for (std::size_t i = 0; i < r.exampleIds.size(); ++i)
        predicted[r.exampleIds[i]] = r.predictions[i];
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
        std::make_unique<store::Project>(create ? store::Project::create(projectPath.toStdString())
                                                : store::Project::open(projectPath.toStdString()));
    l.latestResults["barlow"] = std::make_shared<const methods::MethodResult>(r);
    return l;
}

// The rows of the result's split that reach node n of the tree, by testing every condition on
// the way from the root (brute force, not the tree's own routing).
std::vector<std::int64_t> bruteForceNode(const trees::MatrixRM& x, const trees::ClassFailures& cf,
                                         const std::vector<std::int64_t>& group, int n) {
    std::vector<int> parent(cf.tree.nodes.size(), -1);
    for (std::size_t i = 0; i < cf.tree.nodes.size(); ++i)
        for (int child : {cf.tree.nodes[i].left, cf.tree.nodes[i].right})
            if (child >= 0)
                parent[std::size_t(child)] = int(i);
    std::vector<std::int64_t> out;
    for (auto r : group) {
        bool in = true;
        for (int c = n; parent[std::size_t(c)] >= 0; c = parent[std::size_t(c)]) {
            const auto& p = cf.tree.nodes[std::size_t(parent[std::size_t(c)])];
            const double v = x(r, cf.features[std::size_t(p.feature)]);
            in = in && (c == p.left ? v <= p.threshold : v > p.threshold);
        }
        if (in)
            out.push_back(r);
    }
    return out;
}

// numpy.quantile (linear) written out, and a bin as the number of edges below the value.
std::vector<double> referenceEdges(std::vector<double> v, int bins) {
    std::sort(v.begin(), v.end());
    std::vector<double> e;
    for (int k = 1; k < bins; ++k) {
        const double h = (double(v.size()) - 1.0) * k / bins;
        const double lo = v[std::size_t(std::floor(h))], hi = v[std::size_t(std::ceil(h))];
        e.push_back(lo + (h - std::floor(h)) * (hi - lo));
    }
    return e;
}
int referenceBin(const std::vector<double>& edges, double v) {
    int b = 0;
    for (double e : edges)
        b += e < v;
    return b;
}

double parseNumber(QString s) {
    s.remove(QLatin1Char('%'));
    bool ok = false;
    const double v = QLocale().toDouble(s, &ok);
    return ok ? v : -1e9;
}

} // namespace

class TestBarlowViews : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<test::TinyFixture> m_f;
    methods::MethodResult m_result;
    trees::MatrixRM m_x;
    JobManager m_jobs{1};
    int m_projects = 0;

    QString newProjectPath() {
        return m_dir.filePath(QStringLiteral("p%1.faultline").arg(++m_projects));
    }
    void load(AnalysisDocument& doc, const methods::MethodResult& r) {
        doc.setLoaded(loadedFor(m_f->d, r, newProjectPath(), true));
    }
    // Waits until the view shows the trees of its current grouping and depth.
    static bool waitForTrees(BarlowTreesView& view) {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 20000) {
            const auto a = view.analysis();
            if (a && !view.busy() && a->byPrediction == view.byPrediction() &&
                a->depth == view.depth())
                return true;
            QTest::qWait(10);
        }
        return false;
    }
    std::vector<std::int64_t> group(int cls, bool byPrediction) const {
        std::vector<std::int64_t> g;
        for (std::size_t r = 0; r < m_result.labels.size(); ++r)
            if ((byPrediction ? m_result.predictions[r] : m_result.labels[r]) == cls)
                g.push_back(std::int64_t(r));
        return g;
    }
    std::vector<trees::ClassFailures> reference(bool byPrediction, int depth) const {
        auto values = methods::resolveParameters("barlow", methods::BarlowMethod().parameters(),
                                                 {{"depth", "2"}, {"top-k", "8"}});
        auto o = methods::BarlowMethod::failureOptions(values);
        o.byPrediction = byPrediction;
        o.depth = depth;
        return trees::analyseFailures(m_x, m_result.labels, m_result.predictions, test::kC, o);
    }
    bool isError(std::int64_t r) const {
        return m_result.labels[std::size_t(r)] != m_result.predictions[std::size_t(r)];
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        nn::setComputeThreads(1);
        m_f = std::make_unique<test::TinyFixture>(30);
        auto e = test::tinyExtractor(m_f->d);
        const std::string path = m_dir.filePath(QStringLiteral("extractor.flmodel")).toStdString();
        e.save(path);
        methods::MethodInput in;
        in.dataset = &m_f->d;
        in.model = &m_f->c;
        in.split = data::Split::Val;
        in.heldOut = data::Split::Test;
        in.parameters = methods::resolveParameters(
            "barlow", methods::BarlowMethod().parameters(),
            {{"depth", "2"}, {"top-k", "8"}, {"figure-leaves", "0"}, {"robustness-examples", "0"}});
        in.auxiliary["robust_extractor"] =
            std::make_shared<const nn::Classifier>(nn::Classifier::load(path));
        m_result = methods::BarlowMethod().run(in, {}, {});
        m_result.runId = 7;
        QCOMPARE(m_result.settings.at("extractor_file"), path);
        m_x = store::arrayMatrix(m_result.arrays.at("barlow_features"), "features");
        QCOMPARE(m_x.rows(), std::int64_t(m_result.exampleIds.size()));
        int errors = 0;
        for (std::size_t r = 0; r < m_result.labels.size(); ++r)
            errors += isError(std::int64_t(r));
        QVERIFY2(errors >= 3, "the fixture's model errs");
    }

    void emptyStatesTeach() {
        AnalysisDocument doc;
        BarlowTreesView view(&doc, &m_jobs);
        QVERIFY(view.messageText().contains(QStringLiteral("Open a project")));
        auto noRun = m_result;
        AnalysisDocument::Loaded l = loadedFor(m_f->d, m_result, newProjectPath(), true);
        l.latestResults.clear();
        doc.setLoaded(std::move(l));
        const QString shortcut =
            QKeySequence(QString::fromStdString(
                             methods::MethodRegistry::instance().get("barlow").info().shortcut))
                .toString(QKeySequence::NativeText);
        QVERIFY(!shortcut.isEmpty());
        QCOMPARE(view.messageText(), QStringLiteral("Run Barlow from the Analysis menu (%1) to "
                                                    "grow failure trees.")
                                         .arg(shortcut));
        doc.setMethodResult(std::make_shared<const methods::MethodResult>(m_result));
        QVERIFY(waitForTrees(view));
        QVERIFY(!view.messageText().contains(QStringLiteral("Run Barlow")));
        // Initialised from the run: its grouping, depth and the class of its first slice.
        QCOMPARE(view.depth(), 2);
        QCOMPARE(view.byPrediction(), false);
        QCOMPARE(view.currentClass(), int(m_result.slices.front().extra.at("class")));
        // A run without its features is explained, not drawn.
        auto broken = m_result;
        broken.arrays.erase("barlow_features");
        broken.runId = 8;
        doc.setMethodResult(std::make_shared<const methods::MethodResult>(broken));
        QVERIFY(view.messageText().contains(QStringLiteral("cannot be shown")));
    }

    // Every node drawn, for every class, grouping and depth, against analyseFailures' tree with
    // the node's examples found by testing its conditions on every example of the group.
    void treeNodesMatchTheFailureTrees() {
        AnalysisDocument doc;
        load(doc, m_result);
        BarlowTreesView view(&doc, &m_jobs);
        view.resize(1000, 800);
        QVERIFY(waitForTrees(view));
        int nodesChecked = 0, validLeaves = 0;
        for (const bool byPred : {false, true})
            for (int depth = 1; depth <= 3; ++depth) {
                view.setGrouping(byPred);
                view.setDepth(depth);
                QVERIFY(waitForTrees(view));
                const auto ref = reference(byPred, depth);
                for (const auto& cf : ref) {
                    view.setClass(cf.cls);
                    const BarlowClassTree* shown = view.treeMap()->tree();
                    QVERIFY(shown);
                    QCOMPARE(shown->cls, cf.cls);
                    const auto g = group(cf.cls, byPred);
                    if (cf.tree.nodes.empty()) { // no errors: the group alone
                        QCOMPARE(view.treeMap()->nodeCount(), 1);
                        QCOMPARE(shown->nodes[0].size(), std::int64_t(g.size()));
                        continue;
                    }
                    QCOMPARE(view.treeMap()->nodeCount(), int(cf.tree.nodes.size()));
                    for (int n = 0; n < int(cf.tree.nodes.size()); ++n) {
                        const auto rows = bruteForceNode(m_x, cf, g, n);
                        std::int64_t errors = 0;
                        for (auto r : rows)
                            errors += isError(r);
                        const auto& node = shown->nodes[std::size_t(n)];
                        QCOMPARE(node.size(), std::int64_t(rows.size()));
                        QCOMPARE(node.errors, errors);
                        QCOMPARE(node.er,
                                 rows.empty() ? 0.0 : double(errors) / double(rows.size()));
                        QCOMPARE(node.ec, double(errors) / double(cf.errors));
                        QCOMPARE(cf.tree.nodes[std::size_t(n)].samples, node.size());
                        // The box says so.
                        const QStringList lines = view.treeMap()->nodeLines(n);
                        QVERIFY2(lines[1].startsWith(QLocale().toString(node.size()) + u' '),
                                 qPrintable(lines.join(u'|')));
                        QVERIFY(lines[2].contains(barlow::percent(node.er)));
                        QVERIFY(!view.treeMap()->nodeRect(n).isEmpty());
                        ++nodesChecked;
                    }
                    // Leaves: rank by IV and the valid mark as analyseFailures has them.
                    for (std::size_t i = 0; i < cf.leaves.size(); ++i) {
                        const auto& node = shown->nodes[std::size_t(cf.leaves[i].node)];
                        QCOMPARE(node.rank, int(i));
                        QCOMPARE(node.valid, cf.leaves[i].valid);
                        QCOMPARE(node.iv, cf.leaves[i].iv);
                        validLeaves += node.valid;
                    }
                    // The leaves table lists them by IV.
                    QCOMPARE(view.leavesTable()->rowCount(), int(cf.leaves.size()));
                    for (int i = 0; i < view.leavesTable()->rowCount(); ++i)
                        QCOMPARE(view.leavesTable()->item(i, 0)->data(Qt::UserRole).toInt(),
                                 cf.leaves[std::size_t(i)].node);
                }
            }
        QVERIFY(nodesChecked > 20);
        QVERIFY(validLeaves > 0);
    }

    // A click on each node's box selects exactly the group's examples its path admits.
    void clickingANodeSelectsItsExamples() {
        AnalysisDocument doc;
        load(doc, m_result);
        BarlowTreesView view(&doc, &m_jobs);
        view.resize(1100, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setDepth(3);
        QVERIFY(waitForTrees(view));
        const auto ref = reference(false, 3);
        int clicked = 0;
        for (const auto& cf : ref) {
            if (cf.tree.nodes.empty())
                continue;
            view.setClass(cf.cls);
            QApplication::processEvents();
            const auto g = group(cf.cls, false);
            for (int n = 0; n < int(cf.tree.nodes.size()); ++n) {
                const QRectF box = view.treeMap()->nodeRect(n);
                QTest::mouseClick(view.treeMap(), Qt::LeftButton, {}, box.center().toPoint());
                std::set<qint64> expected;
                for (auto r : bruteForceNode(m_x, cf, g, n))
                    expected.insert(m_result.exampleIds[std::size_t(r)]);
                const auto& ids = doc.selection().ids;
                QCOMPARE(std::set<qint64>(ids.begin(), ids.end()), expected);
                QCOMPARE(std::size_t(ids.size()), expected.size());
                QVERIFY2(
                    doc.selection().origin.startsWith(
                        QStringLiteral("Barlow: label %1")
                            .arg(QString::fromStdString(m_f->d.classNames[std::size_t(cf.cls)]))),
                    qPrintable(doc.selection().origin));
                QCOMPARE(view.treeMap()->selectedNode(), n);
                // The feature panel follows: the node's split feature, or the leaf's last one.
                const auto& tn = cf.tree.nodes[std::size_t(n)];
                if (!tn.isLeaf())
                    QCOMPARE(view.featurePanel()->feature(), cf.features[std::size_t(tn.feature)]);
                ++clicked;
            }
            // The path is in the origin for a non-root node.
            QVERIFY(doc.selection().origin.contains(QStringLiteral("∧")));
        }
        QVERIFY(clicked > 3);
        // The keyboard walks the tree: Up to the root, Down to its left child, Right to its
        // sibling; each step selects the node's examples.
        const auto& cf = *std::find_if(ref.begin(), ref.end(),
                                       [&](const auto& c) { return c.cls == view.currentClass(); });
        view.treeMap()->setFocus();
        QTest::keyClick(view.treeMap(), Qt::Key_Up);
        QTest::keyClick(view.treeMap(), Qt::Key_Up);
        QCOMPARE(view.treeMap()->selectedNode(), 0);
        QTest::keyClick(view.treeMap(), Qt::Key_Down);
        QCOMPARE(view.treeMap()->selectedNode(), cf.tree.nodes[0].left);
        QTest::keyClick(view.treeMap(), Qt::Key_Right);
        QCOMPARE(view.treeMap()->selectedNode(), cf.tree.nodes[0].right);
        const auto right = bruteForceNode(m_x, cf, group(cf.cls, false), cf.tree.nodes[0].right);
        QCOMPARE(std::size_t(doc.selection().ids.size()), right.size());
        QTest::keyClick(view.treeMap(), Qt::Key_Return);
        QCOMPARE(view.tabs()->currentIndex(), int(BarlowTreesView::FeatureTab));
        // A selection made elsewhere unpicks the node.
        doc.setSelection({{m_result.exampleIds[0]}, QStringLiteral("elsewhere")});
        QCOMPARE(view.treeMap()->selectedNode(), -1);
    }

    // Heatmap cells: counts, errors, rates and coverage against a brute-force quantile binning.
    void heatmapCellsMatchBruteForceBinning() {
        AnalysisDocument doc;
        load(doc, m_result);
        BarlowTreesView view(&doc, &m_jobs);
        view.resize(1000, 800);
        view.show();
        QVERIFY(waitForTrees(view));
        const auto ref = reference(false, 2);
        const trees::ClassFailures* cf = nullptr;
        for (const auto& c : ref)
            if (c.features.size() >= 2 && (!cf || c.errors > cf->errors))
                cf = &c;
        QVERIFY(cf);
        view.setClass(cf->cls);
        view.tabs()->setCurrentIndex(BarlowTreesView::HeatmapTab);
        BarlowHeatmapPanel* panel = view.heatmapPanel();
        // Defaults: the class's two top features, 5 × 5.
        QCOMPARE(panel->featureX(), cf->features[0]);
        QCOMPARE(panel->featureY(), cf->features[1]);
        QCOMPARE(panel->bins(), 5);
        const auto g = group(cf->cls, false);
        for (const int bins : {5, 3}) {
            panel->setBins(bins);
            const int fx = cf->features[0], fy = cf->features[1];
            std::vector<double> vx, vy;
            for (auto r : g) {
                vx.push_back(m_x(r, fx));
                vy.push_back(m_x(r, fy));
            }
            const auto ex = referenceEdges(vx, bins), ey = referenceEdges(vy, bins);
            std::map<std::pair<int, int>, std::vector<qint64>> cells;
            std::map<std::pair<int, int>, int> errors;
            for (auto r : g) {
                const std::pair<int, int> key{referenceBin(ey, m_x(r, fy)),
                                              referenceBin(ex, m_x(r, fx))};
                cells[key].push_back(m_result.exampleIds[std::size_t(r)]);
                errors[key] += isError(r);
            }
            const ErrorGrid& grid = panel->grid();
            QCOMPARE(grid.rows, bins);
            QCOMPARE(grid.cols, bins);
            std::int64_t total = 0;
            for (int r = 0; r < bins; ++r)
                for (int c = 0; c < bins; ++c) {
                    const auto n = std::int64_t(cells[{r, c}].size());
                    QCOMPARE(grid.size(r, c), n);
                    QCOMPARE(grid.errorsAt(r, c), std::int64_t(errors[{r, c}]));
                    QCOMPARE(grid.errorCoverage(r, c), double(errors[{r, c}]) / double(cf->errors));
                    if (n) {
                        QCOMPARE(grid.errorRate(r, c), double(errors[{r, c}]) / double(n));
                        QCOMPARE(panel->heatmap()->cellLines(r, c).front(), QLocale().toString(n));
                    }
                    total += n;
                }
            QCOMPARE(total, std::int64_t(g.size()));
            // Clicking the fullest cell selects its examples.
            std::pair<int, int> fullest{0, 0};
            for (const auto& [k, v] : cells)
                if (v.size() > cells[fullest].size())
                    fullest = k;
            const QRectF rect = panel->heatmap()->cellRect(fullest.first, fullest.second);
            QTest::mouseClick(panel->heatmap(), Qt::LeftButton, {}, rect.center().toPoint());
            const auto& ids = doc.selection().ids;
            QCOMPARE(std::set<qint64>(ids.begin(), ids.end()),
                     std::set<qint64>(cells[fullest].begin(), cells[fullest].end()));
            QVERIFY(doc.selection().origin.startsWith(QStringLiteral("Barlow heatmap: label ")));
        }
        // Feature × class: every example of the split by class and by feature x's quantiles.
        panel->setBins(4);
        panel->setMode(BarlowHeatmapPanel::Mode::FeatureByClass);
        const int fx = panel->featureX();
        std::vector<double> all;
        for (Eigen::Index r = 0; r < m_x.rows(); ++r)
            all.push_back(m_x(r, fx));
        const auto ex = referenceEdges(all, 4);
        const ErrorGrid& grid = panel->grid();
        QCOMPARE(grid.cols, 4);
        QCOMPARE(grid.rows, test::kC);
        for (int row = 0; row < grid.rows; ++row) {
            const int cls = grid.rowClasses[std::size_t(row)];
            std::vector<std::int64_t> n(4, 0), e(4, 0);
            std::int64_t classErrors = 0;
            for (Eigen::Index r = 0; r < m_x.rows(); ++r)
                if (m_result.labels[std::size_t(r)] == cls) {
                    const int b = referenceBin(ex, m_x(r, fx));
                    ++n[std::size_t(b)];
                    e[std::size_t(b)] += isError(r);
                    classErrors += isError(r);
                }
            for (int c = 0; c < 4; ++c) {
                QCOMPARE(grid.size(row, c), n[std::size_t(c)]);
                QCOMPARE(grid.errorsAt(row, c), e[std::size_t(c)]);
                QCOMPARE(grid.errorCoverage(row, c),
                         classErrors ? double(e[std::size_t(c)]) / double(classErrors) : 0.0);
            }
        }
    }

    // The class table sorts as numbers: sizes 300, 40 and 5 come out in that order, not as text.
    void classTableSortsNumerically() {
        methods::MethodResult r = m_result;
        r.runId = 9;
        r.exampleIds.clear();
        r.labels.clear();
        r.predictions.clear();
        const int sizes[] = {5, 300, 40};
        std::vector<float> x;
        std::int64_t id = 1000;
        for (int c = 0; c < 3; ++c)
            for (int i = 0; i < sizes[c]; ++i) {
                r.exampleIds.push_back(id++);
                r.labels.push_back(c);
                // Errors among the high values of feature 0: 1 in 5, 1 in 3, 1 in 2 by class.
                const bool wrong = i % (c == 0 ? 5 : c == 1 ? 3 : 2) == 0;
                r.predictions.push_back(wrong ? (c + 1) % 3 : c);
                x.push_back(float(i) / float(sizes[c]) + (wrong ? 0.5f : 0.0f));
                x.push_back(float((i * 7) % 11));
            }
        r.arrays["barlow_features"] =
            store::makeArray<float>({std::int64_t(r.exampleIds.size()), 2}, x.data(), x.size());
        r.slices.clear();
        AnalysisDocument doc;
        doc.setLoaded(loadedFor(m_f->d, r, newProjectPath(), true));
        BarlowTreesView view(&doc, &m_jobs);
        QVERIFY(waitForTrees(view));
        QTableView* table = view.classTable();
        const auto column = [&](int col) {
            std::vector<double> v;
            for (int row = 0; row < table->model()->rowCount(); ++row)
                v.push_back(parseNumber(table->model()->index(row, col).data().toString()));
            return v;
        };
        table->sortByColumn(BarlowClassModel::Size, Qt::DescendingOrder);
        QCOMPARE(column(BarlowClassModel::Size), (std::vector<double>{300, 40, 5}));
        table->sortByColumn(BarlowClassModel::Size, Qt::AscendingOrder);
        QCOMPARE(column(BarlowClassModel::Size), (std::vector<double>{5, 40, 300}));
        for (const int col : {int(BarlowClassModel::Errors), int(BarlowClassModel::Ber),
                              int(BarlowClassModel::BestEr), int(BarlowClassModel::AlerMinusBer)}) {
            table->sortByColumn(col, Qt::AscendingOrder);
            const auto v = column(col);
            QVERIFY2(std::is_sorted(v.begin(), v.end()), qPrintable(QString::number(col)));
        }
        // Errors: 1, 100, 20 → 1, 20, 100 (text would say 1, 100, 20).
        table->sortByColumn(BarlowClassModel::Errors, Qt::AscendingOrder);
        QCOMPARE(column(BarlowClassModel::Errors), (std::vector<double>{1, 20, 100}));
        // A click on a row shows that class's tree.
        const QModelIndex last = table->model()->index(2, 0);
        table->scrollTo(last);
        view.resize(900, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(last).center());
        QCOMPARE(view.currentClass(), 1);
        QCOMPARE(view.treeMap()->tree()->size(), 300);
    }

    // A typed name is in the project at once, drawn in the tree and rules, and back after
    // reopening.
    void featureNameIsSavedAndShown() {
        const QString path = newProjectPath();
        int feature = -1;
        std::string key;
        {
            AnalysisDocument doc;
            doc.setLoaded(loadedFor(m_f->d, m_result, path, true));
            BarlowTreesView view(&doc, &m_jobs);
            view.resize(1000, 800);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            QVERIFY(waitForTrees(view));
            const BarlowClassTree* t = view.treeMap()->tree();
            QVERIFY(t && t->nodes.size() > 1);
            feature = t->nodes[0].feature;
            QCOMPARE(view.featurePanel()->feature(), feature); // the root's split
            key = view.run()->extractorKey;
            QCOMPARE(key, m_result.settings.at("extractor_file"));
            view.tabs()->setCurrentIndex(BarlowTreesView::FeatureTab);
            QLineEdit* name = view.featurePanel()->nameEdit();
            name->setFocus();
            QTest::keyClicks(name, QStringLiteral("collar"));
            QTest::keyClick(name, Qt::Key_Return);
            QCOMPARE(
                QString::fromStdString(store::FeatureNameRepo(*doc.project()).get(key, feature)),
                QStringLiteral("collar"));
            QCOMPARE(view.treeMap()->nodeLines(1).front().left(8), QStringLiteral("collar ≤"));
            QVERIFY(view.leavesTable()->item(0, 1)->text().contains(QStringLiteral("collar")));
            QCOMPARE(view.featureNames().value(feature), QStringLiteral("collar"));
            view.clickNode(1);
            QVERIFY(doc.selection().origin.contains(QStringLiteral("collar ≤")));
            m_jobs.waitForIdle(60000);
            doc.closeProject();
        }
        {
            store::Project p = store::Project::open(path.toStdString());
            QCOMPARE(store::FeatureNameRepo(p).get(key, feature), std::string("collar"));
        }
        AnalysisDocument doc;
        doc.setLoaded(loadedFor(m_f->d, m_result, path, false));
        BarlowTreesView view(&doc, &m_jobs);
        QVERIFY(waitForTrees(view));
        QCOMPARE(view.featureNames().value(feature), QStringLiteral("collar"));
        QCOMPARE(view.featurePanel()->nameEdit()->text(), QStringLiteral("collar"));
        // Clearing the field removes the name.
        view.featurePanel()->nameEdit()->setText({});
        view.featurePanel()->nameEdit()->setModified(true);
        Q_EMIT view.featurePanel()->nameEdit()->editingFinished();
        QCOMPARE(store::FeatureNameRepo(*doc.project()).get(key, feature), std::string());
        QVERIFY(!view.treeMap()->nodeLines(1).front().contains(QStringLiteral("collar")));
    }

    // The feature panel's four rows: the group's top 6 by brute force, heatmaps and the attack
    // as jobs (cached per feature), failures of the picked leaf.
    void featurePanelRows() {
        AnalysisDocument doc;
        load(doc, m_result);
        BarlowTreesView view(&doc, &m_jobs);
        view.resize(1000, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(waitForTrees(view));
        BarlowFeaturePanel* panel = view.featurePanel();
        const int cls = view.currentClass();
        const auto g = group(cls, false);
        for (int j : {0, 3, int(m_x.cols()) - 1}) {
            panel->setFeature(j);
            std::vector<std::pair<float, std::int64_t>> byValue;
            for (auto r : g)
                byValue.push_back({-m_x(r, j), r}); // largest first, ties by row
            std::sort(byValue.begin(), byValue.end());
            QVector<qint64> expected;
            for (std::size_t i = 0; i < byValue.size() && i < 6; ++i)
                expected << m_result.exampleIds[std::size_t(byValue[i].second)];
            QCOMPARE(panel->mostActivatingIds(), expected);
        }
        // Hidden, the panel computes nothing; shown, heatmaps and the attack arrive as jobs.
        QVERIFY(!panel->busy());
        QCOMPARE(panel->heatmapStrip()->items().size(), 0);
        QSignalSpy heat(panel, &BarlowFeaturePanel::heatmapsShown);
        QSignalSpy attack(panel, &BarlowFeaturePanel::attackShown);
        view.tabs()->setCurrentIndex(BarlowTreesView::FeatureTab);
        QVERIFY(heat.count() > 0 || heat.wait(30000));
        QVERIFY(attack.count() > 0 || attack.wait(120000));
        QCOMPARE(panel->heatmapStrip()->items().size(), 6);
        for (const auto& item : panel->heatmapStrip()->items())
            QCOMPARE(item.image.size(), QSize(test::kH, test::kH));
        QCOMPARE(panel->attackStrip()->items().size(), 6);
        for (const auto& item : panel->attackStrip()->items()) {
            const QStringList parts = item.caption.split(QStringLiteral(" → "));
            QCOMPARE(parts.size(), 2);
            QVERIFY2(parseNumber(parts[1]) >= parseNumber(parts[0]), qPrintable(item.caption));
        }
        // The opacity slider redraws the overlays: at 0 the overlay is the image itself.
        panel->opacitySlider()->setValue(0);
        const QImage plain = doc.image(panel->heatmapStrip()->items()[0].exampleId)
                                 .convertToFormat(QImage::Format_RGB888);
        QCOMPARE(panel->heatmapStrip()->items()[0].image.convertToFormat(QImage::Format_RGB888),
                 plain);
        panel->opacitySlider()->setValue(100);
        QVERIFY(panel->heatmapStrip()->items()[0].image.convertToFormat(QImage::Format_RGB888) !=
                plain);
        // Cached: going to another feature and back starts no new job.
        const int j = panel->feature();
        panel->setFeature(j == 0 ? 1 : 0);
        QVERIFY(m_jobs.waitForIdle(120000));
        const auto jobsBefore = m_jobs.jobIds().size();
        attack.clear();
        panel->setFeature(j);
        QCOMPARE(m_jobs.jobIds().size(), jobsBefore);
        QCOMPARE(attack.count(), 1);
        QCOMPARE(panel->attackStrip()->items().size(), 6);
        // Failures: errors of the clicked leaf, drawn the same way twice.
        const BarlowClassTree* t = view.treeMap()->tree();
        int leaf = -1;
        for (int n = 0; n < int(t->nodes.size()); ++n)
            if (t->nodes[std::size_t(n)].isLeaf() && t->nodes[std::size_t(n)].errors > 0)
                leaf = n;
        QVERIFY(leaf >= 0);
        view.clickNode(leaf);
        const auto shown = panel->failureIds();
        std::set<qint64> inLeaf;
        for (auto r : t->nodes[std::size_t(leaf)].rows)
            if (isError(r))
                inLeaf.insert(m_result.exampleIds[std::size_t(r)]);
        QCOMPARE(shown.size(), std::min<qsizetype>(6, qsizetype(inLeaf.size())));
        for (qint64 id : shown)
            QVERIFY(inLeaf.count(id));
        view.clickNode(0);
        view.clickNode(leaf);
        QCOMPARE(panel->failureIds(), shown);
        m_jobs.waitForIdle(60000);
    }

    // The attack waits behind another heavy job: cancelled there it says so, and asked again
    // it runs.
    void attackCancelsAndRunsAgain() {
        AnalysisDocument doc;
        load(doc, m_result);
        BarlowTreesView view(&doc, &m_jobs);
        view.resize(1000, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(waitForTrees(view));
        // The blocker ends when the test does, pass or fail.
        auto release = std::make_shared<std::atomic<bool>>(false);
        const std::unique_ptr<void, std::function<void(void*)>> done(
            reinterpret_cast<void*>(1), [release](void*) { *release = true; });
        m_jobs.submit(QStringLiteral("blocker"), fl::jobs::JobWeight::Heavy,
                      [release](fl::jobs::JobContext&) {
                          while (!*release)
                              std::this_thread::sleep_for(std::chrono::milliseconds(5));
                          return std::any();
                      });
        BarlowFeaturePanel* panel = view.featurePanel();
        view.tabs()->setCurrentIndex(BarlowTreesView::FeatureTab);
        QVERIFY(panel->busy());
        QCOMPARE(panel->attackStrip()->message(), QStringLiteral("Attacking the feature…"));
        panel->cancelAttack();
        QTRY_COMPARE_WITH_TIMEOUT(panel->attackStrip()->message(),
                                  QStringLiteral("The feature attack was cancelled."), 10000);
        QCOMPARE(panel->attackStrip()->items().size(), 0);
        *release = true;
        QVERIFY(m_jobs.waitForIdle(60000));
        QSignalSpy attack(panel, &BarlowFeaturePanel::attackShown);
        panel->startAttack();
        QVERIFY(attack.count() > 0 || attack.wait(60000));
        QCOMPARE(panel->attackStrip()->items().size(), 6);
    }

    // Table 1 as the run has it, labelled with the features it was computed on.
    void table1SaysWhichFeatures() {
        AnalysisDocument doc;
        load(doc, m_result);
        BarlowTreesView view(&doc, &m_jobs);
        QVERIFY(waitForTrees(view));
        const auto& t1 = m_result.summary.at("table1");
        const QString text = view.table1Text();
        QVERIFY2(text.contains(QStringLiteral("robust extractor")), qPrintable(text));
        for (const char* g : {"label", "prediction"})
            for (const char* d : {"depth_1", "depth_3"})
                QVERIFY(text.contains(QLocale().toString(t1.at(g).at(d).get<double>(), 'f', 3)));
        auto own = m_result;
        own.settings["features"] = "model";
        own.runId = 11;
        doc.setMethodResult(std::make_shared<const methods::MethodResult>(own));
        QVERIFY(waitForTrees(view));
        QVERIFY(view.table1Text().contains(QStringLiteral("nearly tautological")));
        // The share shown for the current grouping and depth is the trees' own.
        std::vector<trees::ClassFailures> all;
        for (const auto& c : view.analysis()->classes)
            all.push_back(c.failures);
        QCOMPARE(view.analysis()->validTopLeafShare(),
                 trees::validTopLeafShare(reference(false, 2)));
    }

    // The window hosts the view as its "Trees" dock.
    void registeredAsTheTreesDock() {
        const auto views = viewSlots();
        const auto it = std::find_if(views.begin(), views.end(), [](const ViewSlot& s) {
            return s.id == QStringLiteral("barlow-trees");
        });
        QVERIFY(it != views.end());
        QCOMPARE(it->title, QStringLiteral("Trees"));
        AnalysisDocument doc;
        std::unique_ptr<QWidget> w(it->make(&doc, &m_jobs, nullptr));
        QVERIFY(qobject_cast<BarlowTreesView*>(w.get()));
    }

    // Binning helpers at their edges: ties and a value on an edge go to the lower bin.
    void quantileBinning() {
        const auto e = quantileEdges({1, 2, 3, 4, 5}, 4);
        QCOMPARE(e, (std::vector<double>{2, 3, 4}));
        QCOMPARE(binOf(e, 1.0), 0);
        QCOMPARE(binOf(e, 2.0), 0);
        QCOMPARE(binOf(e, 2.5), 1);
        QCOMPARE(binOf(e, 9.0), 3);
        QCOMPARE(quantileEdges({0, 10}, 2), (std::vector<double>{5}));
        QVERIFY(quantileEdges({}, 5).empty());
    }
};

QTEST_MAIN(TestBarlowViews)
#include "test_barlow_views.moc"
