// Paints one example in the image grid: thumbnail (a placeholder while it is made), true label
// and prediction, confidence (or the model's SecondLineRole text), and the red corner of a wrong
// prediction. Every cell has one size. It reads ExampleListModel's roles.
#pragma once
#include <QStringList>
#include <QStyledItemDelegate>

namespace fl::ui {
class ThumbnailCache;

class ExampleDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    ExampleDelegate(ThumbnailCache* thumbnails, QObject* parent = nullptr);

    void setClassNames(const QStringList& names) { m_classNames = names; }
    void setThumbnailSize(int logicalPixels) { m_thumb = logicalPixels; }
    int thumbnailSize() const { return m_thumb; }
    // Cells at least this wide (the thumbnail centred), so "Shirt → T-shirt" fits under small
    // thumbnails; 0 = as wide as the thumbnail.
    void setMinimumCellWidth(int logicalPixels) { m_minWidth = logicalPixels; }

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    ThumbnailCache* m_thumbnails;
    QStringList m_classNames;
    int m_thumb = 96;
    int m_minWidth = 0;
};

} // namespace fl::ui
