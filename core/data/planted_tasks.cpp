#include "core/data/planted_tasks.h"
#include "core/common/error.h"
#include "core/common/rng.h"
#include "core/data/idx_loader.h"
#include <algorithm>
#include <cmath>
#include <sstream>

namespace fl::data {

namespace {

// A uniform double in [0,1) straight from the engine's bits: std::uniform_real_distribution is
// implementation-defined, and plant membership must not change between standard libraries.
double uniform01(Rng& rng) {
    return double(rng.engine()() >> 11) * 0x1.0p-53;
}

std::string num(double v) {
    std::ostringstream s;
    s << v;
    return s.str();
}

std::int64_t roundCount(double fraction, std::size_t n) {
    return static_cast<std::int64_t>(std::llround(fraction * double(n)));
}

bool isEval(Split s) {
    return s == Split::Val || s == Split::Test;
}

// Training positions of one class (or of every other class), in dataset order.
std::vector<std::size_t> trainOf(const Dataset& d, int cls, bool others = false) {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < d.labels.size(); ++i)
        if (d.splits[i] == Split::Train && ((d.labels[i] == cls) != others))
            out.push_back(i);
    return out;
}

// The first `count` members in seeded order.
std::vector<std::size_t> choose(Rng& rng, const std::vector<std::size_t>& members,
                                std::int64_t count) {
    const auto perm = rng.permutation(static_cast<std::int64_t>(members.size()));
    std::vector<std::size_t> out;
    for (std::int64_t k = 0; k < count; ++k)
        out.push_back(members[std::size_t(perm[std::size_t(k)])]);
    std::sort(out.begin(), out.end());
    return out;
}

void checkClass(const Dataset& d, int cls, const char* param) {
    if (cls < 0 || cls >= d.numClasses())
        throwBadInput(std::string("plant parameter ") + param + " = " + std::to_string(cls) +
                      ": expected a class in [0, " + std::to_string(d.numClasses()) + ")");
}

// Copies the examples at `keep` (sorted positions) into a new dataset with the same metadata.
Dataset subset(const Dataset& d, const std::vector<std::size_t>& keep) {
    Dataset out = d;
    out.images.clear();
    out.labels.clear();
    out.ids.clear();
    out.splits.clear();
    out.paths.clear();
    for (auto& a : out.attributes)
        a.clear();
    const auto sz = std::size_t(d.imageSize());
    out.images.reserve(keep.size() * sz);
    for (const std::size_t i : keep) {
        out.images.insert(out.images.end(), d.images.begin() + std::ptrdiff_t(i * sz),
                          d.images.begin() + std::ptrdiff_t((i + 1) * sz));
        out.labels.push_back(d.labels[i]);
        out.ids.push_back(d.ids[i]);
        out.splits.push_back(d.splits[i]);
        if (!d.paths.empty())
            out.paths.push_back(d.paths[i]);
        for (std::size_t a = 0; a < d.attributes.size(); ++a)
            out.attributes[a].push_back(d.attributes[a][i]);
    }
    return out;
}

// Sets attribute column `name`, replacing a column of that name (planting on a planted dataset
// records the new task's hidden variable) or appending it.
void setColumn(Dataset& d, const std::string& name, std::vector<std::string> values) {
    const auto it = std::find(d.attributeNames.begin(), d.attributeNames.end(), name);
    if (it != d.attributeNames.end()) {
        d.attributes[std::size_t(it - d.attributeNames.begin())] = std::move(values);
        return;
    }
    d.attributeNames.push_back(name);
    d.attributes.push_back(std::move(values));
}

// The superclass setting of rare and noisy: labels become superclasses (0,1)->0, (2,3)->1, …
// named "A/B", the original class is kept as the attribute "subclass", and the planted slice is
// the evaluation examples of subclass `cls`. `d` holds src's examples (or a subset) with the
// original labels.
void toSuperclasses(const Dataset& src, Dataset& d, int cls, PlantedTruth& t) {
    std::vector<std::string> subclass;
    subclass.reserve(d.labels.size());
    for (const int label : d.labels)
        subclass.push_back(src.classNames[std::size_t(label)]);
    setColumn(d, "subclass", std::move(subclass));
    for (std::size_t i = 0; i < d.labels.size(); ++i) {
        if (isEval(d.splits[i]) && d.labels[i] == cls)
            t.sliceMemberIds.push_back(d.ids[i]);
        d.labels[i] /= 2;
    }
    d.classNames.clear();
    for (int c = 0; c < src.numClasses(); c += 2)
        d.classNames.push_back(c + 1 < src.numClasses() ? src.classNames[std::size_t(c)] + "/" +
                                                              src.classNames[std::size_t(c + 1)]
                                                        : src.classNames[std::size_t(c)]);
}

Dataset plantRare(const Dataset& src, const PlantParams& p, double fraction, PlantedTruth& t) {
    Rng rng(p.seed);
    const auto members = trainOf(src, p.classId);
    const auto kept = choose(rng, members, roundCount(fraction, members.size()));
    std::vector<bool> drop(src.labels.size(), false);
    for (const std::size_t i : members)
        drop[i] = true;
    for (const std::size_t i : kept)
        drop[i] = false;
    std::vector<std::size_t> keep;
    for (std::size_t i = 0; i < src.labels.size(); ++i)
        if (!drop[i])
            keep.push_back(i);
    Dataset d = subset(src, keep);
    toSuperclasses(src, d, p.classId, t);
    t.params["class"] = std::to_string(p.classId);
    return d;
}

Dataset plantCorrelation(const Dataset& src, const PlantParams& p, double fraction,
                         PlantedTruth& t) {
    if (p.signal != "patch" && p.signal != "tint" && p.signal != "frame")
        throwBadInput("plant parameter signal = '" + p.signal + "': expected patch, tint or frame");
    if (p.otherFraction < 0.0 || p.otherFraction > 1.0)
        throwBadInput("plant parameter other_fraction = " + num(p.otherFraction) +
                      ": expected a value in [0, 1]");
    Dataset d = src;
    Rng rng(p.seed);
    const auto own = trainOf(d, p.classId);
    const auto others = trainOf(d, p.classId, true);
    std::vector<std::size_t> marked = choose(rng, own, roundCount(fraction, own.size()));
    const auto otherMarked = choose(rng, others, roundCount(p.otherFraction, others.size()));
    marked.insert(marked.end(), otherMarked.begin(), otherMarked.end());
    for (std::size_t i = 0; i < d.labels.size(); ++i) {
        if (!isEval(d.splits[i]))
            continue;
        const bool inClass = d.labels[i] == p.classId;
        const bool signal =
            uniform01(rng) < (inClass ? kClassEvalSignalRate : kOtherEvalSignalRate);
        if (signal)
            marked.push_back(i);
        if (signal != inClass)
            t.sliceMemberIds.push_back(d.ids[i]);
    }
    std::vector<std::string> signalColumn(d.labels.size(), "none");
    for (const std::size_t i : marked) {
        applySignal(d.images.data() + i * std::size_t(d.imageSize()), d.channels, d.height, d.width,
                    p.signal);
        signalColumn[i] = p.signal;
    }
    setColumn(d, "signal", std::move(signalColumn));
    t.params["class"] = std::to_string(p.classId);
    t.params["signal"] = p.signal;
    t.params["other_fraction"] = num(p.otherFraction);
    return d;
}

// noisy-class: labels of class a flipped to class b (the whole class is the slice).
Dataset plantNoisyClass(const Dataset& src, const PlantParams& p, double fraction,
                        PlantedTruth& t) {
    const int target =
        p.targetClass < 0 ? (p.classId + 1) % std::max(1, src.numClasses()) : p.targetClass;
    checkClass(src, target, "target");
    if (target == p.classId)
        throwBadInput("plant parameter target = " + std::to_string(target) +
                      ": expected a class other than class " + std::to_string(p.classId));
    Dataset d = src;
    Rng rng(p.seed);
    const auto members = trainOf(d, p.classId);
    for (const std::size_t i : choose(rng, members, roundCount(fraction, members.size())))
        d.labels[i] = target;
    for (std::size_t i = 0; i < d.labels.size(); ++i)
        if (isEval(d.splits[i]) && d.labels[i] == p.classId)
            t.sliceMemberIds.push_back(d.ids[i]);
    t.params["class"] = std::to_string(p.classId);
    t.params["target"] = std::to_string(target);
    return d;
}

// noisy: in the superclass setting, training labels of one subclass flipped to another
// superclass; the slice is that subclass, not a whole class.
Dataset plantNoisy(const Dataset& src, const PlantParams& p, double fraction, PlantedTruth& t) {
    const int supers = (src.numClasses() + 1) / 2, own = p.classId / 2;
    if (supers < 2)
        throwBadInput("plant task noisy: dataset '" + src.name + "' has " +
                      std::to_string(src.numClasses()) +
                      " classes, expected at least 3 (two superclasses)");
    const int target = p.targetClass < 0 ? (own + 1) % supers : p.targetClass;
    if (target < 0 || target >= supers || target == own)
        throwBadInput("plant parameter target = " + std::to_string(target) +
                      ": expected a superclass in [0, " + std::to_string(supers) +
                      ") other than class " + std::to_string(p.classId) + "'s own (" +
                      std::to_string(own) + ")");
    Dataset d = src;
    Rng rng(p.seed);
    const auto flipped =
        choose(rng, trainOf(d, p.classId), roundCount(fraction, trainOf(d, p.classId).size()));
    toSuperclasses(src, d, p.classId, t);
    for (const std::size_t i : flipped)
        d.labels[i] = target;
    t.params["class"] = std::to_string(p.classId);
    t.params["target"] = std::to_string(target);
    return d;
}

} // namespace

