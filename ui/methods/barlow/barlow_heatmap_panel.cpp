#include "ui/methods/barlow/barlow_heatmap_panel.h"
#include "ui/document/analysis_document.h"
#include "ui/methods/barlow/barlow_analysis.h"
#include "ui/methods/barlow/barlow_run.h"
#include "ui/methods/barlow/error_heatmap_widget.h"
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

namespace fl::ui {

BarlowHeatmapPanel::BarlowHeatmapPanel(AnalysisDocument* doc, QWidget* parent)
    : QWidget(parent), m_doc(doc) {
    auto* v = new QVBoxLayout(this);
    v->setContentsMargins(4, 4, 4, 4);
    auto* bar = new QHBoxLayout;
    m_mode = new QComboBox(this);
    m_mode->addItem(tr("Two features"));
    m_mode->addItem(tr("Feature × class"));
    m_mode->setToolTip(tr("Two features: the class's examples binned by two of its top features. "
                          "Feature × class: every class against one feature."));
    m_x = new QComboBox(this);
    m_x->setToolTip(tr("The feature across (its quantile bins), among the class's top features "
                       "by mutual information with failure"));
    m_y = new QComboBox(this);
    m_y->setToolTip(tr("The feature up (its quantile bins)"));
    m_bins = new QSpinBox(this);
    m_bins->setRange(2, 10);
    m_bins->setValue(5);
    m_bins->setToolTip(tr("Quantile bins per feature"));
    auto* xLabel = new QLabel(tr("&Across:"), this);
    xLabel->setBuddy(m_x);
    m_yLabel = new QLabel(tr("&Up:"), this);
    m_yLabel->setBuddy(m_y);
    auto* binsLabel = new QLabel(tr("&Bins:"), this);
    binsLabel->setBuddy(m_bins);
    bar->addWidget(m_mode);
    bar->addWidget(xLabel);
    bar->addWidget(m_x, 1);
    bar->addWidget(m_yLabel);
    bar->addWidget(m_y, 1);
    bar->addWidget(binsLabel);
    bar->addWidget(m_bins);
    v->addLayout(bar);
    m_caption = new QLabel(this);
    m_caption->setWordWrap(true);
    v->addWidget(m_caption);
    m_heatmap = new ErrorHeatmapWidget(this);
    v->addWidget(m_heatmap, 1);

    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        const bool two = mode() == Mode::TwoFeatures;
        m_y->setVisible(two);
        m_yLabel->setVisible(two);
        recompute();
    });
    connect(m_x, &QComboBox::currentIndexChanged, this, &BarlowHeatmapPanel::recompute);
    connect(m_y, &QComboBox::currentIndexChanged, this, &BarlowHeatmapPanel::recompute);
    connect(m_bins, &QSpinBox::valueChanged, this, &BarlowHeatmapPanel::recompute);
    connect(m_heatmap, &ErrorHeatmapWidget::cellClicked, this, &BarlowHeatmapPanel::selectCell);
    recompute();
}

void BarlowHeatmapPanel::setContext(std::shared_ptr<const BarlowRun> run,
                                    const BarlowClassTree* tree, int cls, bool byPrediction) {
    m_run = std::move(run);
    m_cls = cls;
    m_byPrediction = byPrediction;
    m_top = tree ? tree->failures.features : std::vector<int>{};
    m_rows = m_run ? m_run->groupRows(cls, byPrediction) : std::vector<std::int64_t>{};
    fillFeatureCombos();
}

void BarlowHeatmapPanel::setFeatureNames(const barlow::FeatureNames& names) {
    m_names = names;
    const int x = featureX(), y = featureY();
    fillFeatureCombos();
    setFeatures(x, y);
}

void BarlowHeatmapPanel::fillFeatureCombos() {
    {
        const QSignalBlocker bx(m_x), by(m_y);
        m_x->clear();
        m_y->clear();
        for (const int f : m_top) {
            m_x->addItem(barlow::featureLongLabel(f, m_names), f);
            m_y->addItem(barlow::featureLongLabel(f, m_names), f);
        }
        m_x->setCurrentIndex(m_top.empty() ? -1 : 0);
        m_y->setCurrentIndex(m_top.size() > 1 ? 1 : (m_top.empty() ? -1 : 0));
    }
    recompute();
}

void BarlowHeatmapPanel::setMode(Mode mode) {
    m_mode->setCurrentIndex(mode == Mode::TwoFeatures ? 0 : 1);
}

BarlowHeatmapPanel::Mode BarlowHeatmapPanel::mode() const {
    return m_mode->currentIndex() == 1 ? Mode::FeatureByClass : Mode::TwoFeatures;
}

