#include "core/report/report_format.h"
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>

namespace fl::report {

std::string formatPercent(double fraction, int decimals) {
    if (std::isnan(fraction))
        return "–";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.*f%%", decimals, fraction * 100.0);
    return buf;
}

std::string formatSignificant(double value) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3g", value);
    return buf;
}

std::string formatInfluence(double value) {
    const double a = std::abs(value);
    char buf[32];
    if (a != 0.0 && (a >= 1e4 || a < 1e-2))
        std::snprintf(buf, sizeof buf, "%.2e", a);
    else
        std::snprintf(buf, sizeof buf, "%.3g", a);
    return (value < 0 ? std::string("\u2212") : value > 0 ? std::string("+") : std::string()) + buf;
}

std::string formatInterval(double low, double high, int decimals) {
    return std::string("[") + formatPercent(low, decimals) + std::string(", ") +
           formatPercent(high, decimals) + "]";
}

std::string formatTime(std::int64_t unixMs) {
    const std::time_t t = static_cast<std::time_t>(unixMs / 1000);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[40];
    std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S UTC", &tm);
    return buf;
}

std::string formatCount(std::int64_t n) {
    std::string digits = std::to_string(n < 0 ? -n : n);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += ',';
        out += digits[i];
    }
    return n < 0 ? std::string("-") + out : out;
}

std::int64_t nowMs() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

} // namespace fl::report
