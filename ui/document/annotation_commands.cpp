#include "ui/document/annotation_commands.h"
#include "core/store/project.h"
#include "ui/document/analysis_document.h"
#include "ui/document/guarded_write.h"

namespace fl::ui {
namespace {

template <class F> void guarded(AnalysisDocument* doc, F&& f) {
    guardedWrite(doc, AnalysisDocument::tr("Could not save the annotation: %1"), f);
}

void notify(AnalysisDocument* doc, const store::AnnotationRecord& r) {
    switch (r.targetKind) {
    case store::TargetKind::Example:
        Q_EMIT doc->annotationsChanged(r.targetId);
        break;
    case store::TargetKind::Slice:
        Q_EMIT doc->slicesChanged();
        break;
    case store::TargetKind::GeneratedSample:
        Q_EMIT doc->generatedAnnotationsChanged(r.targetId);
        break;
    }
}

} // namespace

AddAnnotationCommand::AddAnnotationCommand(AnalysisDocument* doc, store::AnnotationRecord record,
                                           const QString& text)
    : QUndoCommand(text), m_doc(doc), m_record(std::move(record)) {}

void AddAnnotationCommand::redo() {
    if (!m_doc->project())
        return;
    guarded(m_doc, [&] {
        store::AnnotationRepo repo(*m_doc->project());
        if (m_record.id == 0)
            m_record.id = repo.add(m_record);
        else
            repo.restore(m_record.id);
    });
    notify(m_doc, m_record);
}

void AddAnnotationCommand::undo() {
    if (!m_doc->project() || m_record.id == 0)
        return;
    guarded(m_doc, [&] { store::AnnotationRepo(*m_doc->project()).remove(m_record.id); });
    notify(m_doc, m_record);
}

RemoveAnnotationCommand::RemoveAnnotationCommand(AnalysisDocument* doc,
                                                 store::AnnotationRecord record,
                                                 const QString& text)
    : QUndoCommand(text), m_doc(doc), m_record(std::move(record)) {}

void RemoveAnnotationCommand::redo() {
    if (!m_doc->project())
        return;
    guarded(m_doc, [&] { store::AnnotationRepo(*m_doc->project()).remove(m_record.id); });
    notify(m_doc, m_record);
}

void RemoveAnnotationCommand::undo() {
    if (!m_doc->project())
        return;
    guarded(m_doc, [&] { store::AnnotationRepo(*m_doc->project()).restore(m_record.id); });
    notify(m_doc, m_record);
}

} // namespace fl::ui
