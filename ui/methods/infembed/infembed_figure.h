// What the InfEmbed figure (the paper's Figure 2) shows, computed without widgets: which slice a
// selection is, the opponents and proponents of any evaluation rows, and the text of an
// influence score (the histograms count with metrics::countClasses, as the report does).
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

// report::formatInfluence as a QString: the view prints scores as the report does.
QString formatInfluence(double value);

} // namespace fl::ui::infembed
