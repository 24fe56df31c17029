#include "ui/models/slice_filter_proxy.h"
#include "ui/models/slice_table_model.h"

namespace fl::ui {
namespace {

qint64 runIdAt(const QAbstractItemModel& m, int row) {
    return m.index(row, 0).data(SliceTableModel::RunIdRole).toLongLong();
}

QString originAt(const QAbstractItemModel& m, int row) {
    return m.index(row, SliceTableModel::OriginColumn).data().toString();
}

} // namespace

SliceFilterProxy::SliceFilterProxy(QObject* parent) : QSortFilterProxyModel(parent) {}

void SliceFilterProxy::setSourceModel(QAbstractItemModel* source) {
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    QSortFilterProxyModel::setSourceModel(source);
    if (source) {
        // Run ids only change when the slices are re-read (the model resets) or added.
        const auto refresh = [this] {
            recomputeNewestRuns();
            invalidateRowsFilter();
        };
        connect(source, &QAbstractItemModel::modelReset, this, refresh);
        connect(source, &QAbstractItemModel::rowsInserted, this, refresh);
        connect(source, &QAbstractItemModel::rowsRemoved, this, refresh);
    }
    recomputeNewestRuns();
    invalidateRowsFilter();
}

void SliceFilterProxy::setScope(Scope scope) {
    if (scope == m_scope)
        return;
    m_scope = scope;
    invalidateRowsFilter();
}

int SliceFilterProxy::hiddenCount() const {
    return sourceModel() ? sourceModel()->rowCount() - rowCount() : 0;
}

void SliceFilterProxy::recomputeNewestRuns() {
    m_newestRunOfOrigin.clear();
    const QAbstractItemModel* m = sourceModel();
    if (!m)
        return;
    for (int r = 0; r < m->rowCount(); ++r) {
        const qint64 run = runIdAt(*m, r);
        if (run == 0)
            continue;
        qint64& newest = m_newestRunOfOrigin[originAt(*m, r)];
        newest = std::max(newest, run);
    }
}

bool SliceFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (sourceParent.isValid())
        return false;
    const qint64 run = runIdAt(*sourceModel(), sourceRow);
    switch (m_scope) {
    case AllRuns:
        return true;
    case SavedByHand:
        return run == 0;
    case LatestRuns:
        break;
    }
    return run == 0 || run == m_newestRunOfOrigin.value(originAt(*sourceModel(), sourceRow));
}

} // namespace fl::ui
