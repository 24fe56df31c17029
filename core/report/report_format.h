// How the report writes numbers and times, shared by every writer so the PDF, HTML and the
// tests agree on the text ("87.5%", "[23.7%, 76.3%]", "2024-05-01 12:00:00 UTC").
#pragma once
#include <cstdint>
#include <string>

namespace fl::report {

// A fraction as a percentage with `decimals` digits; "–" for NaN.
std::string formatPercent(double fraction, int decimals = 1);
// "[low%, high%]".
std::string formatInterval(double low, double high, int decimals = 1);
// Unix milliseconds as "YYYY-MM-DD HH:MM:SS UTC" (UTC, so reports do not depend on the machine).
std::string formatTime(std::int64_t unixMs);
// An integer with thin grouping: 70000 → "70,000".
std::string formatCount(std::int64_t n);
// An influence score: "−1.23e+04", "+0.412", "0" — three significant digits, a sign always, a
// real minus sign; exponents only outside [0.01, 10⁴) where fixed digits would mislead.
std::string formatInfluence(double value);
// Three significant digits ("0.0123", "1.5e+03"), as a coherence or a loss is shown.
std::string formatSignificant(double value);
// Wall-clock now in Unix milliseconds.
std::int64_t nowMs();

} // namespace fl::report
