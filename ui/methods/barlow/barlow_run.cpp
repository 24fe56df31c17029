#include "ui/methods/barlow/barlow_run.h"
#include "core/common/error.h"
#include "core/methods/barlow_method.h"
#include "core/methods/method_result.h"
#include "core/store/typed_array.h"
#include <QCoreApplication>
#include <algorithm>

namespace fl::ui {

std::vector<std::int64_t> BarlowRun::groupRows(int cls, bool byPrediction) const {
    std::vector<std::int64_t> out;
    const auto& by = byPrediction ? predictions : labels;
    for (std::size_t r = 0; r < by.size(); ++r)
        if (by[r] == cls)
            out.push_back(std::int64_t(r));
    return out;
}

QString BarlowRun::className(int cls) const {
    if (cls >= 0 && cls < classNames.size())
        return classNames[cls];
    return QString::number(cls);
}

QString BarlowRun::groupName(int cls, bool byPrediction) const {
    return byPrediction
               ? QCoreApplication::translate("fl::ui::BarlowRun", "predicted %1")
                     .arg(className(cls))
               : QCoreApplication::translate("fl::ui::BarlowRun", "label %1").arg(className(cls));
}

std::string BarlowRun::setting(const std::string& key) const {
    const auto it = result->settings.find(key);
    return it == result->settings.end() ? std::string() : it->second;
}

std::shared_ptr<const BarlowRun> makeBarlowRun(std::shared_ptr<const methods::MethodResult> result,
                                               const QStringList& classNames) {
    auto run = std::make_shared<BarlowRun>();
    const auto it = result->arrays.find("barlow_features");
    if (it == result->arrays.end())
        throwBadInput("the Barlow run has no features (barlow_features); run Barlow again");
    run->features = store::arrayMatrix(it->second, "barlow_features");
    run->ids = result->exampleIds;
    run->labels = result->labels;
    run->predictions = result->predictions;
    if (run->features.rows() != std::int64_t(run->ids.size()) ||
        run->labels.size() != run->ids.size() || run->predictions.size() != run->ids.size())
        throwBadInput("the Barlow run's features (" + std::to_string(run->features.rows()) +
                      " rows) do not line up with its " + std::to_string(run->ids.size()) +
                      " examples");
    run->classNames = classNames;
    int top = -1;
    for (std::size_t r = 0; r < run->labels.size(); ++r)
        top = std::max({top, run->labels[r], run->predictions[r]});
    run->numClasses = std::max(int(classNames.size()), top + 1);
    for (int c = int(run->classNames.size()); c < run->numClasses; ++c)
        run->classNames << QString::number(c);

    // The run's settings as failure options: the declared parameters among them, over defaults.
    const methods::BarlowMethod method;
    const auto specs = method.parameters();
    const auto defaults = methods::resolveParameters("barlow", specs, {});
    try {
        run->options = methods::BarlowMethod::failureOptions(
            methods::applyOverrides("barlow", specs, defaults, result->settings));
    } catch (const Error&) { // settings of another version: the defaults, grouping and depth kept
        run->options = methods::BarlowMethod::failureOptions(defaults);
        const auto s = [&](const char* k) {
            const auto f = result->settings.find(k);
            return f == result->settings.end() ? std::string() : f->second;
        };
        run->options.byPrediction = s("grouping") == "prediction";
        if (const auto d = s("depth"); d == "1" || d == "2" || d == "3")
            run->options.depth = std::stoi(d);
    }
    run->result = std::move(result);
    run->modelFeatures = run->setting("features") == "model";
    run->extractorKey = run->modelFeatures ? std::string("model") : run->setting("extractor_file");
    run->runId = run->result->runId;
    run->seed = run->result->seed;
    return run;
}

} // namespace fl::ui
