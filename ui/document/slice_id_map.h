// Undoing a slice removal re-adds it under a new database id; commands refer to a slice by the id
// it first had (its key) and this map says which id it has now.
#pragma once
#include <QHash>
#include <cstdint>

namespace fl::ui {

class SliceIdMap {
public:
    std::int64_t current(std::int64_t key) const { return m_current.value(key, key); }
    // The key a command knows a slice by, given the id the database uses now.
    std::int64_t key(std::int64_t currentId) const {
        for (auto it = m_current.begin(); it != m_current.end(); ++it)
            if (it.value() == currentId)
                return it.key();
        return currentId;
    }
    void set(std::int64_t key, std::int64_t currentId) { m_current.insert(key, currentId); }
    void clear() { m_current.clear(); }

private:
    QHash<std::int64_t, std::int64_t> m_current;
};

} // namespace fl::ui
