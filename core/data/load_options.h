// Options shared by every dataset loader (image size, colour, bad-file policy, split seed) and the
// report a loader hands back so the CLI and UI can tell the user what was skipped.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace fl::data {

enum class ColorMode {
    Auto,   // grey when the first image read is single-channel, colour otherwise
    Grey,   // 1 channel
    Colour, // 3 channels, RGB order
};

struct LoadOptions {
    // Target size for image folders and CSV manifests; 0 = the first image's size.
    int height = 0;
    int width = 0;
    ColorMode color = ColorMode::Auto;
    // Keep loading when an image cannot be read or is missing, and list it in LoadReport::skipped
    // instead of failing the whole load.
    bool skipBad = false;
    // Seed of every split the loaders draw: half of Test → Val for IDX data, 70/15/15 for folders
    // and manifests without split information.
    std::uint64_t splitSeed = 0;
    // Explicit class list for CSV manifests; empty = the sorted unique labels.
    std::vector<std::string> classNames;
    // Image folders with train/ and test/ but no val/: where validation comes from. "test": half
    // of test/ (seeded); "train": a seeded 15% of train/ per class, test/ kept whole.
    std::string valFrom = "test";
};

struct LoadReport {
    std::string kind;                 // "named", "plant", "idx-folder", "image-folder", "csv"
    std::vector<std::string> skipped; // "path: reason" for each file left out (skipBad)
    std::vector<std::string> tried;   // what the resolver looked at, in order
    // What the loader decided that the user did not spell out: how splits were drawn, images
    // resized to one size. One sentence each, shown by the CLI and `dataset info`.
    std::vector<std::string> notes;
};

} // namespace fl::data
