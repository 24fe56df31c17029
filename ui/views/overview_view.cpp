#include "ui/views/overview_view.h"
#include "ui/document/analysis_document.h"
#include "ui/views/bar_chart_widget.h"
#include "ui/views/confusion_matrix_widget.h"
#include "ui/views/view_style.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>
#include <algorithm>

namespace fl::ui {

OverviewView::OverviewView(AnalysisDocument* doc, QWidget* parent)
    : QWidget(parent), m_doc(doc),
      m_frame(this, tr("Open a project (File ▸ Open) to see its confusion matrix and per-class "
                       "accuracy here.")),
      m_content(m_frame.addPage(ViewFrame::Margins::Style)) {
    QWidget* content = m_content.content;
    QVBoxLayout* v = m_content.layout;
    QHBoxLayout* bar = ViewFrame::addToolbar(m_content);
    auto* splitLabel = new QLabel(tr("&Split:"), content);
    m_splitCombo = new QComboBox(content);
    m_splitCombo->addItem(tr("Test"), 2);
    m_splitCombo->addItem(tr("Validation"), 1);
    m_splitCombo->addItem(tr("Train"), 0);
    m_splitCombo->addItem(tr("All splits"), -1);
    splitLabel->setBuddy(m_splitCombo);
    m_summary = new QLabel(content);
    bar->addWidget(splitLabel);
    bar->addWidget(m_splitCombo);
    bar->addSpacing(12);
    bar->addWidget(m_summary, 1);

    auto* body = new QHBoxLayout;
    m_matrix = new ConfusionMatrixWidget(content);
    m_matrix->setToolTip(tr("Click a cell to select its examples"));
    m_accuracy = new BarChartWidget(content);
    m_accuracy->setTitle(tr("Accuracy per class (click a bar)"));
    body->addWidget(m_matrix, 3);
    body->addWidget(m_accuracy, 2);
    v->addLayout(body, 1);

    connect(m_splitCombo, &QComboBox::currentIndexChanged, this, &OverviewView::reload);
    connect(m_matrix, &ConfusionMatrixWidget::cellClicked, this, &OverviewView::selectCell);
    connect(m_accuracy, &BarChartWidget::barClicked, this, &OverviewView::selectClass);
    connect(m_doc, &AnalysisDocument::projectChanged, this, &OverviewView::onProjectChanged);
    onProjectChanged();
}

int OverviewView::split() const {
    return m_splitCombo->currentData().toInt();
}

void OverviewView::setSplit(int split) {
    const int i = m_splitCombo->findData(split);
    if (i >= 0)
        m_splitCombo->setCurrentIndex(i);
}

bool OverviewView::inSplit(int row) const {
    const int s = split();
    return s < 0 || m_doc->examples().splits[row] == s;
}

QString OverviewView::splitText() const {
    return m_splitCombo->currentText(); // as shown: lower-casing breaks languages like German
}

void OverviewView::onProjectChanged() {
    // Default to the test split, but never open on an empty matrix when another split has data.
    const ExampleTable& t = m_doc->examples();
    const QSignalBlocker block(m_splitCombo);
    setSplit(t.splits.contains(quint8(2)) ? 2 : -1);
    reload();
}

void OverviewView::reload() {
    const ExampleTable& t = m_doc->examples();
    if (!m_frame.showPageIf(m_content, m_doc->hasProject() && t.rows() > 0))
        return;
    const int n = t.numClasses();
    QVector<qint64> counts(n * n, 0);
    qint64 total = 0, correct = 0;
    for (int r = 0; r < t.rows(); ++r) {
        if (!inSplit(r))
            continue;
        const int l = t.labels[r], p = t.predictions[r];
        if (l < 0 || p < 0 || l >= n || p >= n)
            continue;
        ++counts[l * n + p];
        ++total;
        correct += l == p;
    }
    m_matrix->setMatrix(t.classNames, counts);

    const QLocale loc;
    QVector<BarChartWidget::Bar> bars;
    for (int c = 0; c < n; ++c) {
        qint64 rowTotal = 0;
        for (int p = 0; p < n; ++p)
            rowTotal += counts[c * n + p];
        const qint64 ok = counts[c * n + c];
        BarChartWidget::Bar b;
        b.label = t.classNames[c];
        b.value = rowTotal > 0 ? double(ok) / double(rowTotal) : 0.0;
        b.color = style::correctColor();
        b.valueText =
            rowTotal > 0 ? loc.toString(100.0 * b.value, 'f', 1) + QLatin1Char('%') : tr("n/a");
        b.toolTip = tr("%1: %2 of %3 correct. Click to select the class.")
                        .arg(t.classNames[c], loc.toString(ok), loc.toString(rowTotal));
        bars.append(b);
    }
    m_accuracy->setBars(bars, 1.0);
    m_summary->setText(total > 0 ? tr("Accuracy %1% on %2 examples (%3)")
                                       .arg(loc.toString(100.0 * correct / total, 'f', 1),
                                            loc.toString(total), splitText())
                                 : tr("No examples in this split."));
}

void OverviewView::selectCell(int trueClass, int predicted) {
    const ExampleTable& t = m_doc->examples();
    QVector<int> rows;
    for (int r = 0; r < t.rows(); ++r)
        if (inSplit(r) && t.labels[r] == trueClass && t.predictions[r] == predicted)
            rows.append(r);
    // The most confidently wrong first: the highest loss ranks first.
    std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) { return t.loss[a] > t.loss[b]; });
    Selection s;
    s.ids.reserve(rows.size());
    for (int r : rows)
        s.ids.append(t.ids[r]);
    s.origin = tr("confusion: %1 → %2").arg(t.classNames[trueClass], t.classNames[predicted]);
    m_doc->setSelection(s);
}

void OverviewView::selectClass(int cls) {
    const ExampleTable& t = m_doc->examples();
    QVector<int> rows;
    for (int r = 0; r < t.rows(); ++r)
        if (inSplit(r) && t.labels[r] == cls)
            rows.append(r);
    std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) { return t.loss[a] > t.loss[b]; });
    Selection s;
    for (int r : rows)
        s.ids.append(t.ids[r]);
    s.origin = tr("class: %1 (%2)").arg(t.classNames[cls], splitText());
    m_doc->setSelection(s);
}

} // namespace fl::ui
