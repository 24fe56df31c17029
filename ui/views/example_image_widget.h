// One example's image, scaled up with crisp pixels to fill the space it has (high-DPI aware),
// with the red corner of a wrong prediction.
#pragma once
#include <QImage>
#include <QWidget>

namespace fl::ui {

class ExampleImageWidget : public QWidget {
    Q_OBJECT
public:
    explicit ExampleImageWidget(QWidget* parent = nullptr);
    void setImage(const QImage& image, bool wrong);
    QSize sizeHint() const override { return {256, 256}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int w) const override { return std::min(w, 320); }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QImage m_image;
    bool m_wrong = false;
};

} // namespace fl::ui
