// Id → row lookups: where each id sits in a list of ids (example ids, dataset positions).
#pragma once
#include <cstdint>
#include <unordered_map>
#include <vector>

namespace fl {

// The row of each id (the first, when an id repeats).
inline std::unordered_map<std::int64_t, std::int64_t>
rowsById(const std::vector<std::int64_t>& ids) {
    std::unordered_map<std::int64_t, std::int64_t> m;
    m.reserve(ids.size());
    for (std::size_t r = 0; r < ids.size(); ++r)
        m.emplace(ids[r], std::int64_t(r));
    return m;
}

} // namespace fl
