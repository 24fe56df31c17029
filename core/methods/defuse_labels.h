// Defuse's labels: a stored run's regions and its annotators' current votes on the regions'
// samples (every author), aggregated into majorities, agreement and misclassification regions.
#pragma once
#include "core/generative/correction.h"
#include "core/methods/method_result.h"
#include "core/metrics/region_votes.h"
#include <string>
#include <vector>

namespace fl::store {
class Project;
}

namespace fl::methods {

// The regions of a stored Defuse result (its region_means and region_covariances arrays and the
// summary's weights), in the run's order. BadInput naming what is missing.
std::vector<generative::Region> storedDefuseRegions(const MethodResult& defuse);

struct DefuseLabels {
    double rho = metrics::kDefaultMisclassificationThreshold;
    metrics::RegionVoteSummary votes;                  // every region, every author
    std::vector<std::string> authors;                  // who voted, sorted
    std::vector<generative::LabelledRegion> confirmed; // misclassification regions, their majority
};

// The votes on the run's generated samples in the project (each author's current label) and the
// misclassification regions they make at threshold rho.
DefuseLabels defuseLabels(store::Project& project, const MethodResult& defuse,
                          const std::vector<std::string>& classNames, double rho);

} // namespace fl::methods
