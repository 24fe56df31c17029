#include "ui/methods/barlow/barlow_class_model.h"
#include "ui/methods/barlow/barlow_analysis.h"
#include "ui/methods/barlow/barlow_text.h"
#include <QLocale>

namespace fl::ui {

BarlowClassModel::BarlowClassModel(QObject* parent) : QAbstractTableModel(parent) {}

void BarlowClassModel::setAnalysis(std::shared_ptr<const BarlowAnalysis> analysis,
                                   const QStringList& classNames) {
    beginResetModel();
    m_analysis = std::move(analysis);
    m_names = classNames;
    endResetModel();
}

int BarlowClassModel::rowOf(int cls) const {
    if (!m_analysis)
        return -1;
    for (std::size_t i = 0; i < m_analysis->classes.size(); ++i)
        if (m_analysis->classes[i].cls == cls)
            return int(i);
    return -1;
}

int BarlowClassModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !m_analysis ? 0 : int(m_analysis->classes.size());
}

int BarlowClassModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : Columns;
}

QVariant BarlowClassModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !m_analysis)
        return {};
    const auto& t = m_analysis->classes[std::size_t(index.row())];
    const auto& f = t.failures;
    const auto* best = f.leaves.empty() ? nullptr : &f.leaves.front();
    if (role == ClassRole)
        return t.cls;
    const QLocale loc;
    // Numbers for sorting; a class without errors has no leaves and sorts below every other.
    const auto number = [&]() -> QVariant {
        switch (index.column()) {
        case Size:
            return double(f.size);
        case Errors:
            return double(f.errors);
        case Ber:
            return f.ber;
        case BestEr:
            return best ? best->er : -1.0;
        case BestEc:
            return best ? best->ec : -1.0;
        case AlerMinusBer:
            return best ? f.aler - f.ber : -2.0;
        case ValidLeaves:
            return double(t.validLeaves());
        default:
            return {};
        }
    };
    switch (role) {
    case SortRole:
        if (index.column() == Class)
            return t.cls < m_names.size() ? m_names[t.cls] : QString::number(t.cls);
        return number();
    case Qt::DisplayRole:
        switch (index.column()) {
        case Class:
            return t.cls < m_names.size() ? m_names[t.cls] : QString::number(t.cls);
        case Size:
            return loc.toString(qint64(f.size));
        case Errors:
            return loc.toString(qint64(f.errors));
        case Ber:
            return barlow::percent(f.ber);
        case BestEr:
            return best ? barlow::percent(best->er) : QString();
        case BestEc:
            return best ? barlow::percent(best->ec) : QString();
        case AlerMinusBer:
            return best ? loc.toString(f.aler - f.ber, 'f', 3) : QString();
        case ValidLeaves:
            return loc.toString(t.validLeaves());
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return index.column() == Class ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                       : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (!best)
            return tr("No errors in this group: no tree.");
        return tr("%1: base error rate %2; the best leaf (by IV) has error rate %3 and covers %4 "
                  "of the errors; %5 valid leaves. Click to show its tree.")
            .arg(data(index.siblingAtColumn(Class)).toString(), barlow::percent(f.ber),
                 barlow::percent(best->er), barlow::percent(best->ec))
            .arg(t.validLeaves());
    default:
        return {};
    }
}

QVariant BarlowClassModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Ber:
            return tr("Base error rate: the group's errors / its size");
        case BestEr:
            return tr("Error rate of the leaf with the highest importance IV = ER · EC");
        case BestEc:
            return tr("Error coverage of that leaf: its share of the group's errors");
        case AlerMinusBer:
            return tr(
                "The tree's score: ALER (Σ over leaves of ER · EC) minus the base error rate");
        case ValidLeaves:
            return tr("Leaves with ER > BER + δ and EC > τ");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Class:
        return tr("Class");
    case Size:
        return tr("Size");
    case Errors:
        return tr("Errors");
    case Ber:
        return tr("BER");
    case BestEr:
        return tr("Best leaf ER");
    case BestEc:
        return tr("Best leaf EC");
    case AlerMinusBer:
        return tr("ALER − BER");
    case ValidLeaves:
        return tr("Valid leaves");
    default:
        return {};
    }
}

} // namespace fl::ui
