#include "core/store/artifact_store.h"
#include "core/common/error.h"
#include "core/store/project_impl.h"
#include "core/store/sha256.h"
#include <atomic>
#include <bit>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#ifndef _WIN32
#include <fcntl.h>
#include <unistd.h>
#endif

namespace fl::store {
namespace fs = std::filesystem;

// The file format writes elements and header fields in native order and assumes it is this one.
static_assert(std::endian::native == std::endian::little, "artifact files are little-endian");

namespace {

constexpr char kMagic[8] = {'F', 'L', 'A', 'R', 'R', 'A', 'Y', '1'};
constexpr DType kDTypes[] = {DType::Float32, DType::Float64, DType::Int32, DType::Int64,
                             DType::UInt8};

DType parseDType(const std::string& name) {
    for (DType t : kDTypes)
        if (name == dtypeName(t))
            return t;
    throwBadInput("unknown artifact dtype '" + name + "'");
}

// magic, u32 dtype, u32 ndim, i64 dims[ndim]: hashed together with the data, so the same bytes
// with another shape or dtype are another artifact.
std::vector<std::uint8_t> fileHeader(DType dtype, const std::vector<std::int64_t>& shape) {
    std::vector<std::uint8_t> h(sizeof kMagic + 8 + 8 * shape.size());
    std::memcpy(h.data(), kMagic, sizeof kMagic);
    const std::uint32_t code = static_cast<std::uint32_t>(dtype);
    const std::uint32_t ndim = static_cast<std::uint32_t>(shape.size());
    std::memcpy(h.data() + 8, &code, 4);
    std::memcpy(h.data() + 12, &ndim, 4);
    if (!shape.empty())
        std::memcpy(h.data() + 16, shape.data(), 8 * shape.size());
    return h;
}

std::int64_t product(const std::vector<std::int64_t>& shape) {
    std::int64_t n = 1;
    for (std::int64_t d : shape)
        n *= d;
    return n;
}

// Writes and fsyncs a temp file in the same folder, then renames it over `target`: readers see
// either no file or the whole file, even if the process dies half way.
void writeAtomically(const fs::path& target, const std::vector<std::uint8_t>& header,
                     const void* data, std::size_t bytes) {
    static std::atomic<unsigned> counter{0};
    fs::path tmp = target;
    tmp += ".tmp-" +
           std::to_string(
#ifndef _WIN32
               ::getpid()
#else
               0
#endif
                   ) +
           "-" + std::to_string(counter++);
    std::FILE* f = std::fopen(tmp.string().c_str(), "wb");
    if (!f)
        throwFailure("cannot write artifact file " + tmp.string() + ": " + std::strerror(errno));
    bool ok = std::fwrite(header.data(), 1, header.size(), f) == header.size() &&
              (bytes == 0 || std::fwrite(data, 1, bytes, f) == bytes) && std::fflush(f) == 0;
#ifndef _WIN32
    ok = ok && ::fsync(::fileno(f)) == 0;
#endif
    ok = (std::fclose(f) == 0) && ok;
    std::error_code ec;
    if (!ok) {
        fs::remove(tmp, ec);
        throwFailure("cannot write artifact file " + tmp.string() + " (disk full?)");
    }
    fs::rename(tmp, target, ec);
    if (ec) {
        fs::remove(tmp, ec);
        throwFailure("cannot rename artifact file to " + target.string() + ": " + ec.message());
    }
#ifndef _WIN32
    // The rename itself is durable only once the folder is synced.
    const int dir = ::open(target.parent_path().c_str(), O_RDONLY);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
#endif
}

} // namespace

const char* dtypeName(DType t) {
    switch (t) {
    case DType::Float32:
        return "float32";
    case DType::Float64:
        return "float64";
    case DType::Int32:
        return "int32";
    case DType::Int64:
        return "int64";
    case DType::UInt8:
        return "uint8";
    }
    return "float32";
}

std::size_t dtypeSize(DType t) {
    switch (t) {
    case DType::Float32:
    case DType::Int32:
        return 4;
    case DType::Float64:
    case DType::Int64:
        return 8;
    case DType::UInt8:
        return 1;
    }
    return 1;
}

std::int64_t ArtifactArray::elements() const {
    return product(shape);
}

std::vector<float> ArtifactArray::toFloats() const {
    if (dtype != DType::Float32)
        throwBadInput(std::string("artifact holds ") + dtypeName(dtype) + ", not float32");
    std::vector<float> out(data.size() / sizeof(float));
    if (!out.empty())
        std::memcpy(out.data(), data.data(), out.size() * sizeof(float));
    return out;
}

void checkArray(const ArtifactArray& a, DType dtype, const std::string& where) {
    if (a.dtype != dtype)
        throwBadInput(where + " holds " + dtypeName(a.dtype) + ", expected " + dtypeName(dtype));
    if (a.shape.empty() || a.shape.size() > 4 || a.data.size() % dtypeSize(dtype) != 0 ||
        std::int64_t(a.data.size() / dtypeSize(dtype)) != a.elements())
        throwBadInput(where + " has a malformed shape");
}

void ArtifactStore::attachArray(std::int64_t runId, const std::string& role,
                                const std::string& kind, const ArtifactArray& array) {
    if (array.data.empty())
        return; // absent means empty; a zero-byte artifact says nothing more
    attach(runId, role, put(kind, array.dtype, array.shape, array.data.data(), array.data.size()));
}

std::optional<ArtifactArray> ArtifactStore::loadForRun(std::int64_t runId,
                                                       const std::string& role) const {
    const auto hash = forRun(runId, role);
    if (!hash)
        return std::nullopt;
    try {
        return load(*hash, true);
    } catch (const std::exception& e) {
        throwBadInput("run " + std::to_string(runId) + ": artifact '" + role +
                      "' could not be read: " + e.what());
    }
}

std::string ArtifactStore::filePath(const std::string& hash) const {
    return (fs::path(m_project.artifactsDir()) / (hash + ".bin")).string();
}

std::string ArtifactStore::put(const std::string& kind, DType dtype,
                               const std::vector<std::int64_t>& shape, const void* data,
                               std::size_t bytes) {
    for (std::int64_t d : shape)
        if (d < 0)
            throwBadInput("artifact '" + kind + "': negative dimension in its shape");
    if (std::uint64_t(product(shape)) * dtypeSize(dtype) != bytes)
        throwBadInput("artifact '" + kind + "': " + std::to_string(bytes) +
                      " bytes do not match its shape and dtype");
    const std::vector<std::uint8_t> header = fileHeader(dtype, shape);
    Sha256 sha;
    sha.update(header.data(), header.size());
    sha.update(data, bytes);
    const std::string hash = sha.hexDigest();

    auto& impl = m_project.impl();
    std::lock_guard lock(impl.mutex); // one writer of a given file within this process
    const fs::path file = filePath(hash);
    std::error_code ec;
    const bool fileOk = fs::exists(file, ec) && fs::file_size(file, ec) == header.size() + bytes;
    if (fileOk && find(hash))
        return hash;
    if (!fileOk) {
        fs::create_directories(file.parent_path(), ec);
        if (ec)
            throwFailure("cannot create the artifact folder " + file.parent_path().string() + ": " +
                         ec.message());
        writeAtomically(file, header, data, bytes);
    }
    guarded(impl, "recording an artifact", [&] {
        WriteTransaction tx(impl);
        SQLite::Statement st(impl.db, "INSERT OR IGNORE INTO artifacts(hash, kind, shape, dtype, "
                                      "path, bytes, created) VALUES(?, ?, ?, ?, ?, ?, ?)");
        st.bind(1, hash);
        st.bind(2, kind);
        st.bind(3, nlohmann::json(shape).dump());
        st.bind(4, dtypeName(dtype));
        st.bind(5, hash + ".bin"); // relative: the project and its folder can move together
        st.bind(6, static_cast<int64_t>(bytes));
        st.bind(7, static_cast<int64_t>(nowMs()));
        st.exec();
        tx.commit();
    });
    return hash;
}

std::string ArtifactStore::putFloats(const std::string& kind,
                                     const std::vector<std::int64_t>& shape,
                                     const std::vector<float>& values) {
    return put(kind, DType::Float32, shape, values.data(), values.size() * sizeof(float));
}

std::optional<ArtifactRecord> ArtifactStore::find(const std::string& hash) const {
    auto& impl = m_project.impl();
    std::lock_guard lock(impl.mutex);
    return guarded(impl, "reading an artifact", [&]() -> std::optional<ArtifactRecord> {
        SQLite::Statement st(impl.db, "SELECT hash, kind, shape, dtype, path, bytes, created "
                                      "FROM artifacts WHERE hash = ?");
        st.bind(1, hash);
        if (!st.executeStep())
            return std::nullopt;
        ArtifactRecord r;
        r.hash = st.getColumn(0).getString();
        r.kind = st.getColumn(1).getString();
        r.shape =
            nlohmann::json::parse(st.getColumn(2).getString()).get<std::vector<std::int64_t>>();
        r.dtype = parseDType(st.getColumn(3).getString());
        r.path = (fs::path(m_project.artifactsDir()) / st.getColumn(4).getString()).string();
        r.bytes = st.getColumn(5).getInt64();
        r.created = st.getColumn(6).getInt64();
        return r;
    });
}

ArtifactArray ArtifactStore::load(const std::string& hash, bool verify) const {
    const std::optional<ArtifactRecord> rec = find(hash);
    if (!rec)
        throwBadInput(m_project.path() + ": no artifact " + hash);
    std::ifstream in(rec->path, std::ios::binary);
    if (!in)
        throwBadInput("artifact file " + rec->path + " is missing");
    ArtifactArray a;
    a.dtype = rec->dtype;
    a.shape = rec->shape;
    const std::vector<std::uint8_t> expected = fileHeader(a.dtype, a.shape);
    std::vector<std::uint8_t> header(expected.size());
    in.read(reinterpret_cast<char*>(header.data()), std::streamsize(header.size()));
    if (!in || header != expected)
        throwBadInput("artifact file " + rec->path +
                      " is corrupt: its header does not match "
                      "the recorded dtype and shape");
    a.data.resize(static_cast<std::size_t>(rec->bytes));
    in.read(reinterpret_cast<char*>(a.data.data()), std::streamsize(a.data.size()));
    if (std::size_t(in.gcount()) != a.data.size() || in.peek() != std::char_traits<char>::eof())
        throwBadInput("artifact file " + rec->path + " is corrupt: wrong size");
    if (verify) {
        Sha256 sha;
        sha.update(header.data(), header.size());
        sha.update(a.data.data(), a.data.size());
        if (sha.hexDigest() != hash)
            throwBadInput("artifact file " + rec->path +
                          " is corrupt: content does not match "
                          "its hash");
    }
    return a;
}

void ArtifactStore::attach(std::int64_t runId, const std::string& role, const std::string& hash) {
    auto& impl = m_project.impl();
    guarded(impl, "linking an artifact to a run", [&] {
        WriteTransaction tx(impl);
        SQLite::Statement st(impl.db, "INSERT OR REPLACE INTO run_artifacts(run_id, role, hash) "
                                      "VALUES(?, ?, ?)");
        st.bind(1, static_cast<int64_t>(runId));
        st.bind(2, role);
        st.bind(3, hash);
        st.exec();
        tx.commit();
    });
}

std::vector<RunArtifact> ArtifactStore::forRun(std::int64_t runId) const {
    auto& impl = m_project.impl();
    std::lock_guard lock(impl.mutex);
    return guarded(impl, "listing a run's artifacts", [&] {
        SQLite::Statement st(impl.db, "SELECT role, hash FROM run_artifacts WHERE run_id = ? "
                                      "ORDER BY role");
        st.bind(1, static_cast<int64_t>(runId));
        std::vector<RunArtifact> out;
        while (st.executeStep())
            out.push_back({runId, st.getColumn(0).getString(), st.getColumn(1).getString()});
        return out;
    });
}

std::optional<std::string> ArtifactStore::forRun(std::int64_t runId,
                                                 const std::string& role) const {
    for (const RunArtifact& a : forRun(runId))
        if (a.role == role)
            return a.hash;
    return std::nullopt;
}

std::string ArtifactStore::cacheKey(const std::string& dataset, const std::string& model,
                                    const std::string& settingsJson) {
    if (!settingsJson.empty() && !nlohmann::json::accept(settingsJson))
        throwBadInput("settings for the cache key are not valid JSON");
    // nlohmann's objects are sorted by key, so dump() is a canonical form.
    const nlohmann::json settings =
        settingsJson.empty() ? nlohmann::json::object() : nlohmann::json::parse(settingsJson);
    const std::string canonical = nlohmann::json::array({dataset, model, settings}).dump();
    return Sha256::hex(canonical.data(), canonical.size());
}

void ArtifactStore::remember(const std::string& key, const std::string& hash) {
    auto& impl = m_project.impl();
    guarded(impl, "recording a cache key", [&] {
        WriteTransaction tx(impl);
        SQLite::Statement st(impl.db, "INSERT OR REPLACE INTO artifact_keys(key, hash, created) "
                                      "VALUES(?, ?, ?)");
        st.bind(1, key);
        st.bind(2, hash);
        st.bind(3, static_cast<int64_t>(nowMs()));
        st.exec();
        tx.commit();
    });
}

std::optional<std::string> ArtifactStore::lookup(const std::string& key) const {
    auto& impl = m_project.impl();
    std::optional<std::string> hash;
    {
        std::lock_guard lock(impl.mutex);
        hash = guarded(impl, "looking up a cache key", [&]() -> std::optional<std::string> {
            SQLite::Statement st(impl.db, "SELECT hash FROM artifact_keys WHERE key = ?");
            st.bind(1, key);
            if (!st.executeStep())
                return std::nullopt;
            return st.getColumn(0).getString();
        });
    }
    // A file deleted by hand means the computation must run again, not fail later on load.
    std::error_code ec;
    if (hash && !fs::exists(filePath(*hash), ec))
        return std::nullopt;
    return hash;
}

} // namespace fl::store
