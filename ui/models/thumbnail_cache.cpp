#include "ui/models/thumbnail_cache.h"
#include "core/data/dataset.h"

#include <QMetaObject>
#include <QMutexLocker>
#include <algorithm>
#include <cmath>

namespace fl::ui {

namespace {
// Beyond this, the oldest requests are dropped: they scrolled away long ago.
constexpr size_t kMaxQueue = 512;

inline uchar toByte(float v) {
    return uchar(std::clamp(std::lround(v * 255.0f), 0L, 255L));
}
} // namespace

ThumbnailCache::ThumbnailCache(QObject* parent) : QObject(parent), m_cache(4000) {
    // Two cores are shared with the UI and the jobs: one thumbnail worker is plenty.
    m_pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount() / 2));
}

ThumbnailCache::~ThumbnailCache() {
    {
        QMutexLocker lock(&m_mutex);
        m_queue.clear();
        m_pending.clear();
    }
    m_pool.waitForDone();
}

void ThumbnailCache::setDataset(std::shared_ptr<const data::Dataset> dataset) {
    QMutexLocker lock(&m_mutex);
    m_dataset = std::move(dataset);
    ++m_generation;
    m_queue.clear();
    m_pending.clear();
    m_cache.clear();
}

void ThumbnailCache::setSize(QSize logicalSize, qreal devicePixelRatio) {
    QMutexLocker lock(&m_mutex);
    if (logicalSize == m_size && qFuzzyCompare(devicePixelRatio, m_dpr))
        return;
    m_size = logicalSize;
    m_dpr = devicePixelRatio;
    ++m_generation;
    m_queue.clear();
    m_pending.clear();
    m_cache.clear();
}

int ThumbnailCache::pendingCount() const {
    QMutexLocker lock(&m_mutex);
    return int(m_pending.size());
}

const QPixmap* ThumbnailCache::thumbnail(qint64 datasetIndex) {
    if (const QPixmap* p = m_cache.object(datasetIndex))
        return p;
    QMutexLocker lock(&m_mutex);
    if (!m_dataset || datasetIndex < 0 || datasetIndex >= m_dataset->size())
        return nullptr;
    if (m_pending.contains(datasetIndex))
        return nullptr;
    m_pending.insert(datasetIndex);
    m_queue.push_front(datasetIndex);
    while (m_queue.size() > kMaxQueue) {
        m_pending.remove(m_queue.back());
        m_queue.pop_back();
    }
    if (m_running < m_pool.maxThreadCount()) {
        ++m_running;
        m_pool.start([this] { work(); });
    }
    return nullptr;
}

void ThumbnailCache::work() {
    for (;;) {
        qint64 index = -1;
        quint64 generation = 0;
        std::shared_ptr<const data::Dataset> dataset;
        QSize size;
        {
            QMutexLocker lock(&m_mutex);
            if (m_queue.empty()) {
                --m_running;
                return;
            }
            index = m_queue.front();
            m_queue.pop_front();
            generation = m_generation;
            dataset = m_dataset;
            size = (QSizeF(m_size) * m_dpr).toSize();
        }
        if (!dataset)
            continue;
        const QImage full = toImage(*dataset, index);
        // Upscaled small images keep their pixels crisp; large ones are smoothed when shrunk.
        const bool up = full.width() < size.width();
        QImage thumb = full.scaled(size, Qt::KeepAspectRatio,
                                   up ? Qt::FastTransformation : Qt::SmoothTransformation);
        // The queued call is dropped if this object is gone; the destructor waits for us anyway.
        QMetaObject::invokeMethod(
            this, [this, generation, index, thumb] { deliver(generation, index, thumb); },
            Qt::QueuedConnection);
    }
}

void ThumbnailCache::deliver(quint64 generation, qint64 datasetIndex, const QImage& image) {
    qreal dpr = 1.0;
    {
        QMutexLocker lock(&m_mutex);
        if (generation != m_generation)
            return;
        m_pending.remove(datasetIndex);
        dpr = m_dpr;
    }
    auto* pixmap = new QPixmap(QPixmap::fromImage(image));
    pixmap->setDevicePixelRatio(dpr);
    m_cache.insert(datasetIndex, pixmap);
    Q_EMIT thumbnailReady(datasetIndex);
}

QImage ThumbnailCache::toImage(const data::Dataset& ds, qint64 index) {
    const int w = ds.width, h = ds.height, c = ds.channels;
    if (w <= 0 || h <= 0 || index < 0 || index >= ds.size())
        return {};
    const float* px = ds.image(index);
    const qsizetype plane = qsizetype(w) * h;
    if (c == 1) {
        QImage img(w, h, QImage::Format_Grayscale8);
        for (int y = 0; y < h; ++y) {
            uchar* line = img.scanLine(y);
            for (int x = 0; x < w; ++x)
                line[x] = toByte(px[y * w + x]);
        }
        return img;
    }
    QImage img(w, h, QImage::Format_RGB32);
    for (int y = 0; y < h; ++y) {
        auto* line = reinterpret_cast<QRgb*>(img.scanLine(y));
        for (int x = 0; x < w; ++x) {
            const qsizetype i = qsizetype(y) * w + x;
            const uchar r = toByte(px[i]);
            const uchar g = c > 1 ? toByte(px[plane + i]) : r;
            const uchar b = c > 2 ? toByte(px[2 * plane + i]) : r;
            line[x] = qRgb(r, g, b);
        }
    }
    return img;
}

} // namespace fl::ui
