// The in-memory dataset every method works on: images as N×C×H×W floats in [0,1], labels, class
// names, stable example ids, a split per example and optional attribute columns.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace fl::data {

enum class Split : std::uint8_t { Train = 0, Val = 1, Test = 2 };
const char* splitName(Split s);
// Parses "train" / "val" / "test"; throws BadInput naming the value otherwise.
Split parseSplit(const std::string& name);

// Ground truth of a planted task: which evaluation examples form the slice to be found.
struct PlantedTruth {
    std::string task;                          // "rare" | "correlation" | "noisy"
    std::map<std::string, std::string> params; // task parameters as given (class, fraction, ...)
    std::uint64_t seed = 0;
    std::string sourceDataset;
    std::vector<std::int64_t> sliceMemberIds; // example ids of evaluation examples in the slice
};

struct Dataset {
    std::string name;   // e.g. "fashion-mnist", or the folder name
    std::string source; // where it was loaded from
    int channels = 1;
    int height = 0;
    int width = 0;
    std::vector<float> images; // size() == N*C*H*W, row-major, values in [0,1]
    std::vector<int> labels;   // 0..classNames.size()-1
    std::vector<std::string> classNames;
    std::vector<std::int64_t> ids; // stable across reloads of the same source
    std::vector<Split> splits;
    std::vector<std::string> paths; // per-example source file, empty for IDX
    std::vector<std::string> attributeNames;
    std::vector<std::vector<std::string>> attributes; // attributes[column][example]
    std::optional<PlantedTruth> planted;

    std::int64_t size() const { return static_cast<std::int64_t>(labels.size()); }
    std::int64_t imageSize() const { return std::int64_t(channels) * height * width; }
    int numClasses() const { return static_cast<int>(classNames.size()); }
    const float* image(std::int64_t i) const { return images.data() + i * imageSize(); }
    // Indices (positions, not ids) of the examples in a split, in dataset order.
    std::vector<std::int64_t> indicesOf(Split s) const;
    // Position of an id, or -1.
    std::int64_t indexOfId(std::int64_t id) const;
    // Throws BadInput when sizes disagree or labels are out of range.
    void validate() const;
};

// Marks a seeded half of the test examples as validation (the default split policy).
void splitTestIntoValidation(Dataset& d, std::uint64_t seed = 0);

// Marks a seeded, stratified share of the training examples as validation: per class,
// round(fraction·n) of its training examples (image folders with train/ and test/ only, when
// the user asks for validation from train).
void splitTrainIntoValidation(Dataset& d, std::uint64_t seed = 0, double fraction = 0.15);

// The split policy for sources without split information (image folders, CSV manifests):
// stratified by label and seeded; per class, round(trainFraction·n) examples become Train,
// round(valFraction·n) Val and the rest Test (70/15/15 by default).
void assignSeededSplits(Dataset& d, std::uint64_t seed = 0, double trainFraction = 0.70,
                        double valFraction = 0.15);

} // namespace fl::data
