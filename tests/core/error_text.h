// The message of the fl::Error a call throws, or "" when it throws none: what tests compare
// against the words a user should read.
#pragma once
#include "core/common/error.h"
#include <functional>
#include <string>

namespace fl::test {

inline std::string errorOf(const std::function<void()>& f) {
    try {
        f();
    } catch (const Error& e) {
        return e.what();
    }
    return {};
}

} // namespace fl::test
