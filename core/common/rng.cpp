#include "core/common/rng.h"
#include <numeric>

namespace fl {
std::vector<std::int64_t> Rng::permutation(std::int64_t n) {
    std::vector<std::int64_t> p(static_cast<std::size_t>(n));
    std::iota(p.begin(), p.end(), 0);
    // Own Fisher–Yates: std::shuffle's algorithm is implementation-defined, which would make
    // seeded splits differ between standard libraries.
    for (std::int64_t i = n - 1; i > 0; --i) {
        const auto j = static_cast<std::int64_t>(m_engine() % static_cast<std::uint64_t>(i + 1));
        std::swap(p[i], p[j]);
    }
    return p;
}
} // namespace fl
