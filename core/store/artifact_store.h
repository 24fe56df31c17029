// Large arrays (embeddings, features, latent codes, feature maps) kept as content-addressed files
// beside the project, "<project>.artifacts/<sha256>.bin", referenced from runs and reused through
// a cache key so a computation with the same inputs and settings is not done twice.
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fl::store {
class Project;

enum class DType { Float32, Float64, Int32, Int64, UInt8 };
const char* dtypeName(DType t); // "float32", ...
std::size_t dtypeSize(DType t);

// An array as loaded from an artifact file: raw little-endian elements, row-major.
struct ArtifactArray {
    DType dtype = DType::Float32;
    std::vector<std::int64_t> shape;
    std::vector<std::uint8_t> data;

    std::int64_t elements() const;
    // The elements as floats; BadInput unless dtype is Float32.
    std::vector<float> toFloats() const;
};

// BadInput naming `where` unless `a` holds `dtype` with data that matches a shape of rank 1–4.
void checkArray(const ArtifactArray& a, DType dtype, const std::string& where);

struct ArtifactRecord {
    std::string hash; // SHA-256 (hex) of the file's header and data
    std::string kind; // "embeddings", "features", "latents", "feature_maps", ...
    std::vector<std::int64_t> shape;
    DType dtype = DType::Float32;
    std::string path;       // absolute path of the file
    std::int64_t bytes = 0; // of the data, without the header
    std::int64_t created = 0;
};

struct RunArtifact {
    std::int64_t runId = 0;
    std::string role; // what the run used it for: "embeddings", "logits", ...
    std::string hash;
};

class ArtifactStore {
public:
    explicit ArtifactStore(Project& project) : m_project(project) {}

    // Stores an array and returns its hash. The same content stored twice is one file and one
    // row. The file is written atomically (temp + rename, fsync) before its row commits, so a
    // crash leaves at worst an unreferenced file, never a row without its file.
    // BadInput when bytes disagrees with shape and dtype.
    std::string put(const std::string& kind, DType dtype, const std::vector<std::int64_t>& shape,
                    const void* data, std::size_t bytes);
    std::string putFloats(const std::string& kind, const std::vector<std::int64_t>& shape,
                          const std::vector<float>& values);

    std::optional<ArtifactRecord> find(const std::string& hash) const;
    // Reads the file back. BadInput naming the file when it is missing, malformed, or (with
    // verify) its content no longer matches the hash.
    ArtifactArray load(const std::string& hash, bool verify = false) const;

    // Links an artifact to a run under a role (one artifact per role; linking again replaces).
    void attach(std::int64_t runId, const std::string& role, const std::string& hash);
    // put() then attach(); an empty array is not stored (absent means empty).
    void attachArray(std::int64_t runId, const std::string& role, const std::string& kind,
                     const ArtifactArray& array);
    // The array linked to the run under `role`, read and verified. BadInput naming the run and
    // the role when it is linked but missing or damaged; nullopt when it is not linked.
    std::optional<ArtifactArray> loadForRun(std::int64_t runId, const std::string& role) const;
    std::vector<RunArtifact> forRun(std::int64_t runId) const; // by role
    std::optional<std::string> forRun(std::int64_t runId, const std::string& role) const;

    // The key of a computation: dataset and model identities (ids, hashes or specs) and the
    // settings JSON, canonicalised (key order and spacing do not matter). BadInput if not JSON.
    static std::string cacheKey(const std::string& dataset, const std::string& model,
                                const std::string& settingsJson);
    // Records that the computation `key` produced artifact `hash`.
    void remember(const std::string& key, const std::string& hash);
    // The artifact a computation produced before, if it is recorded and its file still exists.
    std::optional<std::string> lookup(const std::string& key) const;

    // Where the file of `hash` lives (whether or not it exists).
    std::string filePath(const std::string& hash) const;

private:
    Project& m_project;
};

} // namespace fl::store
