#include "ui/analysis/slice_benchmark_table_model.h"
#include "core/workflows/slice_benchmark_json.h"
#include <QApplication>
#include <QBrush>
#include <QPalette>
#include <set>

namespace fl::ui {
namespace {

using workflows::SliceBenchmarkResult;

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

QString seconds(double s) {
    if (s < 0.005)
        return QStringLiteral("<0.01"); // not "0.00": it did take time
    return QString::number(s, 'f', s < 10.0 ? 2 : 1);
}

std::string modelValue(const SliceBenchmarkResult& r, const std::string& key) {
    const auto it = r.model.find(key);
    return it == r.model.end() ? std::string() : it->second;
}

} // namespace

QString SliceBenchmarkTableModel::formatScore(double v) {
    return QString::number(v, 'f', 3);
}

std::pair<QString, QString>
SliceBenchmarkTableModel::kAndTopLabels(const std::vector<SliceBenchmarkResult>& runs) {
    std::set<int> ks, tops;
    for (const auto& r : runs) {
        ks.insert(r.k);
        tops.insert(r.topSlices);
    }
    const workflows::SliceBenchmarkOptions defaults;
    const int k = ks.empty() ? defaults.k : *ks.begin();
    const int top = tops.empty() ? defaults.topSlices : *tops.begin();
    return {ks.size() > 1 ? QStringLiteral("k") : QString::number(k),
            tops.size() > 1 ? QStringLiteral("top") : QString::number(top)};
}

SliceBenchmarkTableModel::SliceBenchmarkTableModel(QObject* parent) : QAbstractTableModel(parent) {}

int SliceBenchmarkTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SliceBenchmarkTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

const workflows::MethodScore& SliceBenchmarkTableModel::scoreOf(int row) const {
    const auto [run, method] = m_rows.at(std::size_t(row));
    return m_runs[std::size_t(run)].methods[std::size_t(method)];
}

QVariant SliceBenchmarkTableModel::display(int row, int column) const {
    const auto& r = m_runs[std::size_t(runOf(row))];
    const auto& m = scoreOf(row);
    switch (column) {
    case Run:
        return m_runNumbers[std::size_t(runOf(row))];
    case Dataset:
        return q(r.dataset);
    case Task:
        return q(r.task);
    case Parameters:
        return q(workflows::formatTaskParams(r.taskParams));
    case Seed:
        return QString::number(qulonglong(r.seed));
    case Model:
        return tr("%1, %2 ep.").arg(q(modelValue(r, "arch")), q(modelValue(r, "epochs")));
    case Accuracy:
        return formatScore(r.modelAccuracy);
    case ErrorInside:
        return formatScore(r.errorInside);
    case ErrorOutside:
        return formatScore(r.errorOutside);
    case Plant:
        return workflows::plantBites(r) ? tr("bites") : tr("does not bite");
    case Method:
        return q(m.method);
    case PrecisionTop:
        return formatScore(m.precisionAtK);
    case PrecisionAll:
        return formatScore(m.precisionAtKAll);
    case TestPrecision:
        return formatScore(m.testPrecisionAtK);
    case Recall:
        return formatScore(m.recall);
    case F1:
        return formatScore(m.f1);
    case Seconds:
        return seconds(m.seconds);
    case Slices:
        return m.slices;
    }
    return {};
}

QVariant SliceBenchmarkTableModel::sortValue(int row, int column) const {
    const auto& r = m_runs[std::size_t(runOf(row))];
    const auto& m = scoreOf(row);
    switch (column) {
    case Seed:
        return qulonglong(r.seed);
    case Accuracy:
        return r.modelAccuracy;
    case ErrorInside:
        return r.errorInside;
    case ErrorOutside:
        return r.errorOutside;
    case PrecisionTop:
        return m.precisionAtK;
    case PrecisionAll:
        return m.precisionAtKAll;
    case TestPrecision:
        return m.testPrecisionAtK;
    case Recall:
        return m.recall;
    case F1:
        return m.f1;
    case Seconds:
        return m.seconds;
    default:
        return display(row, column);
    }
}

QVariant SliceBenchmarkTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const int row = index.row(), col = index.column();
    const auto& r = m_runs[std::size_t(runOf(row))];
    const bool bites = workflows::plantBites(r);
    switch (role) {
    case Qt::DisplayRole:
        return display(row, col);
    case SortRole:
        return sortValue(row, col);
    case Qt::TextAlignmentRole:
        if (col == Run || col == Seed || (col >= PrecisionTop && col <= Slices) ||
            (col >= Accuracy && col <= ErrorOutside))
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        // The same red as a wrong prediction elsewhere: scores on this run say little.
        if (!bites && (col == Plant || col == ErrorInside))
            return QBrush(QColor(0xc6, 0x28, 0x28));
        return {};
    case Qt::BackgroundRole:
        // Bands per run, so a run's method rows read as one block.
        if (m_runNumbers[std::size_t(runOf(row))] % 2 == 0)
            return QApplication::palette().alternateBase();
        return {};
    case Qt::ToolTipRole:
        if (col == Plant || col == ErrorInside || col == ErrorOutside)
            return bites ? tr("Validation error %1 inside the ground truth vs %2 outside: the "
                              "planted failure shows in the model.")
                               .arg(formatScore(r.errorInside), formatScore(r.errorOutside))
                         : tr("Validation error %1 inside the ground truth vs %2 outside (a "
                              "plant bites at twice the outside error and 10 points above it): "
                              "the plant does not bite, so precision says little.")
                               .arg(formatScore(r.errorInside), formatScore(r.errorOutside));
        if (col == Parameters)
            return display(row, col);
        if (col == Model && r.modelReused)
            return tr("Loaded from the model cache; ground truth %1 of %2 validation examples "
                      "(%3 in test)")
                .arg(r.groundTruthSize)
                .arg(r.validationSize)
                .arg(r.groundTruthSizeTest);
        if (col == Model)
            return tr("Trained in %1 s; ground truth %2 of %3 validation examples (%4 in test)")
                .arg(seconds(r.trainSeconds))
                .arg(r.groundTruthSize)
                .arg(r.validationSize)
                .arg(r.groundTruthSizeTest);
        if (col == Method && !r.methodSettings.empty()) {
            const auto setting = [&r](const char* key) {
                const auto it = r.methodSettings.find(key);
                return it == r.methodSettings.end() ? QStringLiteral("?") : q(it->second);
            };
            return tr("K %1, P %2, D %3; slices ranked by %4")
                .arg(setting("clusters"), setting("arnoldi_dim"), setting("embedding_dim"),
                     r.methodSettings.count("ranking") ? setting("ranking")
                                                       : QStringLiteral("accuracy"));
        }
        return {};
    }
    return {};
}

