// One example up close (the document's current example): large image, true label and
// prediction, probabilities, metadata, and its annotations with tag / note / relabel / remove.
#pragma once
#include "ui/views/view_frame.h"
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace fl::ui {
class AnalysisDocument;
class BarChartWidget;
class ExampleImageWidget;

class InspectorView : public QWidget {
    Q_OBJECT
public:
    explicit InspectorView(AnalysisDocument* doc, QWidget* parent = nullptr);

    qint64 example() const { return m_id; }
    QListWidget* annotationList() const { return m_annotations; }
    BarChartWidget* probabilityChart() const { return m_probabilities; }

public Q_SLOTS:
    void showExample(qint64 exampleId);
    void addTagFromEdit();
    void addNoteFromEdit();
    void removeSelectedAnnotation();

private:
    void reload();
    void reloadAnnotations();
    void relabelTo(int comboIndex);

    AnalysisDocument* m_doc;
    qint64 m_id = -1;
    ViewFrame m_frame;
    ViewFrame::Page m_content;
    QLabel* m_headline;
    ExampleImageWidget* m_image;
    BarChartWidget* m_probabilities;
    QLabel* m_meta;
    QListWidget* m_annotations;
    QLineEdit* m_tagEdit;
    QLineEdit* m_noteEdit;
    QComboBox* m_relabel;
    QPushButton* m_remove;
};

} // namespace fl::ui
