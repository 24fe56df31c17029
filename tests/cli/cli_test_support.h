// Shared by the CLI's end-to-end tests: running the built faultline-cli and writing a small
// three-class IDX fixture whose class cue strength each test chooses.
#pragma once
#include "core/data/idx_loader.h"
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <random>
#include <string>
#include <vector>

namespace fl::testing {

struct CliRun {
    int code = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

inline CliRun runCli(const QStringList& args) {
    QProcess p;
    p.start(QStringLiteral(FAULTLINE_CLI), args);
    p.waitForFinished(600000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

// n 12×12 grey images of three classes told apart by which third of the top 8 rows is brighter:
// pixels are `base + noise` off the class's third and `on + noise` on it (noise uniform in
// [0, noise)). The bottom rows stay dark so a planted corner patch is easy to see.
inline fl::data::IdxImages makeThirdsImages(int n, std::vector<int>& labels, unsigned seed,
                                            int base, int on, int noise) {
    fl::data::IdxImages im;
    im.count = n;
    im.height = im.width = 12;
    im.pixels.assign(std::size_t(n) * 144, 0);
    std::mt19937 rng(seed);
    labels.resize(n);
    for (int i = 0; i < n; ++i) {
        labels[i] = i % 3;
        for (int y = 0; y < 8; ++y)
            for (int x = 0; x < 12; ++x)
                im.pixels[std::size_t(i) * 144 + y * 12 + x] =
                    std::uint8_t((x / 4 == labels[i] ? on : base) + int(rng() % unsigned(noise)));
    }
    return im;
}

// An IDX folder (600 training, 300 test images) that --dataset loads; test files gzipped when
// asked, to exercise both readers.
inline void writeThirdsIdxFolder(const std::string& dir, int base, int on, int noise,
                                 bool gzipTest) {
    std::vector<int> trainLabels, testLabels;
    const auto train = makeThirdsImages(600, trainLabels, 1, base, on, noise);
    const auto test = makeThirdsImages(300, testLabels, 2, base, on, noise);
    const std::string gz = gzipTest ? ".gz" : "";
    fl::data::writeIdxImages(dir + "/train-images-idx3-ubyte", train);
    fl::data::writeIdxLabels(dir + "/train-labels-idx1-ubyte", trainLabels);
    fl::data::writeIdxImages(dir + "/t10k-images-idx3-ubyte" + gz, test, gzipTest);
    fl::data::writeIdxLabels(dir + "/t10k-labels-idx1-ubyte" + gz, testLabels, gzipTest);
}

} // namespace fl::testing
