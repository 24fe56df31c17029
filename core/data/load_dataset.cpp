#include "core/data/load_dataset.h"
#include "core/common/error.h"
#include "core/data/csv_manifest.h"
#include "core/data/idx_folder.h"
#include "core/data/image_folder.h"
#include "core/data/named_datasets.h"
#include "core/data/plant_io.h"
#include <algorithm>
#include <cctype>
#include <filesystem>

namespace fs = std::filesystem;

namespace fl::data {

namespace {
std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}
} // namespace

Dataset loadDataset(const std::string& spec, const LoadOptions& options, LoadReport* report) {
    LoadReport local;
    LoadReport& r = report ? *report : local;
    auto done = [&](const char* kind, Dataset d) {
        r.kind = kind;
        return d;
    };
    // Explicit class names check a CSV manifest's labels and name an IDX folder's classes; the
    // other kinds carry their own names, and ignoring the list would hide a mistake.
    const auto ownNames = [&](const char* what) {
        if (!options.classNames.empty())
            throwBadInput("dataset '" + spec + "' is " + what +
                          ", which names its own classes: an explicit class list applies to CSV "
                          "manifests and IDX folders only");
    };
    std::string names;
    for (const auto& n : namedDatasets())
        names += (names.empty() ? "" : ", ") + n;
    r.tried.push_back("dataset name (known: " + names + ")");
    if (isNamedDataset(spec)) {
        ownNames("a named dataset");
        return done("named", loadNamedDataset(spec, options.splitSeed));
    }

    std::error_code ec;
    const fs::path p(spec);
    if (fs::is_directory(p, ec)) {
        r.tried.push_back("plant folder (" + (p / "manifest.json").string() + ")");
        if (isPlantDir(spec)) {
            ownNames("a plant folder");
            return done("plant", loadPlant(spec));
        }
        r.tried.push_back("IDX folder (train-images-idx3-ubyte[.gz], train-labels-idx1-ubyte, "
                          "t10k-images-idx3-ubyte, t10k-labels-idx1-ubyte)");
        if (findIdxFiles(spec)) {
            const auto name =
                p.filename().empty() ? p.parent_path().filename().string() : p.filename().string();
            return done("idx-folder",
                        loadIdxFolder(spec, name, options.classNames, options.splitSeed));
        }
        r.tried.push_back("image folder (one sub-folder of images per class)");
        if (looksLikeImageFolder(spec)) {
            ownNames("an image folder (one sub-folder per class)");
            return done("image-folder", loadImageFolder(spec, options, &r));
        }
    } else if (fs::is_regular_file(p, ec)) {
        r.tried.push_back("CSV manifest (*.csv with header path,label)");
        if (lower(p.extension().string()) == ".csv")
            return done("csv", loadCsvManifest(spec, options, &r));
        r.tried.push_back("plant manifest (manifest.json)");
        if (p.filename() == "manifest.json" && isPlantDir(p.parent_path().string())) {
            ownNames("a plant folder");
            return done("plant", loadPlant(p.parent_path().string()));
        }
    } else {
        r.tried.push_back("path " + spec + " (does not exist)");
    }
    std::string tried;
    for (const auto& t : r.tried)
        tried += (tried.empty() ? "" : "; ") + t;
    throwBadInput("dataset '" + spec + "' is not recognised; tried: " + tried);
}

} // namespace fl::data
