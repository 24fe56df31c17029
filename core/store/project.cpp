#include "core/store/project.h"
#include "core/common/error.h"
#include "core/common/log.h"
#include "core/store/migrations.h"
#include "core/store/project_impl.h"
#include "core/store/run_repo.h"
#include <array>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fl::store {
namespace fs = std::filesystem;

namespace {

constexpr char kSqliteMagic[16] = "SQLite format 3"; // 15 characters and the terminating NUL

std::uint32_t bigEndian(const unsigned char* p, int bytes) {
    std::uint32_t v = 0;
    for (int i = 0; i < bytes; ++i)
        v = (v << 8) | p[i];
    return v;
}

bool looksLikeText(const unsigned char* p, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) {
        const unsigned char c = p[i];
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t')
            return false;
    }
    return true;
}

// Checks what SQLite would not tell us clearly: that the file is an SQLite database at all and
// that it is not shorter than its header says (a truncated copy or download).
void checkHeader(const std::string& path) {
    std::error_code ec;
    const auto size = fs::file_size(path, ec);
    if (ec)
        throwBadInput(path + ": cannot be read (" + ec.message() + ")");
    if (size == 0)
        throwBadInput(path + " is not a Faultline project (the file is empty)");
    std::array<unsigned char, 100> h{};
    std::ifstream in(path, std::ios::binary);
    in.read(reinterpret_cast<char*>(h.data()), h.size());
    const auto n = static_cast<std::size_t>(in.gcount());
    if (n < 16 || std::memcmp(h.data(), kSqliteMagic, 16) != 0) {
        if (looksLikeText(h.data(), n))
            throwBadInput(path + " is not a Faultline project (it is a text file, not a database)");
        throwBadInput(path + " is corrupt or not a Faultline project: it does not start with the "
                             "SQLite database header");
    }
    if (n < 100)
        throwBadInput(path + " is corrupt: truncated inside the database header");
    std::uint32_t pageSize = bigEndian(&h[16], 2);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        throwBadInput(path + " is corrupt: invalid page size in the database header");
    const std::uint32_t changeCounter = bigEndian(&h[24], 4);
    const std::uint32_t pages = bigEndian(&h[28], 4);
    const std::uint32_t validFor = bigEndian(&h[92], 4);
    // A non-empty WAL may legitimately be half checkpointed; SQLite finishes that itself.
    const bool walPending = fs::exists(path + "-wal", ec) && fs::file_size(path + "-wal", ec) > 0;
    const auto expected = std::uintmax_t(pages) * pageSize;
    if (validFor == changeCounter && !walPending && size < expected) {
        throwBadInput(path + " is corrupt: truncated (" + std::to_string(size) +
                      " bytes, its header says " + std::to_string(expected) + ")");
    }
}

void setConnectionPragmas(SQLite::Database& db) {
    // WAL: readers never block the writer and a killed process loses nothing committed.
    // synchronous=FULL also keeps the last commits across a power cut, at one fsync per commit.
    db.exec("PRAGMA journal_mode = WAL");
    db.exec("PRAGMA synchronous = FULL");
    db.exec("PRAGMA foreign_keys = ON");
    // A 32 MB page cache keeps a whole evaluation batch (70k rows) in memory until COMMIT
    // instead of spilling pages mid-transaction (the default is 2 MB).
    db.exec("PRAGMA cache_size = -32768");
}

[[noreturn]] void throwOpenError(const std::string& path, const SQLite::Exception& e) {
    const int code = e.getErrorCode() & 0xff;
    if (code == 11 || code == 26) // SQLITE_CORRUPT, SQLITE_NOTADB
        throwBadInput(path + " is corrupt: " + e.what());
    if (code == 8) // SQLITE_READONLY
        throwBadInput(path + " cannot be opened for writing: " + e.what());
    throwBadInput(path + " cannot be opened: " + e.what());
}

} // namespace

