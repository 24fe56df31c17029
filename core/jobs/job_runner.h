// Runs Jobs on a small pool of std::threads (no Qt): a queue with states, at most one heavy job
// at a time by default, cancel, wait, and callbacks from the worker thread for the UI to forward.
#pragma once
#include "core/jobs/job.h"
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <vector>

namespace fl::jobs {

// Called on the WORKER thread that runs the job (onFinished of a job cancelled while still
// queued: on the thread that called cancel() or the runner's destructor). Keep them short and
// thread-safe; a UI posts them to its own thread (e.g. QMetaObject::invokeMethod on a context
// object). Exceptions thrown by a callback are logged and swallowed.
struct JobCallbacks {
    // Fractions in [0,1], never decreasing for one job.
    std::function<void(JobId id, double fraction, const std::string& message)> onProgress;
    // Called once per job, whatever the outcome; wait(id) returns only after it has returned.
    std::function<void(const JobOutcome& outcome)> onFinished;
};

struct JobRunnerOptions {
    int workers = 0;      // threads; 0 = max(2, hardware concurrency) so a light job can always
                          // run beside a heavy one
    int maxHeavy = 1;     // heavy jobs running at once
    int torchThreads = 0; // LibTorch threads set in each worker; 0 = hardware concurrency
};

class JobRunner {
public:
    explicit JobRunner(JobRunnerOptions options = {});
    // shutdown(): cancels everything and joins the workers.
    ~JobRunner();
    JobRunner(const JobRunner&) = delete;
    JobRunner& operator=(const JobRunner&) = delete;

    // Queues a job; it starts when a worker is free (and, if heavy, no other heavy job runs).
    // Throws Failure after shutdown().
    JobId submit(std::unique_ptr<Job> job, JobCallbacks callbacks = {});
    // A queued job is dropped without running (Cancelled); a running one gets its token set and
    // ends Cancelled when it stops. False when the id is unknown or the job already finished.
    bool cancel(JobId id);
    void cancelAll();

    // BadInput for an unknown id.
    JobState state(JobId id) const;
    // Blocks until the job has finished and its onFinished returned. BadInput for an unknown id.
    std::shared_ptr<const JobOutcome> wait(JobId id);
    void waitAll();
    // Forgets a finished job's outcome (outcomes are kept for wait() until then).
    void release(JobId id);
    // Queued + running jobs.
    std::size_t pending() const;

    // Applies to jobs started from now on; each worker re-applies it before its next job.
    void setTorchThreads(int n);
    int torchThreads() const;
    int workerCount() const { return static_cast<int>(m_threads.size()); }

    // Cancels queued and running jobs and joins the workers; idempotent.
    void shutdown();

private:
    struct Entry;
    void workerLoop();
    std::shared_ptr<Entry> takeRunnableLocked();
    void execute(Entry& entry, int torchThreads);
    void finish(Entry& entry, std::shared_ptr<JobOutcome> outcome);

    JobRunnerOptions m_options;
    mutable std::mutex m_mutex;
    std::condition_variable m_workCv; // a job was queued, a heavy slot freed, or stopping
    std::condition_variable m_doneCv; // a job finished
    std::deque<std::shared_ptr<Entry>> m_queue;
    std::unordered_map<JobId, std::shared_ptr<Entry>> m_entries;
    JobId m_nextId = 1;
    int m_heavyRunning = 0;
    int m_torchThreads = 1;
    bool m_stopping = false;
    std::vector<std::thread> m_threads;
};

} // namespace fl::jobs
