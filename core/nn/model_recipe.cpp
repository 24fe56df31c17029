#include "core/nn/model_recipe.h"
#include "core/nn/model_cache.h"
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string_view>

namespace fl::nn {

namespace fs = std::filesystem;

std::map<std::string, std::string> ModelRecipe::toSettings() const {
    auto s = train.toSettings();
    s["arch"] = arch;
    s["model_seed"] = std::to_string(train.seed);
    return s;
}

std::string datasetFingerprint(const data::Dataset& d) {
    const auto bytes = [](const auto& v) {
        return std::string_view(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(v[0]));
    };
    std::size_t h = std::hash<std::string_view>{}(bytes(d.images));
    for (const std::size_t part : {std::hash<std::string_view>{}(bytes(d.labels)),
                                   std::hash<std::string_view>{}(bytes(d.ids)),
                                   std::hash<std::string_view>{}(bytes(d.splits))})
        h = h * 1000003u ^ part;
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
    return hex;
}

std::string cachedRecipePath(const data::Dataset& d, const ModelRecipe& r) {
    auto settings = r.train.toSettings();
    if (r.keyByData)
        settings["data"] = datasetFingerprint(d);
    return cachedModelPath(modelCacheKey(d.name, r.arch, settings, r.train.seed));
}

bool isCached(const data::Dataset& d, const ModelRecipe& r) {
    return fs::exists(cachedRecipePath(d, r));
}

CachedModel trainOrLoadCached(const data::Dataset& d, const ModelRecipe& r, bool useCache,
                              const Progress& progress, const CancelToken& cancel) {
    const auto t0 = std::chrono::steady_clock::now();
    const std::string path = useCache ? cachedRecipePath(d, r) : std::string();
    const bool cached = !path.empty() && fs::exists(path);
    Classifier model = [&] {
        if (cached)
            return Classifier::load(path);
        Classifier fresh = Classifier::create(
            {r.arch, d.channels, d.height, d.width, d.numClasses()}, r.train.seed);
        fresh.setClassNames(d.classNames);
        train(fresh, d, r.train, progress, cancel);
        if (!path.empty())
            fresh.save(path);
        return fresh;
    }();
    model.setDevice(r.train.device);
    const double seconds =
        cached ? 0.0 : std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return CachedModel{std::move(model), path, cached, seconds};
}

} // namespace fl::nn