Project::Project(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Project::Project(Project&&) noexcept = default;
Project& Project::operator=(Project&&) noexcept = default;
Project::~Project() = default;

Project Project::create(const std::string& path) {
    std::error_code ec;
    if (fs::exists(path, ec))
        throwBadInput(path + ": cannot create a project, the file already exists");
    try {
        auto impl = std::make_unique<Impl>(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        setConnectionPragmas(impl->db);
        migrate(impl->db, 0);
        logger("store")->info("created project {}", path);
        return Project(std::move(impl));
    } catch (const SQLite::Exception& e) {
        // Leave no half-made file behind that a later open() would reject.
        for (const char* suffix : {"", "-wal", "-shm"})
            fs::remove(path + suffix, ec);
        throwBadInput(path + ": cannot create the project: " + e.what());
    }
}

Project Project::open(const std::string& path) {
    std::error_code ec;
    if (!fs::exists(path, ec))
        throwBadInput(path + ": no such project file");
    if (fs::is_directory(path, ec))
        throwBadInput(path + " is a folder, not a Faultline project file");
    checkHeader(path);
    try {
        auto impl = std::make_unique<Impl>(path, SQLite::OPEN_READWRITE);
        SQLite::Database& db = impl->db;
        // Read-only checks first: nothing is written to a file that is not ours or is too new.
        const int appId = db.execAndGet("PRAGMA application_id").getInt();
        if (appId != kApplicationId) {
            if (appId != 0) {
                char hex[16];
                std::snprintf(hex, sizeof hex, "0x%08X", static_cast<unsigned>(appId));
                throwBadInput(path +
                              " is not a Faultline project (an SQLite database of another "
                              "application, application id " +
                              hex + ")");
            }
            throwBadInput(path + " is not a Faultline project (an SQLite database without the "
                                 "Faultline application id)");
        }
        const int version = db.execAndGet("PRAGMA user_version").getInt();
        if (version > latestSchemaVersion()) {
            throwBadInput(path + " was written by a newer Faultline (schema " +
                          std::to_string(version) + ", this build reads up to " +
                          std::to_string(latestSchemaVersion()) + ")");
        }
        // Reading the whole schema makes SQLite parse every page of sqlite_master: a damaged
        // schema is reported here rather than on the first query.
        db.execAndGet("SELECT count(*) FROM sqlite_master WHERE type = 'table'");
        setConnectionPragmas(db);
        if (version < latestSchemaVersion())
            migrate(db, version);
        Project project(std::move(impl));
        // Runs a killed process left queued or running would otherwise show as running forever.
        // A project that cannot be written still opens; its runs just stay as they are.
        try {
            if (const int n = RunRepo(project).markInterrupted(); n > 0)
                logger("store")->warn("{}: {} run(s) of a process that ended marked interrupted",
                                      path, n);
        } catch (const Error& e) {
            logger("store")->warn("{}: unfinished runs not checked: {}", path, e.what());
        }
        return project;
    } catch (const SQLite::Exception& e) {
        throwOpenError(path, e);
    }
}

Project Project::openOrCreate(const std::string& path) {
    std::error_code ec;
    return fs::exists(path, ec) ? open(path) : create(path);
}

void Project::close() {
    m_impl.reset();
}

Project::Impl& Project::impl() const {
    if (!m_impl)
        throwFailure("the project is closed");
    return *m_impl;
}

const std::string& Project::path() const {
    return impl().path;
}

std::string Project::artifactsDir() const {
    return impl().path + ".artifacts";
}

int Project::schemaVersion() const {
    Impl& i = impl();
    std::lock_guard lock(i.mutex);
    return i.db.execAndGet("PRAGMA user_version").getInt();
}

int Project::latestSchemaVersion() {
    return fl::store::latestSchemaVersion();
}

std::int32_t Project::applicationId() {
    return kApplicationId;
}

std::string Project::integrityCheck() const {
    Impl& i = impl();
    std::lock_guard lock(i.mutex);
    return guarded(i, "integrity check", [&] {
        SQLite::Statement st(i.db, "PRAGMA integrity_check");
        std::ostringstream out;
        bool first = true;
        while (st.executeStep()) {
            out << (first ? "" : "\n") << st.getColumn(0).getString();
            first = false;
        }
        return out.str();
    });
}

} // namespace fl::store

// Declared in project_impl.h; here because every repository shares it.
#include <nlohmann/json.hpp>
namespace fl::store {
std::string checkedJson(const std::string& text, const char* what) {
    if (text.empty())
        return "{}";
    if (!nlohmann::json::accept(text))
        throwBadInput(std::string(what) + " is not valid JSON: " + text.substr(0, 80));
    return text;
}
} // namespace fl::store
