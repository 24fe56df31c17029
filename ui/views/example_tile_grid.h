// A small grid of example tiles that is as tall as its rows (no scroll bar of its own), for views
// that stack several grids in one scroll area; a click names the example.
#pragma once
#include <QListView>

namespace fl::ui {
class ExampleDelegate;
class ExampleTileModel;
class ThumbnailCache;

class ExampleTileGrid : public QListView {
    Q_OBJECT
public:
    ExampleTileGrid(ExampleTileModel* model, ThumbnailCache* thumbnails, QWidget* parent = nullptr);

    ExampleTileModel* tiles() const { return m_model; }
    ExampleDelegate* delegate() const { return m_delegate; }
    // Where tile `row` is drawn, in viewport coordinates (tests click there).
    QRect tileRect(int row) const;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void exampleClicked(qint64 exampleId);

private:
    QSize cellSize() const;

    ExampleTileModel* m_model;
    ExampleDelegate* m_delegate;
};

} // namespace fl::ui
