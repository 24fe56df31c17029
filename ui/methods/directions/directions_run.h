// A failure-directions run as the Directions dock reads it: per class its strength, C and
// captions (with their concept groups); per split its examples with their decision values h.
#pragma once
#include <QString>
#include <QStringList>
#include <QVector>
#include <cstdint>
#include <limits>
#include <memory>
#include <string>
#include <vector>

namespace fl::methods {
struct MethodResult;
}

namespace fl::ui {

struct DirectionsCaption {
    QString caption;
    double score = 0.0; // wᵀd: negative on the hard side, positive on the easy side
    qint64 size = 0;
    // The class's examples of the fitted split in the concept group; empty for runs made before
    // the groups were stored.
    QVector<qint64> ids;
    bool text = false; // a text caption (scored by a text encoder): no group of examples
};

struct DirectionsClass {
    int cls = 0;
    QString name;
    bool fitted = false;
    QString skipped; // why there is no direction ("" when fitted)
    qint64 size = 0, errors = 0;
    double strength = std::numeric_limits<double>::quiet_NaN(); // CV balanced accuracy
    double c = std::numeric_limits<double>::quiet_NaN();
    bool cAtEdge = false;
    bool cAtLowEdge = false; // the edge is the grid's lowest C (else its highest)
    QVector<DirectionsCaption> hard, easy;
};

// One split's examples with their decision values (NaN where the label's class has no
// direction), row for row.
struct DirectionsSplit {
    QString name;           // "test", "val"
    bool outOfFold = false; // h of each row from the CV fold that did not see it
    std::vector<std::int64_t> ids;
    std::vector<int> labels, predictions;
    std::vector<double> h;
    bool isError(std::int64_t row) const {
        return labels[std::size_t(row)] != predictions[std::size_t(row)];
    }
};

struct DirectionsRun {
    std::shared_ptr<const methods::MethodResult> result;
    QStringList classNames;
    std::vector<DirectionsClass> classes; // by class index
    DirectionsSplit fitted;               // the SVMs' split, out-of-fold values
    bool hasRanked = false;               // the run has a ranked (held-out) split
    DirectionsSplit ranked;
    QString embedding; // "robust", "model" or "file"
    std::string setting(const std::string& key) const;
    const DirectionsSplit& split(bool rankedSplit) const {
        return rankedSplit && hasRanked ? ranked : fitted;
    }
    // The class's index of its strongest slice (the run's first), else the first fitted class.
    int firstClass() const;
};

// Reads a stored directions result. Throws fl::Error (BadInput) naming what is missing or does
// not line up. `classNames` fill in names the result does not carry.
std::shared_ptr<const DirectionsRun>
makeDirectionsRun(std::shared_ptr<const methods::MethodResult> result,
                  const QStringList& classNames);

// The rows of `split` whose label is `cls` and that have a decision value, by ascending h (the
// hardest first; equal values in row order).
std::vector<std::int64_t> rankedRows(const DirectionsSplit& split, int cls);

// The class's decision values binned: equal-width bins over their range, 0 on an edge when they
// straddle it (so no bin mixes h < 0 and h ≥ 0). Bin k holds edges[k] ≤ h < edges[k + 1], the
// last bin its upper edge too.
struct DecisionHistogram {
    std::vector<double> edges; // bins + 1
    std::vector<std::int64_t> correct, wrong;
    std::vector<std::vector<std::int64_t>> rows; // the split's rows in each bin
    int bins() const { return int(correct.size()); }
    int binOf(double h) const;
};
DecisionHistogram decisionHistogram(const DirectionsSplit& split, int cls, int bins = 20);

} // namespace fl::ui
