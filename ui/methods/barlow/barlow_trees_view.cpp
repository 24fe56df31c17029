#include "ui/methods/barlow/barlow_trees_view.h"
#include "core/methods/method_registry.h"
#include "core/methods/method_result.h"
#include "core/store/feature_name_repo.h"
#include "ui/document/analysis_document.h"
#include "ui/jobs/job_manager.h"
#include "ui/methods/barlow/barlow_analysis.h"
#include "ui/methods/barlow/barlow_class_model.h"
#include "ui/methods/barlow/barlow_feature_panel.h"
#include "ui/methods/barlow/barlow_heatmap_panel.h"
#include "ui/methods/barlow/barlow_run.h"
#include "ui/methods/barlow/barlow_tree_map.h"
#include "ui/methods/barlow/feature_extractor.h"
#include "ui/views/empty_state_widget.h"
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>

namespace fl::ui {
namespace {

// The Analysis menu's shortcut for Barlow, as the menu shows it.
QString barlowShortcut() {
    const auto& info = methods::MethodRegistry::instance().get("barlow").info();
    return QKeySequence(QString::fromStdString(info.shortcut)).toString(QKeySequence::NativeText);
}

int analysisKey(bool byPrediction, int depth) {
    return (byPrediction ? 10 : 0) + depth;
}

} // namespace

BarlowTreesView::BarlowTreesView(AnalysisDocument* doc, JobManager* jobs, QWidget* parent)
    : QWidget(parent), m_doc(doc), m_jobs(jobs), m_frame(this), m_page(m_frame.addPage()) {
    QWidget* content = m_page.content;
    QHBoxLayout* bar = ViewFrame::addToolbar(m_page);
    m_classCombo = new QComboBox(content);
    m_classCombo->setToolTip(tr("The class whose failure tree is shown"));
    m_grouping = new QComboBox(content);
    m_grouping->addItem(tr("label (false negatives)"));
    m_grouping->addItem(tr("prediction (false positives)"));
    m_grouping->setToolTip(tr("Label grouping: a class's examples, failures are missed ones. "
                              "Prediction grouping: examples predicted as the class, failures "
                              "are wrong ones."));
    m_depth = new QSpinBox(content);
    m_depth->setRange(1, 3);
    m_depth->setToolTip(tr("Maximum depth of the tree (the paper's Table 1 uses 1 and 3)"));
    const auto labelled = [&](const QString& text, QWidget* w) {
        auto* l = new QLabel(text, content);
        l->setBuddy(w);
        bar->addWidget(l);
        bar->addWidget(w);
    };
    labelled(tr("&Class:"), m_classCombo);
    labelled(tr("&Grouping:"), m_grouping);
    labelled(tr("&Depth:"), m_depth);
    m_status = new QLabel(content);
    bar->addWidget(m_status, 1);

    auto* split = m_split = new QSplitter(Qt::Vertical, content);
    split->setChildrenCollapsible(false);
    auto* top = new QWidget(split);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(6, 0, 6, 0);
    m_legend = new QLabel(top);
    m_legend->setWordWrap(true);
    topLayout->addWidget(m_legend);
    // The tree scrolls rather than squeezes when the dock is short.
    auto* treeScroll = new QScrollArea(top);
    treeScroll->setWidgetResizable(true);
    treeScroll->setFrameShape(QFrame::NoFrame);
    m_tree = new BarlowTreeMap(treeScroll);
    treeScroll->setWidget(m_tree);
    topLayout->addWidget(treeScroll, 1);
    split->addWidget(top);

    m_tabs = new QTabWidget(split);
    m_tabs->setDocumentMode(true);
    // Classes: the summary across classes, then Table 1.
    auto* classes = new QWidget(m_tabs);
    auto* cl = new QHBoxLayout(classes); // the summary, Table 1 beside it
    cl->setContentsMargins(0, 0, 0, 0);
    m_classModel = new BarlowClassModel(this);
    m_classProxy = new QSortFilterProxyModel(this);
    m_classProxy->setSourceModel(m_classModel);
    m_classProxy->setSortRole(BarlowClassModel::SortRole);
    m_classTable = new QTableView(classes);
    m_classTable->setModel(m_classProxy);
    m_classTable->setSortingEnabled(true);
    m_classTable->sortByColumn(BarlowClassModel::AlerMinusBer, Qt::DescendingOrder);
    m_classTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_classTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_classTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_classTable->verticalHeader()->hide();
    m_classTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    cl->addWidget(m_classTable, 1);
    m_table1 = new QLabel(classes);
    m_table1->setWordWrap(true);
    m_table1->setTextFormat(Qt::RichText);
    m_table1->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_table1->setContentsMargins(8, 4, 6, 4);
    m_table1->setFixedWidth(m_table1->fontMetrics().averageCharWidth() * 44);
    cl->addWidget(m_table1);
    m_tabs->addTab(classes, tr("Classes"));
    // Leaves by IV.
    m_leaves = new QTableWidget(m_tabs);
    m_leaves->setColumnCount(7);
    m_leaves->setHorizontalHeaderLabels(
        {tr("#"), tr("Rule"), tr("ER"), tr("EC"), tr("IV"), tr("Valid"), tr("Size")});
    m_leaves->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_leaves->setSelectionMode(QAbstractItemView::SingleSelection);
    m_leaves->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_leaves->verticalHeader()->hide();
    m_leaves->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_leaves->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_tabs->addTab(m_leaves, tr("Leaves"));
    m_heatmap = new BarlowHeatmapPanel(m_doc, m_tabs);
    m_tabs->addTab(m_heatmap, tr("Error heatmap"));
    auto* scroll = new QScrollArea(m_tabs);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_feature = new BarlowFeaturePanel(m_doc, jobs, scroll);
    scroll->setWidget(m_feature);
    m_tabs->addTab(scroll, tr("Feature"));
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    // The pages below may shrink: their tables and images scroll, the tree should not.
    m_tabs->setMinimumHeight(110);
    connect(split, &QSplitter::splitterMoved, this, [this] { m_userSplit = true; });
    m_page.layout->addWidget(split, 1);

    connect(m_classCombo, &QComboBox::activated, this,
            [this](int i) { setClass(m_classCombo->itemData(i).toInt()); });
    connect(m_grouping, &QComboBox::activated, this, [this] { requestAnalysis(); });
    connect(m_depth, &QSpinBox::valueChanged, this, [this] { requestAnalysis(); });
    connect(m_tree, &BarlowTreeMap::nodeClicked, this, &BarlowTreesView::clickNode);
    connect(m_tree, &BarlowTreeMap::nodeActivated, this, &BarlowTreesView::activateNode);
    connect(m_classTable, &QTableView::clicked, this, &BarlowTreesView::onClassRowClicked);
    connect(m_classTable, &QTableView::activated, this, &BarlowTreesView::onClassRowClicked);
    connect(m_leaves, &QTableWidget::cellClicked, this, [this](int row) {
        if (auto* item = m_leaves->item(row, 0))
            clickNode(item->data(Qt::UserRole).toInt());
    });
    connect(m_leaves, &QTableWidget::cellActivated, this, [this](int row) {
        if (auto* item = m_leaves->item(row, 0))
            activateNode(item->data(Qt::UserRole).toInt());
    });
    connect(m_feature, &BarlowFeaturePanel::featureNamed, this, &BarlowTreesView::onFeatureNamed);
    connect(m_doc, &AnalysisDocument::projectChanged, this, &BarlowTreesView::loadRun);
    connect(m_doc, &AnalysisDocument::methodResultChanged, this, [this](const QString& id) {
        if (id == QLatin1String("barlow"))
            loadRun();
    });
    // A selection made elsewhere: no node is picked any more.
    connect(m_doc, &AnalysisDocument::selectionChanged, this, [this] {
        if (m_doc->selection().origin != m_lastOrigin)
            m_tree->setSelectedNode(-1);
    });
    loadRun();
}

BarlowTreesView::~BarlowTreesView() {
    if (m_jobs && m_job)
        m_jobs->cancel(m_job);
}

bool BarlowTreesView::byPrediction() const {
    return m_grouping->currentIndex() == 1;
}

int BarlowTreesView::depth() const {
    return m_depth->value();
}

QString BarlowTreesView::messageText() const {
    return m_frame.showsEmpty() ? m_frame.emptyState()->text() : m_status->text();
}

QString BarlowTreesView::table1Text() const {
    QTextDocument d;
    d.setHtml(m_table1->text());
    return d.toPlainText();
}

bool BarlowTreesView::busy() const {
    const JobInfo* job = m_jobs && m_job ? m_jobs->job(m_job) : nullptr;
    return job && job->finishedAfterMs < 0;
}

// --- the run -------------------------------------------------------------------------------

void BarlowTreesView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    fitSplitter();
}

