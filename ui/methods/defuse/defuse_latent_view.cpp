#include "ui/methods/defuse/defuse_latent_view.h"
#include "core/data/dataset.h"
#include "core/methods/method_result.h"
#include "core/nn/inference.h"
#include "ui/document/analysis_document.h"
#include "ui/document/dataset_image.h"
#include "ui/jobs/job_manager.h"
#include "ui/methods/defuse/defuse_annotator.h"
#include "ui/methods/defuse/defuse_latent.h"
#include "ui/methods/defuse/defuse_run.h"
#include "ui/views/bar_chart_widget.h"
#include "ui/views/scatter_canvas.h"
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace fl::ui {
namespace {

constexpr int kTile = 56;
constexpr QRgb kTrainingColour = qRgb(200, 200, 200);
constexpr QRgb kOutsideColour = qRgb(110, 110, 110);

QColor regionColour(int region) {
    // Ten distinguishable hues, then around again a little darker.
    static const QRgb hues[] = {0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd,
                                0x8c564b, 0xe377c2, 0x17becf, 0xbcbd22, 0x7f7f7f};
    QColor c(hues[region % 10]);
    return region < 10 ? c : c.darker(100 + 30 * (region / 10));
}

std::vector<int> countsOf(const std::shared_ptr<const methods::MethodResult>& r, int region,
                          const char* key) {
    const auto list = r->summary.find("regions");
    if (list == r->summary.end() || std::size_t(region) >= list->size())
        return {};
    return (*list)[std::size_t(region)].value(key, std::vector<int>());
}

} // namespace

DefuseLatentView::DefuseLatentView(AnalysisDocument* doc, JobManager* jobs,
                                   DefuseAnnotator* annotator, QWidget* parent)
    : QWidget(parent), m_doc(doc), m_jobs(jobs), m_annotator(annotator) {
    auto* v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    v->addWidget(m_status);
    auto* split = new QSplitter(Qt::Horizontal, this);
    m_canvas = new ScatterCanvas(split);
    m_canvas->setToolTip(tr("Grey: the training codes; coloured: the found mistakes by region; "
                            "ellipses: the regions at two standard deviations. Click a region "
                            "to make it current; wheel to zoom, middle button to pan."));
    auto* scroll = new QScrollArea(split);
    scroll->setWidgetResizable(true);
    scroll->setMinimumWidth(300); // the charts' titles and two rows of five tiles
    auto* panel = new QWidget(scroll);
    auto* pv = new QVBoxLayout(panel);
    m_regionTitle = new QLabel(panel);
    m_regionTitle->setWordWrap(true);
    pv->addWidget(m_regionTitle);
    m_predictions = new BarChartWidget(panel);
    m_predictions->setTitle(tr("The model's predictions on the region's found mistakes"));
    m_predictions->setClickable(false);
    pv->addWidget(m_predictions);
    m_labels = new BarChartWidget(panel);
    m_labels->setTitle(tr("The labels of the training images they came from"));
    m_labels->setClickable(false);
    pv->addWidget(m_labels);
    m_noveltyNote = new QLabel(panel);
    m_noveltyNote->setWordWrap(true);
    pv->addWidget(m_noveltyNote);
    auto* tiles = new QWidget(panel);
    m_novelty = new QGridLayout(tiles);
    m_novelty->setContentsMargins(0, 0, 0, 0);
    m_novelty->setSpacing(3);
    pv->addWidget(tiles, 0, Qt::AlignLeft);
    pv->addStretch(1);
    scroll->setWidget(panel);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    v->addWidget(split, 1);

    connect(m_annotator, &DefuseAnnotator::changed, this, [this] {
        if (m_annotator->run() != m_run)
            onRun();
        else if (m_annotator->currentRegion() != m_shownRegion)
            applyRegion();
    });
    const auto pick = [this](int region) {
        if (region >= 0 && region != m_annotator->currentRegion())
            m_annotator->setCurrent(region, 0);
    };
    connect(m_canvas, &ScatterCanvas::ellipseClicked, this, pick);
    connect(m_canvas, &ScatterCanvas::pointClicked, this, [this, pick](int point) {
        // The mistakes are drawn after the training codes.
        if (!m_latent)
            return;
        const int training = m_latent->trainingCodes ? int(m_latent->map.training.size() / 2) : 0;
        const int k = point - training;
        if (k >= 0 && k < int(m_latent->codeRegions.size()) &&
            m_latent->codeRegions[std::size_t(k)] >= 0)
            pick(m_latent->codeRegions[std::size_t(k)]);
        else
            pick(m_canvas->ellipseAt(m_canvas->toScreen(point)));
    });
    onRun();
}

DefuseLatentView::~DefuseLatentView() = default;

QString DefuseLatentView::statusText() const {
    return m_status->text();
}

std::int64_t DefuseLatentView::neighbourOf(int sample) const {
    const int r = m_shownRegion;
    if (!m_latent || r < 0 || r >= int(m_latent->nearest.size()) || sample < 0 ||
        sample >= int(m_latent->nearest[std::size_t(r)].size()))
        return -1;
    return m_latent->nearest[std::size_t(r)][std::size_t(sample)].position;
}

void DefuseLatentView::onRun() {
    m_run = m_annotator->run();
    m_latent.reset();
    m_shownRegion = -1;
    ++m_generation;
    m_canvas->setPoints({});
    m_canvas->setEllipses({});
    if (!m_run || !m_doc->sharedDataset() || !m_jobs) {
        m_computing = false;
        m_status->setText(tr("No Defuse run to draw."));
        applyRegion();
        return;
    }
    m_computing = true;
    m_status->setText(tr("Projecting the latent codes…"));
    const quint64 generation = m_generation;
    m_jobs->run<std::shared_ptr<const DefuseLatent>>(
        tr("Defuse: projecting the latent space"), fl::jobs::JobWeight::Light,
        [run = m_run, dataset = m_doc->sharedDataset(),
         outputs = m_doc->outputs()](fl::jobs::JobContext&) {
            return std::shared_ptr<const DefuseLatent>(
                std::make_shared<DefuseLatent>(computeDefuseLatent(*run, *dataset, outputs.get())));
        },
        this,
        [this, generation](std::shared_ptr<const DefuseLatent> latent) {
            if (generation == m_generation)
                onLatent(std::move(latent));
        },
        [this, generation](const QString& error) {
            if (generation != m_generation)
                return;
            m_computing = false;
            m_status->setText(tr("The latent space cannot be drawn: %1").arg(error));
        });
}

void DefuseLatentView::onLatent(std::shared_ptr<const DefuseLatent> latent) {
    m_latent = std::move(latent);
    m_computing = false;
    const auto& map = m_latent->map;
    std::vector<float> xy;
    std::vector<QRgb> colours;
    if (m_latent->trainingCodes) {
        xy = map.training;
        colours.assign(map.training.size() / 2, kTrainingColour);
    }
    xy.insert(xy.end(), map.mistakes.begin(), map.mistakes.end());
    for (std::size_t i = 0; i < map.mistakes.size() / 2; ++i) {
        const int g = i < m_latent->codeRegions.size() ? m_latent->codeRegions[i] : -1;
        colours.push_back(g >= 0 ? regionColour(g).rgb() : kOutsideColour);
    }
    m_canvas->setPoints(std::move(xy));
    m_canvas->setColors(std::move(colours));
    const QLocale l;
    m_status->setText(
        m_latent->trainingCodes
            ? tr("PCA of the β-VAE codes of %1 training images (the axes hold %2% and %3% of their "
                 "variance); %4 of the %5 found mistakes coloured by region, dark grey outside "
                 "every region.")
                  .arg(l.toString(qlonglong(map.training.size() / 2)))
                  .arg(l.toString(100.0 * map.explained[0], 'f', 0))
                  .arg(l.toString(100.0 * map.explained[1], 'f', 0))
                  .arg(l.toString(qlonglong(map.mistakes.size() / 2)))
                  .arg(l.toString(qlonglong(m_latent->mistakesFound)))
            : tr("PCA of the %1 found mistakes (this run stored no training codes: run Defuse "
                 "again to see them).")
                  .arg(l.toString(qlonglong(map.mistakes.size() / 2))));
    m_shownRegion = -1;
    applyRegion();
    Q_EMIT latentReady();
}

void DefuseLatentView::applyRegion() {
    const int current = m_run ? m_annotator->currentRegion() : -1;
    m_shownRegion = current;
    if (m_latent) {
        std::vector<ScatterCanvas::Ellipse> ellipses;
        for (std::size_t i = 0; i < m_latent->map.regions.size(); ++i) {
            const auto& e = m_latent->map.regions[i];
            ellipses.push_back({QPointF(e.cx, e.cy), e.major, e.minor, e.angle,
                                regionColour(int(i)), QString::number(i + 1), int(i) == current});
        }
        m_canvas->setEllipses(std::move(ellipses));
    }
    if (!m_run || current < 0 || current >= int(m_run->regions.size())) {
        m_regionTitle->clear();
        m_predictions->setBars({});
        m_labels->setBars({});
        fillNovelty();
        return;
    }
    const auto& g = m_run->regions[std::size_t(current)];
    m_regionTitle->setText(tr("<b>Region %1</b> · weight %2 · %3 found mistakes")
                               .arg(current + 1)
                               .arg(QLocale().toString(g.weight, 'f', 3))
                               .arg(g.size));
    const auto fill = [this](BarChartWidget* chart, const std::vector<int>& counts) {
        QVector<BarChartWidget::Bar> bars;
        for (std::size_t c = 0; c < counts.size(); ++c) {
            if (counts[c] == 0)
                continue;
            BarChartWidget::Bar b;
            b.label = m_run->className(int(c));
            b.value = counts[c];
            b.valueText = QLocale().toString(counts[c]);
            bars.push_back(b);
        }
        chart->setBars(bars);
    };
    fill(m_predictions, countsOf(m_run->result, current, "prediction_counts"));
    fill(m_labels, countsOf(m_run->result, current, "label_counts"));
    fillNovelty();
}

void DefuseLatentView::fillNovelty() {
    for (auto* t : m_noveltyTiles)
        delete t;
    m_noveltyTiles.clear();
    const int r = m_shownRegion;
    const auto* d = m_doc->dataset();
    if (!m_run || !m_latent || !d || r < 0 || r >= int(m_latent->nearest.size())) {
        m_noveltyNote->setText(m_latent && m_latent->nearest.empty()
                                   ? tr("No evaluation outputs: the nearest misclassified "
                                        "training images cannot be found.")
                                   : QString());
        return;
    }
    m_noveltyNote->setText(
        tr("Is the error new? Each sample (top) beside the misclassified training image nearest "
           "to it in pixels (ℓ2, below; %1 misclassified training images searched) — the "
           "paper's Figure 6.")
            .arg(QLocale().toString(qlonglong(m_latent->misclassified))));
    const auto& g = m_run->regions[std::size_t(r)];
    const auto& nearest = m_latent->nearest[std::size_t(r)];
    const auto tile = [this](const QImage& img, const QString& tip, int row, int col) {
        auto* t = new QLabel(m_novelty->parentWidget());
        t->setPixmap(QPixmap::fromImage(
            img.scaled(kTile, kTile, Qt::KeepAspectRatio, Qt::FastTransformation)));
        t->setToolTip(tip);
        m_novelty->addWidget(t, row, col);
        m_noveltyTiles.push_back(t);
    };
    for (std::size_t s = 0; s < g.samples.size() && s < nearest.size(); ++s) {
        const int col = int(s % 5), row = int(s / 5) * 2;
        tile(g.samples[s],
             tr("Sample %1: the model says %2")
                 .arg(s + 1)
                 .arg(m_run->className(g.samplePredictions[s])),
             row, col);
        const auto& n = nearest[s];
        if (n.position < 0)
            continue;
        tile(datasetImage(*d, n.position),
             tr("Training example %1: label %2, ℓ2 distance %3")
                 .arg(d->ids[std::size_t(n.position)])
                 .arg(m_run->className(d->labels[std::size_t(n.position)]))
                 .arg(QLocale().toString(n.distance, 'f', 2)),
             row + 1, col);
    }
}

} // namespace fl::ui
