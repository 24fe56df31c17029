// The one selection every view shows: a set of example ids and where it came from ("confusion
// cell Shirt → T-shirt", "lasso", "slice 'patch bias'"), so the toolbar can say both.
#pragma once
#include <QString>
#include <QVector>

namespace fl::ui {

struct Selection {
    QVector<qint64> ids; // example ids, no duplicates, in the order the origin ranks them
    QString origin;      // human-readable, translated
    bool isEmpty() const { return ids.isEmpty(); }
    bool operator==(const Selection& o) const { return ids == o.ids && origin == o.origin; }
};

} // namespace fl::ui
