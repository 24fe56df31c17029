#include "core/jobs/job_runner.h"
#include "core/common/log.h"
#include "core/jobs/torch_threads.h"
#include <algorithm>
#include <chrono>

namespace fl::jobs {

struct JobRunner::Entry {
    JobId id = 0;
    std::unique_ptr<Job> job;
    std::string name;
    JobWeight weight = JobWeight::Heavy;
    JobCallbacks callbacks;
    CancelToken token;
    JobState state = JobState::Queued;
    bool finished = false; // outcome published and onFinished returned
    std::shared_ptr<const JobOutcome> outcome;
};

namespace {

template <class F> void callSafely(const char* what, F&& f) {
    try {
        f();
    } catch (const std::exception& e) {
        logger("jobs")->error("{} callback threw: {}", what, e.what());
    } catch (...) {
        logger("jobs")->error("{} callback threw", what);
    }
}

} // namespace

JobRunner::JobRunner(JobRunnerOptions options) : m_options(options) {
    const int hw = defaultTorchThreads();
    m_torchThreads = options.torchThreads > 0 ? options.torchThreads : hw;
    m_options.maxHeavy = std::max(1, options.maxHeavy);
    const int workers = options.workers > 0 ? options.workers : std::max(2, hw);
    for (int i = 0; i < workers; ++i)
        m_threads.emplace_back([this] { workerLoop(); });
}

JobRunner::~JobRunner() {
    shutdown();
}

JobId JobRunner::submit(std::unique_ptr<Job> job, JobCallbacks callbacks) {
    if (!job)
        throwBadInput("JobRunner::submit: no job");
    auto e = std::make_shared<Entry>();
    e->name = job->name();
    e->weight = job->weight();
    e->job = std::move(job);
    e->callbacks = std::move(callbacks);
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping)
            throwFailure("cannot start '" + e->name + "': the job runner is shutting down");
        e->id = m_nextId++;
        m_entries.emplace(e->id, e);
        m_queue.push_back(e);
    }
    m_workCv.notify_all();
    return e->id;
}

std::shared_ptr<JobRunner::Entry> JobRunner::takeRunnableLocked() {
    for (auto it = m_queue.begin(); it != m_queue.end(); ++it) {
        if ((*it)->weight == JobWeight::Heavy && m_heavyRunning >= m_options.maxHeavy)
            continue; // a light job further back may still run now
        auto e = *it;
        m_queue.erase(it);
        e->state = JobState::Running;
        if (e->weight == JobWeight::Heavy)
            ++m_heavyRunning;
        return e;
    }
    return nullptr;
}

void JobRunner::workerLoop() {
    int applied = -1;
    for (;;) {
        std::shared_ptr<Entry> e;
        int threads = 0;
        {
            std::unique_lock lock(m_mutex);
            m_workCv.wait(lock, [&] { return m_stopping || (e = takeRunnableLocked()); });
            if (!e)
                return; // stopping: shutdown() has cancelled whatever was queued
            threads = m_torchThreads;
        }
        // OpenMP's thread count belongs to the thread: set it here, not in the constructor's.
        if (threads != applied) {
            fl::jobs::setTorchThreads(threads); // the free function, not the member
            applied = threads;
        }
        execute(*e, threads);
    }
}

void JobRunner::execute(Entry& e, int torchThreads) {
    auto outcome = std::make_shared<JobOutcome>();
    outcome->id = e.id;
    outcome->name = e.name;
    double last = 0.0; // only this worker reports for this job
    Progress progress([&e, &last](double fraction, const std::string& message) {
        last = std::max(last, fraction); // bars never move backwards
        if (e.callbacks.onProgress)
            callSafely("onProgress", [&] { e.callbacks.onProgress(e.id, last, message); });
    });
    JobContext context(progress, e.token, torchThreads);
    const auto start = std::chrono::steady_clock::now();
    try {
        outcome->value = e.job->run(context);
        // Cancel wins unless the job committed: one that noticed the token and returned early
        // has a partial result, one that committed has saved its result.
        outcome->state =
            e.token.cancelled() && !context.committed() ? JobState::Cancelled : JobState::Done;
        if (outcome->cancelled())
            outcome->value.reset();
    } catch (const Error& err) {
        outcome->state =
            err.kind() == ErrorKind::Cancelled ? JobState::Cancelled : JobState::Failed;
        outcome->errorKind = err.kind();
        outcome->error = err.what();
    } catch (const std::exception& err) {
        outcome->state = JobState::Failed;
        outcome->error = err.what();
    } catch (...) {
        outcome->state = JobState::Failed;
        outcome->error = "unknown error";
    }
    outcome->seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (outcome->state == JobState::Failed)
        logger("jobs")->warn("job '{}' failed: {}", e.name, outcome->error);
    e.job.reset(); // free what the job holds before anyone waits on the outcome
    {
        std::lock_guard lock(m_mutex);
        if (e.weight == JobWeight::Heavy)
            --m_heavyRunning;
    }
    m_workCv.notify_all(); // the heavy slot is free even while onFinished runs
    finish(e, std::move(outcome));
}

