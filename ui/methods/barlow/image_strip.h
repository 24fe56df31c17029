// A row of images with a caption under each — examples, their heatmaps, generated attack images
// — in fixed columns so rows stacked above each other line up; a red corner marks a wrong
// prediction and a click names the image's example.
#pragma once
#include <QImage>
#include <QString>
#include <QVector>
#include <QWidget>

namespace fl::ui {

class ImageStrip : public QWidget {
    Q_OBJECT
public:
    struct Item {
        QImage image;
        QString caption;
        QString toolTip;
        qint64 exampleId = -1; // the example it shows or was made from (-1: none)
        bool wrong = false;    // drawn with the red corner
    };

    explicit ImageStrip(QWidget* parent = nullptr);

    void setItems(const QVector<Item>& items);
    const QVector<Item>& items() const { return m_items; }
    // Replaces the images alone (same count and order), e.g. when an overlay's opacity changes.
    void setImages(const QVector<QImage>& images);
    // Shown in place of the images when there are none (e.g. "Computing…").
    void setMessage(const QString& message);
    QString message() const { return m_message; }
    void setColumns(int columns) { m_columns = columns; }
    QRect itemRect(int i) const;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void exampleClicked(qint64 exampleId);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    int cellSide() const { return sideFor(width()); }
    int sideFor(int width) const;
    int captionHeight() const;

    QVector<Item> m_items;
    QString m_message;
    int m_columns = 6;
};

} // namespace fl::ui
