#include "core/data/image_reader.h"
#include "core/common/error.h"
#include "core/data/idx_loader.h"
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace fl::data {

bool hasImageSuffix(const std::string& path) {
    std::string ext = std::filesystem::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    static const char* kExt[] = {".png", ".jpg", ".jpeg", ".bmp",  ".pgm",
                                 ".ppm", ".pbm", ".tif",  ".tiff", ".webp"};
    return std::any_of(std::begin(kExt), std::end(kExt), [&](const char* e) { return ext == e; });
}

namespace {

// Decodes one file as 8-bit grey or RGB; returns an empty Mat and a reason on failure.
cv::Mat readOne(const std::string& path, int channels, std::string& reason) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) {
        reason = "file not found";
        return {};
    }
    cv::Mat m;
    try {
        m = cv::imread(path, channels == 1 ? cv::IMREAD_GRAYSCALE : cv::IMREAD_COLOR);
    } catch (const cv::Exception& e) {
        reason = std::string("cannot be decoded: ") + e.what();
        return {};
    }
    if (m.empty()) {
        reason = "cannot be decoded as an image (expected PNG, JPEG or another OpenCV format)";
        return {};
    }
    if (channels == 3)
        cv::cvtColor(m, m, cv::COLOR_BGR2RGB);
    return m;
}

// Colour mode of a file decoded as it is stored: 1 channel (grey or palette-free) or 3.
int storedChannels(const std::string& path) {
    cv::Mat m;
    try {
        m = cv::imread(path, cv::IMREAD_UNCHANGED);
    } catch (const cv::Exception&) {
        return 0;
    }
    return m.empty() ? 0 : (m.channels() == 1 ? 1 : 3);
}

// Appends the H×W×C 8-bit image as C×H×W floats (channel planes, the Dataset layout).
void appendPlanar(const cv::Mat& m, std::vector<float>& out) {
    const int c = m.channels();
    const std::size_t base = out.size();
    out.resize(base + std::size_t(c) * m.total());
    float* dst = out.data() + base;
    const std::size_t plane = m.total();
    for (int y = 0; y < m.rows; ++y) {
        const std::uint8_t* row = m.ptr<std::uint8_t>(y);
        for (int x = 0; x < m.cols; ++x)
            for (int k = 0; k < c; ++k)
                dst[std::size_t(k) * plane + std::size_t(y) * m.cols + x] =
                    byteToUnit(row[x * c + k]);
    }
}

} // namespace

DecodedImages decodeImages(const std::vector<std::string>& paths, const LoadOptions& options,
                           std::vector<std::string>& skipped,
                           const std::function<std::string(std::size_t)>& where) {
    DecodedImages out;
    out.height = options.height;
    out.width = options.width;
    if ((out.height > 0) != (out.width > 0))
        throwBadInput("image size " + std::to_string(options.height) + "x" +
                      std::to_string(options.width) +
                      ": expected both height and width, or neither (first image's size)");
    out.channels = options.color == ColorMode::Grey     ? 1
                   : options.color == ColorMode::Colour ? 3
                                                        : 0;
    auto fail = [&](std::size_t i, const std::string& reason) {
        if (!options.skipBad)
            throwBadInput((where ? where(i) + ": " : std::string()) + "image " + paths[i] + " " +
                          reason);
        skipped.push_back(paths[i] + ": " + reason);
    };
    for (std::size_t i = 0; i < paths.size(); ++i) {
        if (out.channels == 0) {
            const int c = storedChannels(paths[i]);
            if (c == 0) { // unreadable: let readOne say why
                std::string reason;
                readOne(paths[i], 1, reason);
                fail(i, reason);
                continue;
            }
            out.channels = c;
        }
        std::string reason;
        cv::Mat m = readOne(paths[i], out.channels, reason);
        if (m.empty()) {
            fail(i, reason);
            continue;
        }
        if (out.height == 0) {
            out.height = m.rows;
            out.width = m.cols;
        }
        if (m.rows != out.height || m.cols != out.width) {
            // INTER_AREA averages when shrinking (no aliasing); linear when enlarging.
            const bool shrink = m.rows > out.height || m.cols > out.width;
            cv::resize(m, m, cv::Size(out.width, out.height), 0, 0,
                       shrink ? cv::INTER_AREA : cv::INTER_LINEAR);
            ++out.resized;
        }
        if (out.pixels.empty())
            out.pixels.reserve(paths.size() * std::size_t(out.channels) * m.total());
        appendPlanar(m, out.pixels);
        out.kept.push_back(i);
    }
    if (out.channels == 0)
        out.channels = 1;
    return out;
}

} // namespace fl::data