QVariant SliceBenchmarkTableModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal)
        return {};
    const auto [k, top] = kAndTopLabels(m_runs);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case PrecisionTop:
            return tr("Share of the top %1 members that lie in the ground truth, best over the "
                      "method's first %2 slices (lowest accuracy first), on validation")
                .arg(k, top);
        case PrecisionAll:
            return tr("Precision@%1, best over all the method's slices").arg(k);
        case TestPrecision:
            return tr("The top slices applied to the test split by nearest centre: precision@%1")
                .arg(k);
        case Recall:
            return tr("Share of the ground truth in the slice behind the precision");
        case Plant:
            return tr("Does the model err more inside the planted slice (≥ 2×)?");
        case ErrorInside:
            return tr("Validation error rate inside the ground truth");
        case ErrorOutside:
            return tr("Validation error rate outside the ground truth");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Run:
        return tr("Run");
    case Dataset:
        return tr("Dataset");
    case Task:
        return tr("Task");
    case Parameters:
        return tr("Parameters");
    case Seed:
        return tr("Seed");
    case Model:
        return tr("Model");
    case Accuracy:
        return tr("Accuracy");
    case ErrorInside:
        return tr("Error in");
    case ErrorOutside:
        return tr("Error out");
    case Plant:
        return tr("Plant");
    case Method:
        return tr("Method");
    case PrecisionTop:
        return tr("P@%1 (top %2)").arg(k, top);
    case PrecisionAll:
        return tr("P@%1 (all)").arg(k);
    case TestPrecision:
        return tr("Test P@%1").arg(k);
    case Recall:
        return tr("Recall");
    case F1:
        return tr("F1");
    case Seconds:
        return tr("Seconds");
    case Slices:
        return tr("Slices");
    }
    return {};
}

void SliceBenchmarkTableModel::addRun(const workflows::SliceBenchmarkResult& run) {
    const int first = rowCount();
    if (!run.methods.empty())
        beginInsertRows({}, first, first + int(run.methods.size()) - 1);
    m_runs.push_back(run);
    m_runNumbers.push_back(m_nextRunNumber++);
    for (std::size_t m = 0; m < run.methods.size(); ++m)
        m_rows.emplace_back(int(m_runs.size()) - 1, int(m));
    if (!run.methods.empty())
        endInsertRows();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void SliceBenchmarkTableModel::removeRunsOf(const QList<int>& rows) {
    std::set<int> runs;
    for (int row : rows)
        if (row >= 0 && row < rowCount())
            runs.insert(runOf(row));
    if (runs.empty())
        return;
    beginResetModel();
    for (auto it = runs.rbegin(); it != runs.rend(); ++it) {
        m_runs.erase(m_runs.begin() + *it);
        m_runNumbers.erase(m_runNumbers.begin() + *it);
    }
    rebuildRows();
    endResetModel();
}

void SliceBenchmarkTableModel::clear() {
    beginResetModel();
    m_runs.clear();
    m_runNumbers.clear();
    m_rows.clear();
    endResetModel();
}

void SliceBenchmarkTableModel::rebuildRows() {
    m_rows.clear();
    for (std::size_t r = 0; r < m_runs.size(); ++r)
        for (std::size_t m = 0; m < m_runs[r].methods.size(); ++m)
            m_rows.emplace_back(int(r), int(m));
}

QString SliceBenchmarkTableModel::rowsAsTsv(const QList<int>& rows) const {
    QStringList lines, cells;
    for (int c = 0; c < ColumnCount; ++c)
        cells << headerData(c, Qt::Horizontal).toString();
    lines << cells.join(QLatin1Char('\t'));
    for (int row : rows) {
        cells.clear();
        for (int c = 0; c < ColumnCount; ++c)
            cells << display(row, c).toString().replace(QLatin1Char('\t'), QLatin1Char(' '));
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace fl::ui
