#include "core/data/image_attributes.h"
#include "core/common/error.h"
#include <algorithm>
#include <atomic>
#include <cmath>
#include <exception>
#include <limits>
#include <mutex>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>
#include <thread>

namespace fl::data {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr std::int64_t kChunk = 256; // images per cancellation check and per unit of work

enum Attr : std::size_t {
    Brightness,
    Contrast,
    InkArea,
    StrokeWidth,
    Slant,
    BboxWidth,
    BboxHeight,
    BboxCentreX,
    BboxCentreY,
    EdgeDensity,
    Saturation, // colour only, from here on
    DominantHue,
    kAttrCount
};
constexpr std::size_t kGreyAttrCount = Saturation;

const char* const kNames[kAttrCount] = {
    "brightness",  "contrast",      "ink area",      "stroke width", "slant",      "bbox width",
    "bbox height", "bbox centre x", "bbox centre y", "edge density", "saturation", "dominant hue"};

// Buffers one worker reuses from image to image: allocating them per image costs as much as
// the measurements on 28×28 images.
struct Scratch {
    cv::Mat grey, g8, mask, inverse, framed, dist, edges;
};

void greyOf(const float* img, int channels, int h, int w, cv::Mat& grey) {
    grey.create(h, w, CV_32F);
    const std::size_t plane = std::size_t(h) * std::size_t(w);
    auto* g = grey.ptr<float>();
    if (channels == 1) {
        std::copy(img, img + plane, g);
    } else if (channels == 3) {
        for (std::size_t i = 0; i < plane; ++i)
            g[i] = 0.299f * img[i] + 0.587f * img[plane + i] + 0.114f * img[2 * plane + i];
    } else {
        std::fill(g, g + plane, 0.0f);
        for (int c = 0; c < channels; ++c)
            for (std::size_t i = 0; i < plane; ++i)
                g[i] += img[std::size_t(c) * plane + i] / float(channels);
    }
}

double borderMean(const cv::Mat& g8) {
    double sum = 0.0;
    std::int64_t n = 0;
    for (int y = 0; y < g8.rows; ++y) {
        const auto* row = g8.ptr<std::uint8_t>(y);
        if (y == 0 || y == g8.rows - 1) {
            for (int x = 0; x < g8.cols; ++x)
                sum += row[x];
            n += g8.cols;
        } else {
            sum += row[0];
            n += 1;
            if (g8.cols > 1) {
                sum += row[g8.cols - 1];
                n += 1;
            }
        }
    }
    return sum / double(n);
}

// Mean distance-transform value over the ridge of the ×2 upsampled mask: at ×2 a bar of any
// integer width w is 2w wide, an even width, whose ridge is the two middle columns at distance
// exactly w (in upsampled pixels, i.e. the width in original pixels).
double strokeWidth(const cv::Mat& mask, Scratch& s) {
    s.framed.create(2 * mask.rows + 2, 2 * mask.cols + 2, CV_8U);
    s.framed.setTo(0);
    cv::Mat inner = s.framed(cv::Rect(1, 1, 2 * mask.cols, 2 * mask.rows));
    cv::resize(mask, inner, inner.size(), 0, 0, cv::INTER_NEAREST);
    cv::distanceTransform(s.framed, s.dist, cv::DIST_L2, cv::DIST_MASK_PRECISE, CV_32F);
    double sum = 0.0;
    std::int64_t n = 0;
    for (int y = 1; y < s.dist.rows - 1; ++y) {
        const float* up = s.dist.ptr<float>(y - 1);
        const float* row = s.dist.ptr<float>(y);
        const float* down = s.dist.ptr<float>(y + 1);
        for (int x = 1; x < s.dist.cols - 1; ++x) {
            const float v = row[x];
            if (v <= 0.0f)
                continue;
            if (v >= up[x - 1] && v >= up[x] && v >= up[x + 1] && v >= row[x - 1] &&
                v >= row[x + 1] && v >= down[x - 1] && v >= down[x] && v >= down[x + 1]) {
                sum += v;
                ++n;
            }
        }
    }
    return n > 0 ? sum / double(n) : kNaN;
}

void foregroundAttributes(Scratch& s, double* out) {
    double lo = 0.0, hi = 0.0;
    cv::minMaxLoc(s.g8, &lo, &hi);
    if (lo == hi)
        return; // one grey level: no threshold, no foreground (left NaN)
    cv::threshold(s.g8, s.mask, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
    // Which side is background: the one whose mean the border's mean is nearer. Comparing the
    // border mean with t itself misleads: on a two-level image Otsu puts t at the lower level,
    // so a few ink pixels on the border would make the whole paper foreground.
    const double high = cv::mean(s.g8, s.mask)[0];
    cv::bitwise_not(s.mask, s.inverse);
    const double low = cv::mean(s.g8, s.inverse)[0];
    if (borderMean(s.g8) > 0.5 * (low + high))
        std::swap(s.mask, s.inverse);
    const int count = cv::countNonZero(s.mask);
    if (count == 0)
        return;
    const double h = s.g8.rows, w = s.g8.cols;
    out[InkArea] = count / (h * w);
    const cv::Rect box = cv::boundingRect(s.mask);
    // Everything outside the box is background (or the image edge, which counts as such), so
    // the distance transform of the box alone in its background frame is the same, and cheaper.
    out[StrokeWidth] = strokeWidth(s.mask(box), s);
    const cv::Moments m = cv::moments(s.mask, true);
    out[Slant] = m.mu02 > 0.0 ? -m.mu11 / m.mu02 : kNaN;
    out[BboxWidth] = box.width / w;
    out[BboxHeight] = box.height / h;
    out[BboxCentreX] = (box.x + 0.5 * box.width) / w;
    out[BboxCentreY] = (box.y + 0.5 * box.height) / h;
}

void colourAttributes(const float* img, std::size_t plane, double* out) {
    constexpr int kBins = 36;
    double count[kBins] = {}, sumCos[kBins] = {}, sumSin[kBins] = {};
    double satSum = 0.0;
    constexpr double kDegToRad = 3.14159265358979323846 / 180.0;
    for (std::size_t i = 0; i < plane; ++i) {
        const double r = img[i], g = img[plane + i], b = img[2 * plane + i];
        const double v = std::max({r, g, b});
        const double delta = v - std::min({r, g, b});
        const double sat = v > 0.0 ? delta / v : 0.0;
        satSum += sat;
        if (sat < 0.2 || v < 0.2)
            continue;
        double hue =
            v == r ? 60.0 * (g - b) / delta
                   : (v == g ? 120.0 + 60.0 * (b - r) / delta : 240.0 + 60.0 * (r - g) / delta);
        if (hue < 0.0)
            hue += 360.0;
        const int bin = int(std::floor((hue + 5.0) / 10.0)) % kBins;
        count[bin] += 1.0;
        sumCos[bin] += std::cos(hue * kDegToRad);
        sumSin[bin] += std::sin(hue * kDegToRad);
    }
    out[Saturation] = satSum / double(plane);
    const int best = int(std::max_element(count, count + kBins) - count);
    if (count[best] > 0.0) {
        double hue = std::atan2(sumSin[best], sumCos[best]) / kDegToRad;
        if (hue < 0.0)
            hue += 360.0;
        out[DominantHue] = hue >= 360.0 ? hue - 360.0 : hue;
    }
}

void attributesOf(const float* img, int channels, int h, int w, Scratch& s, double* out) {
    std::fill(out, out + kAttrCount, kNaN);
    greyOf(img, channels, h, w, s.grey);
    const std::size_t plane = std::size_t(h) * std::size_t(w);
    const float* g = s.grey.ptr<float>();
    double sum = 0.0;
    for (std::size_t i = 0; i < plane; ++i)
        sum += g[i];
    const double mean = sum / double(plane);
    double sq = 0.0;
    for (std::size_t i = 0; i < plane; ++i)
        sq += (g[i] - mean) * (g[i] - mean);
    out[Brightness] = mean;
    out[Contrast] = std::sqrt(sq / double(plane));
    s.grey.convertTo(s.g8, CV_8U, 255.0);
    foregroundAttributes(s, out);
    cv::Canny(s.g8, s.edges, 50, 150, 3, false);
    out[EdgeDensity] = cv::countNonZero(s.edges) / double(plane);
    if (channels == 3)
        colourAttributes(img, plane, out);
}

} // namespace

ImageAttributeTable imageAttributes(const Dataset& d, const std::vector<std::int64_t>& positions,
                                    const CancelToken& cancel) {
    for (const std::int64_t p : positions)
        if (p < 0 || p >= d.size())
            throwBadInput("image attributes: position " + std::to_string(p) +
                          " is outside the dataset '" + d.name + "' (" + std::to_string(d.size()) +
                          " examples)");
    if (!positions.empty() && (d.height < 1 || d.width < 1 || d.channels < 1))
        throwBadInput("image attributes: dataset '" + d.name + "' has empty images");
    const std::size_t attrs = d.channels == 3 ? kAttrCount : kGreyAttrCount;
    ImageAttributeTable table;
    table.names.assign(kNames, kNames + attrs);
    table.values.assign(attrs, std::vector<double>(positions.size(), kNaN));

    const auto n = std::int64_t(positions.size());
    const std::int64_t chunks = (n + kChunk - 1) / kChunk;
    std::atomic<std::int64_t> next{0};
    std::atomic<bool> failed{false};
    std::exception_ptr error;
    std::mutex errorMutex;
    const auto work = [&] {
        Scratch s;
        double row[kAttrCount];
        try {
            for (;;) {
                if (cancel.cancelled() || failed.load())
                    return;
                const std::int64_t c = next.fetch_add(1);
                if (c >= chunks)
                    return;
                for (std::int64_t r = c * kChunk; r < std::min(n, (c + 1) * kChunk); ++r) {
                    attributesOf(d.image(positions[std::size_t(r)]), d.channels, d.height, d.width,
                                 s, row);
                    for (std::size_t a = 0; a < attrs; ++a)
                        table.values[a][std::size_t(r)] = row[a];
                }
            }
        } catch (...) {
            const std::lock_guard<std::mutex> lock(errorMutex);
            if (!error)
                error = std::current_exception();
            failed = true;
        }
    };
    const auto workers = std::int64_t(std::clamp<std::int64_t>(
        std::min<std::int64_t>(std::max(1u, std::thread::hardware_concurrency()), chunks), 1, 64));
    std::vector<std::thread> threads;
    for (std::int64_t t = 1; t < workers; ++t)
        threads.emplace_back(work);
    work();
    for (auto& t : threads)
        t.join();
    if (error)
        std::rethrow_exception(error);
    cancel.throwIfCancelled();
    return table;
}

} // namespace fl::data