// The tree gets the height its levels need (at most two thirds of the view), the pages the rest.
void BarlowTreesView::fitSplitter() {
    if (m_userSplit || m_frame.showsEmpty())
        return;
    const int total = m_split->height();
    if (total <= 0)
        return;
    const int need = m_tree->minimumSizeHint().height() + m_legend->sizeHint().height() + 8;
    const int tree = std::min(need, total * 2 / 3);
    const QSignalBlocker block(m_split);
    m_split->setSizes({tree, total - tree});
}

void BarlowTreesView::loadRun() {
    // A project opened announces every method's result too: the same run is not read twice.
    if (m_run && m_doc->hasProject() && m_doc->latestResult("barlow") == m_run->result)
        return;
    if (m_jobs && m_job)
        m_jobs->cancel(m_job);
    m_job = 0;
    m_analyses.clear();
    m_analysis.reset();
    m_run.reset();
    m_cls = -1;
    const auto result = m_doc->hasProject() ? m_doc->latestResult("barlow") : nullptr;
    if (!m_doc->hasProject()) {
        m_frame.showEmpty(tr("Open a project (File ▸ Open), then run Barlow from the Analysis "
                             "menu (%1) to grow failure trees.")
                              .arg(barlowShortcut()));
        m_feature->setRun(nullptr, nullptr);
        return;
    }
    if (!result) {
        m_frame.showEmpty(tr("Run Barlow from the Analysis menu (%1) to grow failure trees.")
                              .arg(barlowShortcut()));
        m_feature->setRun(nullptr, nullptr);
        return;
    }
    QStringList names = m_doc->examples().classNames;
    try {
        m_run = makeBarlowRun(result, names);
    } catch (const std::exception& e) {
        m_frame.showEmpty(tr("The Barlow run cannot be shown: %1. Run Barlow again from the "
                             "Analysis menu (%2).")
                              .arg(QString::fromUtf8(e.what()), barlowShortcut()));
        m_feature->setRun(nullptr, nullptr);
        return;
    }
    std::shared_ptr<const nn::Classifier> model;
    if (m_run->modelFeatures)
        model = m_doc->model();
    m_extractor = std::make_shared<FeatureExtractor>(m_run->setting("extractor_file"), model);
    loadFeatureNames();
    m_feature->setRun(m_run, m_run->modelFeatures && !model ? nullptr : m_extractor);
    {
        const QSignalBlocker a(m_classCombo), b(m_grouping), c(m_depth);
        m_classCombo->clear();
        for (int k = 0; k < m_run->numClasses; ++k)
            m_classCombo->addItem(m_run->className(k), k);
        m_grouping->setCurrentIndex(m_run->options.byPrediction ? 1 : 0);
        m_depth->setValue(m_run->options.depth);
    }
    // The class of the run's first slice (its top leaf by IV), else the first class.
    m_cls = 0;
    if (!result->slices.empty())
        m_cls = result->slices.front().extra.value("class", 0);
    m_classCombo->setCurrentIndex(m_classCombo->findData(m_cls));
    fillTable1();
    m_frame.showPage(m_page);
    requestAnalysis();
}

