// Undo commands for user slices: save, rename, remove. A removed slice comes back under a new
// database id, so commands speak a stable key translated through the document's SliceIdMap.
#pragma once
#include "core/store/slice_repo.h"
#include <QUndoCommand>
#include <vector>

namespace fl::ui {

class AnalysisDocument;
class SliceIdMap;

class SaveSliceCommand : public QUndoCommand {
public:
    SaveSliceCommand(AnalysisDocument* doc, SliceIdMap* ids, store::SliceRecord record,
                     std::vector<store::SliceMember> members);
    void redo() override;
    void undo() override;
    std::int64_t key() const { return m_key; } // 0 until the first redo

private:
    AnalysisDocument* m_doc;
    SliceIdMap* m_ids;
    store::SliceRecord m_record;
    std::vector<store::SliceMember> m_members;
    std::int64_t m_key = 0;
};

class RenameSliceCommand : public QUndoCommand {
public:
    RenameSliceCommand(AnalysisDocument* doc, SliceIdMap* ids, std::int64_t key,
                       std::string oldName, std::string newName);
    void redo() override;
    void undo() override;

private:
    void apply(const std::string& name);
    AnalysisDocument* m_doc;
    SliceIdMap* m_ids;
    std::int64_t m_key;
    std::string m_old, m_new;
};

class RemoveSliceCommand : public QUndoCommand {
public:
    RemoveSliceCommand(AnalysisDocument* doc, SliceIdMap* ids, std::int64_t key,
                       store::SliceRecord record, std::vector<store::SliceMember> members);
    void redo() override;
    void undo() override;

private:
    AnalysisDocument* m_doc;
    SliceIdMap* m_ids;
    std::int64_t m_key;
    store::SliceRecord m_record;
    std::vector<store::SliceMember> m_members;
};

} // namespace fl::ui
