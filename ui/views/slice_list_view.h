// The saved slices with their numbers (size, accuracy, error rate with its 95% interval, error
// coverage, label → prediction, InfEmbed coherence), worst first; selecting one makes its members
// the selection; rename in place, delete, and save the current selection as a new slice. By
// default only the newest run's slices of each method and those saved by hand are listed.
#pragma once
#include "ui/views/view_frame.h"
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace fl::ui {
class AnalysisDocument;
class SliceFilterProxy;
class SliceTableModel;

class SliceListView : public QWidget {
    Q_OBJECT
public:
    explicit SliceListView(AnalysisDocument* doc, QWidget* parent = nullptr);

    SliceTableModel* model() const { return m_model; }
    QTableView* tableView() const { return m_table; }

public Q_SLOTS:
    // Asks for a name, then saves the document's selection as a slice.
    void saveSelectionAsSlice();
    void deleteCurrentSlice();

private:
    void applyScope(); // the "Show" choice → the proxy's scope
    void updateState();
    void onRowActivated();
    std::int64_t currentSliceId() const;

    AnalysisDocument* m_doc;
    ViewFrame m_frame;
    ViewFrame::Page m_content;
    QLabel* m_hint;
    QTableView* m_table;
    SliceTableModel* m_model;
    SliceFilterProxy* m_proxy;
    QComboBox* m_scope;
    QLabel* m_hidden; // "n slices of older runs hidden"
    QPushButton* m_save;
    QPushButton* m_delete;
};

} // namespace fl::ui
