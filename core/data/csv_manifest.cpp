#include "core/data/csv_manifest.h"
#include "core/common/error.h"
#include "core/data/image_reader.h"
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

namespace fs = std::filesystem;

namespace fl::data {

std::vector<std::string> splitCsvLine(const std::string& line, const std::string& where) {
    std::vector<std::string> fields(1);
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char ch = line[i];
        if (quoted) {
            if (ch == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                fields.back() += '"';
                ++i;
            } else if (ch == '"') {
                quoted = false;
            } else {
                fields.back() += ch;
            }
        } else if (ch == '"') {
            quoted = true;
        } else if (ch == ',') {
            fields.emplace_back();
        } else {
            fields.back() += ch;
        }
    }
    if (quoted)
        throwBadInput(where + ": unterminated double quote, expected a closing \"");
    return fields;
}

namespace {

bool isInteger(const std::string& s) {
    return !s.empty() && s.size() < 10 &&
           std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); });
}

struct Row {
    int line = 0;
    std::string path, label, split;
    std::vector<std::string> attributes;
};

} // namespace

Dataset loadCsvManifest(const std::string& csvPath, const LoadOptions& options,
                        LoadReport* report) {
    std::ifstream in(csvPath);
    if (!in)
        throwBadInput("CSV manifest " + csvPath + " not found or not readable");
    std::string line;
    int lineNo = 0;
    auto at = [&](int ln) { return csvPath + ":" + std::to_string(ln); };
    auto col = [&](int ln, const std::string& c) { return at(ln) + ": column '" + c + "'"; };
    auto nextLine = [&]() -> bool {
        while (std::getline(in, line)) {
            ++lineNo;
            if (!line.empty() && line.back() == '\r')
                line.pop_back();
            if (lineNo == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) // UTF-8 byte-order mark
                line.erase(0, 3);
            if (!line.empty())
                return true;
        }
        return false;
    };
    if (!nextLine())
        throwBadInput("CSV manifest " + csvPath + " is empty: expected a header line path,label");
    const auto header = splitCsvLine(line, at(lineNo));
    int pathCol = -1, labelCol = -1, splitCol = -1;
    std::vector<int> attrCols;
    std::vector<std::string> attrNames;
    for (int c = 0; c < int(header.size()); ++c) {
        const auto& h = header[std::size_t(c)];
        if (h == "path")
            pathCol = c;
        else if (h == "label")
            labelCol = c;
        else if (h == "split")
            splitCol = c;
        else {
            attrCols.push_back(c);
            attrNames.push_back(h);
        }
    }
    if (pathCol < 0 || labelCol < 0)
        throwBadInput(
            at(lineNo) + ": header '" + line +
            "' lacks a 'path' or 'label' column; expected path,label[,split][,attribute...]");

    const fs::path base = fs::path(csvPath).parent_path();
    std::vector<Row> rows;
    while (nextLine()) {
        const auto f = splitCsvLine(line, at(lineNo));
        if (f.size() != header.size())
            throwBadInput(at(lineNo) + ": " + std::to_string(f.size()) + " fields, expected " +
                          std::to_string(header.size()) + " as in the header");
        Row r;
        r.line = lineNo;
        r.path = f[std::size_t(pathCol)];
        r.label = f[std::size_t(labelCol)];
        if (r.path.empty())
            throwBadInput(col(lineNo, "path") + ": empty, expected an image file path");
        if (r.label.empty())
            throwBadInput(col(lineNo, "label") + ": empty, expected a class name");
        if (splitCol >= 0) {
            r.split = f[std::size_t(splitCol)];
            try {
                parseSplit(r.split);
            } catch (const Error& e) {
                throwBadInput(col(lineNo, "split") + ": " + e.what());
            }
        }
        for (int c : attrCols)
            r.attributes.push_back(f[std::size_t(c)]);
        const fs::path p(r.path);
        r.path = (p.is_absolute() ? p : base / p).lexically_normal().string();
        rows.push_back(std::move(r));
    }
    if (rows.empty())
        throwBadInput("CSV manifest " + csvPath + " has a header but no rows");

    Dataset d;
    if (!options.classNames.empty()) {
        d.classNames = options.classNames;
    } else {
        std::set<std::string> unique;
        for (const auto& r : rows)
            unique.insert(r.label);
        d.classNames.assign(unique.begin(), unique.end());
        if (std::all_of(unique.begin(), unique.end(), isInteger))
            std::sort(d.classNames.begin(), d.classNames.end(),
                      [](const std::string& a, const std::string& b) {
                          return std::stol(a) < std::stol(b);
                      });
    }
    std::map<std::string, int> classIndex;
    for (std::size_t c = 0; c < d.classNames.size(); ++c)
        classIndex.emplace(d.classNames[c], int(c));
    std::vector<int> labels;
    for (const auto& r : rows) {
        const auto it = classIndex.find(r.label);
        if (it == classIndex.end()) {
            std::string known;
            for (const auto& n : d.classNames)
                known += (known.empty() ? "" : ", ") + n;
            throwBadInput(col(r.line, "label") + ": unknown label '" + r.label +
                          "', expected one of " + known);
        }
        labels.push_back(it->second);
    }

    std::vector<std::string> files;
    for (const auto& r : rows)
        files.push_back(r.path);
    std::vector<std::string> skipped;
    DecodedImages dec = decodeImages(files, options, skipped,
                                     [&](std::size_t i) { return col(rows[i].line, "path"); });
    if (dec.kept.empty())
        throwBadInput("CSV manifest " + csvPath + ": none of its " + std::to_string(rows.size()) +
                      " images could be read");
    d.name = fs::path(csvPath).stem().string();
    d.source = csvPath;
    d.channels = dec.channels;
    d.height = dec.height;
    d.width = dec.width;
    d.images = std::move(dec.pixels);
    d.attributeNames = attrNames;
    d.attributes.assign(attrNames.size(), {});
    for (const std::size_t i : dec.kept) {
        d.labels.push_back(labels[i]);
        d.ids.push_back(static_cast<std::int64_t>(i));
        d.paths.push_back(rows[i].path);
        d.splits.push_back(splitCol >= 0 ? parseSplit(rows[i].split) : Split::Train);
        for (std::size_t a = 0; a < attrNames.size(); ++a)
            d.attributes[a].push_back(rows[i].attributes[a]);
    }
    if (splitCol < 0)
        assignSeededSplits(d, options.splitSeed);
    if (report) {
        report->kind = "csv";
        report->skipped.insert(report->skipped.end(), skipped.begin(), skipped.end());
        if (splitCol < 0)
            report->notes.push_back("no 'split' column: each class split 70/15/15 into train, "
                                    "val and test (seeded, --split-seed " +
                                    std::to_string(options.splitSeed) + ")");
        if (dec.resized > 0)
            report->notes.push_back(
                std::to_string(dec.resized) + " of " + std::to_string(dec.kept.size()) +
                " images had another size and were resized to " + std::to_string(d.height) + "×" +
                std::to_string(d.width) +
                (options.height > 0 ? std::string(" (--size)")
                                    : std::string(" (the first image's size; --size sets it)")));
    }
    d.validate();
    return d;
}

} // namespace fl::data
