// The project dock: a tree of what the open project holds — dataset, model, runs and saved
// slices. Clicking a slice selects its members; its context menu renames or removes it.
#pragma once
#include <QSet>
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
    void rebuildRuns();
    void rebuildSlices();
    void onItemActivated(QTreeWidgetItem* item);
    void showContextMenu(const QPoint& pos);

    AnalysisDocument* m_doc;
    QTreeWidget* m_tree;
    QLabel* m_empty;
    QTreeWidgetItem* m_runs = nullptr;
    QTreeWidgetItem* m_slices = nullptr;
    QSet<qint64> m_runIds; // listed under m_runs
};

} // namespace fl::ui
