// The bridge from core jobs (fl::jobs::JobRunner, worker threads, no Qt) to the UI thread: it
// posts progress and outcomes back as signals, and hands each result to a callback bound to a
// context object, so a view closed meanwhile never receives it.
#pragma once
#include "core/jobs/job.h"
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>
#include <memory>

namespace fl::jobs {
class JobRunner;
}

namespace fl::ui {

using fl::jobs::JobId;

// What the jobs panel shows about one job; kept until the job is cleared from the list.
struct JobInfo {
    JobId id = 0;
    QString name;
    fl::jobs::JobState state = fl::jobs::JobState::Queued;
    double fraction = 0.0;
    QString message;
    QString error;
    QElapsedTimer clock; // started when the job was submitted
    qint64 finishedAfterMs = -1;
};

class JobManager : public QObject {
    Q_OBJECT
public:
    using Work = std::function<std::any(fl::jobs::JobContext&)>;
    using Done = std::function<void(const fl::jobs::JobOutcome&)>;

    // threads <= 0: Settings::effectiveThreads(). One heavy job at a time (2-core machines).
    explicit JobManager(int threads = 0, QObject* parent = nullptr);
    ~JobManager() override; // cancels running jobs and waits for the workers

    // Runs `work` on a worker thread (after fl::nn::setComputeThreads(threads())). `done` runs
    // on the UI thread once the job ends (done, failed or cancelled) — only while `context` is
    // alive; without a context it is called as long as the manager lives.
    JobId submit(const QString& name, fl::jobs::JobWeight weight, Work work,
                 QObject* context = nullptr, Done done = {});

    // Convenience: a typed result R on success, a message on failure (not on cancel).
    template <class R, class F>
    JobId run(const QString& name, fl::jobs::JobWeight weight, F work, QObject* context,
              std::function<void(R)> onSuccess, std::function<void(QString)> onError = {}) {
        return submit(
            name, weight,
            [w = std::move(work)](fl::jobs::JobContext& c) mutable { return std::any(w(c)); },
            context,
            [onSuccess, onError](const fl::jobs::JobOutcome& o) {
                if (o.ok()) {
                    if (const R* r = o.template valueAs<R>(); r && onSuccess)
                        onSuccess(*r);
                } else if (!o.cancelled() && onError) {
                    onError(QString::fromStdString(o.error));
                }
            });
    }

    bool cancel(JobId id);
    void cancelAll();
    // Removes finished jobs from jobs() (the panel's "Clear").
    void clearFinished();

    QList<JobId> jobIds() const; // in submission order
    const JobInfo* job(JobId id) const;
    int activeCount() const; // queued + running

    void setThreads(int n); // for jobs started from now on
    int threads() const { return m_threads; }

    // Blocks (processing events) until no job is active or timeoutMs passes; for tests and
    // shutdown only, never from a view. True when all jobs ended.
    bool waitForIdle(int timeoutMs);

Q_SIGNALS:
    void jobAdded(fl::ui::JobId id);
    void jobChanged(fl::ui::JobId id); // progress, message or state
    void jobFinished(fl::ui::JobId id);
    void jobRemoved(fl::ui::JobId id);
    void activeCountChanged(int count);

private:
    void onProgress(JobId id, double fraction, const QString& message);
    void onFinished(std::shared_ptr<const fl::jobs::JobOutcome> outcome);

    std::unique_ptr<fl::jobs::JobRunner> m_runner;
    int m_threads = 1;
    QList<JobId> m_order;
    QHash<JobId, JobInfo> m_jobs;
    struct Delivery {
        QPointer<QObject> context;
        bool hasContext = false;
        Done done;
    };
    QHash<JobId, Delivery> m_deliveries;
};

} // namespace fl::ui
