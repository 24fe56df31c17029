#include "ui/views/inspector_view.h"
#include "core/data/dataset.h"
#include "core/store/annotation_repo.h"
#include "ui/document/analysis_document.h"
#include "ui/views/bar_chart_widget.h"
#include "ui/views/example_image_widget.h"
#include "ui/views/view_style.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace fl::ui {

InspectorView::InspectorView(AnalysisDocument* doc, QWidget* parent)
    : QWidget(parent), m_doc(doc), m_frame(this), m_content(m_frame.addScrollPage()) {
    QWidget* content = m_content.content;
    QVBoxLayout* v = m_content.layout;
    m_headline = new QLabel(content);
    m_headline->setTextFormat(Qt::RichText);
    m_headline->setWordWrap(true);
    m_image = new ExampleImageWidget(content);
    m_probabilities = new BarChartWidget(content);
    m_probabilities->setTitle(tr("Probabilities"));
    m_probabilities->setClickable(false);
    m_meta = new QLabel(content);
    m_meta->setTextFormat(Qt::RichText);
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->addWidget(m_headline);
    v->addWidget(m_image);
    v->addWidget(m_probabilities);
    v->addWidget(m_meta);

    auto* box = new QGroupBox(tr("Annotations"), content);
    auto* g = new QGridLayout(box);
    m_annotations = new QListWidget(box);
    m_annotations->setMinimumHeight(80);
    m_tagEdit = new QLineEdit(box);
    m_tagEdit->setPlaceholderText(tr("tag, e.g. collar"));
    auto* addTag = new QPushButton(tr("Add &Tag"), box);
    m_noteEdit = new QLineEdit(box);
    m_noteEdit->setPlaceholderText(tr("note"));
    auto* addNote = new QPushButton(tr("Add &Note"), box);
    m_relabel = new QComboBox(box);
    m_relabel->setToolTip(tr("Record that the true label is another class"));
    m_remove = new QPushButton(tr("&Remove"), box);
    m_remove->setEnabled(false);
    g->addWidget(m_annotations, 0, 0, 1, 2);
    g->addWidget(m_tagEdit, 1, 0);
    g->addWidget(addTag, 1, 1);
    g->addWidget(m_noteEdit, 2, 0);
    g->addWidget(addNote, 2, 1);
    g->addWidget(m_relabel, 3, 0);
    g->addWidget(m_remove, 3, 1);
    v->addWidget(box);
    v->addStretch(1);

    connect(addTag, &QPushButton::clicked, this, &InspectorView::addTagFromEdit);
    connect(m_tagEdit, &QLineEdit::returnPressed, this, &InspectorView::addTagFromEdit);
    connect(addNote, &QPushButton::clicked, this, &InspectorView::addNoteFromEdit);
    connect(m_noteEdit, &QLineEdit::returnPressed, this, &InspectorView::addNoteFromEdit);
    connect(m_relabel, &QComboBox::activated, this, &InspectorView::relabelTo);
    connect(m_remove, &QPushButton::clicked, this, &InspectorView::removeSelectedAnnotation);
    connect(m_annotations, &QListWidget::currentRowChanged, this,
            [this](int row) { m_remove->setEnabled(row >= 0); });
    connect(m_doc, &AnalysisDocument::projectChanged, this, [this] { showExample(-1); });
    connect(m_doc, &AnalysisDocument::currentExampleChanged, this, &InspectorView::showExample);
    connect(m_doc, &AnalysisDocument::annotationsChanged, this, [this](qint64 id) {
        if (id == m_id)
            reload(); // a relabel changes the metadata too
    });
    showExample(m_doc->currentExample());
}

void InspectorView::showExample(qint64 exampleId) {
    m_id = exampleId;
    reload();
}

