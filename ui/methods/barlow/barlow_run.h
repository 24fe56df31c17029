// A Barlow run as its views read it: the analysed split's features (robust extractor or model),
// labels and predictions row for row, the run's settings as failure options, and class names.
#pragma once
#include "core/trees/failure_analysis.h"
#include <QString>
#include <QStringList>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace fl::methods {
struct MethodResult;
}

namespace fl::ui {

struct BarlowRun {
    std::shared_ptr<const methods::MethodResult> result;
    trees::MatrixRM features; // N × d, row r is example ids[r]
    std::vector<std::int64_t> ids;
    std::vector<int> labels, predictions;
    int numClasses = 0;
    QStringList classNames;
    trees::FailureOptions options; // as the run was made (grouping, depth, top-k, δ, τ, …)
    std::string extractorKey;      // names of its features are kept under this key
    bool modelFeatures = false;    // the inspected model's own features, not the robust ones
    std::int64_t runId = 0;
    std::uint64_t seed = 0;

    int rows() const { return int(ids.size()); }
    bool isError(std::int64_t row) const {
        return labels[std::size_t(row)] != predictions[std::size_t(row)];
    }
    // The rows of class `cls`'s group: its true label (label grouping) or its prediction.
    std::vector<std::int64_t> groupRows(int cls, bool byPrediction) const;
    QString className(int cls) const;
    // "label Shirt" or "predicted Shirt".
    QString groupName(int cls, bool byPrediction) const;
    // The run's settings value, "" when absent.
    std::string setting(const std::string& key) const;
};

// Reads a stored Barlow result. Throws fl::Error (BadInput) when it has no features or its arrays
// do not line up. `classNames` fill in names the result does not carry.
std::shared_ptr<const BarlowRun> makeBarlowRun(std::shared_ptr<const methods::MethodResult> result,
                                               const QStringList& classNames);

} // namespace fl::ui