double effectiveFraction(const PlantParams& p) {
    if (p.fraction >= 0.0)
        return p.fraction;
    if (p.task == "rare")
        return 0.1;
    if (p.task == "correlation")
        return 1.0;
    return 0.3;
}

void applySignal(float* image, int channels, int height, int width, const std::string& signal) {
    const std::size_t plane = std::size_t(height) * std::size_t(width);
    auto px = [&](int c, int y, int x) -> float& {
        return image[std::size_t(c) * plane + std::size_t(y) * std::size_t(width) + std::size_t(x)];
    };
    const int side = std::min(height, width);
    if (signal == "patch") {
        // 4 px on a 28 px image, scaled with the image so the cue stays equally visible.
        const int s = std::clamp(int(std::lround(4.0 * side / 28.0)), 1, side);
        for (int c = 0; c < channels; ++c)
            for (int y = height - s; y < height; ++y)
                for (int x = width - s; x < width; ++x)
                    px(c, y, x) = 1.0f;
    } else if (signal == "frame") {
        const int b = side >= 56 ? 2 : 1;
        for (int c = 0; c < channels; ++c)
            for (int y = 0; y < height; ++y)
                for (int x = 0; x < width; ++x)
                    if (y < b || x < b || y >= height - b || x >= width - b)
                        px(c, y, x) = 1.0f;
    } else if (signal == "tint") {
        // Grey images get brighter; colour images get redder. Done on bytes so values stay
        // exact multiples of 1/255.
        const int shift = channels == 1 ? 64 : 80;
        float* p = image;
        const std::size_t n = plane;
        for (std::size_t i = 0; i < n; ++i)
            p[i] = byteToUnit(std::uint8_t(std::min(255, int(unitToByte(p[i])) + shift)));
    } else {
        throwBadInput("signal '" + signal + "': expected patch, tint or frame");
    }
}

