// The Wilson score interval for a binomial proportion: how sure an error rate of k in n is. Used
// wherever a slice's error rate is shown, so small slices do not look more certain than they are.
#pragma once
#include <cstdint>

namespace fl::metrics {

struct ProportionInterval {
    double low = 0.0;
    double high = 1.0;
};

// z of the two-sided 95% normal interval.
inline constexpr double kZ95 = 1.959963984540054;

// Wilson interval of successes/n at the given z; n == 0 gives [0, 1] (nothing is known).
// Throws nothing: successes is clamped to [0, n].
ProportionInterval wilsonInterval(std::int64_t successes, std::int64_t n, double z = kZ95);

} // namespace fl::metrics
