#include "ui/document/slice_commands.h"
#include "core/store/project.h"
#include "ui/document/analysis_document.h"
#include "ui/document/guarded_write.h"
#include "ui/document/slice_id_map.h"

namespace fl::ui {
namespace {

// Whether or not the write went through, the views re-read the slices from the store.
template <class F> void guarded(AnalysisDocument* doc, F&& f) {
    guardedWrite(doc, AnalysisDocument::tr("Could not save the slice change: %1"), f);
    Q_EMIT doc->slicesChanged();
}

} // namespace

SaveSliceCommand::SaveSliceCommand(AnalysisDocument* doc, SliceIdMap* ids,
                                   store::SliceRecord record,
                                   std::vector<store::SliceMember> members)
    : QUndoCommand(
          AnalysisDocument::tr("Save slice “%1”").arg(QString::fromStdString(record.name))),
      m_doc(doc), m_ids(ids), m_record(std::move(record)), m_members(std::move(members)) {}

void SaveSliceCommand::redo() {
    if (!m_doc->project())
        return;
    guarded(m_doc, [&] {
        const auto id = store::SliceRepo(*m_doc->project()).add(m_record, m_members);
        if (m_key == 0)
            m_key = id;
        m_ids->set(m_key, id);
    });
}

void SaveSliceCommand::undo() {
    if (!m_doc->project() || m_key == 0)
        return;
    guarded(m_doc, [&] { store::SliceRepo(*m_doc->project()).remove(m_ids->current(m_key)); });
}

RenameSliceCommand::RenameSliceCommand(AnalysisDocument* doc, SliceIdMap* ids, std::int64_t key,
                                       std::string oldName, std::string newName)
    : QUndoCommand(
          AnalysisDocument::tr("Rename slice to “%1”").arg(QString::fromStdString(newName))),
      m_doc(doc), m_ids(ids), m_key(key), m_old(std::move(oldName)), m_new(std::move(newName)) {}

void RenameSliceCommand::apply(const std::string& name) {
    if (!m_doc->project())
        return;
    guarded(m_doc,
            [&] { store::SliceRepo(*m_doc->project()).rename(m_ids->current(m_key), name); });
}

void RenameSliceCommand::redo() {
    apply(m_new);
}

void RenameSliceCommand::undo() {
    apply(m_old);
}

RemoveSliceCommand::RemoveSliceCommand(AnalysisDocument* doc, SliceIdMap* ids, std::int64_t key,
                                       store::SliceRecord record,
                                       std::vector<store::SliceMember> members)
    : QUndoCommand(
          AnalysisDocument::tr("Remove slice “%1”").arg(QString::fromStdString(record.name))),
      m_doc(doc), m_ids(ids), m_key(key), m_record(std::move(record)),
      m_members(std::move(members)) {}

void RemoveSliceCommand::redo() {
    if (!m_doc->project())
        return;
    guarded(m_doc, [&] { store::SliceRepo(*m_doc->project()).remove(m_ids->current(m_key)); });
}

void RemoveSliceCommand::undo() {
    if (!m_doc->project())
        return;
    guarded(m_doc, [&] {
        // Same name, origin, run and members; the database gives it a new id.
        m_ids->set(m_key, store::SliceRepo(*m_doc->project()).add(m_record, m_members));
    });
}

} // namespace fl::ui
