#include "ui/models/slice_table_model.h"
#include "core/metrics/slice_stats.h"
#include "core/store/slice_repo.h"
#include "ui/document/analysis_document.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <array>
#include <limits>
#include <vector>

namespace fl::ui {

SliceTableModel::SliceTableModel(AnalysisDocument* doc, QObject* parent)
    : QAbstractTableModel(parent), m_doc(doc) {
    connect(doc, &AnalysisDocument::projectChanged, this, &SliceTableModel::reload);
    connect(doc, &AnalysisDocument::slicesChanged, this, &SliceTableModel::reload);
    reload();
}

void SliceTableModel::reload() {
    beginResetModel();
    m_rows.clear();
    if (m_doc->hasProject()) {
        const ExampleTable& t = m_doc->examples();
        // Coverage counts the errors of the splits the slice touches, as the report does: an
        // InfEmbed slice of the val split covers val's errors, not the training set's too.
        std::array<qint64, 3> errorsPerSplit{};
        for (int r = 0; r < t.rows(); ++r)
            if (t.splits[r] < errorsPerSplit.size())
                errorsPerSplit[t.splits[r]] += t.isError(r);
        for (const store::SliceRecord& rec : m_doc->slices()) {
            Row row;
            row.id = rec.id;
            row.name = QString::fromStdString(rec.name);
            row.origin = QString::fromStdString(rec.origin);
            row.runId = rec.runId.value_or(0);
            std::vector<int> labels, predictions;
            std::array<bool, 3> touched{};
            for (const store::SliceMember& m : m_doc->sliceMembers(rec.id)) {
                const int r = t.row(m.exampleId);
                if (r < 0)
                    continue;
                if (t.splits[r] < touched.size())
                    touched[t.splits[r]] = true;
                labels.push_back(t.labels[r]);
                predictions.push_back(t.predictions[r]);
            }
            // The same statistics every method's slices get when stored and reported.
            row.stats = metrics::sliceStats(labels, predictions);
            const QJsonObject meta =
                QJsonDocument::fromJson(QByteArray::fromStdString(rec.metadataJson)).object();
            if (meta.contains(QLatin1String("coherence")) &&
                meta.contains(QLatin1String("dominant_label"))) {
                row.coherence = meta.value(QLatin1String("coherence")).toDouble(-1.0);
                row.stats.dominantLabel = meta.value(QLatin1String("dominant_label")).toInt(-1);
                row.stats.dominantLabelShare =
                    meta.value(QLatin1String("dominant_label_share")).toDouble();
                row.stats.dominantPrediction =
                    meta.value(QLatin1String("dominant_prediction")).toInt(-1);
                row.stats.dominantPredictionShare =
                    meta.value(QLatin1String("dominant_prediction_share")).toDouble();
            }
            qint64 errorsAround = 0;
            for (std::size_t k = 0; k < touched.size(); ++k)
                errorsAround += touched[k] ? errorsPerSplit[k] : 0;
            row.coverage = errorsAround > 0 ? double(row.stats.errors) / double(errorsAround) : 0.0;
            m_rows.append(row);
        }
    }
    endResetModel();
}

int SliceTableModel::rowOfSlice(std::int64_t sliceId) const {
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == sliceId)
            return i;
    return -1;
}

int SliceTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SliceTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SliceTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows[index.row()];
    const QLocale loc;
    const qint64 size = r.stats.size, errors = r.stats.errors; // QLocale and QVariant's type
    const double err = r.stats.errorRate;
    auto pct = [&](double v) { return loc.toString(100.0 * v, 'f', 1) + QLatin1Char('%'); };
    const QStringList& classes = m_doc->examples().classNames;
    auto className = [&](int c) {
        return c >= 0 && c < classes.size() ? classes[c] : (c >= 0 ? QString::number(c) : tr("?"));
    };
    if (role == RunIdRole)
        return r.runId;
    if (role == SliceIdRole)
        return qint64(r.id);
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case NameColumn:
            return r.name;
        case SizeColumn:
            return role == Qt::EditRole ? QVariant(size) : QVariant(loc.toString(size));
        case AccuracyColumn:
            return size > 0 ? pct(r.stats.accuracy) : tr("n/a");
        case ErrorRateColumn:
            return size > 0 ? tr("%1 [%2–%3]")
                                  .arg(pct(err), pct(r.stats.errorLow), pct(r.stats.errorHigh))
                            : tr("n/a");
        case CoverageColumn:
            return pct(r.coverage);
        case DominantColumn:
            return r.stats.dominantLabel >= 0
                       ? tr("%1 → %2").arg(className(r.stats.dominantLabel),
                                           className(r.stats.dominantPrediction))
                       : tr("n/a");
        case CoherenceColumn:
            return r.coherence >= 0 ? loc.toString(r.coherence, 'f', 3) : QStringLiteral("–");
        case OriginColumn:
            return r.origin;
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case NameColumn:
            return r.name.toLower();
        case SizeColumn:
            return size;
        case AccuracyColumn:
            return size > 0 ? r.stats.accuracy : -1.0;
        case ErrorRateColumn:
            return size > 0 ? err : -1.0;
        case CoverageColumn:
            return r.coverage;
        case DominantColumn:
            return QString(className(r.stats.dominantLabel) + QLatin1Char('\t') +
                           className(r.stats.dominantPrediction))
                .toLower();
        case CoherenceColumn:
            return r.coherence >= 0 ? r.coherence : std::numeric_limits<double>::max();
        case OriginColumn:
            return r.origin;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case ErrorRateColumn:
            return tr("%1 of %2 examples predicted wrongly; the 95% Wilson interval is "
                      "%3–%4.")
                .arg(loc.toString(errors), loc.toString(size), pct(r.stats.errorLow),
                     pct(r.stats.errorHigh));
        case CoverageColumn:
            return tr("Share of all the evaluation's errors that fall in this slice.");
        case DominantColumn:
            return r.stats.dominantLabel >= 0
                       ? tr("Mostly true label %1 (%2 of the slice), mostly predicted %3 (%4).")
                             .arg(className(r.stats.dominantLabel), pct(r.stats.dominantLabelShare),
                                  className(r.stats.dominantPrediction),
                                  pct(r.stats.dominantPredictionShare))
                       : QVariant();
        case CoherenceColumn:
            return tr("InfEmbed's coherence: the mean squared distance of the members' influence "
                      "embeddings from their mean. Lower means the model errs on them for a more "
                      "similar reason.");
        case NameColumn:
            return tr("Double-click to rename. Select to make its examples the selection.");
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != NameColumn &&
        index.column() != OriginColumn && index.column() != DominantColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant SliceTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SizeColumn:
        return tr("Size");
    case AccuracyColumn:
        return tr("Accuracy");
    case ErrorRateColumn:
        return tr("Error rate [95% CI]");
    case CoverageColumn:
        return tr("Error coverage");
    case DominantColumn:
        return tr("Mostly label → prediction");
    case CoherenceColumn:
        return tr("Coherence");
    case OriginColumn:
        return tr("Origin");
    }
    return {};
}

Qt::ItemFlags SliceTableModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NameColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool SliceTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::EditRole ||
        index.column() != NameColumn)
        return false;
    const QString name = value.toString().trimmed();
    if (name.isEmpty() || name == m_rows[index.row()].name)
        return false;
    // The document renames (undoably) and emits slicesChanged, which reloads this model; the row
    // is updated first so views that do not reload at once still show the new name.
    m_rows[index.row()].name = name;
    Q_EMIT dataChanged(index, index);
    m_doc->renameSlice(m_rows[index.row()].id, name);
    return true;
}

} // namespace fl::ui
