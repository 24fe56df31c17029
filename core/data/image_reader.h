// Decoding image files (PNG, JPEG, … through OpenCV) into the Dataset layout: C×H×W floats in
// [0,1], all resized to one size, with the skip-or-fail policy for unreadable files.
#pragma once
#include "core/data/load_options.h"
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace fl::data {

// True for the suffixes the folder loader considers images (.png .jpg .jpeg .bmp .pgm .ppm
// .pbm .tif .tiff .webp, any case). Other files in class folders (READMEs, .DS_Store) are ignored.
bool hasImageSuffix(const std::string& path);

struct DecodedImages {
    int channels = 0;
    int height = 0;
    int width = 0;
    std::vector<float> pixels;     // kept.size() images, C×H×W each
    std::vector<std::size_t> kept; // positions in the input list that were read
    std::size_t resized = 0;       // kept images whose size differed from height×width
};

// Reads every path in order. The first readable image fixes the channel count (ColorMode::Auto)
// and the size (when options leave height/width at 0). A missing or undecodable file throws
// BadInput naming it (prefixed with where(i) when given, e.g. "manifest.csv:12: column 'path'"),
// or, with options.skipBad, is appended to `skipped` as "path: reason" and left out.
DecodedImages decodeImages(const std::vector<std::string>& paths, const LoadOptions& options,
                           std::vector<std::string>& skipped,
                           const std::function<std::string(std::size_t)>& where = {});

} // namespace fl::data
