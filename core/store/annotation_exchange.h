// The one annotation file format (docs/annotation-format.md): every exchange of annotations on
// examples, slices and generated samples between copies of a project goes through it. The common
// case: an annotator gets a copy of the .faultline file, labels, exports; the owner imports.
// Import adds what is new, skips what is identical and never overwrites a label: a different
// current label of the same author on the same target is reported as a conflict.
#pragma once
#include "core/store/annotation_repo.h"
#include <cstddef>
#include <cstdint>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <vector>

namespace fl::store {
class Project;

inline constexpr const char* kAnnotationFormat = "faultline-annotations"; // "format"
inline constexpr int kAnnotationFormatVersion = 1;                        // "version"

// What to export; an empty list means all.
struct AnnotationExportFilter {
    std::vector<TargetKind> targetKinds;
    std::vector<AnnotationKind> kinds;
    std::vector<std::string> authors;
    // Only the targets that belong to this run: its generated samples and its slices (examples
    // belong to no run and are left out).
    std::optional<std::int64_t> runId;
};

// A label of the file that was not imported because the same author's current label on the same
// target in this project differs.
struct ImportConflict {
    std::size_t index = 0; // position in the file's "annotations"
    TargetKind targetKind = TargetKind::Example;
    std::int64_t targetId = 0; // in this project
    std::string target;        // for people: "example 42", "sample 3 of region 1 of run 7", ...
    std::string author;
    std::string ours;   // kept
    std::string theirs; // the file's, not imported
};

struct ImportReport {
    int added = 0;
    int skipped = 0;        // identical to an annotation the project has
    int samplesCreated = 0; // generated samples added as targets
    std::vector<ImportConflict> conflicts;
};

// The project's kept annotations in the format; of labels only each author's current one per
// target. Annotations whose slice no longer exists are left out.
nlohmann::json exportAnnotations(Project& project, const AnnotationExportFilter& filter = {});
// Writes exportAnnotations() to `path` (a temporary file renamed over it); returns how many
// annotations it holds. BadInput naming the path when it cannot be written.
std::size_t exportAnnotationsToFile(Project& project, const std::string& path,
                                    const AnnotationExportFilter& filter = {});

// Imports a document in the format, in one transaction: all of it or, on any error, nothing.
// BadInput naming the field and what was expected for a malformed document ("annotations[3].
// target.kind: expected one of example, slice, generated, got \"x\""), and for a target this
// project does not have (a run, slice or dataset of another project, a sample drawn with another
// seed). Generated samples named by the file are added when missing.
ImportReport importAnnotations(Project& project, const nlohmann::json& document);
// The same for a file; BadInput messages start with its path.
ImportReport importAnnotationsFromFile(Project& project, const std::string& path);

} // namespace fl::store
