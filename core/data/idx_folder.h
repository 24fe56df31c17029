// Recognising and loading a folder that holds the four IDX files of a train/test pair
// (train-images-idx3-ubyte[.gz], train-labels-idx1-ubyte[.gz], t10k-… or test-…).
#pragma once
#include "core/data/dataset.h"
#include <optional>
#include <string>
#include <vector>

namespace fl::data {

struct IdxFiles {
    std::string trainImages, trainLabels, testImages, testLabels;
};

// The four files of `dir`, accepting raw or .gz, "t10k-" or "test-" for the test pair and the
// "images.idx3-ubyte" spelling of the original MNIST site. nullopt when any is missing.
std::optional<IdxFiles> findIdxFiles(const std::string& dir);

// Loads findIdxFiles(dir) with loadIdxPair. Class names come from `classNames`, else from
// dir/classes.txt (one per line) when present, else "0".."maxLabel". Throws BadInput naming the
// folder and the expected file names when the files are not there.
Dataset loadIdxFolder(const std::string& dir, const std::string& name,
                      const std::vector<std::string>& classNames = {},
                      std::uint64_t validationSeed = 0);

} // namespace fl::data
