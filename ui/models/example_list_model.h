// The examples of the selection as a flat list for the image grid, sorted and filtered through
// its own vector of table rows: no proxy and no per-row allocation, so 100 000 rows stay fast.
#pragma once
#include <QAbstractListModel>
#include <QBitArray>
#include <QString>
#include <QVector>

namespace fl::ui {
class AnalysisDocument;

class ExampleListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        TableRowRole = Qt::UserRole + 1, // row in AnalysisDocument::examples()
        IdRole,
        LabelRole,
        PredictionRole,
        ConfidenceRole,
        LossRole,
        ErrorRole,
        DatasetIndexRole,
        // A string ExampleDelegate shows on the second line instead of the confidence (the
        // InfEmbed view's influence scores); a model without one leaves it empty.
        SecondLineRole,
    };
    enum class SortKey {
        SelectionOrder,
        LossDescending,
        ConfidenceAscending,
        ConfidenceDescending,
        Id
    };

    explicit ExampleListModel(const AnalysisDocument* doc, QObject* parent = nullptr);

    // The ids to show (the selection); empty means every example of the evaluation.
    void setSourceIds(const QVector<qint64>& ids);
    void setSortKey(SortKey key);
    void setErrorsOnly(bool on);
    void setClassFilter(int cls); // true label; -1 for every class
    // Case-insensitive text: matches an example id, or a class name of label or prediction.
    void setTextFilter(const QString& text);
    // Re-reads the document (a project was opened or closed).
    void reset();

    int sourceCount() const { return m_source.size(); }
    int tableRow(int modelRow) const { return m_rows[modelRow]; }
    qint64 exampleId(int modelRow) const;
    int modelRowOf(qint64 exampleId) const; // -1 when filtered out or absent

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void rebuild();

    const AnalysisDocument* m_doc;
    QVector<qint64> m_sourceIds;
    bool m_all = true;
    QVector<int> m_source; // table rows of the source, in selection order
    QVector<int> m_rows;   // after filter and sort: what the view shows
    SortKey m_sort = SortKey::SelectionOrder;
    bool m_errorsOnly = false;
    int m_class = -1;
    QString m_text;
};

} // namespace fl::ui
