// Which saved slices the slice list shows: the newest run's of each method plus those saved by
// hand (so repeated runs do not pile up), every run's, or only those saved by hand.
#pragma once
#include <QHash>
#include <QSortFilterProxyModel>

namespace fl::ui {

class SliceFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum Scope { LatestRuns, AllRuns, SavedByHand };

    explicit SliceFilterProxy(QObject* parent = nullptr);

    // The source must be a SliceTableModel (its RunIdRole and origin column are read).
    void setSourceModel(QAbstractItemModel* source) override;
    void setScope(Scope scope);
    Scope scope() const { return m_scope; }
    // Source rows the scope hides.
    int hiddenCount() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    void recomputeNewestRuns();

    Scope m_scope = LatestRuns;
    QHash<QString, qint64> m_newestRunOfOrigin; // origin ("infembed", …) → its highest run id
};

} // namespace fl::ui
