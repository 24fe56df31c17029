#include "core/data/image_folder.h"
#include "core/common/error.h"
#include "core/data/image_reader.h"
#include <algorithm>
#include <filesystem>
#include <map>

namespace fs = std::filesystem;

namespace fl::data {

namespace {

std::vector<fs::path> sortedEntries(const fs::path& dir, bool wantDirs) {
    std::vector<fs::path> out;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(dir, ec)) {
        const auto name = e.path().filename().string();
        if (name.empty() || name[0] == '.') // hidden files and folders (.DS_Store, .git)
            continue;
        std::error_code ec2;
        if (wantDirs ? e.is_directory(ec2) : (e.is_regular_file(ec2) && hasImageSuffix(name)))
            out.push_back(e.path());
    }
    std::sort(out.begin(), out.end());
    return out;
}

bool hasImages(const fs::path& dir) {
    return !sortedEntries(dir, false).empty();
}

bool hasClassFolders(const fs::path& dir) {
    const auto subs = sortedEntries(dir, true);
    return std::any_of(subs.begin(), subs.end(), [](const fs::path& p) { return hasImages(p); });
}

const char* kSplitDirs[] = {"train", "val", "test"};

bool hasSplitFolders(const fs::path& root) {
    std::error_code ec;
    return fs::is_directory(root / "train", ec) && hasClassFolders(root / "train");
}

} // namespace

bool looksLikeImageFolder(const std::string& root) {
    std::error_code ec;
    if (!fs::is_directory(root, ec))
        return false;
    return hasSplitFolders(root) || hasClassFolders(root);
}

Dataset loadImageFolder(const std::string& root, const LoadOptions& options, LoadReport* report) {
    const fs::path r(root);
    std::error_code ec;
    if (!fs::is_directory(r, ec))
        throwBadInput("image folder " + root + " does not exist or is not a folder");
    const bool split = hasSplitFolders(r);
    // The class folders of each split (or of the root): split index → class folders.
    std::vector<std::pair<int, fs::path>> splitRoots;
    if (split) {
        for (int s = 0; s < 3; ++s)
            if (fs::is_directory(r / kSplitDirs[s], ec))
                splitRoots.emplace_back(s, r / kSplitDirs[s]);
    } else {
        splitRoots.emplace_back(0, r);
    }
    std::map<std::string, int> classIndex;
    for (const auto& [s, dir] : splitRoots)
        for (const auto& c : sortedEntries(dir, true))
            classIndex.emplace(c.filename().string(), 0);
    if (classIndex.empty())
        throwBadInput("image folder " + root +
                      " has no class sub-folders: expected one sub-folder of images per class");
    std::vector<std::string> classNames;
    for (auto& [name, idx] : classIndex) {
        idx = int(classNames.size());
        classNames.push_back(name);
    }

    std::vector<std::string> files;
    std::vector<int> labels;
    std::vector<int> splitOf;
    for (const auto& [s, dir] : splitRoots)
        for (const auto& c : sortedEntries(dir, true)) {
            const auto images = sortedEntries(c, false);
            if (images.empty())
                throwBadInput("class folder " + c.string() +
                              " is empty: expected at least one image file (.png, .jpg, ...)");
            for (const auto& f : images) {
                files.push_back(f.string());
                labels.push_back(classIndex.at(c.filename().string()));
                splitOf.push_back(s);
            }
        }

    std::vector<std::string> skipped;
    DecodedImages dec = decodeImages(files, options, skipped);
    if (dec.kept.empty())
        throwBadInput("image folder " + root + ": none of its " + std::to_string(files.size()) +
                      " image files could be read");
    Dataset d;
    d.name = r.filename().empty() ? r.parent_path().filename().string() : r.filename().string();
    d.source = root;
    d.channels = dec.channels;
    d.height = dec.height;
    d.width = dec.width;
    d.images = std::move(dec.pixels);
    d.classNames = std::move(classNames);
    for (const std::size_t i : dec.kept) {
        d.labels.push_back(labels[i]);
        d.ids.push_back(static_cast<std::int64_t>(i));
        d.paths.push_back(files[i]);
        d.splits.push_back(static_cast<Split>(splitOf[i]));
    }
    const bool hasVal = split && fs::is_directory(r / "val", ec);
    const bool hasTest = split && fs::is_directory(r / "test", ec);
    if (options.valFrom != "test" && options.valFrom != "train")
        throwBadInput("validation source '" + options.valFrom + "': expected test or train");
    const std::string seed = std::to_string(options.splitSeed);
    std::vector<std::string> notes;
    if (!split || (!hasVal && !hasTest)) {
        assignSeededSplits(d, options.splitSeed);
        notes.push_back("no train/, val/ and test/ folders: each class split 70/15/15 into "
                        "train, val and test (seeded, --split-seed " +
                        seed + ")");
    } else if (hasTest && !hasVal) {
        const auto before = d.indicesOf(options.valFrom == "train" ? Split::Train : Split::Test);
        if (options.valFrom == "train")
            splitTrainIntoValidation(d, options.splitSeed);
        else
            splitTestIntoValidation(d, options.splitSeed);
        const auto n = d.indicesOf(Split::Val).size();
        notes.push_back(
            options.valFrom == "train"
                ? "no val/ folder: validation is " + std::to_string(n) + " of train/'s " +
                      std::to_string(before.size()) + " images (15% per class, --split-seed " +
                      seed + "); test/ is kept whole"
                : "no val/ folder: validation is " + std::to_string(n) + " of test/'s " +
                      std::to_string(before.size()) + " images (half, --split-seed " + seed +
                      "); --val-from train takes it from train/ and keeps test/ whole");
    }
    if (dec.resized > 0)
        notes.push_back(std::to_string(dec.resized) + " of " + std::to_string(dec.kept.size()) +
                        " images had another size and were resized to " + std::to_string(d.height) +
                        "×" + std::to_string(d.width) +
                        (options.height > 0 ? std::string(" (--size)")
                                            : std::string(" (the first image's size; --size "
                                                          "sets it)")));
    if (report) {
        report->kind = "image-folder";
        report->skipped.insert(report->skipped.end(), skipped.begin(), skipped.end());
        report->notes.insert(report->notes.end(), notes.begin(), notes.end());
    }
    d.validate();
    return d;
}

} // namespace fl::data
