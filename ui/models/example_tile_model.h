// A short fixed list of examples of any split (training opponents included) for a small grid:
// id, labels, dataset position and a second caption line (an influence score, a confidence).
#pragma once
#include <QAbstractListModel>
#include <QString>
#include <QVector>

namespace fl::ui {

class ExampleTileModel : public QAbstractListModel {
    Q_OBJECT
public:
    struct Tile {
        qint64 exampleId = 0;
        qint64 datasetIndex = -1; // position in the loaded dataset (-1: no image)
        int label = -1;
        int prediction = -1; // -1 when unknown: drawn as correct
        float confidence = 0.0f;
        QString secondLine; // replaces the confidence line when not empty
        QString toolTip;
    };

    explicit ExampleTileModel(QObject* parent = nullptr);

    void setTiles(const QVector<Tile>& tiles);
    const QVector<Tile>& tiles() const { return m_tiles; }
    qint64 exampleId(int row) const { return m_tiles[row].exampleId; }

    int rowCount(const QModelIndex& parent = {}) const override;
    // The roles of ExampleListModel (IdRole, LabelRole, …) so ExampleDelegate paints the tiles.
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QVector<Tile> m_tiles;
};

} // namespace fl::ui
