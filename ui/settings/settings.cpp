#include "ui/settings/settings.h"
#include "core/data/planted_tasks.h"
#include "core/workflows/slice_benchmark.h"
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QThread>
#include <array>

namespace fl::ui {
namespace {

struct Entry {
    Settings::Key key;
    const char* name;
    QVariant (*makeDefault)(); // a function: some defaults depend on the machine or the user
};

QString userName() {
    const QString u = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return u.isEmpty() ? QStringLiteral("annotator") : u;
}

// The slice benchmark's defaults are the core's, so the form starts where the CLI does.
const fl::data::PlantParams kPlant{};
const fl::workflows::SliceBenchmarkOptions kBench{};

// THE table: the only place a settings key or default is written.
const std::array<Entry, Settings::KeyCount> kTable{{
    {Settings::Device, "compute/device", [] { return QVariant(QStringLiteral("auto")); }},
    {Settings::Threads, "compute/threads", [] { return QVariant(0); }},
    {Settings::ThumbnailSize, "view/thumbnailSize", [] { return QVariant(64); }},
    {Settings::Author, "annotate/author", [] { return QVariant(userName()); }},
    {Settings::RecentProjects, "files/recentProjects", [] { return QVariant(QStringList()); }},
    {Settings::MaxRecentProjects, "files/maxRecentProjects", [] { return QVariant(8); }},
    {Settings::WindowGeometry, "window/geometry", [] { return QVariant(QByteArray()); }},
    {Settings::WindowState, "window/state", [] { return QVariant(QByteArray()); }},
    {Settings::SliceBenchDataset, "sliceBenchmark/dataset",
     [] { return QVariant(QStringLiteral("fashion-mnist")); }},
    {Settings::SliceBenchTask, "sliceBenchmark/task",
     [] { return QVariant(QStringLiteral("correlation")); }},
    {Settings::SliceBenchClass, "sliceBenchmark/class", [] { return QVariant(kPlant.classId); }},
    {Settings::SliceBenchTarget, "sliceBenchmark/target",
     [] { return QVariant(kPlant.targetClass); }},
    {Settings::SliceBenchFraction, "sliceBenchmark/fraction",
     [] { return QVariant(kPlant.fraction); }},
    {Settings::SliceBenchOtherFraction, "sliceBenchmark/otherFraction",
     [] { return QVariant(kPlant.otherFraction); }},
    {Settings::SliceBenchSignal, "sliceBenchmark/signal",
     [] { return QVariant(QString::fromStdString(kPlant.signal)); }},
    {Settings::SliceBenchSeed, "sliceBenchmark/seed",
     [] { return QVariant(qulonglong(kPlant.seed)); }},
    {Settings::SliceBenchMethods, "sliceBenchmark/methods",
     [] {
         QStringList all;
         for (const auto& m : fl::workflows::sliceBenchmarkMethods())
             all << QString::fromStdString(m);
         return QVariant(all);
     }},
    {Settings::SliceBenchArch, "sliceBenchmark/arch",
     [] { return QVariant(QString::fromStdString(kBench.arch)); }},
    {Settings::SliceBenchEpochs, "sliceBenchmark/epochs", [] { return QVariant(kBench.epochs); }},
    {Settings::SliceBenchDevice, "sliceBenchmark/device",
     [] { return QVariant(QString::fromStdString(kBench.device)); }},
    {Settings::SliceBenchK, "sliceBenchmark/k", [] { return QVariant(kBench.k); }},
    {Settings::SliceBenchTopSlices, "sliceBenchmark/topSlices",
     [] { return QVariant(kBench.topSlices); }},
    {Settings::SliceBenchClusters, "sliceBenchmark/clusters",
     [] { return QVariant(kBench.clusters); }},
    {Settings::SliceBenchArnoldiDim, "sliceBenchmark/arnoldiDim",
     [] { return QVariant(kBench.arnoldiDim); }},
    {Settings::SliceBenchEmbeddingDim, "sliceBenchmark/embeddingDim",
     [] { return QVariant(kBench.embeddingDim); }},
    {Settings::SliceBenchRanking, "sliceBenchmark/ranking",
     [] { return QVariant(QString::fromStdString(kBench.ranking)); }},
    {Settings::SliceBenchReuseModel, "sliceBenchmark/reuseModel",
     [] { return QVariant(kBench.reuseModel); }},
    {Settings::InfEmbedLast, "analysis/infembedLast", [] { return QVariant(QVariantMap()); }},
    {Settings::SliceListScope, "slices/scope", [] { return QVariant(QStringLiteral("latest")); }},
}};

const Entry& entry(Settings::Key k) {
    Q_ASSERT(kTable[k].key == k); // the table is in enum order
    return kTable[k];
}

} // namespace

QString Settings::key(Key k) {
    return QString::fromLatin1(entry(k).name);
}

QVariant Settings::defaultValue(Key k) {
    return entry(k).makeDefault();
}

QVariant Settings::value(Key k) {
    return QSettings().value(key(k), defaultValue(k));
}

void Settings::setValue(Key k, const QVariant& v) {
    QSettings().setValue(key(k), v);
}

void Settings::reset(Key k) {
    QSettings().remove(key(k));
}

int Settings::effectiveThreads() {
    const int n = threads();
    return n > 0 ? n : qMax(1, QThread::idealThreadCount());
}

QString Settings::author() {
    const QString a = value(Author).toString().trimmed();
    return a.isEmpty() ? defaultValue(Author).toString() : a;
}

void Settings::addRecentProject(const QString& path) {
    const QString p = QFileInfo(path).absoluteFilePath();
    QStringList list = recentProjects();
    list.removeAll(p);
    list.prepend(p);
    while (list.size() > qMax(1, value(MaxRecentProjects).toInt()))
        list.removeLast();
    setValue(RecentProjects, list);
}

void Settings::removeRecentProject(const QString& path) {
    QStringList list = recentProjects();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    setValue(RecentProjects, list);
}

namespace {

QString methodGroup(const QString& methodId) {
    return QStringLiteral("methods/%1").arg(methodId);
}

} // namespace

QVariantMap Settings::methodParameters(const QString& methodId) {
    QSettings s;
    s.beginGroup(methodGroup(methodId) + QStringLiteral("/parameters"));
    QVariantMap values;
    for (const QString& name : s.childKeys())
        values.insert(name, s.value(name));
    return values;
}

void Settings::setMethodParameters(const QString& methodId, const QVariantMap& values) {
    QSettings s;
    s.beginGroup(methodGroup(methodId) + QStringLiteral("/parameters"));
    s.remove(QString()); // parameters a method no longer declares go too
    for (auto it = values.begin(); it != values.end(); ++it)
        s.setValue(it.key(), it.value());
}

QString Settings::methodSplit(const QString& methodId) {
    return QSettings().value(methodGroup(methodId) + QStringLiteral("/split")).toString();
}

void Settings::setMethodSplit(const QString& methodId, const QString& split) {
    QSettings().setValue(methodGroup(methodId) + QStringLiteral("/split"), split);
}

} // namespace fl::ui
