#include "ui/views/histograms_view.h"
#include "ui/document/analysis_document.h"
#include "ui/views/bar_chart_widget.h"
#include "ui/views/view_style.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace fl::ui {

HistogramsView::HistogramsView(AnalysisDocument* doc, QWidget* parent)
    : QWidget(parent), m_doc(doc),
      m_frame(this, tr("Open a project (File ▸ Open) to see the label and prediction "
                       "histograms of the selection.")),
      m_content(m_frame.addPage(ViewFrame::Margins::Style)) {
    QWidget* content = m_content.content;
    QVBoxLayout* v = m_content.layout;
    m_caption = new QLabel(content);
    m_caption->setWordWrap(true);
    v->addWidget(m_caption);
    auto* h = new QHBoxLayout;
    m_labels = new BarChartWidget(content);
    m_labels->setTitle(tr("True label"));
    m_predictions = new BarChartWidget(content);
    m_predictions->setTitle(tr("Prediction"));
    h->addWidget(m_labels);
    h->addWidget(m_predictions);
    v->addLayout(h, 1);

    connect(m_labels, &BarChartWidget::barClicked, this, [this](int c) { narrow(true, c); });
    connect(m_predictions, &BarChartWidget::barClicked, this, [this](int c) { narrow(false, c); });
    connect(m_doc, &AnalysisDocument::projectChanged, this, &HistogramsView::reload);
    connect(m_doc, &AnalysisDocument::selectionChanged, this, &HistogramsView::reload);
    reload();
}

QVector<int> HistogramsView::shownRows() const {
    // Nothing selected: the histograms describe the whole evaluation, as the caption says.
    const ExampleTable& t = m_doc->examples();
    QVector<int> rows;
    const Selection& s = m_doc->selection();
    if (s.isEmpty()) {
        rows.resize(t.rows());
        for (int r = 0; r < t.rows(); ++r)
            rows[r] = r;
        return rows;
    }
    rows.reserve(s.ids.size());
    for (qint64 id : s.ids) {
        const int r = t.row(id);
        if (r >= 0)
            rows.append(r);
    }
    return rows;
}

void HistogramsView::reload() {
    const ExampleTable& t = m_doc->examples();
    if (!m_frame.showPageIf(m_content, m_doc->hasProject() && t.rows() > 0))
        return;
    const int n = t.numClasses();
    m_labelCounts.fill(0, n);
    m_predictionCounts.fill(0, n);
    QVector<qint64> labelErrors(n, 0), predErrors(n, 0);
    const QVector<int> rows = shownRows();
    for (int r : rows) {
        const int l = t.labels[r], p = t.predictions[r];
        if (l < 0 || p < 0 || l >= n || p >= n)
            continue;
        ++m_labelCounts[l];
        ++m_predictionCounts[p];
        if (l != p) {
            ++labelErrors[l];
            ++predErrors[p];
        }
    }
    const QLocale loc;
    auto bars = [&](const QVector<qint64>& counts, const QVector<qint64>& errors, bool label) {
        QVector<BarChartWidget::Bar> out;
        for (int c = 0; c < n; ++c) {
            BarChartWidget::Bar b;
            b.label = t.classNames[c];
            b.value = double(counts[c]);
            b.errorPart = double(errors[c]);
            b.color = style::classColor(c);
            b.valueText = loc.toString(counts[c]);
            b.toolTip =
                (label ? tr("True label %1: %2 examples, %3 predicted wrongly.")
                       : tr("Predicted %1: %2 examples, %3 of them wrongly."))
                    .arg(t.classNames[c], loc.toString(counts[c]), loc.toString(errors[c])) +
                QLatin1Char('\n') + tr("Click to narrow the selection to them.");
            out.append(b);
        }
        return out;
    };
    m_labels->setBars(bars(m_labelCounts, labelErrors, true));
    m_predictions->setBars(bars(m_predictionCounts, predErrors, false));
    const Selection& s = m_doc->selection();
    m_caption->setText(s.isEmpty()
                           ? tr("All %1 examples (nothing selected). Red: predicted wrongly.")
                                 .arg(loc.toString(t.rows()))
                           : tr("Selection: %1 examples — %2. Red: predicted wrongly.")
                                 .arg(loc.toString(qint64(rows.size())), s.origin));
}

void HistogramsView::narrow(bool byLabel, int cls) {
    const ExampleTable& t = m_doc->examples();
    Selection s;
    for (int r : shownRows())
        if ((byLabel ? t.labels[r] : t.predictions[r]) == cls)
            s.ids.append(t.ids[r]);
    const QString base = m_doc->selection().isEmpty() ? tr("all") : m_doc->selection().origin;
    s.origin = byLabel ? tr("%1 · label %2").arg(base, t.classNames[cls])
                       : tr("%1 · predicted %2").arg(base, t.classNames[cls]);
    m_doc->setSelection(s);
}

} // namespace fl::ui
