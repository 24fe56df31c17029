#include "core/data/dataset.h"
#include "core/common/error.h"
#include "core/common/rng.h"
#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace fl::data {

const char* splitName(Split s) {
    switch (s) {
    case Split::Train:
        return "train";
    case Split::Val:
        return "val";
    case Split::Test:
        return "test";
    }
    return "unknown";
}

Split parseSplit(const std::string& name) {
    if (name == "train")
        return Split::Train;
    if (name == "val" || name == "validation")
        return Split::Val;
    if (name == "test")
        return Split::Test;
    throwBadInput("split '" + name + "': expected train, val or test");
}

std::vector<std::int64_t> Dataset::indicesOf(Split s) const {
    std::vector<std::int64_t> out;
    for (std::size_t i = 0; i < splits.size(); ++i)
        if (splits[i] == s)
            out.push_back(static_cast<std::int64_t>(i));
    return out;
}

std::int64_t Dataset::indexOfId(std::int64_t id) const {
    // Ids are usually the positions themselves (loaders number examples in order): try that first.
    if (id >= 0 && id < static_cast<std::int64_t>(ids.size()) && ids[std::size_t(id)] == id)
        return id;
    for (std::size_t i = 0; i < ids.size(); ++i)
        if (ids[i] == id)
            return static_cast<std::int64_t>(i);
    return -1;
}

void Dataset::validate() const {
    const auto n = static_cast<std::size_t>(size());
    const std::string where = "dataset '" + name + "'";
    if (channels <= 0 || height <= 0 || width <= 0)
        throwBadInput(where + ": image shape " + std::to_string(channels) + "x" +
                      std::to_string(height) + "x" + std::to_string(width) +
                      " is invalid, expected positive channels, height and width");
    if (images.size() != n * static_cast<std::size_t>(imageSize()))
        throwBadInput(where + ": " + std::to_string(images.size()) + " image values, expected " +
                      std::to_string(n * imageSize()) + " (N*C*H*W)");
    if (ids.size() != n)
        throwBadInput(where + ": " + std::to_string(ids.size()) + " ids for " + std::to_string(n) +
                      " labels");
    if (splits.size() != n)
        throwBadInput(where + ": " + std::to_string(splits.size()) + " splits for " +
                      std::to_string(n) + " labels");
    if (!paths.empty() && paths.size() != n)
        throwBadInput(where + ": " + std::to_string(paths.size()) + " paths for " +
                      std::to_string(n) + " labels (expected none or one per example)");
    if (attributes.size() != attributeNames.size())
        throwBadInput(where + ": " + std::to_string(attributes.size()) + " attribute columns but " +
                      std::to_string(attributeNames.size()) + " attribute names");
    for (std::size_t c = 0; c < attributes.size(); ++c)
        if (attributes[c].size() != n)
            throwBadInput(where + ": attribute '" + attributeNames[c] + "' has " +
                          std::to_string(attributes[c].size()) + " values, expected " +
                          std::to_string(n));
    const int k = numClasses();
    for (std::size_t i = 0; i < n; ++i)
        if (labels[i] < 0 || labels[i] >= k)
            throwBadInput(where + ": label " + std::to_string(labels[i]) + " of example id " +
                          std::to_string(ids[i]) + " is outside [0, " + std::to_string(k) + ")");
    std::unordered_map<std::int64_t, std::size_t> seen;
    seen.reserve(n);
    for (std::size_t i = 0; i < n; ++i)
        if (!seen.emplace(ids[i], i).second)
            throwBadInput(where + ": example id " + std::to_string(ids[i]) +
                          " occurs more than once, expected unique ids");
}

void splitTestIntoValidation(Dataset& d, std::uint64_t seed) {
    const auto test = d.indicesOf(Split::Test);
    Rng rng(seed);
    const auto perm = rng.permutation(static_cast<std::int64_t>(test.size()));
    // The first half of the permutation (rounded down) becomes validation.
    for (std::size_t k = 0; k < test.size() / 2; ++k)
        d.splits[std::size_t(test[std::size_t(perm[k])])] = Split::Val;
}

void assignSeededSplits(Dataset& d, std::uint64_t seed, double trainFraction, double valFraction) {
    if (trainFraction < 0 || valFraction < 0 || trainFraction + valFraction > 1.0)
        throwBadInput("split fractions train " + std::to_string(trainFraction) + ", val " +
                      std::to_string(valFraction) + ": expected non-negative, summing to <= 1");
    Rng rng(seed);
    std::vector<std::vector<std::size_t>> byClass(std::size_t(std::max(d.numClasses(), 1)));
    for (std::size_t i = 0; i < d.labels.size(); ++i)
        if (d.labels[i] >= 0 && std::size_t(d.labels[i]) < byClass.size())
            byClass[std::size_t(d.labels[i])].push_back(i);
    d.splits.assign(d.labels.size(), Split::Train);
    for (const auto& members : byClass) {
        const auto n = static_cast<std::int64_t>(members.size());
        const auto perm = rng.permutation(n);
        const auto nTrain = static_cast<std::int64_t>(std::llround(trainFraction * double(n)));
        const auto nVal = std::min<std::int64_t>(
            n - nTrain, static_cast<std::int64_t>(std::llround(valFraction * double(n))));
        for (std::int64_t k = 0; k < n; ++k)
            d.splits[members[std::size_t(perm[std::size_t(k)])]] =
                k < nTrain ? Split::Train : (k < nTrain + nVal ? Split::Val : Split::Test);
    }
}

void splitTrainIntoValidation(Dataset& d, std::uint64_t seed, double fraction) {
    if (fraction < 0 || fraction > 1.0)
        throwBadInput("validation fraction " + std::to_string(fraction) +
                      ": expected a value in [0, 1]");
    Rng rng(seed);
    std::vector<std::vector<std::size_t>> byClass(std::size_t(std::max(d.numClasses(), 1)));
    for (std::size_t i = 0; i < d.labels.size(); ++i)
        if (d.splits[i] == Split::Train && d.labels[i] >= 0 &&
            std::size_t(d.labels[i]) < byClass.size())
            byClass[std::size_t(d.labels[i])].push_back(i);
    for (const auto& members : byClass) {
        const auto n = static_cast<std::int64_t>(members.size());
        const auto perm = rng.permutation(n);
        const auto nVal = static_cast<std::int64_t>(std::llround(fraction * double(n)));
        for (std::int64_t k = 0; k < nVal; ++k)
            d.splits[members[std::size_t(perm[std::size_t(k)])]] = Split::Val;
    }
}

} // namespace fl::data
