#include "ui/analysis/slice_benchmark_request.h"
#include "core/common/error.h"
#include "ui/settings/settings.h"
#include <QCoreApplication>
#include <QFileInfo>
#include <QStringList>

namespace fl::ui {
namespace {

std::string str(Settings::Key k) {
    return Settings::value(k).toString().toStdString();
}

std::string defaultStr(Settings::Key k) {
    return Settings::defaultValue(k).toString().toStdString();
}

std::vector<std::string> methodsFrom(const QVariant& v) {
    std::vector<std::string> out;
    for (const QString& m : v.toStringList())
        if (!m.isEmpty()) // an empty list can come back from an INI file as one empty string
            out.push_back(m.toStdString());
    return out;
}

} // namespace

SliceBenchmarkRequest SliceBenchmarkRequest::defaults() {
    SliceBenchmarkRequest r;
    r.dataset = defaultStr(Settings::SliceBenchDataset);
    r.plant.task = defaultStr(Settings::SliceBenchTask);
    r.options.methods = methodsFrom(Settings::defaultValue(Settings::SliceBenchMethods));
    return r;
}

SliceBenchmarkRequest SliceBenchmarkRequest::fromSettings() {
    SliceBenchmarkRequest r;
    r.dataset = str(Settings::SliceBenchDataset);
    r.plant.task = str(Settings::SliceBenchTask);
    r.plant.classId = Settings::value(Settings::SliceBenchClass).toInt();
    r.plant.targetClass = Settings::value(Settings::SliceBenchTarget).toInt();
    r.plant.fraction = Settings::value(Settings::SliceBenchFraction).toDouble();
    r.plant.otherFraction = Settings::value(Settings::SliceBenchOtherFraction).toDouble();
    r.plant.signal = str(Settings::SliceBenchSignal);
    r.options.seed = Settings::value(Settings::SliceBenchSeed).toULongLong();
    r.plant.seed = r.options.seed;
    r.options.methods = methodsFrom(Settings::value(Settings::SliceBenchMethods));
    r.options.arch = str(Settings::SliceBenchArch);
    r.options.epochs = Settings::value(Settings::SliceBenchEpochs).toInt();
    r.options.device = str(Settings::SliceBenchDevice);
    r.options.k = Settings::value(Settings::SliceBenchK).toInt();
    r.options.topSlices = Settings::value(Settings::SliceBenchTopSlices).toInt();
    r.options.clusters = Settings::value(Settings::SliceBenchClusters).toInt();
    r.options.arnoldiDim = Settings::value(Settings::SliceBenchArnoldiDim).toInt();
    r.options.embeddingDim = Settings::value(Settings::SliceBenchEmbeddingDim).toInt();
    r.options.ranking = str(Settings::SliceBenchRanking);
    r.options.reuseModel = Settings::value(Settings::SliceBenchReuseModel).toBool();
    return r;
}

void SliceBenchmarkRequest::save() const {
    const auto q = [](const std::string& s) { return QString::fromStdString(s); };
    Settings::setValue(Settings::SliceBenchDataset, q(dataset));
    Settings::setValue(Settings::SliceBenchTask, q(plant.task));
    Settings::setValue(Settings::SliceBenchClass, plant.classId);
    Settings::setValue(Settings::SliceBenchTarget, plant.targetClass);
    Settings::setValue(Settings::SliceBenchFraction, plant.fraction);
    Settings::setValue(Settings::SliceBenchOtherFraction, plant.otherFraction);
    Settings::setValue(Settings::SliceBenchSignal, q(plant.signal));
    Settings::setValue(Settings::SliceBenchSeed, qulonglong(options.seed));
    QStringList methods;
    for (const auto& m : options.methods)
        methods << q(m);
    Settings::setValue(Settings::SliceBenchMethods, methods);
    Settings::setValue(Settings::SliceBenchArch, q(options.arch));
    Settings::setValue(Settings::SliceBenchEpochs, options.epochs);
    Settings::setValue(Settings::SliceBenchDevice, q(options.device));
    Settings::setValue(Settings::SliceBenchK, options.k);
    Settings::setValue(Settings::SliceBenchTopSlices, options.topSlices);
    Settings::setValue(Settings::SliceBenchClusters, options.clusters);
    Settings::setValue(Settings::SliceBenchArnoldiDim, options.arnoldiDim);
    Settings::setValue(Settings::SliceBenchEmbeddingDim, options.embeddingDim);
    Settings::setValue(Settings::SliceBenchRanking, q(options.ranking));
    Settings::setValue(Settings::SliceBenchReuseModel, options.reuseModel);
}

void SliceBenchmarkRequest::resetSettings() {
    for (int k = Settings::SliceBenchDataset; k <= Settings::SliceBenchReuseModel; ++k)
        Settings::reset(Settings::Key(k));
}

QString SliceBenchmarkRequest::describe() const {
    const QString task = plant.task == "planted"
                             ? QCoreApplication::translate("SliceBenchmark", "planted task")
                             : QString::fromStdString(plant.task);
    QString name = QFileInfo(QString::fromStdString(dataset)).fileName(); // a folder's name
    if (name.isEmpty())                                                   // "…/plant/"
        name = QString::fromStdString(dataset);
    return QCoreApplication::translate("SliceBenchmark", "Slice benchmark: %1 on %2 (seed %3)")
        .arg(task, name)
        .arg(qulonglong(options.seed));
}

workflows::SliceBenchmarkResult runSliceBenchmarkRequest(const SliceBenchmarkRequest& request,
                                                         const Progress& progress,
                                                         const CancelToken& cancel) {
    return workflows::loadPlantAndBenchmark(request.dataset, {}, request.plant, request.options,
                                            progress, cancel);
}

} // namespace fl::ui
