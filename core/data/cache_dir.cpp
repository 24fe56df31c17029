#include "core/data/cache_dir.h"
#include <cstdlib>

namespace fl::data {

namespace {
std::string envOr(const char* name, const std::string& fallback) {
    const char* v = std::getenv(name);
    return (v && *v) ? std::string(v) : fallback;
}
} // namespace

std::string defaultCacheDir() {
    const std::string own = envOr("FAULTLINE_CACHE_DIR", "");
    if (!own.empty())
        return own;
    const std::string home = envOr("HOME", "/tmp");
    return envOr("XDG_CACHE_HOME", home + "/.cache") + "/faultline";
}

} // namespace fl::data
