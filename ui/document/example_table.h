// The per-example facts every view reads, in one column-oriented table: id, split, label,
// prediction, confidence, loss, probabilities, and where the example's image lives in the dataset.
#pragma once
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>
#include <cstdint>

namespace fl::ui {

struct ExampleTable {
    QStringList classNames;
    QVector<qint64> ids;          // stable example ids (the selection speaks these)
    QVector<quint8> splits;       // fl::data::Split values: 0 train, 1 val, 2 test
    QVector<int> labels;          // true label (before any user relabel)
    QVector<int> predictions;     // model prediction
    QVector<float> confidence;    // probability of the prediction
    QVector<float> loss;          // cross entropy with the true label
    QVector<float> probabilities; // row-major rows × classNames.size()
    QVector<qint64> datasetIndex; // position in the loaded fl::data::Dataset
    QHash<qint64, int> rowOfId;   // id → row

    int rows() const { return ids.size(); }
    int numClasses() const { return classNames.size(); }
    bool isError(int row) const { return labels[row] != predictions[row]; }
    const float* probabilitiesOf(int row) const {
        return probabilities.constData() + qsizetype(row) * numClasses();
    }
    int row(qint64 id) const { return rowOfId.value(id, -1); }
};

} // namespace fl::ui
