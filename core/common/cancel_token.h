// A cancel flag shared between whoever runs a job and the job itself; the job polls it at every
// natural step (a batch, a PGD step, an Arnoldi iteration) and stops with ErrorKind::Cancelled.
#pragma once
#include <atomic>
#include <memory>

namespace fl {

class CancelToken {
public:
    CancelToken() : m_flag(std::make_shared<std::atomic<bool>>(false)) {}
    void cancel() const { m_flag->store(true, std::memory_order_relaxed); }
    bool cancelled() const { return m_flag->load(std::memory_order_relaxed); }
    // Throws Error(ErrorKind::Cancelled) when cancelled: the one-line check inside loops.
    void throwIfCancelled() const;

private:
    std::shared_ptr<std::atomic<bool>> m_flag;
};

} // namespace fl
