// The saved slices with their numbers (size, accuracy, error rate with its 95% interval, error
// coverage, label → prediction, InfEmbed coherence), worst first; selecting one makes its members
// the selection; rename in place, delete, and save the current selection as a new slice.
#pragma once
#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedLayout;
class QTableView;

namespace fl::ui {
class AnalysisDocument;
class EmptyStateWidget;
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
    void updateState();
    void onRowActivated();
    std::int64_t currentSliceId() const;

    AnalysisDocument* m_doc;
    QStackedLayout* m_stack;
    EmptyStateWidget* m_empty;
    QLabel* m_hint;
    QTableView* m_table;
    SliceTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QPushButton* m_save;
    QPushButton* m_delete;
};

} // namespace fl::ui
