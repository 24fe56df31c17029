// A Defuse run as the workbench reads it: its candidate regions in the mixture's weight order,
// each with its annotation samples (images, the model's prediction, the seed that drew each).
#pragma once
#include <QImage>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace fl::methods {
struct MethodResult;
}

namespace fl::ui {

struct DefuseRegion {
    int index = 0;     // 0-based place in the run's list (the annotation's region number)
    int component = 0; // of the mixture
    double weight = 0.0;
    qint64 size = 0; // found mistakes in it
    int majorityPrediction = -1;
    int majorityLabel = -1; // of the mistakes' source images
    std::vector<int> samplePredictions;
    std::vector<std::uint64_t> sampleSeeds;
    std::vector<QImage> samples;
};

struct DefuseRun {
    std::shared_ptr<const methods::MethodResult> result;
    QStringList classNames;
    std::vector<DefuseRegion> regions;
    int samplesPerRegion = 0;
    QString className(int cls) const;
};

// Reads a stored Defuse result. Throws fl::Error (BadInput) naming what is missing or does not
// line up. `classNames` name the classes.
std::shared_ptr<const DefuseRun> makeDefuseRun(std::shared_ptr<const methods::MethodResult> result,
                                               const QStringList& classNames);

} // namespace fl::ui
