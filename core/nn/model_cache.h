// Where trained built-in models are cached so the demo and repeated analyses train only once:
// one file per (dataset, architecture, training settings, seed).
#pragma once
#include <cstdint>
#include <map>
#include <string>

namespace fl::nn {

// data::defaultCacheDir() + "/models" ($FAULTLINE_CACHE_DIR/models, else
// ${XDG_CACHE_HOME:-~/.cache}/faultline/models). Not created here.
std::string modelCacheDir();

// A file-name-safe key: readable prefix (dataset, arch, seed) + a hash of every setting, so
// changing any setting gives a different file.
std::string modelCacheKey(const std::string& datasetName, const std::string& arch,
                          const std::map<std::string, std::string>& settings, std::uint64_t seed);

// modelCacheDir()/<key>.flmodel; creates the directory (throws Failure when it cannot).
std::string cachedModelPath(const std::string& key);

} // namespace fl::nn
