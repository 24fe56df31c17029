#include "core/version.h"

namespace fl {
std::string softwareVersion() {
    return FAULTLINE_VERSION;
}
} // namespace fl
