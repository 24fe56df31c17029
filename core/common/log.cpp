#include "core/common/log.h"
#include <mutex>
#include <spdlog/sinks/stdout_color_sinks.h>

namespace fl {
std::shared_ptr<spdlog::logger> logger(const std::string& module) {
    static std::mutex mutex;
    std::lock_guard lock(mutex);
    if (auto existing = spdlog::get(module))
        return existing;
    // stderr, so a CLI's --json output on stdout stays machine-readable.
    auto created = spdlog::stderr_color_mt(module);
    created->set_level(spdlog::get_level());
    return created;
}
} // namespace fl
