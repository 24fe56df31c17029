#include "ui/methods/directions/directions_run.h"
#include "core/common/error.h"
#include "core/methods/method_result.h"
#include "core/store/typed_array.h"
#include <algorithm>
#include <cmath>

namespace fl::ui {
namespace {

// Appends a summary's caption list to `out`.
void appendCaptions(QVector<DirectionsCaption>& out, const nlohmann::json& list, bool text) {
    if (!list.is_array())
        return;
    for (const auto& j : list) {
        DirectionsCaption c;
        c.text = text;
        c.caption = QString::fromStdString(j.value("caption", std::string()));
        c.score = j.value("score", 0.0);
        c.size = j.value("size", std::int64_t(0));
        if (const auto it = j.find("ids"); it != j.end() && it->is_array())
            for (const auto& id : *it)
                c.ids << id.get<qint64>();
        out << c;
    }
}

// A class's concept and text captions on one side, strongest first (most negative for the hard
// side, most positive for the easy side).
QVector<DirectionsCaption> captionsOf(const nlohmann::json& cls, bool hard) {
    QVector<DirectionsCaption> out;
    const char* side = hard ? "hard" : "easy";
    appendCaptions(out, cls.value(std::string(side) + "_captions", nlohmann::json()), false);
    appendCaptions(out, cls.value(std::string(side) + "_text_captions", nlohmann::json()), true);
    std::stable_sort(out.begin(), out.end(), [hard](const auto& a, const auto& b) {
        return hard ? a.score < b.score : a.score > b.score;
    });
    return out;
}

std::vector<double> doubles(const methods::MethodResult& r, const std::string& role) {
    const auto it = r.arrays.find(role);
    if (it == r.arrays.end())
        throwBadInput("the failure-directions run has no " + role + " array; run it again");
    return store::arrayValues<double>(it->second, role);
}

void checkRows(const DirectionsSplit& s, const std::string& what) {
    const auto n = s.ids.size();
    if (s.labels.size() != n || s.predictions.size() != n || s.h.size() != n)
        throwBadInput("the failure-directions run's " + what + " arrays do not line up (" +
                      std::to_string(n) + " examples, " + std::to_string(s.h.size()) +
                      " decision values)");
}

} // namespace

std::string DirectionsRun::setting(const std::string& key) const {
    const auto it = result->settings.find(key);
    return it == result->settings.end() ? std::string() : it->second;
}

int DirectionsRun::firstClass() const {
    if (!result->slices.empty())
        return result->slices.front().extra.value("class", 0);
    for (const auto& c : classes)
        if (c.fitted)
            return c.cls;
    return classes.empty() ? -1 : 0;
}

std::shared_ptr<const DirectionsRun>
makeDirectionsRun(std::shared_ptr<const methods::MethodResult> result,
                  const QStringList& classNames) {
    auto run = std::make_shared<DirectionsRun>();
    const auto& r = *result;
    run->fitted.name = QString::fromStdString(r.split);
    run->fitted.outOfFold = true;
    run->fitted.ids = r.exampleIds;
    run->fitted.labels = r.labels;
    run->fitted.predictions = r.predictions;
    run->fitted.h = doubles(r, "decision_oof");
    checkRows(run->fitted, r.split);
    if (r.arrays.count("ranked_ids")) {
        run->hasRanked = true;
        DirectionsSplit& s = run->ranked;
        const auto ranked = r.settings.find("ranked_split");
        s.name = QString::fromStdString(ranked == r.settings.end() ? "test" : ranked->second);
        s.ids = store::arrayValues<std::int64_t>(r.arrays.at("ranked_ids"), "ranked_ids");
        s.labels = store::arrayInts(r.arrays.at("ranked_labels"), "ranked_labels");
        s.predictions = store::arrayInts(r.arrays.at("ranked_predictions"), "ranked_predictions");
        s.h = doubles(r, "ranked_decision");
        checkRows(s, s.name.toStdString());
    }
    const auto classes = r.summary.find("classes");
    if (classes == r.summary.end() || !classes->is_array())
        throwBadInput("the failure-directions run has no per-class summary; run it again");
    const auto grid = r.summary.value("c_grid", std::vector<double>());
    run->classNames = classNames;
    for (const auto& j : *classes) {
        DirectionsClass c;
        c.cls = j.value("class_index", int(run->classes.size()));
        c.name = c.cls < classNames.size()
                     ? classNames[c.cls]
                     : QString::fromStdString(j.value("class", std::string()));
        c.fitted = j.value("fitted", false);
        c.skipped = QString::fromStdString(j.value("skipped", std::string()));
        c.size = j.value("size", std::int64_t(0));
        c.errors = j.value("errors", std::int64_t(0));
        if (c.fitted) {
            c.strength = j.value("strength", c.strength);
            c.c = j.value("c", c.c);
            c.cAtEdge = j.value("c_at_edge", false);
            c.cAtLowEdge = c.cAtEdge && !grid.empty() && c.c <= grid.front() * (1 + 1e-9);
            c.hard = captionsOf(j, true);
            c.easy = captionsOf(j, false);
        }
        if (c.cls != int(run->classes.size()))
            throwBadInput("the failure-directions run's classes are out of order");
        run->classes.push_back(std::move(c));
    }
    for (int k = int(run->classNames.size()); k < int(run->classes.size()); ++k)
        run->classNames << run->classes[std::size_t(k)].name;
    const std::string kind =
        r.settings.count("embedding_kind") ? r.settings.at("embedding_kind") : std::string();
    run->embedding = QString::fromStdString(kind);
    run->result = std::move(result);
    return run;
}

std::vector<std::int64_t> rankedRows(const DirectionsSplit& s, int cls) {
    std::vector<std::int64_t> out;
    for (std::size_t r = 0; r < s.ids.size(); ++r)
        if (s.labels[r] == cls && !std::isnan(s.h[r]))
            out.push_back(std::int64_t(r));
    std::stable_sort(out.begin(), out.end(),
                     [&s](auto a, auto b) { return s.h[std::size_t(a)] < s.h[std::size_t(b)]; });
    return out;
}

int DecisionHistogram::binOf(double h) const {
    if (edges.size() < 2)
        return -1;
    if (h < edges.front() || h > edges.back())
        return -1;
    // The last edge ≤ h names the bin; the top edge belongs to the last bin.
    const auto it = std::upper_bound(edges.begin(), edges.end(), h);
    return std::min(int(it - edges.begin()) - 1, bins() - 1);
}

DecisionHistogram decisionHistogram(const DirectionsSplit& s, int cls, int bins) {
    DecisionHistogram out;
    const auto rows = rankedRows(s, cls);
    if (rows.empty())
        return out;
    bins = std::max(bins, 3);
    const double lo = s.h[std::size_t(rows.front())], hi = s.h[std::size_t(rows.back())];
    if (hi <= lo) {
        out.edges = {lo - 0.5, lo + 0.5};
    } else if (lo < 0 && hi > 0) {
        // Two bins of slack so the range still fits in `bins` once 0 is an edge.
        const double w = (hi - lo) / double(bins - 2);
        const int below = int(std::ceil(-lo / w)), above = std::max(1, int(std::ceil(hi / w)));
        for (int k = -below; k <= above; ++k)
            out.edges.push_back(k * w);
        // k·w may round a hair inside the range: the outer edges hold its ends.
        out.edges.front() = std::min(out.edges.front(), lo);
        out.edges.back() = std::max(out.edges.back(), hi);
    } else {
        const double w = (hi - lo) / double(bins);
        for (int k = 0; k <= bins; ++k)
            out.edges.push_back(k == bins ? hi : lo + k * w);
    }
    const int n = int(out.edges.size()) - 1;
    out.correct.assign(std::size_t(n), 0);
    out.wrong.assign(std::size_t(n), 0);
    out.rows.assign(std::size_t(n), {});
    for (auto r : rows) {
        const int b = out.binOf(s.h[std::size_t(r)]);
        if (b < 0)
            continue;
        (s.isError(r) ? out.wrong : out.correct)[std::size_t(b)]++;
        out.rows[std::size_t(b)].push_back(r);
    }
    return out;
}

} // namespace fl::ui
