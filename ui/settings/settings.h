// Every persistent setting of the application, declared once (key and default) in one table, and
// typed accessors over QSettings so no other file spells a key or a default.
#pragma once
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

namespace fl::ui {

class Settings {
public:
    // One entry per setting; the table in settings.cpp gives each its key and default.
    enum Key {
        Device,        // "auto" | "cpu" | "cuda": where models run
        Threads,       // LibTorch threads per worker; 0 = all cores
        ThumbnailSize, // pixels of an image-grid thumbnail (before the screen's scale)
        Author,        // the name written on annotations
        RecentProjects,
        MaxRecentProjects,
        WindowGeometry,
        WindowState,
        // Tools ▸ Slice benchmark: the last run's form (defaults: the core's PlantParams and
        // SliceBenchmarkOptions, so the GUI's defaults are the CLI's).
        SliceBenchDataset,
        SliceBenchTask, // rare | correlation | noisy | planted (the dataset is a plant folder)
        SliceBenchClass,
        SliceBenchTarget,
        SliceBenchFraction, // < 0: the task's default
        SliceBenchOtherFraction,
        SliceBenchSignal,
        SliceBenchSeed,
        SliceBenchMethods, // QStringList
        SliceBenchArch,
        SliceBenchEpochs,
        SliceBenchDevice,
        SliceBenchK,
        SliceBenchTopSlices,
        SliceBenchClusters,
        SliceBenchArnoldiDim,
        SliceBenchEmbeddingDim,
        SliceBenchRanking, // accuracy | errors
        SliceBenchReuseModel,
        InfEmbedLast,   // Analysis ▸ InfEmbed: the last accepted settings (a map)
        SliceListScope, // latest | all | user: which slices the slice list shows
        KeyCount
    };

    static QString key(Key k);
    static QVariant defaultValue(Key k);
    static QVariant value(Key k);
    static void setValue(Key k, const QVariant& v);
    static void reset(Key k);

    // Typed accessors for the settings read in many places.
    static QString device() { return value(Device).toString(); }
    static int threads() { return value(Threads).toInt(); }
    // threads() with 0 resolved to the machine's core count.
    static int effectiveThreads();
    static int thumbnailSize() { return value(ThumbnailSize).toInt(); }
    static QString author();
    static QStringList recentProjects() { return value(RecentProjects).toStringList(); }
    // Moves `path` to the front of the recent list (deduplicated, capped).
    static void addRecentProject(const QString& path);
    static void removeRecentProject(const QString& path);

    // Analysis ▸ <method>…: the last accepted run form of each registered method, under
    // "methods/<id>/parameters/<name>" (text, as the core parses it) and "methods/<id>/split".
    // Keyed by the registry, so not in the table: a new method needs no entry here.
    static QVariantMap methodParameters(const QString& methodId);
    static void setMethodParameters(const QString& methodId, const QVariantMap& values);
    static QString methodSplit(const QString& methodId); // "" when never run
    static void setMethodSplit(const QString& methodId, const QString& split);
};

} // namespace fl::ui
