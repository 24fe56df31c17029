// One dataset example as a QImage (grey or RGB, at the dataset's resolution): the single
// conversion from the core's float CHW planes that the document, report and views share.
#pragma once
#include <QImage>
#include <cstddef>
#include <cstdint>

namespace fl::data {
struct Dataset;
}

namespace fl::ui {

// The example at dataset position `index`; a null image when the position is out of range.
QImage datasetImage(const data::Dataset& dataset, std::int64_t index);
// RGB bytes (row-major height × width × 3) as a QImage that owns its pixels; null when the sizes
// disagree.
QImage rgbImage(const std::uint8_t* rgb, std::size_t size, int width, int height);
// One image of a method's uint8 N×C×H×W array (C planes of height × width bytes): grey for one
// channel, RGB from the first three otherwise.
QImage planesImage(const std::uint8_t* chw, int channels, int width, int height);

} // namespace fl::ui
