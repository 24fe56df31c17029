#include "ui/methods/infembed/infembed_slice_view.h"
#include "core/data/dataset.h"
#include "core/metrics/class_histogram.h"
#include "core/store/slice_repo.h"
#include "ui/document/analysis_document.h"
#include "ui/jobs/job_manager.h"
#include "ui/methods/infembed/infembed_figure.h"
#include "ui/models/example_tile_model.h"
#include "ui/models/thumbnail_cache.h"
#include "ui/views/bar_chart_widget.h"
#include "ui/views/empty_state_widget.h"
#include "ui/views/example_delegate.h"
#include "ui/views/example_tile_grid.h"
#include "ui/views/view_style.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QTextDocument>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>

namespace fl::ui {

namespace {

constexpr int kThumb = 72;
constexpr int kCellWidth = 116; // room for "Pullover → T-shirt" under the thumbnail
constexpr int kMaxBars = 10;    // classes shown in each histogram (the most frequent)

QString percent(double v) {
    return QLocale().toString(100.0 * v, 'f', 1) + QStringLiteral("%");
}

} // namespace

InfEmbedSliceView::InfEmbedSliceView(AnalysisDocument* doc, JobManager* jobs, QWidget* parent)
    : QWidget(parent), m_doc(doc), m_jobs(jobs), m_frame(this),
      m_hintPage(m_frame.addPage(ViewFrame::Margins::Style)), m_content(m_frame.addScrollPage()) {
    // The hint page: a run exists but the selection is not one of its slices.
    {
        QWidget* page = m_hintPage.content;
        m_picker = new QComboBox(page);
        m_picker->setToolTip(
            tr("Show one of the InfEmbed run's slices (it becomes the selection)"));
        m_hintPage.layout->addWidget(m_picker);
        m_hint = new EmptyStateWidget(page);
        m_hintPage.layout->addWidget(m_hint, 1);
        m_askButton = new QPushButton(page);
        m_hintPage.layout->addWidget(m_askButton, 0, Qt::AlignHCenter);
        m_hintPage.layout->addStretch(1);
    }

    // The figure: header, histograms, opponents, proponents, nearest examples.
    QWidget* content = m_content.content;
    QVBoxLayout* v = m_content.layout;
    m_figurePicker = new QComboBox(content);
    m_figurePicker->setToolTip(m_picker->toolTip());
    QHBoxLayout* top = ViewFrame::addToolbar(m_content);
    top->addWidget(m_figurePicker);
    top->addStretch(1);
    m_header = new QLabel(content);
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->addWidget(m_header);

    m_thumbnails = new ThumbnailCache(this);
    m_thumbnails->setSize(QSize(kThumb, kThumb), devicePixelRatioF());
    m_nearestModel = new ExampleTileModel(this);
    m_opponentsModel = new ExampleTileModel(this);
    m_proponentsModel = new ExampleTileModel(this);

    // Figure 2 as full-width rows: the distributions, then the opponents — the answer to "what
    // hurts this slice", visible without scrolling in a short dock — then the proponents, and
    // the nearest examples last (the Examples dock already lists the slice nearest-centre first).
    auto* charts = new QHBoxLayout;
    m_labelChart = new BarChartWidget(content);
    m_labelChart->setTitle(tr("True label"));
    m_labelChart->setClickable(false);
    m_predictionChart = new BarChartWidget(content);
    m_predictionChart->setTitle(tr("Prediction"));
    m_predictionChart->setClickable(false);
    charts->addWidget(m_labelChart, 1, Qt::AlignTop);
    charts->addWidget(m_predictionChart, 1, Qt::AlignTop);
    v->addLayout(charts);
    const auto tileBox = [&](QLabel** cap, ExampleTileGrid** grid, ExampleTileModel* model) {
        *cap = style::captionLabel(content);
        *grid = new ExampleTileGrid(model, m_thumbnails, content);
        v->addSpacing(6);
        v->addWidget(*cap);
        v->addWidget(*grid);
    };
    tileBox(&m_opponentsCaption, &m_opponents, m_opponentsModel);
    tileBox(&m_proponentsCaption, &m_proponents, m_proponentsModel);
    tileBox(&m_nearestCaption, &m_nearest, m_nearestModel);
    v->addStretch(1);

    for (ExampleTileGrid* g : {m_nearest, m_opponents, m_proponents}) {
        g->delegate()->setMinimumCellWidth(kCellWidth);
        connect(g, &ExampleTileGrid::exampleClicked, m_doc, &AnalysisDocument::setCurrentExample);
    }
    for (QComboBox* c : {m_picker, m_figurePicker})
        connect(c, &QComboBox::activated, this, &InfEmbedSliceView::pickSlice);
    connect(m_askButton, &QPushButton::clicked, this, &InfEmbedSliceView::showOpponentsOfSelection);
    connect(m_doc, &AnalysisDocument::projectChanged, this, &InfEmbedSliceView::onProjectChanged);
    connect(m_doc, &AnalysisDocument::infEmbedChanged, this, &InfEmbedSliceView::onInfEmbedChanged);
    connect(m_doc, &AnalysisDocument::selectionChanged, this, &InfEmbedSliceView::refresh);
    // A renamed or newly saved slice changes names only; what is shown stays.
    connect(m_doc, &AnalysisDocument::slicesChanged, this, [this] {
        fillPickers();
        if (m_mode == Mode::Slice)
            showSlice(m_slice);
        else
            setMode(m_mode);
    });
    onProjectChanged();
}

InfEmbedSliceView::~InfEmbedSliceView() = default;

// --- what to show ------------------------------------------------------------------------

void InfEmbedSliceView::onProjectChanged() {
    m_thumbnails->setDataset(m_doc->hasProject() ? m_doc->sharedDataset() : nullptr);
    QStringList names = m_doc->examples().classNames;
    if (names.isEmpty() && m_doc->dataset())
        for (const auto& n : m_doc->dataset()->classNames)
            names << QString::fromStdString(n);
    for (ExampleTileGrid* g : {m_nearest, m_opponents, m_proponents})
        g->delegate()->setClassNames(names);
    onInfEmbedChanged();
}

QString InfEmbedSliceView::sliceName(int index) const {
    const auto& s = m_run->slices[std::size_t(index)];
    const auto it = m_storedNames.constFind(s.storedSliceId);
    return it != m_storedNames.constEnd() ? *it : tr("InfEmbed slice %1").arg(index + 1);
}

void InfEmbedSliceView::onInfEmbedChanged() {
    m_run = m_doc->hasProject() ? m_doc->infEmbed() : nullptr;
    ++m_generation;
    m_asked.clear();
    m_evalRow.clear();
    if (m_run) {
        m_evalRow.reserve(qsizetype(m_run->evalIds.size()));
        for (std::size_t r = 0; r < m_run->evalIds.size(); ++r)
            m_evalRow.insert(m_run->evalIds[r], qint64(r));
    }
    fillPickers();
    refresh();
}

void InfEmbedSliceView::fillPickers() {
    // The user may have renamed (or deleted) the stored slices: names come from the store, read
    // once here rather than once per slice.
    m_storedNames.clear();
    if (m_run && m_doc->hasProject())
        for (const auto& rec : m_doc->slices())
            m_storedNames.insert(rec.id, QString::fromStdString(rec.name));
    const QLocale loc;
    for (QComboBox* c : {m_picker, m_figurePicker}) {
        const QSignalBlocker block(c);
        c->clear();
        if (!m_run)
            continue;
        c->addItem(
            tr("Pick an InfEmbed slice (%1)…").arg(loc.toString(qint64(m_run->slices.size()))));
        for (std::size_t i = 0; i < m_run->slices.size(); ++i) {
            const auto& s = m_run->slices[i];
            c->addItem(tr("%1 · %2 examples · accuracy %3 · %4 → %5")
                           .arg(sliceName(int(i)), loc.toString(qint64(s.slice.members.size())),
                                percent(s.slice.accuracy), className(s.dominantLabel),
                                className(s.dominantPrediction)));
        }
    }
}

void InfEmbedSliceView::refresh() {
    if (!m_doc->hasProject()) {
        m_frame.emptyState()->setText(
            tr("Open a project (File ▸ Open), run Analysis ▸ InfEmbed… to find slices, then "
               "select a slice or any examples and ask for their opponents."));
        setMode(Mode::NoProject);
        return;
    }
    if (!m_run) {
        m_frame.emptyState()->setText(
            tr("Run Analysis ▸ InfEmbed… to find slices; select a slice or any examples and ask "
               "for their opponents (Analysis ▸ Who Are Its Opponents?, Ctrl+Shift+O)."));
        setMode(Mode::NoRun);
        return;
    }
    const Selection& sel = m_doc->selection();
    const int s = infembed::sliceOf(*m_run, sel.ids);
    if (s >= 0) {
        showSlice(s);
        return;
    }
    if (!m_asked.isEmpty() && m_asked == sel.ids && m_mode == Mode::Selection)
        return; // still showing (or ranking) the opponents of this very selection
    m_asked.clear();
    ++m_generation;
    const QLocale loc;
    const QString split = QString::fromStdString(m_run->split);
    if (sel.isEmpty()) {
        m_hint->setText(tr("Slices InfEmbed found on the %1 split: %2. Pick one above, or "
                           "select any examples (a confusion-matrix cell, a lasso, the grid) and "
                           "ask who their opponents are: Analysis ▸ Who Are Its Opponents? "
                           "(Ctrl+Shift+O).")
                            .arg(split, loc.toString(qint64(m_run->slices.size()))));
        m_askButton->setVisible(false);
    } else {
        m_hint->setText(tr("The selection (%1 examples, %2) is not one of the InfEmbed slices. "
                           "Ask which training examples hurt or help it most.")
                            .arg(loc.toString(sel.ids.size()), sel.origin));
        m_askButton->setText(
            tr("Who Are Its &Opponents? (%n examples)", nullptr, int(sel.ids.size())));
        m_askButton->setVisible(true);
    }
    setMode(Mode::Hint);
}

void InfEmbedSliceView::setMode(Mode mode) {
    m_mode = mode;
    if (mode != Mode::Slice)
        m_slice = -1;
    switch (mode) {
    case Mode::NoProject:
    case Mode::NoRun:
        m_frame.showEmpty();
        break;
    case Mode::Hint:
        m_frame.showPage(m_hintPage);
        m_picker->setCurrentIndex(0);
        break;
    case Mode::Slice:
    case Mode::Selection:
        m_frame.showPage(m_content);
        m_figurePicker->setCurrentIndex(mode == Mode::Slice ? m_slice + 1 : 0);
        break;
    }
}

void InfEmbedSliceView::pickSlice(int comboIndex) {
    if (!m_run || comboIndex < 1 || comboIndex > int(m_run->slices.size()))
        return;
    const auto& s = m_run->slices[std::size_t(comboIndex - 1)];
    Selection sel;
    for (std::int64_t row : s.slice.members)
        sel.ids.append(m_run->evalIds[std::size_t(row)]);
    sel.origin = tr("slice “%1”").arg(sliceName(comboIndex - 1));
    m_doc->setSelection(sel);
}

// --- one slice ---------------------------------------------------------------------------

void InfEmbedSliceView::showSlice(int index) {
    ++m_generation; // a ranking still running for an earlier selection is not wanted now
    m_asked.clear();
    m_slice = index;
    const auto& s = m_run->slices[std::size_t(index)];
    const QLocale loc;
    std::vector<int> labels, predictions;
    QVector<qint64> ids;
    for (std::int64_t row : s.slice.members) {
        const auto r = std::size_t(row);
        labels.push_back(r < m_run->evalLabels.size() ? m_run->evalLabels[r] : -1);
        predictions.push_back(r < m_run->evalPredictions.size() ? m_run->evalPredictions[r] : -1);
        ids.append(r < m_run->evalIds.size() ? m_run->evalIds[r] : -1);
    }
    const QString dominant =
        s.dominantLabel >= 0
            ? tr("mostly <b>%1</b> (%2) → predicted <b>%3</b> (%4)")
                  .arg(className(s.dominantLabel).toHtmlEscaped(), percent(s.dominantLabelShare),
                       className(s.dominantPrediction).toHtmlEscaped(),
                       percent(s.dominantPredictionShare))
            : QString();
    m_header->setText(
        tr("<b>%1</b> — slice %2 of %3, cluster %4 (%5, %6 split)<br>%7 examples · accuracy "
           "<b>%8</b> · error rate %9 [%10, %11] (95%) · coherence %12 (lower = tighter)<br>%13")
            .arg(sliceName(index).toHtmlEscaped())
            .arg(index + 1)
            .arg(m_run->slices.size())
            .arg(QString::fromStdString(s.slice.path), QString::fromStdString(m_run->method),
                 QString::fromStdString(m_run->split))
            .arg(loc.toString(qint64(s.slice.members.size())), percent(s.slice.accuracy),
                 percent(s.errorRate), percent(s.errorLow), percent(s.errorHigh),
                 loc.toString(s.slice.coherence, 'g', 3), dominant));
    setHistograms(labels, predictions);
    // Runs made before the member order was recorded ranked by the raw inner product.
    const auto order = m_run->settings.find("member_ranking");
    const bool inner = order == m_run->settings.end() || order->second == "inner-product";
    m_nearestCaption->setText((inner ? tr("Largest inner product with the slice centre (%1 of %2)")
                                     : tr("Highest cosine to the slice centre (%1 of %2)"))
                                  .arg(std::min<qsizetype>(kNearest, ids.size()))
                                  .arg(loc.toString(ids.size())));
    setNearest(ids.mid(0, kNearest));
    if (s.influence.opponents.empty() && s.influence.proponents.empty()) {
        m_opponentsCaption->setText(
            tr("No opponents: this run did not embed the training examples."));
        m_proponentsCaption->clear();
        m_opponentsModel->setTiles({});
        m_proponentsModel->setTiles({});
    } else {
        setInfluence(s.influence);
    }
    setMode(Mode::Slice);
}

// --- any selection -----------------------------------------------------------------------

void InfEmbedSliceView::showOpponentsOfSelection() {
    if (!m_doc->hasProject() || !m_run) {
        refresh(); // the empty state says what to do first
        Q_EMIT opponentsShown();
        return;
    }
    const Selection& sel = m_doc->selection();
    const QLocale loc;
    if (sel.isEmpty()) {
        refresh();
        m_hint->setText(tr("Nothing is selected. Select examples (a confusion-matrix cell, a "
                           "lasso in the embedding, the grid) and ask again."));
        Q_EMIT opponentsShown();
        return;
    }
    const int s = infembed::sliceOf(*m_run, sel.ids);
    if (s >= 0) { // a slice's opponents were ranked by the run itself
        showSlice(s);
        Q_EMIT opponentsShown();
        return;
    }
    std::vector<std::int64_t> rows;
    QVector<qint64> inRun;
    for (qint64 id : sel.ids)
        if (const auto it = m_evalRow.constFind(id); it != m_evalRow.constEnd()) {
            rows.push_back(*it);
            inRun.append(id);
        }
    const QString split = QString::fromStdString(m_run->split);
    if (rows.empty()) {
        refresh();
        m_hint->setText(tr("None of the %1 selected examples is in the InfEmbed run's split "
                           "(%2), so none has an influence embedding. Select examples of the %2 "
                           "split, or run InfEmbed on the split you are looking at.")
                            .arg(loc.toString(sel.ids.size()), split));
        m_askButton->setVisible(false);
        Q_EMIT opponentsShown();
        return;
    }
    ++m_generation;
    m_asked = sel.ids;
    m_slice = -1;
    std::vector<int> labels, predictions;
    for (std::int64_t r : rows) {
        labels.push_back(m_run->evalLabels[std::size_t(r)]);
        predictions.push_back(m_run->evalPredictions[std::size_t(r)]);
    }
    const int errors = int(std::inner_product(labels.begin(), labels.end(), predictions.begin(), 0,
                                              std::plus<>(), std::not_equal_to<>()));
    const QString left = inRun.size() < sel.ids.size()
                             ? tr("; %1 outside the %2 split have no embedding and were left out")
                                   .arg(loc.toString(sel.ids.size() - inRun.size()), split)
                             : QString();
    m_header->setText(tr("<b>Opponents of the selection</b> — %1<br>%2 of %3 selected examples "
                         "have influence embeddings (%4 split)%5 · accuracy <b>%6</b>")
                          .arg(sel.origin.toHtmlEscaped(), loc.toString(inRun.size()),
                               loc.toString(sel.ids.size()), split, left,
                               percent(1.0 - double(errors) / double(rows.size()))));
    setHistograms(labels, predictions);
    m_nearestCaption->setText(tr("Examples of the selection (%1 of %2)")
                                  .arg(std::min<qsizetype>(kNearest, inRun.size()))
                                  .arg(loc.toString(inRun.size())));
    setNearest(inRun.mid(0, kNearest));
    m_opponentsModel->setTiles({});
    m_proponentsModel->setTiles({});
    setMode(Mode::Selection);
    if (m_run->influence.trainEmbeddings.rows() == 0 || m_run->trainIds.empty()) {
        m_opponentsCaption->setText(tr("No opponents: this InfEmbed run did not embed the "
                                       "training examples (run it again with opponents on)."));
        m_proponentsCaption->clear();
        Q_EMIT opponentsShown();
        return;
    }
    m_opponentsCaption->setText(tr("Ranking the training examples…"));
    m_proponentsCaption->clear();
    // A light job: scoring is a pass over every training embedding (tens of ms at 60k), and
    // it runs beside a training job. The job owns a reference to the run, so replacing the run
    // meanwhile is safe; a result asked for before what the view shows now changed is dropped.
    if (!m_jobs)
        return; // the window is closing
    const quint64 generation = m_generation;
    if (m_job)
        m_jobs->cancel(m_job);
    m_job = m_jobs->run<influence::RankedInfluence>(
        tr("Ranking the opponents of the selection"), fl::jobs::JobWeight::Light,
        [run = m_run, rows = std::move(rows)](fl::jobs::JobContext&) {
            return infembed::rank(*run, rows, kInfluence);
        },
        this,
        [this, generation](const influence::RankedInfluence& ranked) {
            if (generation == m_generation)
                showSelectionResult(ranked);
        },
        [this, generation](const QString& error) {
            if (generation != m_generation)
                return;
            m_opponentsCaption->setText(tr("The opponents could not be ranked: %1").arg(error));
            Q_EMIT opponentsShown();
        });
}

bool InfEmbedSliceView::busy() const {
    const JobInfo* job = m_jobs && m_job ? m_jobs->job(m_job) : nullptr;
    return job && job->finishedAfterMs < 0;
}

void InfEmbedSliceView::showSelectionResult(const influence::RankedInfluence& ranked) {
    setInfluence(ranked);
    Q_EMIT opponentsShown();
}

// --- the figure's parts ------------------------------------------------------------------

void InfEmbedSliceView::setHistograms(const std::vector<int>& labels,
                                      const std::vector<int>& predictions) {
    const int n = std::max(int(m_doc->examples().numClasses()),
                           m_doc->dataset() ? int(m_doc->dataset()->classNames.size()) : 0);
    const metrics::ClassHistogram h = metrics::countClasses(labels, predictions, n, kMaxBars);
    m_labelCounts = QVector<qint64>(h.labels.begin(), h.labels.end());
    m_predictionCounts = QVector<qint64>(h.predictions.begin(), h.predictions.end());
    const QLocale loc;
    const auto bars = [&](const std::vector<std::int64_t>& counts,
                          const std::vector<std::int64_t>& errors, bool label) {
        QVector<BarChartWidget::Bar> out;
        for (int c : h.shown) {
            BarChartWidget::Bar b;
            b.label = className(c);
            b.value = double(counts[std::size_t(c)]);
            b.errorPart = double(errors[std::size_t(c)]);
            b.color = style::classColor(c);
            b.valueText = loc.toString(qint64(counts[std::size_t(c)]));
            b.toolTip =
                (label ? tr("True label %1: %2 examples, %3 predicted wrongly.")
                       : tr("Predicted %1: %2 examples, %3 of them wrongly."))
                    .arg(className(c), b.valueText, loc.toString(qint64(errors[std::size_t(c)])));
            out.append(b);
        }
        return out;
    };
    // One scale for both, so a label bar and a prediction bar of one class compare.
    const double top = double(std::max<qint64>(1, h.maxCount));
    m_labelChart->setBars(bars(h.labels, h.labelErrors, true), top);
    m_predictionChart->setBars(bars(h.predictions, h.predictionErrors, false), top);
}

void InfEmbedSliceView::setNearest(const QVector<qint64>& ids) {
    const ExampleTable& t = m_doc->examples();
    QVector<ExampleTileModel::Tile> tiles;
    for (qint64 id : ids) {
        ExampleTileModel::Tile tile;
        tile.exampleId = id;
        tile.datasetIndex = datasetIndexOf(id);
        const auto it = m_evalRow.constFind(id);
        if (it != m_evalRow.constEnd()) {
            tile.label = m_run->evalLabels[std::size_t(*it)];
            tile.prediction = m_run->evalPredictions[std::size_t(*it)];
        }
        const int row = t.row(id);
        if (row >= 0)
            tile.confidence = t.confidence[row];
        else
            tile.secondLine = QStringLiteral("#%1").arg(id);
        tile.toolTip = tr("Example %1\nTrue label: %2\nPrediction: %3")
                           .arg(id)
                           .arg(className(tile.label), className(tile.prediction));
        tiles.append(tile);
    }
    m_nearestModel->setTiles(tiles);
}

void InfEmbedSliceView::setInfluence(const influence::RankedInfluence& ranked) {
    const QLocale loc;
    const auto tiles = [&](const std::vector<influence::InfluencedExample>& list, bool opp) {
        QVector<ExampleTileModel::Tile> out;
        for (std::size_t i = 0; i < list.size() && i < std::size_t(kInfluence); ++i) {
            const auto& e = list[i];
            ExampleTileModel::Tile tile;
            tile.exampleId = e.exampleId;
            tile.datasetIndex = datasetIndexOf(e.exampleId);
            tile.label = e.label;
            tile.prediction = e.prediction;
            tile.secondLine = infembed::formatInfluence(e.influence);
            tile.toolTip =
                (opp ? tr("Opponent %1: training example %2\nTrue label: %3\nPrediction: %4\n"
                          "Influence %5 (negative: training on it raises the loss here)")
                     : tr("Proponent %1: training example %2\nTrue label: %3\nPrediction: %4\n"
                          "Influence %5 (positive: training on it lowers the loss here)"))
                    .arg(i + 1)
                    .arg(e.exampleId)
                    .arg(className(e.label),
                         e.prediction >= 0 ? className(e.prediction) : tr("unknown"),
                         infembed::formatInfluence(e.influence));
            out.append(tile);
        }
        return out;
    };
    m_opponentsModel->setTiles(tiles(ranked.opponents, true));
    m_proponentsModel->setTiles(tiles(ranked.proponents, false));
    m_opponentsCaption->setText(tr("Opponents: the %1 training examples that hurt it most")
                                    .arg(m_opponentsModel->rowCount()));
    m_proponentsCaption->setText(tr("Proponents: the %1 training examples that help it most")
                                     .arg(m_proponentsModel->rowCount()));
}

QString InfEmbedSliceView::headerText() const {
    QTextDocument doc;
    doc.setHtml(m_header->text());
    return doc.toPlainText();
}

QString InfEmbedSliceView::messageText() const {
    return m_frame.showsEmpty() ? m_frame.emptyState()->text() : m_hint->text();
}

qint64 InfEmbedSliceView::datasetIndexOf(qint64 exampleId) const {
    return m_doc->datasetPosition(exampleId);
}

QString InfEmbedSliceView::className(int cls) const {
    const QStringList& names = m_doc->examples().classNames;
    if (cls >= 0 && cls < names.size())
        return names[cls];
    if (const data::Dataset* ds = m_doc->dataset();
        ds && cls >= 0 && cls < int(ds->classNames.size()))
        return QString::fromStdString(ds->classNames[std::size_t(cls)]);
    return cls < 0 ? tr("?") : QString::number(cls);
}

} // namespace fl::ui
