// SHA-256 for content-addressed artifact names: a small in-tree implementation (FIPS 180-4) so the
// store needs no crypto library. Incremental, so a header and a large array hash without copying.
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>

namespace fl::store {

class Sha256 {
public:
    Sha256();
    void update(const void* data, std::size_t bytes);
    // Lower-case hex of the 32-byte digest; the object must not be updated afterwards.
    std::string hexDigest();
    static std::string hex(const void* data, std::size_t bytes);

private:
    void block(const std::uint8_t* p);
    std::array<std::uint32_t, 8> m_state;
    std::array<std::uint8_t, 64> m_buffer{};
    std::size_t m_buffered = 0;
    std::uint64_t m_length = 0; // bytes hashed so far
};

} // namespace fl::store