void BarlowTreesView::loadFeatureNames() {
    m_names.clear();
    if (!m_run || !m_doc->project())
        return;
    try {
        for (const auto& [f, name] :
             store::FeatureNameRepo(*m_doc->project()).all(m_run->extractorKey))
            m_names.insert(f, QString::fromStdString(name));
    } catch (const std::exception& e) {
        m_doc->reportError(
            tr("The feature names could not be read: %1").arg(QString::fromUtf8(e.what())));
    }
    m_tree->setFeatureNames(m_names);
    m_heatmap->setFeatureNames(m_names);
    m_feature->setFeatureNames(m_names);
}

void BarlowTreesView::fillTable1() {
    const auto& summary = m_run->result->summary;
    const auto t1 = summary.contains("table1") ? summary.at("table1") : nlohmann::json();
    const QString on = m_run->modelFeatures
                           ? tr("on the model's own features (side note, nearly tautological: "
                                "those features produce the logits)")
                           : tr("on the robust extractor's features");
    if (!t1.is_object()) {
        m_table1->setText(tr("Table 1 is not in this run."));
        return;
    }
    const auto cell = [&](const char* grouping, const char* depth) {
        if (!t1.contains(grouping) || !t1.at(grouping).contains(depth))
            return QStringLiteral("–");
        return QLocale().toString(t1.at(grouping).at(depth).get<double>(), 'f', 3);
    };
    m_table1->setText(
        tr("<b>Table 1</b>: share of the classes whose top-IV leaf is valid, %1."
           "<table cellpadding='2'><tr><th></th><th align='right'>depth 1</th>"
           "<th align='right'>depth 3</th></tr>"
           "<tr><td>label grouping</td><td align='right'>%2</td><td align='right'>%3</td></tr>"
           "<tr><td>prediction grouping</td><td align='right'>%4</td><td align='right'>%5</td>"
           "</tr></table>")
            .arg(on.toHtmlEscaped(), cell("label", "depth_1"), cell("label", "depth_3"),
                 cell("prediction", "depth_1"), cell("prediction", "depth_3")));
}