Dataset plantTask(const Dataset& source, const PlantParams& params) {
    source.validate();
    checkClass(source, params.classId, "class");
    const double fraction = effectiveFraction(params);
    if (fraction < 0.0 || fraction > 1.0)
        throwBadInput("plant parameter fraction = " + num(fraction) +
                      ": expected a value in [0, 1]");
    PlantedTruth t;
    t.task = params.task;
    t.seed = params.seed;
    t.sourceDataset = source.name;
    t.params["fraction"] = num(fraction);
    Dataset d;
    if (params.task == "rare") {
        if (source.numClasses() < 2)
            throwBadInput("plant task rare: dataset '" + source.name +
                          "' has fewer than 2 classes, expected pairs of classes");
        d = plantRare(source, params, fraction, t);
    } else if (params.task == "correlation") {
        d = plantCorrelation(source, params, fraction, t);
    } else if (params.task == "noisy") {
        d = plantNoisy(source, params, fraction, t);
    } else if (params.task == "noisy-class") {
        d = plantNoisyClass(source, params, fraction, t);
    } else {
        throwBadInput("plant task '" + params.task +
                      "': expected rare, correlation, noisy or noisy-class");
    }
    d.name = source.name + "-" + params.task;
    d.planted = std::move(t);
    return d;
}

} // namespace fl::data
