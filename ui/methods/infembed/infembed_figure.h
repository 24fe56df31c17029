// What the InfEmbed figure (the paper's Figure 2) shows, computed without widgets: which slice a
// selection is, the opponents and proponents of any evaluation rows, the classes and counts of
// the two histograms, and the text of an influence score. Shared by the view and the report.
#pragma once
#include "core/influence/infembed_run.h"
#include <QString>
#include <QVector>
#include <cstdint>
#include <vector>

namespace fl::ui::infembed {

// The slice of `run` whose members are exactly these example ids (any order), or -1.
int sliceOf(const influence::InfEmbedOutcome& run, const QVector<qint64>& ids);

// Opponents and proponents (k each) of the evaluation rows `rows` (METHODS.md §1 step 8: v = Σ μ
// over the rows, training z′ by v·μ(z′)); empty lists when the run has no training embeddings.
// Throws BadInput when the embeddings do not match (e.g. from different factors).
influence::RankedInfluence rank(const influence::InfEmbedOutcome& run,
                                const std::vector<std::int64_t>& rows, int k);

// "−1.23e+04", "+0.412", "0": three significant digits, a sign always, a real minus sign;
// exponents only outside [0.01, 10⁴) where fixed digits would mislead or run long.
QString formatInfluence(double value);

// Counts per class (of numClasses) of true labels and predictions, the wrong ones among them,
// and the classes to draw: the most frequent in either histogram (at most maxShown), the same
// list for both so the two compare bar by bar.
struct ClassHistogram {
    QVector<qint64> labels, predictions;
    QVector<qint64> labelErrors, predictionErrors;
    QVector<int> shown;
    qint64 maxCount = 0; // over the shown classes, both histograms: one scale for the two
};
ClassHistogram countClasses(const std::vector<int>& labels, const std::vector<int>& predictions,
                            int numClasses, int maxShown);

} // namespace fl::ui::infembed