// --- the trees -----------------------------------------------------------------------------

void BarlowTreesView::requestAnalysis() {
    if (!m_run)
        return;
    const bool byPred = byPrediction();
    const int d = depth();
    const int key = analysisKey(byPred, d);
    if (const auto it = m_analyses.constFind(key); it != m_analyses.constEnd()) {
        m_analysis = *it;
        showAnalysis();
        return;
    }
    if (m_job && m_jobKey == key && busy())
        return;
    if (m_jobs && m_job)
        m_jobs->cancel(m_job);
    m_status->setText(tr("Growing the trees…"));
    if (!m_jobs)
        return;
    m_jobKey = key;
    // Trees for every class take tens of milliseconds on thousands of examples: a light job.
    m_job = m_jobs->run<std::shared_ptr<const BarlowAnalysis>>(
        tr("Barlow trees (depth %1)").arg(d), fl::jobs::JobWeight::Light,
        [run = m_run, byPred, d](fl::jobs::JobContext& ctx) {
            return analyseBarlow(*run, byPred, d, ctx.cancelToken());
        },
        this,
        [this, key, run = m_run](const std::shared_ptr<const BarlowAnalysis>& a) {
            if (run != m_run)
                return;
            m_analyses.insert(key, a);
            if (key == analysisKey(byPrediction(), depth())) {
                m_analysis = a;
                showAnalysis();
            }
        },
        [this](const QString& error) {
            m_status->setText(tr("The trees could not be grown: %1").arg(error));
        });
}

void BarlowTreesView::showAnalysis() {
    const QLocale loc;
    m_status->setText(
        tr("%1 split, %2 examples · top-%3 features · valid leaf: ER > BER + %4, EC > %5")
            .arg(QString::fromStdString(m_run->result->split), loc.toString(m_run->rows()))
            .arg(m_analysis->options.topK)
            .arg(loc.toString(m_analysis->options.delta), loc.toString(m_analysis->options.tau)));
    m_classModel->setAnalysis(m_analysis, m_run->classNames);
    showClass();
    Q_EMIT analysisShown();
}

void BarlowTreesView::setClass(int cls) {
    if (!m_run || cls < 0 || cls >= m_run->numClasses)
        return;
    m_cls = cls;
    {
        const QSignalBlocker b(m_classCombo);
        m_classCombo->setCurrentIndex(m_classCombo->findData(cls));
    }
    if (m_analysis)
        showClass();
}

void BarlowTreesView::setGrouping(bool byPred) {
    m_grouping->setCurrentIndex(byPred ? 1 : 0);
    requestAnalysis();
}

void BarlowTreesView::setDepth(int d) {
    m_depth->setValue(d); // requests the trees when it changes
    requestAnalysis();
}

void BarlowTreesView::showClass() {
    const BarlowClassTree* t = m_analysis ? m_analysis->tree(m_cls) : nullptr;
    const bool byPred = byPrediction();
    const QString group = m_run->groupName(m_cls, byPred);
    m_tree->setTree(m_analysis, m_cls, group);
    fitSplitter();
    if (!t)
        m_legend->setText(tr("No example is in %1.").arg(group));
    else if (t->failures.errors == 0)
        m_legend->setText(tr("The model makes no errors in %1 (%2 examples): there is no tree.")
                              .arg(group, QLocale().toString(t->size())));
    else
        m_legend->setText(
            tr("<b>%1</b>: %2 examples, base error rate %3. Boxes: white → red by error rate; "
               "bar: share of the class's errors (EC); ★ valid leaf, #n rank by IV. Click a box to "
               "select its examples, double-click for its feature.")
                .arg(group.toHtmlEscaped(), QLocale().toString(t->size()),
                     barlow::percent(t->failures.ber)));
    {
        const QSignalBlocker b(m_classTable->selectionModel());
        const int row = m_classModel->rowOf(m_cls);
        if (row >= 0)
            m_classTable->selectRow(m_classProxy->mapFromSource(m_classModel->index(row, 0)).row());
        else
            m_classTable->clearSelection();
    }
    fillLeaves();
    m_heatmap->setContext(m_run, t, m_cls, byPred);
    m_feature->setGroup(t, m_cls, byPred);
    // The feature panel starts at the root's split and the top leaf's failures.
    if (t && !t->nodes.empty()) {
        const auto& root = t->nodes.front();
        m_feature->setFeature(
            root.isLeaf() ? (t->failures.features.empty() ? -1 : t->failures.features.front())
                          : root.feature);
        if (!t->failures.leaves.empty()) {
            const auto& best = t->nodes[std::size_t(t->failures.leaves.front().node)];
            m_feature->setLeaf(
                best.rows, tr("the top leaf: %1").arg(barlow::ruleText(group, best.path, m_names)));
        } else {
            m_feature->setLeaf({}, group);
        }
    } else {
        m_feature->setFeature(-1);
        m_feature->setLeaf({}, group);
    }
}

