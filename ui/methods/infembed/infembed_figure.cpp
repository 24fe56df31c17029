#include "ui/methods/infembed/infembed_figure.h"
#include "core/report/report_format.h"
#include <QSet>
#include <algorithm>

namespace fl::ui::infembed {

int sliceOf(const influence::InfEmbedOutcome& run, const QVector<qint64>& ids) {
    if (ids.isEmpty())
        return -1;
    // Order-blind: the store and the selection history may list members in another order.
    const QSet<qint64> want(ids.begin(), ids.end());
    for (std::size_t s = 0; s < run.slices.size(); ++s) {
        const auto& members = run.slices[s].slice.members;
        if (qsizetype(members.size()) != want.size())
            continue;
        const bool same = std::all_of(members.begin(), members.end(), [&](std::int64_t row) {
            return row >= 0 && std::size_t(row) < run.evalIds.size() &&
                   want.contains(run.evalIds[std::size_t(row)]);
        });
        if (same)
            return int(s);
    }
    return -1;
}

influence::RankedInfluence rank(const influence::InfEmbedOutcome& run,
                                const std::vector<std::int64_t>& rows, int k) {
    const auto& train = run.influence.trainEmbeddings;
    if (rows.empty() || train.rows() == 0 || run.trainIds.size() != std::size_t(train.rows()))
        return {};
    return influence::influenceOnRows(run, rows, k);
}

QString formatInfluence(double value) {
    return QString::fromStdString(report::formatInfluence(value));
}

} // namespace fl::ui::infembed
