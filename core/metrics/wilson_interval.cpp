#include "core/metrics/wilson_interval.h"

#include <algorithm>
#include <cmath>

namespace fl::metrics {

ProportionInterval wilsonInterval(std::int64_t successes, std::int64_t n, double z) {
    if (n <= 0)
        return {0.0, 1.0};
    successes = std::clamp<std::int64_t>(successes, 0, n);
    const double nn = double(n);
    const double p = double(successes) / nn;
    const double z2 = z * z;
    const double denom = 1.0 + z2 / nn;
    const double centre = (p + z2 / (2.0 * nn)) / denom;
    const double half = z * std::sqrt(p * (1.0 - p) / nn + z2 / (4.0 * nn * nn)) / denom;
    // Clamp against rounding: at p = 0 or 1 the bound is exactly 0 or 1 in exact arithmetic.
    return {std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

} // namespace fl::metrics
