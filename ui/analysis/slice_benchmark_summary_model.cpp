#include "ui/analysis/slice_benchmark_summary_model.h"
#include "ui/analysis/slice_benchmark_table_model.h"
#include <QFont>
#include <algorithm>

namespace fl::ui {
namespace {

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

} // namespace

SliceBenchmarkSummaryModel::SliceBenchmarkSummaryModel(const SliceBenchmarkTableModel* table,
                                                       QObject* parent)
    : QAbstractTableModel(parent), m_table(table) {
    connect(table, &QAbstractItemModel::modelReset, this, &SliceBenchmarkSummaryModel::recompute);
    connect(table, &QAbstractItemModel::rowsInserted, this, &SliceBenchmarkSummaryModel::recompute);
    connect(table, &QAbstractItemModel::rowsRemoved, this, &SliceBenchmarkSummaryModel::recompute);
    recompute();
}

QList<SliceBenchmarkSummaryModel::Row>
SliceBenchmarkSummaryModel::summarize(const std::vector<workflows::SliceBenchmarkResult>& runs) {
    const auto order = workflows::sliceBenchmarkMethods();
    const auto rank = [&order](const QString& m) {
        return std::find(order.begin(), order.end(), m.toStdString()) - order.begin();
    };
    QList<QPair<QString, QString>> groups; // in order of first appearance
    QList<Row> rows;
    for (const auto& r : runs) {
        const QPair<QString, QString> g{q(r.dataset), q(r.task)};
        if (!groups.contains(g))
            groups << g;
        for (const auto& m : r.methods) {
            auto it = std::find_if(rows.begin(), rows.end(), [&](const Row& x) {
                return x.dataset == g.first && x.task == g.second && x.method == q(m.method);
            });
            if (it == rows.end()) {
                rows << Row{g.first, g.second, q(m.method)};
                it = rows.end() - 1;
            }
            ++it->runs;
            it->precisionTop += m.precisionAtK;
            it->precisionAll += m.precisionAtKAll;
            it->testPrecision += m.testPrecisionAtK;
            it->f1 += m.f1;
        }
    }
    for (Row& x : rows) {
        x.precisionTop /= x.runs;
        x.precisionAll /= x.runs;
        x.testPrecision /= x.runs;
        x.f1 /= x.runs;
    }
    std::stable_sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) {
        const auto ga = groups.indexOf(qMakePair(a.dataset, a.task));
        const auto gb = groups.indexOf(qMakePair(b.dataset, b.task));
        return ga != gb ? ga < gb : rank(a.method) < rank(b.method);
    });
    for (const auto& g : groups) {
        double best = -1.0;
        for (const Row& x : rows)
            if (x.dataset == g.first && x.task == g.second)
                best = std::max(best, x.precisionTop);
        for (Row& x : rows)
            if (x.dataset == g.first && x.task == g.second)
                x.best = x.precisionTop == best;
    }
    return rows;
}

void SliceBenchmarkSummaryModel::recompute() {
    beginResetModel();
    m_rows = summarize(m_table->runs());
    endResetModel();
}

int SliceBenchmarkSummaryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SliceBenchmarkSummaryModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SliceBenchmarkSummaryModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const Row& x = m_rows.at(index.row());
    const int col = index.column();
    if (role == Qt::DisplayRole || role == SliceBenchmarkTableModel::SortRole) {
        const bool raw = role != Qt::DisplayRole;
        const auto value = [raw](double v) {
            return raw ? QVariant(v) : QVariant(SliceBenchmarkTableModel::formatScore(v));
        };
        switch (col) {
        case Dataset:
            return x.dataset;
        case Task:
            return x.task;
        case Method:
            return x.method;
        case Runs:
            return x.runs;
        case MeanPrecisionTop:
            return value(x.precisionTop);
        case MeanPrecisionAll:
            return value(x.precisionAll);
        case MeanTestPrecision:
            return value(x.testPrecision);
        case MeanF1:
            return value(x.f1);
        }
    }
    if (role == Qt::TextAlignmentRole)
        return int((col >= Runs ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role == Qt::FontRole && x.best && (col == Method || col == MeanPrecisionTop)) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::ToolTipRole && x.best)
        return tr("The highest mean precision for %1 on %2").arg(x.task, x.dataset);
    return {};
}

QVariant SliceBenchmarkSummaryModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    const auto [k, top] = SliceBenchmarkTableModel::kAndTopLabels(m_table->runs());
    switch (section) {
    case Dataset:
        return tr("Dataset");
    case Task:
        return tr("Task");
    case Method:
        return tr("Method");
    case Runs:
        return tr("Runs");
    case MeanPrecisionTop:
        return tr("Mean P@%1 (top %2)").arg(k, top);
    case MeanPrecisionAll:
        return tr("Mean P@%1 (all)").arg(k);
    case MeanTestPrecision:
        return tr("Mean test P@%1").arg(k);
    case MeanF1:
        return tr("Mean F1");
    }
    return {};
}

} // namespace fl::ui
