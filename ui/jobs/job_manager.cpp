#include "ui/jobs/job_manager.h"
#include "core/jobs/job_runner.h"
#include "core/nn/device.h"
#include "ui/settings/settings.h"
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>
#include <mutex>

namespace fl::ui {
namespace {

// Coalesces a job's progress reports: a training loop reports every batch, but the UI thread
// needs at most one pending update per job, holding the latest value.
struct ProgressSlot {
    std::mutex mutex;
    double fraction = 0.0;
    std::string message;
    bool posted = false;
};

} // namespace

JobManager::JobManager(int threads, QObject* parent)
    : QObject(parent), m_threads(threads > 0 ? threads : Settings::effectiveThreads()) {
    fl::jobs::JobRunnerOptions o;
    o.torchThreads = m_threads;
    o.maxHeavy = 1; // torch, faiss and OpenBLAS each bring an OpenMP team: one at a time
    m_runner = std::make_unique<fl::jobs::JobRunner>(o);
}

JobManager::~JobManager() {
    // Workers may still post to us while they stop; once shutdown() returns no one does, and
    // ~QObject drops the events already posted.
    m_runner->shutdown();
}

JobId JobManager::submit(const QString& name, fl::jobs::JobWeight weight, Work work,
                         QObject* context, Done done) {
    auto slot = std::make_shared<ProgressSlot>();
    QPointer<JobManager> self(this);
    const int threads = m_threads;
    auto job = fl::jobs::makeJob(name.toStdString(), weight,
                                 [work = std::move(work), threads](fl::jobs::JobContext& c) {
                                     // Torch's thread count is per OS thread; set it every time
                                     // since a pooled worker may have run another job before.
                                     fl::nn::setComputeThreads(threads);
                                     return work(c);
                                 });
    fl::jobs::JobCallbacks cb;
    cb.onProgress = [this, slot](JobId id, double f, const std::string& m) {
        std::lock_guard lock(slot->mutex);
        slot->fraction = f;
        slot->message = m;
        if (slot->posted)
            return;
        slot->posted = true;
        QMetaObject::invokeMethod(
            this,
            [this, slot, id] {
                double f;
                QString m;
                {
                    std::lock_guard lock(slot->mutex);
                    f = slot->fraction;
                    m = QString::fromStdString(slot->message);
                    slot->posted = false;
                }
                onProgress(id, f, m);
            },
            Qt::QueuedConnection);
    };
    cb.onFinished = [this](const fl::jobs::JobOutcome& outcome) {
        auto copy = std::make_shared<const fl::jobs::JobOutcome>(outcome);
        QMetaObject::invokeMethod(
            this, [this, copy] { onFinished(copy); }, Qt::QueuedConnection);
    };

    const JobId id = m_runner->submit(std::move(job), std::move(cb));
    JobInfo info;
    info.id = id;
    info.name = name;
    info.clock.start();
    m_jobs.insert(id, info);
    m_order.append(id);
    m_deliveries.insert(id,
                        Delivery{QPointer<QObject>(context), context != nullptr, std::move(done)});
    Q_EMIT jobAdded(id);
    Q_EMIT activeCountChanged(activeCount());
    return id;
}

void JobManager::onProgress(JobId id, double fraction, const QString& message) {
    auto it = m_jobs.find(id);
    if (it == m_jobs.end() || it->finishedAfterMs >= 0)
        return;
    it->state = fl::jobs::JobState::Running;
    it->fraction = fraction;
    if (!message.isEmpty())
        it->message = message;
    Q_EMIT jobChanged(id);
}

void JobManager::onFinished(std::shared_ptr<const fl::jobs::JobOutcome> outcome) {
    const JobId id = outcome->id;
    m_runner->release(id);
    auto it = m_jobs.find(id);
    if (it != m_jobs.end()) {
        it->state = outcome->state;
        it->finishedAfterMs = it->clock.elapsed();
        if (outcome->ok())
            it->fraction = 1.0;
        it->error = QString::fromStdString(outcome->error);
        Q_EMIT jobChanged(id);
    }
    const Delivery d = m_deliveries.take(id);
    // The context check happens here, on the UI thread, where the context can be destroyed.
    if (d.done && (!d.hasContext || d.context))
        d.done(*outcome);
    Q_EMIT jobFinished(id);
    Q_EMIT activeCountChanged(activeCount());
}

bool JobManager::cancel(JobId id) {
    auto it = m_jobs.find(id);
    if (it == m_jobs.end() || it->finishedAfterMs >= 0)
        return false;
    it->message = tr("cancelling…");
    Q_EMIT jobChanged(id);
    return m_runner->cancel(id);
}

void JobManager::cancelAll() {
    for (JobId id : m_order)
        cancel(id);
}

void JobManager::clearFinished() {
    for (auto i = m_order.begin(); i != m_order.end();) {
        if (m_jobs.value(*i).finishedAfterMs >= 0) {
            const JobId id = *i;
            m_jobs.remove(id);
            i = m_order.erase(i);
            Q_EMIT jobRemoved(id);
        } else {
            ++i;
        }
    }
}

QList<JobId> JobManager::jobIds() const {
    return m_order;
}

const JobInfo* JobManager::job(JobId id) const {
    auto it = m_jobs.constFind(id);
    return it == m_jobs.constEnd() ? nullptr : &*it;
}

int JobManager::activeCount() const {
    int n = 0;
    for (const auto& j : m_jobs)
        n += j.finishedAfterMs < 0 ? 1 : 0;
    return n;
}

void JobManager::setThreads(int n) {
    m_threads = n > 0 ? n : Settings::effectiveThreads();
    m_runner->setTorchThreads(m_threads);
}

bool JobManager::waitForIdle(int timeoutMs) {
    QDeadlineTimer deadline(timeoutMs);
    while (activeCount() > 0 && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    return activeCount() == 0;
}

} // namespace fl::ui
