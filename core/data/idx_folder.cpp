#include "core/data/idx_folder.h"
#include "core/common/error.h"
#include "core/data/idx_loader.h"
#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;

namespace fl::data {

namespace {

// First existing file among the spellings of one IDX file, raw preferred (no inflate needed).
std::optional<std::string> findOne(const fs::path& dir, const std::vector<std::string>& prefixes,
                                   const std::string& kind, int nd) {
    const std::string k = std::to_string(nd);
    for (const auto& prefix : prefixes)
        for (const std::string sep : {"-", "."})
            for (const std::string ext : {"", ".gz"}) {
                const auto p = dir / (prefix + "-" + kind + sep + "idx" + k + "-ubyte" + ext);
                std::error_code ec;
                if (fs::is_regular_file(p, ec))
                    return p.string();
            }
    return std::nullopt;
}

std::vector<std::string> readClassesFile(const fs::path& file) {
    std::vector<std::string> names;
    std::ifstream in(file);
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (!line.empty())
            names.push_back(line);
    }
    return names;
}

} // namespace

std::optional<IdxFiles> findIdxFiles(const std::string& dir) {
    const fs::path d(dir);
    auto ti = findOne(d, {"train"}, "images", 3);
    auto tl = findOne(d, {"train"}, "labels", 1);
    auto si = findOne(d, {"t10k", "test"}, "images", 3);
    auto sl = findOne(d, {"t10k", "test"}, "labels", 1);
    if (!ti || !tl || !si || !sl)
        return std::nullopt;
    return IdxFiles{*ti, *tl, *si, *sl};
}

Dataset loadIdxFolder(const std::string& dir, const std::string& name,
                      const std::vector<std::string>& classNames, std::uint64_t validationSeed) {
    const auto files = findIdxFiles(dir);
    if (!files)
        throwBadInput("folder " + dir +
                      " does not hold an IDX train/test pair: expected train-images-idx3-ubyte, "
                      "train-labels-idx1-ubyte, t10k-images-idx3-ubyte and "
                      "t10k-labels-idx1-ubyte (raw or .gz)");
    auto names = classNames;
    const fs::path classesFile = fs::path(dir) / "classes.txt";
    std::error_code ec;
    if (names.empty() && fs::is_regular_file(classesFile, ec))
        names = readClassesFile(classesFile);
    Dataset d = loadIdxPair(files->trainImages, files->trainLabels, files->testImages,
                            files->testLabels, name, names, validationSeed);
    d.source = dir;
    return d;
}

} // namespace fl::data