void InspectorView::reload() {
    const ExampleTable& t = m_doc->examples();
    const int row = m_id >= 0 ? t.row(m_id) : -1;
    if (!m_doc->hasProject() || row < 0) {
        m_frame.showEmpty(m_doc->hasProject()
                              ? tr("Click an example in the grid or a point in the embedding to "
                                   "inspect it here.")
                              : tr("Open a project (File ▸ Open) to inspect its examples here."));
        return;
    }
    m_frame.showPage(m_content);
    const QLocale loc;
    const int label = t.labels[row], pred = t.predictions[row];
    const bool wrong = label != pred;
    const QString ln = t.classNames.value(label).toHtmlEscaped();
    const QString pn = t.classNames.value(pred).toHtmlEscaped();
    m_headline->setText(
        wrong ? tr("<span style='font-size:large'>label <b>%1</b> → predicted "
                   "<b style='color:%3'>%2</b></span>")
                    .arg(ln, pn, style::errorColor().name())
              : tr("<span style='font-size:large'>label <b>%1</b>, predicted <b>%2</b> "
                   "(correct)</span>")
                    .arg(ln, pn));
    m_image->setImage(m_doc->image(m_id), wrong);

    QVector<BarChartWidget::Bar> bars;
    const float* prob = t.probabilities.isEmpty() ? nullptr : t.probabilitiesOf(row);
    for (int c = 0; c < t.numClasses(); ++c) {
        BarChartWidget::Bar b;
        b.label = t.classNames[c];
        b.value = prob ? double(prob[c]) : 0.0;
        b.valueText = loc.toString(b.value, 'f', 3);
        b.color = c == pred ? (wrong ? style::errorColor() : style::correctColor())
                            : palette().color(QPalette::Mid);
        b.emphasised = c == label; // the true label's bar is outlined
        bars.append(b);
    }
    m_probabilities->setBars(bars, 1.0);

    // Metadata as a small two-column table.
    QString html = QStringLiteral("<table cellspacing='2'>");
    auto addRow = [&](const QString& k, const QString& v) {
        html += QStringLiteral("<tr><td><i>%1</i>&nbsp;</td><td>%2</td></tr>")
                    .arg(k.toHtmlEscaped(), v.toHtmlEscaped());
    };
    addRow(tr("Id"), QString::number(m_id));
    const quint8 split = t.splits.value(row);
    addRow(tr("Split"), split == 0 ? tr("train") : split == 1 ? tr("validation") : tr("test"));
    addRow(tr("Label"), t.classNames.value(label));
    const int eff = m_doc->effectiveLabel(m_id);
    if (eff != label && eff >= 0)
        addRow(tr("Relabelled as"), t.classNames.value(eff));
    addRow(tr("Prediction"), t.classNames.value(pred));
    addRow(tr("Confidence"), loc.toString(double(t.confidence[row]), 'f', 3));
    addRow(tr("Loss"), loc.toString(double(t.loss[row]), 'f', 3));
    if (const data::Dataset* ds = m_doc->dataset()) {
        const qint64 di = t.datasetIndex.value(row, -1);
        if (di >= 0 && di < ds->size()) {
            if (size_t(di) < ds->paths.size() && !ds->paths[di].empty())
                addRow(tr("File"), QString::fromStdString(ds->paths[di]));
            for (size_t a = 0; a < ds->attributeNames.size() && a < ds->attributes.size(); ++a)
                if (size_t(di) < ds->attributes[a].size())
                    addRow(QString::fromStdString(ds->attributeNames[a]),
                           QString::fromStdString(ds->attributes[a][di]));
        }
    }
    html += QStringLiteral("</table>");
    m_meta->setText(html);

    {
        const QSignalBlocker block(m_relabel);
        m_relabel->clear();
        m_relabel->addItem(tr("True label is …"), -1);
        for (int c = 0; c < t.numClasses(); ++c)
            m_relabel->addItem(t.classNames[c], c);
        m_relabel->setCurrentIndex(0);
    }
    reloadAnnotations();
}

void InspectorView::reloadAnnotations() {
    m_annotations->clear();
    if (m_id < 0)
        return;
    for (const store::AnnotationRecord& a : m_doc->annotations(m_id)) {
        QString kind;
        switch (a.kind) {
        case store::AnnotationKind::Label:
            kind = tr("true label is");
            break;
        case store::AnnotationKind::Tag:
            kind = tr("tag");
            break;
        case store::AnnotationKind::Note:
            kind = tr("note");
            break;
        }
        auto* item = new QListWidgetItem(
            tr("%1: %2 — %3")
                .arg(kind, QString::fromStdString(a.value), QString::fromStdString(a.author)),
            m_annotations);
        item->setData(Qt::UserRole, qint64(a.id));
    }
    if (m_annotations->count() == 0) {
        auto* hint = new QListWidgetItem(tr("No annotations yet: add a tag or a note below."),
                                         m_annotations);
        hint->setFlags(Qt::NoItemFlags);
    }
    m_remove->setEnabled(false);
}

void InspectorView::addTagFromEdit() {
    if (m_id < 0 || m_tagEdit->text().trimmed().isEmpty())
        return;
    m_doc->addTag(m_id, m_tagEdit->text());
    m_tagEdit->clear();
}

void InspectorView::addNoteFromEdit() {
    if (m_id < 0 || m_noteEdit->text().trimmed().isEmpty())
        return;
    m_doc->addNote(m_id, m_noteEdit->text());
    m_noteEdit->clear();
}

void InspectorView::relabelTo(int comboIndex) {
    const int cls = m_relabel->itemData(comboIndex).toInt();
    if (m_id >= 0 && cls >= 0)
        m_doc->relabel(m_id, cls);
    const QSignalBlocker block(m_relabel);
    m_relabel->setCurrentIndex(0);
}

void InspectorView::removeSelectedAnnotation() {
    const QListWidgetItem* item = m_annotations->currentItem();
    if (!item || !item->data(Qt::UserRole).isValid())
        return;
    m_doc->removeAnnotation(item->data(Qt::UserRole).toLongLong());
}

} // namespace fl::ui
