// Thumbnails of dataset images, made on worker threads from the dataset's float pixels and kept
// in an LRU cache. The newest requests are served first, so fast scrolling never waits behind
// rows that already left the screen.
#pragma once
#include <QCache>
#include <QImage>
#include <QMutex>
#include <QObject>
#include <QPixmap>
#include <QSet>
#include <QSize>
#include <QThreadPool>
#include <deque>
#include <memory>

namespace fl::data {
struct Dataset;
}

namespace fl::ui {

class ThumbnailCache : public QObject {
    Q_OBJECT
public:
    explicit ThumbnailCache(QObject* parent = nullptr);
    ~ThumbnailCache() override; // waits for the workers

    // Drops every thumbnail and pending request; null while no project is open.
    void setDataset(std::shared_ptr<const data::Dataset> dataset);
    // Thumbnail size in device-independent pixels and the screen's device pixel ratio.
    void setSize(QSize logicalSize, qreal devicePixelRatio);
    QSize size() const { return m_size; }
    // The cached thumbnail, or null after queueing it (thumbnailReady follows).
    const QPixmap* thumbnail(qint64 datasetIndex);
    int pendingCount() const;
    void setCapacity(int thumbnails) { m_cache.setMaxCost(thumbnails); }

    // The dataset's image as a QImage (grey or RGB) at its own resolution.
    static QImage toImage(const data::Dataset& dataset, qint64 index);

Q_SIGNALS:
    void thumbnailReady(qint64 datasetIndex);

private:
    void work();
    void deliver(quint64 generation, qint64 datasetIndex, const QImage& image);

    QCache<qint64, QPixmap> m_cache;
    QThreadPool m_pool;
    mutable QMutex m_mutex; // guards everything below
    std::shared_ptr<const data::Dataset> m_dataset;
    std::deque<qint64> m_queue; // newest first
    QSet<qint64> m_pending;
    quint64 m_generation = 0;
    int m_running = 0;
    QSize m_size{96, 96};
    qreal m_dpr = 1.0;
};

} // namespace fl::ui
