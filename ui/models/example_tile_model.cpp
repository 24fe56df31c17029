#include "ui/models/example_tile_model.h"
#include "ui/models/example_list_model.h"

namespace fl::ui {

ExampleTileModel::ExampleTileModel(QObject* parent) : QAbstractListModel(parent) {}

void ExampleTileModel::setTiles(const QVector<Tile>& tiles) {
    beginResetModel();
    m_tiles = tiles;
    endResetModel();
}

int ExampleTileModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_tiles.size());
}

QVariant ExampleTileModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Tile& t = m_tiles[index.row()];
    // An unknown prediction is painted as the label, so no red mark claims an error.
    const int prediction = t.prediction >= 0 ? t.prediction : t.label;
    switch (role) {
    case Qt::DisplayRole:
        return QString::number(t.exampleId);
    case Qt::ToolTipRole:
        return t.toolTip;
    case ExampleListModel::IdRole:
        return t.exampleId;
    case ExampleListModel::LabelRole:
        return t.label;
    case ExampleListModel::PredictionRole:
        return prediction;
    case ExampleListModel::ConfidenceRole:
        return t.confidence;
    case ExampleListModel::ErrorRole:
        return t.label != prediction;
    case ExampleListModel::DatasetIndexRole:
        return t.datasetIndex;
    case ExampleListModel::SecondLineRole:
        return t.secondLine.isEmpty() ? QVariant() : QVariant(t.secondLine);
    default:
        return {};
    }
}

} // namespace fl::ui
