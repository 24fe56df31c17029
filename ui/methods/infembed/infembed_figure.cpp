#include "ui/methods/infembed/infembed_figure.h"
#include <QSet>
#include <algorithm>
#include <cmath>

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
    const double a = std::abs(value);
    const QString digits = a != 0.0 && (a >= 1e4 || a < 1e-2) ? QString::number(a, 'e', 2)
                                                              : QString::number(a, 'g', 3);
    return (value < 0 ? QStringLiteral("−") : value > 0 ? QStringLiteral("+") : QString()) + digits;
}

ClassHistogram countClasses(const std::vector<int>& labels, const std::vector<int>& predictions,
                            int n, int maxShown) {
    ClassHistogram h;
    h.labels.fill(0, n);
    h.predictions.fill(0, n);
    h.labelErrors.fill(0, n);
    h.predictionErrors.fill(0, n);
    const auto valid = [n](int c) { return c >= 0 && c < n; };
    for (std::size_t i = 0; i < labels.size() && i < predictions.size(); ++i) {
        const int l = labels[i], p = predictions[i];
        if (valid(l))
            ++h.labels[l];
        if (valid(p))
            ++h.predictions[p];
        if (l != p && valid(l) && valid(p)) {
            ++h.labelErrors[l];
            ++h.predictionErrors[p];
        }
    }
    for (int c = 0; c < n; ++c)
        if (h.labels[c] + h.predictions[c] > 0)
            h.shown.append(c);
    std::stable_sort(h.shown.begin(), h.shown.end(), [&](int a, int b) {
        return h.labels[a] + h.predictions[a] > h.labels[b] + h.predictions[b];
    });
    if (h.shown.size() > maxShown)
        h.shown.resize(maxShown);
    for (int c : h.shown)
        h.maxCount = std::max({h.maxCount, h.labels[c], h.predictions[c]});
    return h;
}

} // namespace fl::ui::infembed
