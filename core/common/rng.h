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

// SplitMix64 of seed and a stream index: independent, well-mixed seeds for the parts of a run
// (an image's draws, a region's samples) so a part can be redrawn on its own.
inline std::uint64_t mixSeed(std::uint64_t seed, std::uint64_t stream) {
    std::uint64_t z = seed + 0x9E3779B97F4A7C15ULL * (stream + 1);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

} // namespace fl
