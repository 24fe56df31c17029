// Model cache paths: a readable, stable key and the directory it lives in.
#include "core/nn/model_cache.h"
#include "core/common/error.h"
#include "core/data/cache_dir.h"
#include <cstdio>
#include <filesystem>

namespace fl::nn {
namespace {

// FNV-1a 64: stable across runs, platforms and compilers (std::hash is not).
std::uint64_t fnv1a(const std::string& s) {
    std::uint64_t h = 0xcbf29ce484222325ULL;
    for (unsigned char ch : s) {
        h ^= ch;
        h *= 0x100000001b3ULL;
    }
    return h;
}

std::string safe(const std::string& s) {
    std::string out;
    for (char ch : s)
        out += (std::isalnum(static_cast<unsigned char>(ch)) || ch == '-' || ch == '_') ? ch : '_';
    return out.empty() ? "model" : out;
}

} // namespace

std::string modelCacheDir() {
    return data::defaultCacheDir() + "/models";
}

std::string modelCacheKey(const std::string& datasetName, const std::string& arch,
                          const std::map<std::string, std::string>& settings, std::uint64_t seed) {
    std::string all = datasetName + '\n' + arch + '\n' + std::to_string(seed) + '\n';
    for (const auto& [k, v] : settings) // std::map: sorted, so the key is order-independent
        all += k + '=' + v + '\n';
    char hash[17];
    std::snprintf(hash, sizeof hash, "%016llx", static_cast<unsigned long long>(fnv1a(all)));
    return safe(datasetName) + "_" + safe(arch) + "_s" + std::to_string(seed) + "_" + hash;
}

std::string cachedModelPath(const std::string& key) {
    const std::string dir = modelCacheDir();
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec)
        throwFailure("cannot create the model cache directory " + dir + ": " + ec.message());
    return dir + "/" + safe(key) + ".flmodel";
}

} // namespace fl::nn
