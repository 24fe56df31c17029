#include "ui/methods/defuse/defuse_run.h"
#include "core/common/error.h"
#include "core/methods/method_result.h"
#include "core/store/typed_array.h"
#include "ui/document/dataset_image.h"
#include <QCoreApplication>

namespace fl::ui {

QString DefuseRun::className(int cls) const {
    if (cls < 0)
        return QCoreApplication::translate("fl::ui::DefuseRun", "none");
    return cls < classNames.size() ? classNames[cls] : QString::number(cls);
}

std::shared_ptr<const DefuseRun> makeDefuseRun(std::shared_ptr<const methods::MethodResult> result,
                                               const QStringList& classNames) {
    auto run = std::make_shared<DefuseRun>();
    run->result = result;
    run->classNames = classNames;
    const auto& r = *result;
    const auto regions = r.summary.find("regions");
    if (regions == r.summary.end() || !regions->is_array())
        throwBadInput("the Defuse run has no regions in its summary; run it again");
    for (std::size_t i = 0; i < regions->size(); ++i) {
        const auto& j = (*regions)[i];
        DefuseRegion g;
        g.index = int(i);
        g.component = j.value("component", 0);
        g.weight = j.value("weight", 0.0);
        g.size = j.value("size", std::int64_t(0));
        g.majorityPrediction = j.value("majority_prediction", -1);
        g.majorityLabel = j.value("majority_label", -1);
        g.samplePredictions = j.value("sample_predictions", std::vector<int>());
        for (const auto& s : j.value("sample_seeds", nlohmann::json::array()))
            g.sampleSeeds.push_back(std::stoull(s.get<std::string>()));
        const std::string role = "region" + std::to_string(i + 1) + "_samples";
        const auto a = r.arrays.find(role);
        if (a == r.arrays.end())
            throwBadInput("the Defuse run has no " + role + " array; run it again");
        const auto& shape = a->second.shape;
        if (shape.size() != 4)
            throwBadInput("the Defuse run's " + role + " array is not N×C×H×W");
        const auto bytes = store::arrayValues<std::uint8_t>(a->second, role);
        const auto n = shape[0], c = shape[1], h = shape[2], w = shape[3];
        if (std::size_t(n) != g.sampleSeeds.size() || std::size_t(n) != g.samplePredictions.size())
            throwBadInput("the Defuse run's region " + std::to_string(i + 1) + " has " +
                          std::to_string(n) + " samples but " +
                          std::to_string(g.sampleSeeds.size()) + " seeds and " +
                          std::to_string(g.samplePredictions.size()) + " predictions");
        for (std::int64_t k = 0; k < n; ++k)
            g.samples.push_back(planesImage(bytes.data() + k * c * h * w, int(c), int(w), int(h)));
        run->samplesPerRegion = std::max(run->samplesPerRegion, int(n));
        run->regions.push_back(std::move(g));
    }
    return run;
}

} // namespace fl::ui
