// The per-class summary of Barlow's trees at the chosen grouping and depth, one row per class:
// size, errors, base error rate, the best leaf's error rate and coverage, ALER − BER and the
// number of valid leaves. SortRole holds numbers, so a proxy sorts them as numbers.
#pragma once
#include <QAbstractTableModel>
#include <QStringList>
#include <memory>

namespace fl::ui {
struct BarlowAnalysis;

class BarlowClassModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Class, Size, Errors, Ber, BestEr, BestEc, AlerMinusBer, ValidLeaves, Columns };
    enum Role { SortRole = Qt::UserRole, ClassRole };

    explicit BarlowClassModel(QObject* parent = nullptr);
    void setAnalysis(std::shared_ptr<const BarlowAnalysis> analysis, const QStringList& classNames);
    // The row showing class `cls`, or -1.
    int rowOf(int cls) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const BarlowAnalysis> m_analysis;
    QStringList m_names;
};

} // namespace fl::ui
