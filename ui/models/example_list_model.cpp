#include "ui/models/example_list_model.h"
#include "ui/document/analysis_document.h"

#include <algorithm>

namespace fl::ui {

ExampleListModel::ExampleListModel(const AnalysisDocument* doc, QObject* parent)
    : QAbstractListModel(parent), m_doc(doc) {}

void ExampleListModel::setSourceIds(const QVector<qint64>& ids) {
    m_sourceIds = ids;
    m_all = ids.isEmpty();
    rebuild();
}

void ExampleListModel::reset() {
    m_sourceIds.clear();
    m_all = true;
    rebuild();
}

void ExampleListModel::setSortKey(SortKey key) {
    if (key == m_sort)
        return;
    m_sort = key;
    rebuild();
}

void ExampleListModel::setErrorsOnly(bool on) {
    if (on == m_errorsOnly)
        return;
    m_errorsOnly = on;
    rebuild();
}

void ExampleListModel::setClassFilter(int cls) {
    if (cls == m_class)
        return;
    m_class = cls;
    rebuild();
}

void ExampleListModel::setTextFilter(const QString& text) {
    if (text.trimmed() == m_text)
        return;
    m_text = text.trimmed();
    rebuild();
}

void ExampleListModel::rebuild() {
    beginResetModel();
    const ExampleTable& t = m_doc->examples();
    m_source.clear();
    if (m_all) {
        m_source.resize(t.rows());
        for (int r = 0; r < t.rows(); ++r)
            m_source[r] = r;
    } else {
        m_source.reserve(m_sourceIds.size());
        for (qint64 id : m_sourceIds) {
            const int r = t.row(id);
            if (r >= 0)
                m_source.append(r);
        }
    }
    // The text filter becomes a per-class bit set and maybe an id, so the row loop stays cheap.
    const int n = t.numClasses();
    QBitArray textClass(n, m_text.isEmpty());
    bool idOk = false;
    const qint64 textId = m_text.toLongLong(&idOk);
    if (!m_text.isEmpty())
        for (int c = 0; c < n; ++c)
            textClass.setBit(c, t.classNames[c].contains(m_text, Qt::CaseInsensitive));
    auto inClass = [&](int c) { return c >= 0 && c < n && textClass.testBit(c); };
    m_rows.clear();
    m_rows.reserve(m_source.size());
    for (int r : m_source) {
        if (m_errorsOnly && !t.isError(r))
            continue;
        if (m_class >= 0 && t.labels[r] != m_class)
            continue;
        if (!m_text.isEmpty() && !inClass(t.labels[r]) && !inClass(t.predictions[r]) &&
            !(idOk && t.ids[r] == textId))
            continue;
        m_rows.append(r);
    }
    switch (m_sort) {
    case SortKey::SelectionOrder:
        break;
    case SortKey::LossDescending:
        std::stable_sort(m_rows.begin(), m_rows.end(),
                         [&](int a, int b) { return t.loss[a] > t.loss[b]; });
        break;
    case SortKey::ConfidenceAscending:
        std::stable_sort(m_rows.begin(), m_rows.end(),
                         [&](int a, int b) { return t.confidence[a] < t.confidence[b]; });
        break;
    case SortKey::ConfidenceDescending:
        std::stable_sort(m_rows.begin(), m_rows.end(),
                         [&](int a, int b) { return t.confidence[a] > t.confidence[b]; });
        break;
    case SortKey::Id:
        std::stable_sort(m_rows.begin(), m_rows.end(),
                         [&](int a, int b) { return t.ids[a] < t.ids[b]; });
        break;
    }
    endResetModel();
}

qint64 ExampleListModel::exampleId(int modelRow) const {
    return m_doc->examples().ids[m_rows[modelRow]];
}

int ExampleListModel::modelRowOf(qint64 exampleId) const {
    const int r = m_doc->examples().row(exampleId);
    if (r < 0)
        return -1;
    const qsizetype i = m_rows.indexOf(r);
    return i < 0 ? -1 : int(i);
}

int ExampleListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ExampleListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ExampleTable& t = m_doc->examples();
    const int r = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return QString::number(t.ids[r]);
    case Qt::ToolTipRole: {
        const QString label = t.classNames.value(t.labels[r]);
        const QString pred = t.classNames.value(t.predictions[r]);
        return tr("Example %1\nTrue label: %2\nPrediction: %3 (p = %4)\nLoss: %5")
            .arg(t.ids[r])
            .arg(label, pred)
            .arg(double(t.confidence[r]), 0, 'f', 3)
            .arg(double(t.loss[r]), 0, 'f', 3);
    }
    case TableRowRole:
        return r;
    case IdRole:
        return t.ids[r];
    case LabelRole:
        return t.labels[r];
    case PredictionRole:
        return t.predictions[r];
    case ConfidenceRole:
        return t.confidence[r];
    case LossRole:
        return t.loss[r];
    case ErrorRole:
        return t.isError(r);
    case DatasetIndexRole:
        return t.datasetIndex[r];
    default:
        return {};
    }
}

QHash<int, QByteArray> ExampleListModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names[TableRowRole] = "tableRow";
    names[IdRole] = "exampleId";
    names[LabelRole] = "label";
    names[PredictionRole] = "prediction";
    names[ConfidenceRole] = "confidence";
    names[LossRole] = "loss";
    names[ErrorRole] = "isError";
    names[DatasetIndexRole] = "datasetIndex";
    return names;
}

} // namespace fl::ui
