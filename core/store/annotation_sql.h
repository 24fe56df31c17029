// Internal to core/store: the SQL that AnnotationRepo, GeneratedSampleRepo and the annotation
// exchange share. These functions run inside the caller's transaction (or under its lock for the
// reads) and open none themselves, so an import can make many of them one transaction.
#pragma once
#include "core/store/annotation_repo.h"
#include "core/store/generated_sample_repo.h"
#include "core/store/project_impl.h"
#include <cstdint>
#include <optional>
#include <string>

namespace fl::store::detail {

TargetKind parseTargetKind(const std::string& s);
AnnotationKind parseAnnotationKind(const std::string& s);

// "SELECT <the annotation columns> FROM annotations"; readAnnotation reads them from column
// `first` on.
extern const char* const kSelectAnnotation;
AnnotationRecord readAnnotation(SQLite::Statement& st, int first = 0);
// A WHERE condition on annotation row `a`: it is a current label (a label, kept, and no later
// (higher id) kept label row of the same author on the same target exists).
extern const char* const kCurrentLabel;

// "SELECT <the generated sample columns> FROM generated_samples".
extern const char* const kSelectGeneratedSample;
GeneratedSample readGeneratedSample(SQLite::Statement& st, int first = 0);

// Inserts the row with the given created time; returns its id.
std::int64_t insertAnnotation(Project::Impl& impl, const AnnotationRecord& record,
                              std::int64_t created);
std::optional<AnnotationRecord> currentLabel(Project::Impl& impl, TargetKind targetKind,
                                             std::int64_t targetId, const std::string& author);
// Whether a non-removed annotation with exactly this target, author, kind and value exists.
bool hasAnnotation(Project::Impl& impl, TargetKind targetKind, std::int64_t targetId,
                   const std::string& author, AnnotationKind kind, const std::string& value);

std::optional<GeneratedSample> findGeneratedSample(Project::Impl& impl, std::int64_t runId,
                                                   int region, int sampleIndex);
// The sample's id, inserting it when new (`*added` says which). BadInput when the run does not
// exist, region or index is negative, or the sample exists with another seed.
std::int64_t ensureGeneratedSample(Project::Impl& impl, std::int64_t runId, int region,
                                   int sampleIndex, std::uint64_t seed, bool* added = nullptr);

} // namespace fl::store::detail
