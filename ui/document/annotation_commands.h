// Undo commands for annotations. Each edit is already committed to the project database when
// made; undo flags the same row removed and redo restores it, so ids never change.
#pragma once
#include "core/store/annotation_repo.h"
#include <QUndoCommand>

namespace fl::ui {

class AnalysisDocument;

// Adds an annotation (first redo inserts the row; later redos restore it).
class AddAnnotationCommand : public QUndoCommand {
public:
    AddAnnotationCommand(AnalysisDocument* doc, store::AnnotationRecord record,
                         const QString& text);
    void redo() override;
    void undo() override;
    std::int64_t annotationId() const { return m_record.id; }

private:
    AnalysisDocument* m_doc;
    store::AnnotationRecord m_record;
};

// Removes (flags) an existing annotation; undo restores it.
class RemoveAnnotationCommand : public QUndoCommand {
public:
    RemoveAnnotationCommand(AnalysisDocument* doc, store::AnnotationRecord record,
                            const QString& text);
    void redo() override;
    void undo() override;

private:
    AnalysisDocument* m_doc;
    store::AnnotationRecord m_record;
};

} // namespace fl::ui
