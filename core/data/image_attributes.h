// Measurable image attributes (brightness, ink area, stroke width, slant, hue, ...) per example:
// the candidate concepts that failure directions caption with "high X" / "low X".
#pragma once
#include "core/common/cancel_token.h"
#include "core/data/dataset.h"
#include <cstdint>
#include <string>
#include <vector>

namespace fl::data {

struct ImageAttributeTable {
    std::vector<std::string> names;          // human names used in captions: "brightness", ...
    std::vector<std::vector<double>> values; // values[attribute][row]; NaN where undefined
};

// The attributes of d's examples at `positions` (dataset positions, not ids), rows in that order.
// Throws BadInput for a position outside the dataset and Error(Cancelled) when `cancel` is set
// (polled every 256 images). Images are spread over hardware_concurrency() threads.
//
// Every image is first made grey: the channel itself, 0.299 R + 0.587 G + 0.114 B for three
// channels (BT.601 luma, channel 0 = red), the channels' mean for other counts; g8 =
// round(255 · grey). In `names` order:
//   brightness      mean grey level, in [0, 1].
//   contrast        population SD of the grey levels.
// The foreground: Otsu's threshold t on g8 splits the pixels into a high side g8 > t and a low
// side g8 <= t; the background is the side whose mean grey level is nearer the mean of the
// image's 1-pixel border (above the midpoint of the two means: the high side), the foreground
// the other, so white items on black and black ink on white paper both work, also when the item
// touches the border. An image with a single grey level has none: its foreground attributes are
// NaN.
//   ink area        foreground pixels / all pixels.
//   stroke width    the foreground mask upsampled ×2 (nearest) and framed by one background
//                   pixel (outside the image counts as background), its exact Euclidean
//                   distance transform; the mean distance over the ridge (pixels ≥ their 8
//                   neighbours), in original pixels ×2. At ×2 every integer width is even, so a
//                   bar of width w gives exactly w (a w×h rectangle min(w, h)); see the tests.
//   slant           −mu11 / mu02 of the foreground's central moments (the MNIST deskewing shear,
//                   sign flipped because image y points down): horizontal shift per pixel of
//                   height, positive = the top leans right ("/"). NaN when mu02 = 0.
//   bbox width, bbox height          of the foreground's bounding box, as fractions of the
//                                    image's width / height.
//   bbox centre x, bbox centre y     the box's centre, fractions with 0 = left / top edge and
//                                    1 = right / bottom edge.
//   edge density    pixels cv::Canny marks on g8 (thresholds 50 and 150, 3×3 Sobel, L1
//                   gradient) / all pixels.
// Only when d.channels == 3 (HSV of the RGB values in [0, 1]: V = max, S = (max − min) / max):
//   saturation      mean S over all pixels, in [0, 1].
//   dominant hue    degrees in [0, 360): the hues of pixels with S >= 0.2 and V >= 0.2 go into
//                   36 bins of 10° centred on 0°, 10°, …, 350°; the circular mean of the hues in
//                   the fullest bin (the first of equals). NaN when no pixel qualifies.
ImageAttributeTable imageAttributes(const Dataset& d, const std::vector<std::int64_t>& positions,
                                    const CancelToken& cancel = {});

} // namespace fl::data
