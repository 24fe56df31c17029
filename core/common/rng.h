// Seeded randomness for the core: every random choice (splits, plants, subsets, inits) draws from
// an Rng built from the run's seed, so the same inputs and seed give the same output.
#pragma once
#include <cstdint>
#include <random>
#include <vector>

namespace fl {

class Rng {
public:
    explicit Rng(std::uint64_t seed) : m_engine(seed) {}
    std::mt19937_64& engine() { return m_engine; }
    double uniform() { return std::uniform_real_distribution<double>(0.0, 1.0)(m_engine); }
    // A permutation of 0..n-1 (Fisher–Yates with this engine; identical across platforms).
    std::vector<std::int64_t> permutation(std::int64_t n);

private:
    std::mt19937_64 m_engine;
};

} // namespace fl
