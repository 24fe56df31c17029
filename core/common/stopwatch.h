// Wall-clock seconds since a point: what methods and workflows record as their stage times
// (MethodResult::seconds, stageSeconds).
#pragma once
#include <chrono>

namespace fl {

inline double secondsSince(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

} // namespace fl
