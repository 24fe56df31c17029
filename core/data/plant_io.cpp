#include "core/data/plant_io.h"
#include "core/common/error.h"
#include "core/data/idx_loader.h"
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <unordered_set>

namespace fs = std::filesystem;
using nlohmann::json;

namespace fl::data {

namespace {
constexpr const char* kFormat = "faultline-plant";
constexpr const char* kImages = "images-ubyte";
constexpr const char* kLabels = "labels-idx1-ubyte";
constexpr const char* kManifest = "manifest.json";

json readJson(const fs::path& file) {
    std::ifstream in(file);
    if (!in)
        throwBadInput("plant manifest " + file.string() + " not found or not readable");
    try {
        return json::parse(in);
    } catch (const json::exception& e) {
        throwBadInput("plant manifest " + file.string() + " is not valid JSON: " + e.what());
    }
}

// Field `key` of `j`, or BadInput naming the manifest and the field.
const json& field(const json& j, const char* key, const fs::path& file) {
    if (!j.is_object() || !j.contains(key))
        throwBadInput("plant manifest " + file.string() + ": field '" + key + "' is missing");
    return j.at(key);
}
} // namespace

void writePlant(const Dataset& d, const std::string& dir) {
    d.validate();
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec)
        throwFailure("cannot create plant folder " + dir + ": " + ec.message());
    const fs::path root(dir);

    IdxImages im;
    im.count = d.size();
    im.channels = d.channels;
    im.height = d.height;
    im.width = d.width;
    im.pixels.resize(d.images.size());
    for (std::size_t i = 0; i < d.images.size(); ++i)
        im.pixels[i] = unitToByte(d.images[i]);
    writeIdxImages((root / kImages).string(), im);
    writeIdxLabels((root / kLabels).string(), d.labels);

    json m;
    m["format"] = kFormat;
    m["version"] = 1;
    m["name"] = d.name;
    m["source"] = d.source;
    m["class_names"] = d.classNames;
    m["image"] = {{"channels", d.channels}, {"height", d.height}, {"width", d.width}};
    std::vector<std::string> splits;
    splits.reserve(d.splits.size());
    for (const Split s : d.splits)
        splits.emplace_back(splitName(s));
    m["examples"] = {{"ids", d.ids}, {"splits", splits}};
    if (!d.paths.empty())
        m["examples"]["paths"] = d.paths;
    json attrs = json::object();
    for (std::size_t a = 0; a < d.attributeNames.size(); ++a)
        attrs[d.attributeNames[a]] = d.attributes[a];
    m["attributes"] = attrs;
    m["attribute_order"] = d.attributeNames;
    if (d.planted) {
        const auto& t = *d.planted;
        m["task"] = t.task;
        m["parameters"] = t.params;
        m["seed"] = t.seed;
        m["source_dataset"] = t.sourceDataset;
        const std::unordered_set<std::int64_t> inSlice(t.sliceMemberIds.begin(),
                                                       t.sliceMemberIds.end());
        json membership = json::array();
        for (std::size_t i = 0; i < d.ids.size(); ++i)
            if (d.splits[i] != Split::Train)
                membership.push_back({{"id", d.ids[i]},
                                      {"split", splitName(d.splits[i])},
                                      {"in_slice", inSlice.count(d.ids[i]) > 0}});
        m["membership"] = std::move(membership);
    }
    std::ofstream out(root / kManifest);
    out << m.dump(1) << '\n';
    if (!out)
        throwFailure("writing plant manifest " + (root / kManifest).string() + " failed");
}

bool isPlantDir(const std::string& dir) {
    const fs::path file = fs::path(dir) / kManifest;
    std::error_code ec;
    if (!fs::is_regular_file(file, ec))
        return false;
    std::ifstream in(file);
    const json j = json::parse(in, nullptr, false);
    return j.is_object() && j.value("format", "") == kFormat;
}

Dataset loadPlant(const std::string& dir) {
    const fs::path root(dir);
    const fs::path file = root / kManifest;
    const json m = readJson(file);
    if (m.value("format", "") != kFormat)
        throwBadInput("plant manifest " + file.string() + ": field 'format' is '" +
                      m.value("format", "") + "', expected '" + kFormat + "'");
    Dataset d;
    try {
        d.name = m.value("name", "");
        d.source = m.value("source", "");
        d.classNames = field(m, "class_names", file).get<std::vector<std::string>>();
        const json& ex = field(m, "examples", file);
        d.ids = field(ex, "ids", file).get<std::vector<std::int64_t>>();
        for (const auto& s : field(ex, "splits", file).get<std::vector<std::string>>())
            d.splits.push_back(parseSplit(s));
        if (ex.contains("paths"))
            d.paths = ex.at("paths").get<std::vector<std::string>>();
        d.attributeNames = m.value("attribute_order", std::vector<std::string>{});
        for (const auto& a : d.attributeNames)
            d.attributes.push_back(field(field(m, "attributes", file), a.c_str(), file)
                                       .get<std::vector<std::string>>());
        if (m.contains("task")) {
            PlantedTruth t;
            t.task = m.at("task").get<std::string>();
            t.params = m.value("parameters", std::map<std::string, std::string>{});
            t.seed = m.value("seed", std::uint64_t(0));
            t.sourceDataset = m.value("source_dataset", "");
            for (const auto& e : field(m, "membership", file))
                if (field(e, "in_slice", file).get<bool>())
                    t.sliceMemberIds.push_back(field(e, "id", file).get<std::int64_t>());
            d.planted = std::move(t);
        }
    } catch (const json::exception& e) {
        throwBadInput("plant manifest " + file.string() +
                      ": a field has the wrong type: " + e.what());
    }
    const IdxImages im = readIdxImages((root / kImages).string());
    d.labels = readIdxLabels((root / kLabels).string());
    if (im.count != d.size() || std::int64_t(d.ids.size()) != d.size())
        throwBadInput("plant folder " + dir + ": " + std::to_string(im.count) + " images, " +
                      std::to_string(d.labels.size()) + " labels and " +
                      std::to_string(d.ids.size()) +
                      " ids in manifest.json; expected equal counts");
    d.channels = im.channels;
    d.height = im.height;
    d.width = im.width;
    d.images.reserve(im.pixels.size());
    appendUnit(d.images, im.pixels);
    d.validate();
    return d;
}

} // namespace fl::data
