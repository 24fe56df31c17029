#include "ui/views/embedding_scatter_view.h"
#include "ui/document/analysis_document.h"
#include "ui/jobs/job_manager.h"
#include "ui/models/pca_projection.h"
#include "ui/views/scatter_canvas.h"
#include "ui/views/view_style.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

namespace fl::ui {

EmbeddingScatterView::EmbeddingScatterView(AnalysisDocument* doc, JobManager* jobs, QWidget* parent)
    : QWidget(parent), m_doc(doc), m_jobs(jobs), m_frame(this), m_content(m_frame.addPage()) {
    QWidget* content = m_content.content;
    QVBoxLayout* v = m_content.layout;
    QHBoxLayout* bar = ViewFrame::addToolbar(m_content);
    auto* colorLabel = new QLabel(tr("&Colour by:"), content);
    m_colorBy = new QComboBox(content);
    m_colorBy->addItem(tr("True label"), int(ColorBy::Label));
    m_colorBy->addItem(tr("Prediction"), int(ColorBy::Prediction));
    m_colorBy->addItem(tr("Correct / wrong"), int(ColorBy::Correctness));
    colorLabel->setBuddy(m_colorBy);
    m_lasso = new QToolButton(content);
    m_lasso->setText(tr("Lasso"));
    m_lasso->setToolTip(tr("Draw a free-form region to select its points"));
    m_rect = new QToolButton(content);
    m_rect->setText(tr("Rectangle"));
    m_rect->setToolTip(tr("Drag a rectangle to select its points"));
    for (QToolButton* b : {m_lasso, m_rect})
        b->setCheckable(true);
    m_lasso->setChecked(true);
    auto* tools = new QButtonGroup(this);
    tools->addButton(m_lasso);
    tools->addButton(m_rect);
    auto* reset = new QToolButton(content);
    reset->setText(tr("Fit"));
    reset->setToolTip(tr("Show every point (wheel zooms; drag with the middle button or with "
                         "Space held pans)"));
    m_status = new QLabel(content);
    // Long status text must not widen the view; it is cut instead.
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    bar->addWidget(colorLabel);
    bar->addWidget(m_colorBy);
    bar->addSpacing(8);
    bar->addWidget(m_lasso);
    bar->addWidget(m_rect);
    bar->addWidget(reset);
    bar->addWidget(m_status, 1);
    m_canvas = new ScatterCanvas(content);
    v->addWidget(m_canvas, 1);

    connect(m_colorBy, &QComboBox::currentIndexChanged, this, &EmbeddingScatterView::applyColors);
    connect(m_lasso, &QToolButton::toggled, this, [this](bool on) {
        m_canvas->setTool(on ? ScatterCanvas::Tool::Lasso : ScatterCanvas::Tool::Rectangle);
    });
    connect(reset, &QToolButton::clicked, m_canvas, &ScatterCanvas::resetView);
    connect(m_canvas, &ScatterCanvas::regionSelected, this, &EmbeddingScatterView::onRegion);
    connect(m_canvas, &ScatterCanvas::pointClicked, this, [this](int p) {
        if (p < m_doc->examples().rows())
            m_doc->setCurrentExample(m_doc->examples().ids[p]);
    });
    connect(m_canvas, &ScatterCanvas::rendered, this, [this](double ms) {
        const QLocale loc;
        m_status->setText(
            tr("PCA of %1 embeddings (%2% + %3% of the variance) · drawn in %4 ms")
                .arg(loc.toString(m_points), loc.toString(100 * m_explained[0], 'f', 0),
                     loc.toString(100 * m_explained[1], 'f', 0), loc.toString(ms, 'f', 1)));
        m_status->setToolTip(m_status->text());
    });
    connect(m_doc, &AnalysisDocument::projectChanged, this,
            &EmbeddingScatterView::onProjectChanged);
    connect(m_doc, &AnalysisDocument::selectionChanged, this,
            &EmbeddingScatterView::applySelection);
    connect(m_doc, &AnalysisDocument::currentExampleChanged, this, [this](qint64 id) {
        const int row = m_doc->examples().row(id);
        m_canvas->setCurrentPoint(row < m_points ? row : -1);
    });
    onProjectChanged();
}

void EmbeddingScatterView::setColorBy(ColorBy by) {
    m_colorBy->setCurrentIndex(m_colorBy->findData(int(by)));
}

void EmbeddingScatterView::onProjectChanged() {
    ++m_generation; // a PCA still running for the previous project is ignored when it lands
    m_points = 0;
    m_canvas->setPoints({});
    const int dim = m_doc->embeddingDim();
    const std::vector<float>& emb = m_doc->embeddings();
    const int rows =
        dim > 0 ? int(std::min<qsizetype>(qsizetype(emb.size()) / dim, m_doc->examples().rows()))
                : 0;
    if (!m_doc->hasProject() || rows < 2 || !m_jobs) {
        m_computing = false;
        m_frame.showEmpty(m_doc->hasProject()
                              ? tr("This evaluation has no embeddings. Evaluate the model again "
                                   "(Analysis ▸ Evaluate) to see its embedding space here.")
                              : tr("Open a project (File ▸ Open) to see its embedding space "
                                   "here."));
        return;
    }
    m_computing = true;
    m_frame.showEmpty(
        tr("Projecting %1 embeddings to two dimensions…").arg(QLocale().toString(rows)));
    // The job owns a copy: the document may close the project while the PCA runs. A light
    // job, so it runs beside a training or InfEmbed run rather than after it.
    std::vector<float> data(emb.begin(), emb.begin() + qsizetype(rows) * dim);
    const quint64 generation = m_generation;
    if (m_job)
        m_jobs->cancel(m_job); // the previous project's PCA is not wanted any more
    m_job = m_jobs->run<PcaProjection>(
        tr("Projecting the embeddings"), fl::jobs::JobWeight::Light,
        [data = std::move(data), rows, dim](fl::jobs::JobContext&) {
            return pcaProject2d(data.data(), rows, dim);
        },
        this,
        [this, generation](PcaProjection projection) {
            if (m_generation == generation)
                onProjection(std::move(projection));
        },
        [this, generation](const QString& error) {
            if (m_generation != generation)
                return;
            m_computing = false;
            m_frame.showEmpty(tr("The embeddings could not be projected: %1").arg(error));
        });
}

void EmbeddingScatterView::onProjection(PcaProjection projection) {
    m_computing = false;
    m_points = int(projection.xy.size() / 2);
    m_explained[0] = projection.explainedVariance[0];
    m_explained[1] = projection.explainedVariance[1];
    m_frame.showPage(m_content);
    m_canvas->setPoints(std::move(projection.xy));
    applyColors();
    applySelection();
    const int row = m_doc->examples().row(m_doc->currentExample());
    m_canvas->setCurrentPoint(row >= 0 && row < m_points ? row : -1);
    Q_EMIT projectionReady();
}

void EmbeddingScatterView::applyColors() {
    const ExampleTable& t = m_doc->examples();
    const auto by = ColorBy(m_colorBy->currentData().toInt());
    std::vector<QRgb> colors(m_points);
    // One colour per class computed once, not per point.
    QVector<QRgb> classRgb(t.numClasses());
    for (int c = 0; c < t.numClasses(); ++c)
        classRgb[c] = style::classColor(c).rgb();
    const QRgb ok = QColor(150, 170, 190).rgb(), bad = style::errorColor().rgb();
    for (int i = 0; i < m_points; ++i) {
        const int l = t.labels[i], p = t.predictions[i];
        switch (by) {
        case ColorBy::Label:
            colors[i] = classRgb.value(l, ok);
            break;
        case ColorBy::Prediction:
            colors[i] = classRgb.value(p, ok);
            break;
        case ColorBy::Correctness:
            colors[i] = l == p ? ok : bad;
            break;
        }
    }
    m_canvas->setColors(std::move(colors));
}

void EmbeddingScatterView::applySelection() {
    if (m_points == 0)
        return;
    const ExampleTable& t = m_doc->examples();
    std::vector<std::uint8_t> flags(m_points, 0);
    for (qint64 id : m_doc->selection().ids) {
        const int r = t.row(id);
        if (r >= 0 && r < m_points)
            flags[r] = 1;
    }
    m_canvas->setSelected(std::move(flags));
}

void EmbeddingScatterView::onRegion(const QVector<int>& points, bool lasso) {
    const ExampleTable& t = m_doc->examples();
    Selection s;
    s.ids.reserve(points.size());
    for (int p : points)
        s.ids.append(t.ids[p]);
    s.origin = lasso ? tr("lasso in the embedding") : tr("rectangle in the embedding");
    m_doc->setSelection(s);
}

} // namespace fl::ui
