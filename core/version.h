// The software version recorded with every run, so a result names the build that produced it.
#pragma once
#include <string>

namespace fl {
std::string softwareVersion();
}