void BarlowTreesView::fillLeaves() {
    m_leaves->setRowCount(0);
    const BarlowClassTree* t = m_analysis ? m_analysis->tree(m_cls) : nullptr;
    if (!t)
        return;
    const QString group = m_run->groupName(m_cls, byPrediction());
    const QLocale loc;
    const auto& leaves = t->failures.leaves;
    m_leaves->setRowCount(int(leaves.size()));
    for (int i = 0; i < int(leaves.size()); ++i) {
        const auto& leaf = leaves[std::size_t(i)];
        const auto& node = t->nodes[std::size_t(leaf.node)];
        const auto set = [&](int col, const QString& text, Qt::Alignment align = Qt::AlignRight) {
            auto* item = new QTableWidgetItem(text);
            item->setTextAlignment(align | Qt::AlignVCenter);
            m_leaves->setItem(i, col, item);
            return item;
        };
        set(0, QString::number(i + 1))->setData(Qt::UserRole, leaf.node);
        set(1, barlow::ruleText(group, node.path, m_names), Qt::AlignLeft)
            ->setToolTip(barlow::ruleText(group, node.path, m_names));
        set(2, barlow::percent(leaf.er));
        set(3, barlow::percent(leaf.ec));
        set(4, loc.toString(leaf.iv, 'f', 3));
        set(5, leaf.valid ? tr("★ yes") : tr("no"), Qt::AlignHCenter);
        set(6, loc.toString(qint64(leaf.rows.size())));
    }
}

void BarlowTreesView::onClassRowClicked(const QModelIndex& index) {
    const int cls = m_classProxy->data(index, BarlowClassModel::ClassRole).toInt();
    if (cls != m_cls)
        setClass(cls);
}

// --- nodes ---------------------------------------------------------------------------------

void BarlowTreesView::clickNode(int node) {
    const BarlowClassTree* t = m_analysis ? m_analysis->tree(m_cls) : nullptr;
    if (!t || node < 0 || node >= int(t->nodes.size()))
        return;
    const auto& n = t->nodes[std::size_t(node)];
    m_tree->setSelectedNode(node);
    for (int r = 0; r < m_leaves->rowCount(); ++r)
        if (m_leaves->item(r, 0)->data(Qt::UserRole).toInt() == node) {
            const QSignalBlocker b(m_leaves);
            m_leaves->selectRow(r);
        }
    const QString group = m_run->groupName(m_cls, byPrediction());
    const QString rule = barlow::ruleText(group, n.path, m_names);
    // Its split's feature, or for a leaf the last condition's.
    const int feature = !n.isLeaf() ? n.feature : (n.path.empty() ? -1 : n.path.back().feature);
    if (feature >= 0)
        m_feature->setFeature(feature);
    m_feature->setLeaf(n.rows, rule);
    Selection sel;
    for (const auto r : n.rows)
        sel.ids.append(m_run->ids[std::size_t(r)]);
    sel.origin = tr("Barlow: %1").arg(rule);
    m_lastOrigin = sel.origin;
    m_doc->setSelection(sel);
}

void BarlowTreesView::activateNode(int node) {
    clickNode(node);
    m_tabs->setCurrentIndex(FeatureTab);
}

void BarlowTreesView::onFeatureNamed(int feature, const QString& name) {
    if (name.isEmpty())
        m_names.remove(feature);
    else
        m_names.insert(feature, name);
    m_tree->setFeatureNames(m_names);
    m_heatmap->setFeatureNames(m_names);
    fillLeaves();
}

} // namespace fl::ui
