// A long computation the JobRunner executes: it reports progress, polls its cancel token and
// returns a value (or throws fl::Error). No job touches the UI; the UI wraps one in a QObject.
#pragma once
#include "core/common/cancel_token.h"
#include "core/common/error.h"
#include "core/common/progress.h"
#include <any>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <utility>

namespace fl::jobs {

using JobId = std::uint64_t;

enum class JobState { Queued, Running, Done, Failed, Cancelled };
const char* jobStateName(JobState s); // "queued", "running", ...

// Heavy jobs bring an OpenMP team (torch, faiss, OpenBLAS); the runner runs one at a time by
// default so they do not oversubscribe the cores. Light jobs (I/O, small queries) run alongside.
enum class JobWeight { Light, Heavy };

// What a running job sees: where to report progress and the token to poll.
class JobContext {
public:
    JobContext(Progress progress, CancelToken cancel, int torchThreads)
        : m_progress(std::move(progress)), m_cancel(std::move(cancel)),
          m_torchThreads(torchThreads) {}

    const Progress& progress() const { return m_progress; }
    const CancelToken& cancelToken() const { return m_cancel; }
    void report(double fraction, const std::string& message) const {
        m_progress.report(fraction, message);
    }
    bool cancelled() const { return m_cancel.cancelled(); }
    // Throws Error(Cancelled): the one-line check at each step of a loop.
    void throwIfCancelled() const { m_cancel.throwIfCancelled(); }
    // LibTorch intra-op threads already set on this worker thread by the runner.
    int torchThreads() const { return m_torchThreads; }
    // Marks the point after which the job's work is saved (e.g. written to the project): a
    // cancel that arrives later no longer discards the result, so the UI shows what was saved.
    void commit() { m_committed = true; }
    bool committed() const { return m_committed; }

private:
    Progress m_progress;
    CancelToken m_cancel;
    int m_torchThreads;
    bool m_committed = false;
};

class Job {
public:
    virtual ~Job() = default;
    virtual std::string name() const = 0;
    virtual JobWeight weight() const { return JobWeight::Heavy; }
    // Runs on a worker thread. Returns the result (any copyable value, or empty); throws
    // fl::Error (or any std::exception) to fail, Error(Cancelled) to stop early.
    virtual std::any run(JobContext& context) = 0;
};

// How a job ended. `value` holds the result of a Done job; `error` the message of a Failed one.
struct JobOutcome {
    JobId id = 0;
    std::string name;
    JobState state = JobState::Queued;
    std::any value;
    std::string error;
    ErrorKind errorKind = ErrorKind::Failure; // meaningful when Failed
    double seconds = 0.0;                     // running time; 0 when cancelled while queued

    bool ok() const { return state == JobState::Done; }
    bool cancelled() const { return state == JobState::Cancelled; }
    // The result as T, or nullptr when there is none or it holds another type.
    template <class T> const T* valueAs() const { return std::any_cast<T>(&value); }
};

// A job made from a callable `R f(JobContext&)`; void results give an empty value.
template <class F> class FunctionJob : public Job {
public:
    FunctionJob(std::string name, JobWeight weight, F f)
        : m_name(std::move(name)), m_weight(weight), m_f(std::move(f)) {}
    std::string name() const override { return m_name; }
    JobWeight weight() const override { return m_weight; }
    std::any run(JobContext& context) override {
        if constexpr (std::is_void_v<std::invoke_result_t<F&, JobContext&>>) {
            m_f(context);
            return {};
        } else {
            return std::any(m_f(context));
        }
    }

private:
    std::string m_name;
    JobWeight m_weight;
    F m_f;
};

template <class F> std::unique_ptr<Job> makeJob(std::string name, JobWeight weight, F f) {
    return std::make_unique<FunctionJob<F>>(std::move(name), weight, std::move(f));
}

} // namespace fl::jobs