void JobRunner::finish(Entry& e, std::shared_ptr<JobOutcome> outcome) {
    {
        std::lock_guard lock(m_mutex);
        e.state = outcome->state;
        e.outcome = outcome;
    }
    if (e.callbacks.onFinished)
        callSafely("onFinished", [&] { e.callbacks.onFinished(*outcome); });
    {
        std::lock_guard lock(m_mutex);
        e.finished = true;
    }
    m_doneCv.notify_all();
}

bool JobRunner::cancel(JobId id) {
    std::shared_ptr<Entry> dropped;
    {
        std::lock_guard lock(m_mutex);
        auto it = m_entries.find(id);
        if (it == m_entries.end())
            return false;
        Entry& e = *it->second;
        if (e.state == JobState::Running) {
            e.token.cancel();
            return true;
        }
        if (e.state != JobState::Queued)
            return false;
        m_queue.erase(std::find(m_queue.begin(), m_queue.end(), it->second));
        e.state = JobState::Cancelled; // no worker can pick it any more
        dropped = it->second;
    }
    dropped->token.cancel();
    auto outcome = std::make_shared<JobOutcome>();
    outcome->id = dropped->id;
    outcome->name = dropped->name;
    outcome->state = JobState::Cancelled;
    dropped->job.reset();
    finish(*dropped, std::move(outcome));
    return true;
}

void JobRunner::cancelAll() {
    std::vector<JobId> ids;
    {
        std::lock_guard lock(m_mutex);
        for (const auto& [id, e] : m_entries)
            if (!e->finished)
                ids.push_back(id);
    }
    std::sort(ids.rbegin(), ids.rend()); // queued ones last-first, so none starts meanwhile
    for (JobId id : ids)
        cancel(id);
}

JobState JobRunner::state(JobId id) const {
    std::lock_guard lock(m_mutex);
    auto it = m_entries.find(id);
    if (it == m_entries.end())
        throwBadInput("no job with id " + std::to_string(id));
    return it->second->state;
}

std::shared_ptr<const JobOutcome> JobRunner::wait(JobId id) {
    std::unique_lock lock(m_mutex);
    auto it = m_entries.find(id);
    if (it == m_entries.end())
        throwBadInput("no job with id " + std::to_string(id));
    std::shared_ptr<Entry> e = it->second;
    m_doneCv.wait(lock, [&] { return e->finished; });
    return e->outcome;
}

void JobRunner::waitAll() {
    std::unique_lock lock(m_mutex);
    m_doneCv.wait(lock, [&] {
        return std::all_of(m_entries.begin(), m_entries.end(),
                           [](const auto& kv) { return kv.second->finished; });
    });
}

void JobRunner::release(JobId id) {
    std::lock_guard lock(m_mutex);
    auto it = m_entries.find(id);
    if (it != m_entries.end() && it->second->finished)
        m_entries.erase(it);
}

std::size_t JobRunner::pending() const {
    std::lock_guard lock(m_mutex);
    return static_cast<std::size_t>(std::count_if(
        m_entries.begin(), m_entries.end(), [](const auto& kv) { return !kv.second->finished; }));
}

void JobRunner::setTorchThreads(int n) {
    std::lock_guard lock(m_mutex);
    m_torchThreads = n > 0 ? n : defaultTorchThreads();
}

int JobRunner::torchThreads() const {
    std::lock_guard lock(m_mutex);
    return m_torchThreads;
}

void JobRunner::shutdown() {
    {
        std::lock_guard lock(m_mutex);
        if (m_threads.empty())
            return;
    }
    cancelAll();
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_workCv.notify_all();
    for (std::thread& t : m_threads)
        t.join();
    m_threads.clear();
    // A job submitted between cancelAll() and m_stopping never ran: report it cancelled.
    cancelAll();
}

} // namespace fl::jobs
