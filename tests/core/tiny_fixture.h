// A tiny three-class image set and a small-cnn trained on it for a few seconds, shared by the
// method tests: classes told apart by a bright band of rows, some validation labels flipped.
#pragma once
#include "core/data/dataset.h"
#include "core/nn/classifier.h"
#include "core/nn/training.h"
#include <algorithm>
#include <random>

namespace fl::test {

inline constexpr int kC = 3, kH = 8;

// Three classes told apart by which band of rows is bright; 15% of the validation labels are
// flipped so the model errs there and slices differ in accuracy.
inline data::Dataset tinyData(int nTest = 0) {
    data::Dataset d;
    d.name = "tiny";
    d.source = "synthetic:tiny";
    d.height = kH;
    d.width = kH;
    d.classNames = {"a", "b", "c"};
    std::mt19937 rng(11);
    std::uniform_real_distribution<float> u(0.0f, 0.4f);
    std::uniform_real_distribution<float> flip(0.0f, 1.0f);
    const int nTrain = 60, nVal = 60;
    for (int i = 0; i < nTrain + nVal + nTest; ++i) {
        const int c = i % kC;
        for (int y = 0; y < kH; ++y)
            for (int x = 0; x < kH; ++x)
                d.images.push_back(std::min(1.0f, u(rng) + (y / 3 == c ? 0.6f : 0.0f)));
        const bool val = i >= nTrain && i < nTrain + nVal, test = i >= nTrain + nVal;
        int label = c;
        if ((val || test) && flip(rng) < 0.15f)
            label = (c + 1) % kC;
        d.labels.push_back(label);
        d.ids.push_back(1000 + i);
        d.splits.push_back(test ? data::Split::Test : val ? data::Split::Val : data::Split::Train);
    }
    return d;
}

struct TinyFixture {
    data::Dataset d;
    nn::Classifier c = nn::Classifier::create({"small-cnn", 1, kH, kH, kC}, 5);
    explicit TinyFixture(int nTest = 0) : d(tinyData(nTest)) {
        nn::TrainOptions t;
        t.epochs = 4;
        t.batchSize = 16;
        t.seed = 1;
        t.device = "cpu";
        nn::train(c, d, t);
    }
};

// A pooled-cnn trained two epochs on the fixture's data: a stand-in robust extractor (its features
// are the average of its last maps) for the Barlow tests.
inline nn::Classifier tinyExtractor(const data::Dataset& d) {
    auto e = nn::Classifier::create({"pooled-cnn", 1, kH, kH, kC}, 2);
    nn::TrainOptions t;
    t.epochs = 2;
    t.batchSize = 16;
    t.device = "cpu";
    nn::train(e, d, t);
    return e;
}

} // namespace fl::test
