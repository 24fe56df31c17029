// The one codec of method results: a MethodResult to and from the project's generic tables —
// the run (settings, seed, timings), its slices (shared statistics + the method's own fields in
// the metadata), members, arrays as artifacts and the other parts as run-part documents.
#pragma once
#include "core/methods/method_result.h"
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fl::store {
class Project;
}

namespace fl::methods {

// Stores `result` as a finished run with its slices, arrays and parts; sets runId and each
// slice's storedId. A failure part way marks the run failed and rethrows.
void storeResult(store::Project& project, MethodResult& result,
                 std::optional<std::int64_t> datasetId = std::nullopt,
                 std::optional<std::int64_t> modelId = std::nullopt);

// The run as storeResult left it. BadInput naming the run when it is not a finished run, and
// naming the slice, field or artifact that is missing or damaged.
MethodResult loadResult(store::Project& project, std::int64_t runId);

// The newest finished run whose kind is one of `kinds` (and, with needArtifacts, that has
// artifacts linked); nullopt when there is none.
std::optional<std::int64_t> latestRun(store::Project& project,
                                      const std::vector<std::string>& kinds,
                                      bool needArtifacts = false);

// The shared slice metadata keys (rank, rule, size, errors, accuracy, error_rate, error_low,
// error_high, dominant_label[_share], dominant_prediction[_share]) plus the slice's extra fields.
nlohmann::json sliceMetadata(const RankedSlice& slice, std::size_t rank);
// The shared statistics of stored metadata (size from the member count).
metrics::SliceStats statsFromMetadata(const nlohmann::json& meta, std::int64_t members);

} // namespace fl::methods
