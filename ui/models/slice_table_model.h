// The saved slices as a table: name (editable: renames through the document, undoable), size,
// accuracy, error rate with its 95% Wilson interval, error coverage, what the slice mostly is
// (label → prediction), InfEmbed's coherence, and origin.
#pragma once
#include "core/metrics/slice_stats.h"
#include <QAbstractTableModel>
#include <QString>
#include <QVector>

namespace fl::ui {
class AnalysisDocument;

class SliceTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        SizeColumn,
        AccuracyColumn,
        ErrorRateColumn,
        CoverageColumn,
        DominantColumn,  // "mostly <label> → <prediction>"
        CoherenceColumn, // InfEmbed slices only (from their metadata)
        OriginColumn,
        ColumnCount
    };
    enum Role { SliceIdRole = Qt::UserRole + 1, SortRole, RunIdRole /* 0: saved by hand */ };

    struct Row {
        std::int64_t id = 0;
        QString name;
        QString origin;
        qint64 runId = 0; // the run that found the slice; 0 for one saved by hand
        // Of the members found in the evaluation, counted as for every method's slices; the
        // dominant label and prediction are InfEmbed's own (its metadata) for its slices.
        metrics::SliceStats stats;
        double coverage = 0.0;   // errors / all errors of the evaluation
        double coherence = -1.0; // mean ‖μ − m‖² in influence space; < 0 when not InfEmbed's
    };

    explicit SliceTableModel(AnalysisDocument* doc, QObject* parent = nullptr);

    void reload(); // re-reads the slices and recomputes their numbers
    const Row& sliceRow(int row) const { return m_rows[row]; }
    std::int64_t sliceId(int row) const { return m_rows[row].id; }
    int rowOfSlice(std::int64_t sliceId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

private:
    AnalysisDocument* m_doc;
    QVector<Row> m_rows;
};

} // namespace fl::ui
