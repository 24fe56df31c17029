// A small synthetic evaluation for the view tests, without a model: 4 Fashion-MNIST-like classes
// of 8×8 images, known errors (Shirt → T-shirt, Pullover → Shirt), embeddings that cluster by
// class, and an empty project in a temporary folder. Also the big variant the benchmark uses.
#pragma once
#include "core/data/dataset.h"
#include "core/store/project.h"
#include "ui/document/analysis_document.h"

#include <QString>
#include <cmath>
#include <memory>

namespace fl::test {

struct SyntheticOptions {
    int perClass = 16;
    int numClasses = 4;
    int side = 8;
    int embeddingDim = 8;
};

// True label and prediction of example i, shared by the fixture and the tests' expectations.
inline int syntheticLabel(int i, const SyntheticOptions& o) {
    return i % o.numClasses;
}
inline int syntheticPrediction(int i, const SyntheticOptions& o) {
    const int label = syntheticLabel(i, o), k = i / o.numClasses;
    if (o.numClasses >= 4 && label == 3 && k % 3 == 0)
        return 0; // Shirt → T-shirt
    if (o.numClasses >= 4 && label == 2 && k % 5 == 0)
        return 3; // Pullover → Shirt
    if (label == 0 && k == 7)
        return 3 % o.numClasses; // T-shirt → Shirt
    return label;
}

inline ui::AnalysisDocument::Loaded makeSyntheticLoaded(const QString& projectPath,
                                                        const SyntheticOptions& o = {}) {
    static const char* kNames[] = {"T-shirt", "Trouser", "Pullover", "Shirt", "Coat",
                                   "Sandal",  "Sneaker", "Bag",      "Boot",  "Dress"};
    const int n = o.perClass * o.numClasses, side = o.side, c = o.numClasses;
    auto ds = std::make_shared<data::Dataset>();
    ds->name = "synthetic";
    ds->channels = 1;
    ds->height = ds->width = side;
    ds->images.resize(size_t(n) * side * side);
    ds->attributeNames = {"colour"};
    ds->attributes.resize(1);
    for (int k = 0; k < c; ++k)
        ds->classNames.push_back(k < 10 ? kNames[k] : "class " + std::to_string(k));

    ui::AnalysisDocument::Loaded l;
    ui::ExampleTable& t = l.table;
    for (const std::string& s : ds->classNames)
        t.classNames << QString::fromStdString(s);
    l.embeddingDim = o.embeddingDim;
    l.embeddings.resize(size_t(n) * o.embeddingDim);
    for (int i = 0; i < n; ++i) {
        const int label = syntheticLabel(i, o), pred = syntheticPrediction(i, o);
        // A class-specific pattern with per-example brightness, so thumbnails differ visibly.
        float* img = ds->images.data() + size_t(i) * side * side;
        for (int y = 0; y < side; ++y)
            for (int x = 0; x < side; ++x) {
                bool on = false;
                switch (label % 4) {
                case 0:
                    on = y == 1 || (y > 1 && x > 1 && x < side - 2);
                    break;
                case 1:
                    on = x == side / 2 - 1 || x == side / 2 + 1;
                    break;
                case 2:
                    on = (x - side / 2) * (x - side / 2) + (y - side / 2) * (y - side / 2) <
                         side * side / 6;
                    break;
                default:
                    on = x == y || x + y == side - 1;
                    break;
                }
                img[y * side + x] = on ? 0.45f + 0.5f * float((i * 7) % 11) / 10.0f : 0.05f;
            }
        ds->labels.push_back(label);
        ds->ids.push_back(1000 + i);
        // Half of each class is test, a quarter train, a quarter validation.
        const int block = i / c;
        const data::Split split = block % 4 == 0   ? data::Split::Train
                                  : block % 4 == 1 ? data::Split::Val
                                                   : data::Split::Test;
        ds->splits.push_back(split);
        ds->attributes[0].push_back(i % 2 ? "dark" : "light");

        t.ids << 1000 + i;
        t.splits << quint8(split);
        t.labels << label;
        t.predictions << pred;
        const float conf = 0.55f + 0.4f * float((i * 13) % 17) / 16.0f;
        for (int k = 0; k < c; ++k)
            t.probabilities << (k == pred ? conf : (1.0f - conf) / float(c - 1));
        t.confidence << conf;
        t.loss << -std::log(t.probabilities[i * c + label]);
        t.datasetIndex << i;
        t.rowOfId.insert(1000 + i, i);
        // Embedding: the class centroid (the predicted one pulls errors towards it) plus jitter.
        for (int d = 0; d < o.embeddingDim; ++d) {
            const float centre = (d % c == label ? 3.0f : 0.0f) + (d % c == pred ? 1.5f : 0.0f);
            l.embeddings[size_t(i) * o.embeddingDim + d] =
                centre + 0.6f * float(std::sin(i * 12.9898 + d * 78.233));
        }
    }
    l.dataset = ds;
    l.project = std::make_unique<store::Project>(store::Project::create(projectPath.toStdString()));
    return l;
}

} // namespace fl::test
