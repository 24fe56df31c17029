// The project dock: a tree of what the open project holds — dataset, model, runs and saved
// slices. Clicking a slice selects its members; its context menu renames or removes it.
#pragma once
#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;
class QLabel;

namespace fl::ui {

class AnalysisDocument;

class ProjectPanel : public QWidget {
    Q_OBJECT
public:
    ProjectPanel(AnalysisDocument* doc, QWidget* parent = nullptr);
    QTreeWidget* tree() const { return m_tree; }

private:
    void rebuild();
    void rebuildSlices();
    void onItemActivated(QTreeWidgetItem* item);
    void showContextMenu(const QPoint& pos);

    AnalysisDocument* m_doc;
    QTreeWidget* m_tree;
    QLabel* m_empty;
    QTreeWidgetItem* m_slices = nullptr;
};

} // namespace fl::ui
