// Internal to core/store: the open connection behind a Project and the write transaction every
// repository uses. Only the store's .cpp files include this (it brings in SQLiteCpp).
#pragma once
#include "core/common/error.h"
#include "core/store/project.h"
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <chrono>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace fl::store {

struct Project::Impl {
    Impl(const std::string& p, int flags) : path(p), db(p, flags, 5000) {}
    std::string path;
    SQLite::Database db;
    // One connection may be used from a job thread and the UI thread; SQLite serialises calls but
    // not whole transactions, so each repository operation holds this for its transaction.
    std::recursive_mutex mutex;
};

// BEGIN IMMEDIATE ... COMMIT, rolled back unless commit() is reached. IMMEDIATE takes the write
// lock at the start, so two writers never deadlock upgrading a read lock.
class WriteTransaction {
public:
    explicit WriteTransaction(Project::Impl& impl) : m_lock(impl.mutex), m_db(impl.db) {
        m_db.exec("BEGIN IMMEDIATE");
    }
    ~WriteTransaction() {
        if (!m_done) {
            try {
                m_db.exec("ROLLBACK");
            } catch (...) { // nothing sensible to do in a destructor
            }
        }
    }
    void commit() {
        m_db.exec("COMMIT");
        m_done = true;
    }
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

private:
    std::lock_guard<std::recursive_mutex> m_lock;
    SQLite::Database& m_db;
    bool m_done = false;
};

// Wall-clock time stored in every `created` / `started` / `ended` column: Unix milliseconds.
inline std::int64_t nowMs() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

// Optional integer columns (NULL <-> std::nullopt).
inline void bindOptional(SQLite::Statement& st, int index, const std::optional<std::int64_t>& v) {
    if (v)
        st.bind(index, static_cast<int64_t>(*v));
    else
        st.bind(index);
}

// Throws BadInput naming `what` unless `text` is valid JSON; "" becomes "{}".
std::string checkedJson(const std::string& text, const char* what);

// Runs one repository operation, turning SQLite errors into fl::Error naming the project file:
// a violated constraint (unknown run id, bad enum text) is BadInput, anything else Failure.
template <class F>
auto guarded(Project::Impl& impl, const char* operation, F&& f) -> decltype(f()) {
    try {
        return f();
    } catch (const SQLite::Exception& e) {
        const std::string msg = impl.path + ": " + operation + " failed: " + e.what();
        if ((e.getErrorCode() & 0xff) == 19) // SQLITE_CONSTRAINT
            throwBadInput(msg);
        throwFailure(msg);
    }
}

// The shapes every repository shares: one row by id, every row of a query, delete by id.
// `read` turns the statement's current row into a record; `bind` binds the query's parameters.
template <class Read>
auto selectOne(Project::Impl& impl, const char* operation, const std::string& select,
               std::int64_t id, Read read)
    -> std::optional<decltype(read(std::declval<SQLite::Statement&>()))> {
    std::lock_guard lock(impl.mutex);
    return guarded(impl, operation,
                   [&]() -> std::optional<decltype(read(std::declval<SQLite::Statement&>()))> {
                       SQLite::Statement st(impl.db, select + " WHERE id = ?");
                       st.bind(1, static_cast<int64_t>(id));
                       if (!st.executeStep())
                           return std::nullopt;
                       return read(st);
                   });
}

template <class Read, class Bind>
auto selectAll(Project::Impl& impl, const char* operation, const std::string& query, Read read,
               Bind bind) -> std::vector<decltype(read(std::declval<SQLite::Statement&>()))> {
    std::lock_guard lock(impl.mutex);
    return guarded(impl, operation, [&] {
        SQLite::Statement st(impl.db, query);
        bind(st);
        std::vector<decltype(read(std::declval<SQLite::Statement&>()))> out;
        while (st.executeStep())
            out.push_back(read(st));
        return out;
    });
}

template <class Read>
auto selectAll(Project::Impl& impl, const char* operation, const std::string& query, Read read) {
    return selectAll(impl, operation, query, read, [](SQLite::Statement&) {});
}

// DELETE FROM table WHERE id = ? in its own transaction (table is a constant of the caller).
inline void deleteById(Project::Impl& impl, const char* operation, const char* table,
                       std::int64_t id) {
    guarded(impl, operation, [&] {
        WriteTransaction tx(impl);
        SQLite::Statement st(impl.db, std::string("DELETE FROM ") + table + " WHERE id = ?");
        st.bind(1, static_cast<int64_t>(id));
        st.exec();
        tx.commit();
    });
}

} // namespace fl::store
