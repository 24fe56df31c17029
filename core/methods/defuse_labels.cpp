#include "core/methods/defuse_labels.h"
#include "core/common/error.h"
#include "core/store/annotation_repo.h"
#include "core/store/project.h"
#include "core/store/typed_array.h"
#include <set>

namespace fl::methods {
namespace {

const store::ArtifactArray& arrayOf(const MethodResult& r, const std::string& role) {
    const auto it = r.arrays.find(role);
    if (it == r.arrays.end())
        throwBadInput("the Defuse run " + std::to_string(r.runId) + " has no " + role +
                      " array; run Defuse again");
    return it->second;
}

} // namespace

std::vector<generative::Region> storedDefuseRegions(const MethodResult& defuse) {
    const auto list = defuse.summary.find("regions");
    if (list == defuse.summary.end() || !list->is_array())
        throwBadInput("the Defuse run " + std::to_string(defuse.runId) + " has no regions");
    std::vector<generative::Region> out;
    if (list->empty())
        return out;
    const auto& meansA = arrayOf(defuse, "region_means");
    const auto& covsA = arrayOf(defuse, "region_covariances");
    const auto means = store::arrayValues<double>(meansA, "region_means");
    const auto covs = store::arrayValues<double>(covsA, "region_covariances");
    const auto r = std::int64_t(list->size());
    if (meansA.shape.size() != 2 || meansA.shape[0] != r)
        throwBadInput("the Defuse run's region_means array does not have a row per region");
    const auto z = meansA.shape[1];
    if (std::int64_t(covs.size()) != r * z * z)
        throwBadInput("the Defuse run's region_covariances array is not regions × z²");
    for (std::int64_t i = 0; i < r; ++i) {
        const auto& j = (*list)[std::size_t(i)];
        generative::Region g;
        g.component = j.value("component", 0);
        g.weight = j.value("weight", 0.0);
        g.size = j.value("size", std::int64_t(0));
        g.majorityPrediction = j.value("majority_prediction", -1);
        g.majorityLabel = j.value("majority_label", -1);
        g.mean = Eigen::Map<const Eigen::VectorXd>(means.data() + i * z, z);
        g.covariance = Eigen::Map<const Eigen::MatrixXd>(covs.data() + i * z * z, z, z);
        out.push_back(std::move(g));
    }
    return out;
}

DefuseLabels defuseLabels(store::Project& project, const MethodResult& defuse,
                          const std::vector<std::string>& classNames, double rho) {
    const auto list = defuse.summary.find("regions");
    if (list == defuse.summary.end() || !list->is_array())
        throwBadInput("the Defuse run " + std::to_string(defuse.runId) + " has no regions");
    std::vector<metrics::RegionVotes> regions(list->size());
    for (std::size_t i = 0; i < regions.size(); ++i) {
        regions[i].region = int(i);
        const auto preds = (*list)[i].value("sample_predictions", std::vector<int>());
        for (std::size_t s = 0; s < preds.size(); ++s)
            regions[i].samples.push_back({int(s), preds[s], {}});
    }
    std::set<std::string> authors;
    for (const auto& l : store::AnnotationRepo(project).generatedLabels(defuse.runId)) {
        const int r = l.sample.region, s = l.sample.sampleIndex;
        if (r < 0 || r >= int(regions.size()) || s < 0 ||
            s >= int(regions[std::size_t(r)].samples.size()))
            continue; // a sample this run did not show
        int vote = metrics::kNoneOfTheAbove;
        try {
            vote = store::labelClassIndex(l.label.value, classNames);
        } catch (const Error&) {
            continue; // a class this dataset does not have
        }
        regions[std::size_t(r)].samples[std::size_t(s)].votes.push_back({l.label.author, vote});
        authors.insert(l.label.author);
    }
    DefuseLabels out;
    out.authors.assign(authors.begin(), authors.end());
    out.rho = rho;
    out.votes = metrics::aggregateRegionVotes(regions, rho);
    const auto stored = storedDefuseRegions(defuse);
    for (const auto& o : out.votes.regions)
        if (o.misclassification)
            out.confirmed.push_back({stored[std::size_t(o.region)], o.region, o.majority});
    return out;
}

} // namespace fl::methods
