// spdlog loggers, one per core module ("data", "nn", "store", "jobs", ...), created on first use.
#pragma once
#include <memory>
#include <spdlog/spdlog.h>
#include <string>

namespace fl {
std::shared_ptr<spdlog::logger> logger(const std::string& module);
}
