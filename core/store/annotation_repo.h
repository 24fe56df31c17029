// User annotations on examples, slices and generated samples (labels, tags, notes). Removal only
// flags a row, so the UI's undo of a remove (restore) and redo of an add bring back the same row
// with the same id. A relabel adds a new label row: an author's current label on a target is
// their latest (highest id) label row that is not removed, so undoing a relabel brings back the
// previous one. Every add/remove/restore is committed (and fsynced) before it returns.
#pragma once
#include "core/store/generated_sample_repo.h"
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fl::store {
class Project;

enum class TargetKind { Example, Slice, GeneratedSample };
enum class AnnotationKind { Label, Tag, Note };
const char* targetKindName(TargetKind k);         // "example" | "slice" | "generated"
const char* annotationKindName(AnnotationKind k); // "label" | "tag" | "note"

struct AnnotationRecord {
    std::int64_t id = 0; // assigned by add()
    TargetKind targetKind = TargetKind::Example;
    std::int64_t targetId = 0; // example id, slice id or generated sample id (GeneratedSampleRepo)
    std::string author;
    AnnotationKind kind = AnnotationKind::Note;
    std::string value;
    std::int64_t created = 0; // Unix ms; set by add()
    bool deleted = false;
};

// One author's current label on one generated sample of a run.
struct GeneratedLabel {
    GeneratedSample sample;
    AnnotationRecord label; // kind Label, target the sample; value a class name or kNoneOfTheAbove
};

class AnnotationRepo {
public:
    explicit AnnotationRepo(Project& project) : m_project(project) {}
    // Returns the new id; the row is committed when it returns. `created` is set to now. BadInput
    // when a GeneratedSample target names no generated sample.
    std::int64_t add(const AnnotationRecord& record);
    // Flags the annotation removed (undo of add, or the user's delete). BadInput if no such id.
    void remove(std::int64_t id);
    // Clears the flag (undo of remove, redo of add). BadInput if no such id.
    void restore(std::int64_t id);
    // Deletes removed rows for good (e.g. when the undo stack is cleared on close).
    void purgeRemoved();
    std::optional<AnnotationRecord> get(std::int64_t id) const; // removed ones too
    // The annotations of one example or slice, by id; removed ones only when asked.
    std::vector<AnnotationRecord> list(TargetKind targetKind, std::int64_t targetId,
                                       bool includeRemoved = false) const;
    std::int64_t count(bool includeRemoved = false) const;

    // The author's current label on the target (latest label row not removed), if any.
    std::optional<AnnotationRecord> currentLabel(TargetKind targetKind, std::int64_t targetId,
                                                 const std::string& author) const;
    // Every author's current label on the target, by author.
    std::vector<AnnotationRecord> currentLabels(TargetKind targetKind, std::int64_t targetId) const;
    // The current label of every (generated sample, author) of a run: its votes, by region,
    // sample index, author. Samples nobody labelled do not appear (GeneratedSampleRepo lists
    // them).
    std::vector<GeneratedLabel> generatedLabels(std::int64_t runId) const;

private:
    Project& m_project;
};

} // namespace fl::store
