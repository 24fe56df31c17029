#include "ui/views/example_tile_grid.h"
#include "ui/models/example_tile_model.h"
#include "ui/models/thumbnail_cache.h"
#include "ui/views/example_delegate.h"

#include <QStyleOptionViewItem>
#include <algorithm>

namespace fl::ui {

namespace {
constexpr int kSpacing = 2;
}

ExampleTileGrid::ExampleTileGrid(ExampleTileModel* model, ThumbnailCache* thumbnails,
                                 QWidget* parent)
    : QListView(parent), m_model(model), m_delegate(new ExampleDelegate(thumbnails, this)) {
    m_delegate->setThumbnailSize(thumbnails->size().width());
    setViewMode(QListView::ListMode);
    setFlow(QListView::LeftToRight);
    setWrapping(true);
    setResizeMode(QListView::Adjust);
    setMovement(QListView::Static);
    setUniformItemSizes(true);
    setSpacing(kSpacing);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setMouseTracking(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The grid is as tall as its content; it grows with the rows instead of scrolling.
    QSizePolicy sp(QSizePolicy::Expanding, QSizePolicy::Preferred);
    sp.setHeightForWidth(true);
    setSizePolicy(sp);
    setItemDelegate(m_delegate);
    setModel(model);
    connect(this, &QListView::clicked, this,
            [this](const QModelIndex& i) { Q_EMIT exampleClicked(m_model->exampleId(i.row())); });
    connect(thumbnails, &ThumbnailCache::thumbnailReady, viewport(),
            QOverload<>::of(&QWidget::update));
    connect(model, &QAbstractItemModel::modelReset, this, [this] { updateGeometry(); });
}

QSize ExampleTileGrid::cellSize() const {
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    return m_delegate->sizeHint(option, {}) + QSize(2 * kSpacing, 2 * kSpacing);
}

QRect ExampleTileGrid::tileRect(int row) const {
    return visualRect(m_model->index(row));
}

int ExampleTileGrid::heightForWidth(int width) const {
    const QSize cell = cellSize();
    const int perRow = std::max(1, width / std::max(1, cell.width()));
    const int n = std::max(1, m_model->rowCount());
    const int rows = (n + perRow - 1) / perRow;
    return rows * cell.height() + 2 * frameWidth() + kSpacing;
}

QSize ExampleTileGrid::sizeHint() const {
    const QSize cell = cellSize();
    const int w = cell.width() * std::clamp(m_model->rowCount(), 1, 4);
    return {w, heightForWidth(w)};
}

QSize ExampleTileGrid::minimumSizeHint() const {
    const QSize cell = cellSize();
    return {cell.width() + 2 * frameWidth(), cell.height() + 2 * frameWidth()};
}

} // namespace fl::ui
