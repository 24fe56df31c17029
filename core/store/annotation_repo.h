// User annotations on examples and slices (labels, tags, notes). Removal only flags a row, so the
// UI's undo of a remove (restore) and redo of an add bring back the same row with the same id.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fl::store {
class Project;

enum class TargetKind { Example, Slice };
enum class AnnotationKind { Label, Tag, Note };
const char* targetKindName(TargetKind k);         // "example" | "slice"
const char* annotationKindName(AnnotationKind k); // "label" | "tag" | "note"

struct AnnotationRecord {
    std::int64_t id = 0; // assigned by add()
    TargetKind targetKind = TargetKind::Example;
    std::int64_t targetId = 0; // example id or slice id
    std::string author;
    AnnotationKind kind = AnnotationKind::Note;
    std::string value;
    std::int64_t created = 0; // Unix ms; set by add()
    bool deleted = false;
};

class AnnotationRepo {
public:
    explicit AnnotationRepo(Project& project) : m_project(project) {}
    std::int64_t add(const AnnotationRecord& record); // returns the new id
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

private:
    Project& m_project;
};

} // namespace fl::store