void BarlowHeatmapPanel::setFeatures(int x, int y) {
    const QSignalBlocker bx(m_x), by(m_y);
    if (const int i = m_x->findData(x); i >= 0)
        m_x->setCurrentIndex(i);
    if (const int i = m_y->findData(y); i >= 0)
        m_y->setCurrentIndex(i);
    recompute();
}

int BarlowHeatmapPanel::featureX() const {
    return m_x->currentIndex() < 0 ? -1 : m_x->currentData().toInt();
}

int BarlowHeatmapPanel::featureY() const {
    return m_y->currentIndex() < 0 ? -1 : m_y->currentData().toInt();
}

void BarlowHeatmapPanel::setBins(int bins) {
    m_bins->setValue(bins);
}

int BarlowHeatmapPanel::bins() const {
    return m_bins->value();
}

const ErrorGrid& BarlowHeatmapPanel::grid() const {
    return m_heatmap->grid();
}

QString BarlowHeatmapPanel::binLabel(const std::vector<double>& edges, int bin) const {
    if (edges.empty())
        return tr("all");
    if (bin == 0)
        return tr("≤ %1").arg(barlow::threshold(edges.front()));
    if (bin >= int(edges.size()))
        return tr("> %1").arg(barlow::threshold(edges.back()));
    return tr("%1 – %2").arg(barlow::threshold(edges[std::size_t(bin - 1)]),
                             barlow::threshold(edges[std::size_t(bin)]));
}

// Binning a split is a pass over its rows (milliseconds for thousands): done on the spot.
void BarlowHeatmapPanel::recompute() {
    if (!m_run || m_x->currentIndex() < 0) {
        m_caption->clear();
        m_heatmap->clear(m_run ? tr("The model makes no errors in this group: there is nothing to "
                                    "bin.")
                               : QString());
        return;
    }
    const int x = featureX(), y = featureY(), bins = m_bins->value();
    const QString group = m_run->groupName(m_cls, m_byPrediction);
    QStringList cols, rows;
    if (mode() == Mode::TwoFeatures) {
        const ErrorGrid g = binTwoFeatures(*m_run, m_rows, x, y, bins);
        for (int c = 0; c < g.cols; ++c)
            cols << binLabel(g.colEdges, c);
        for (int r = 0; r < g.rows; ++r)
            rows << binLabel(g.rowEdges, r);
        m_heatmap->setGrid(g, rows, cols, barlow::featureLongLabel(x, m_names),
                           barlow::featureLongLabel(y, m_names), true);
        m_caption->setText(tr("%1: %2 examples, %3 errors, binned by the quantiles of two of its "
                              "top features. Colour: error rate; each cell: examples, error rate "
                              "(ER), share of the group's errors (EC).")
                               .arg(group, QLocale().toString(qint64(m_rows.size())),
                                    QLocale().toString(g.totalErrors)));
    } else {
        const ErrorGrid g = binFeatureByClass(*m_run, x, bins, m_byPrediction);
        for (int c = 0; c < g.cols; ++c)
            cols << binLabel(g.colEdges, c);
        for (const int cls : g.rowClasses)
            rows << m_run->className(cls);
        m_heatmap->setGrid(g, rows, cols, barlow::featureLongLabel(x, m_names), QString(), false);
        m_caption->setText(
            (m_byPrediction ? tr("Every prediction against the quantiles of %1 over the split. "
                                 "Colour: error rate; each cell: examples, error rate (ER), share "
                                 "of the predicted class's errors (EC).")
                            : tr("Every true label against the quantiles of %1 over the split. "
                                 "Colour: error rate; each cell: examples, error rate (ER), share "
                                 "of the class's errors (EC)."))
                .arg(barlow::featureLongLabel(x, m_names)));
    }
}

void BarlowHeatmapPanel::selectCell(int row, int col) {
    const ErrorGrid& g = grid();
    if (!m_run || row < 0 || col < 0 || row >= g.rows || col >= g.cols)
        return;
    Selection sel;
    for (const auto r : g.rowsAt(row, col))
        sel.ids.append(m_run->ids[std::size_t(r)]);
    const int x = featureX();
    const QString xPart =
        barlow::featureLabel(x, m_names) + QLatin1Char(' ') + binLabel(g.colEdges, col);
    if (mode() == Mode::TwoFeatures)
        sel.origin = tr("Barlow heatmap: %1 ∧ %2 ∧ %3")
                         .arg(m_run->groupName(m_cls, m_byPrediction), xPart,
                              barlow::featureLabel(featureY(), m_names) + QLatin1Char(' ') +
                                  binLabel(g.rowEdges, row));
    else
        sel.origin =
            tr("Barlow heatmap: %1 ∧ %2")
                .arg(m_run->groupName(g.rowClasses[std::size_t(row)], m_byPrediction), xPart);
    m_doc->setSelection(sel);
}

} // namespace fl::ui
