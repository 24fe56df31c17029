#include "app/cli/cli_context.h"
#include <cstdio>
#include <iostream>

namespace fl::cli {

void emit(const GlobalOptions& g, const nlohmann::json& j, const std::string& text) {
    if (g.json)
        std::cout << j.dump(2) << std::endl;
    else
        std::cout << text << std::flush;
}

void progressLine(const GlobalOptions& g, double fraction, const std::string& message) {
    // One line per report; a terminal user sees the job move, a script can ignore stderr.
    std::fprintf(stderr, "[%3d%%] %s\n", static_cast<int>(fraction * 100.0 + 0.5), message.c_str());
}

} // namespace fl::cli
