// The examples of the selection as a grid of thumbnails: sort, filter (Ctrl+F), arrow keys; a
// click makes an example current, and a multi-selection can become the document's selection.
#pragma once
#include "ui/views/view_frame.h"
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;

namespace fl::ui {
class AnalysisDocument;
class ExampleDelegate;
class ExampleListModel;
class ThumbnailCache;

class ImageGridView : public QWidget {
    Q_OBJECT
public:
    explicit ImageGridView(AnalysisDocument* doc, QWidget* parent = nullptr);

    ExampleListModel* model() const { return m_model; }
    QListView* listView() const { return m_list; }
    ThumbnailCache* thumbnails() const { return m_thumbnails; }
    QLineEdit* filterEdit() const { return m_filter; }

public Q_SLOTS:
    // Makes the grid's picked examples the document's selection ("Select these").
    void selectPicked();
    void focusFilter();

private:
    void onProjectChanged();
    void onSelectionChanged();
    void onCurrentExampleChanged(qint64 id);
    void onCurrentIndexChanged();
    void updateCaption();
    void showContextMenu(const QPoint& pos);

    AnalysisDocument* m_doc;
    ViewFrame m_frame;
    ViewFrame::Page m_content;
    QLabel* m_caption;
    QComboBox* m_sort;
    QComboBox* m_class;
    QCheckBox* m_errorsOnly;
    QLineEdit* m_filter;
    QListView* m_list;
    ExampleListModel* m_model;
    ExampleDelegate* m_delegate;
    ThumbnailCache* m_thumbnails;
    bool m_settingCurrent = false;
};

} // namespace fl::ui
