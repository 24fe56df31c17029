#include "ui/document/dataset_image.h"
#include "core/data/dataset.h"
#include <algorithm>

namespace fl::ui {

QImage datasetImage(const data::Dataset& ds, std::int64_t index) {
    if (index < 0 || index >= ds.size())
        return {};
    const int w = ds.width, h = ds.height, c = ds.channels;
    const float* src = ds.image(index);
    const auto byte = [](float v) { return uchar(std::clamp(v, 0.0f, 1.0f) * 255.0f + 0.5f); };
    const std::int64_t plane = std::int64_t(w) * h;
    QImage img(w, h, c == 1 ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
    for (int y = 0; y < h; ++y) {
        uchar* line = img.scanLine(y);
        for (int x = 0; x < w; ++x) {
            const std::int64_t p = std::int64_t(y) * w + x;
            if (c == 1) {
                line[x] = byte(src[p]);
            } else { // CHW planes → interleaved RGB
                for (int k = 0; k < 3; ++k)
                    line[3 * x + k] = byte(src[std::min(k, c - 1) * plane + p]);
            }
        }
    }
    return img;
}

QImage rgbImage(const std::uint8_t* rgb, std::size_t size, int width, int height) {
    if (width <= 0 || height <= 0 || size != std::size_t(width) * std::size_t(height) * 3)
        return {};
    return QImage(rgb, width, height, width * 3, QImage::Format_RGB888).copy();
}

QImage planesImage(const std::uint8_t* chw, int c, int w, int h) {
    if (c < 1 || w <= 0 || h <= 0)
        return {};
    const std::int64_t plane = std::int64_t(w) * h;
    QImage img(w, h, c == 1 ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
    for (int y = 0; y < h; ++y) {
        uchar* line = img.scanLine(y);
        for (int x = 0; x < w; ++x) {
            const std::int64_t p = std::int64_t(y) * w + x;
            if (c == 1)
                line[x] = chw[p];
            else
                for (int k = 0; k < 3; ++k)
                    line[3 * x + k] = chw[std::min(k, c - 1) * plane + p];
        }
    }
    return img;
}

} // namespace fl::ui
