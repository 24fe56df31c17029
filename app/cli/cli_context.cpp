#include "app/cli/cli_context.h"
#include <chrono>
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
    // At most one line a second (and the last one), so a log shows the job move without a line
    // per batch; a script can ignore stderr.
    using Clock = std::chrono::steady_clock;
    static Clock::time_point last{};
    const auto now = Clock::now();
    if (fraction < 1.0 && now - last < std::chrono::seconds(1))
        return;
    last = now;
    std::fprintf(stderr, "[%3d%%] %s\n", static_cast<int>(fraction * 100.0 + 0.5), message.c_str());
}

Progress progressOf(const GlobalOptions& g) {
    return Progress([&g](double f, const std::string& m) { progressLine(g, f, m); });
}

} // namespace fl::cli
