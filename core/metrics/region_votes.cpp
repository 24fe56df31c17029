#include "core/metrics/region_votes.h"
#include "core/common/error.h"
#include <map>

namespace fl::metrics {
namespace {

// The class with the most votes; ties go to the smallest class index (std::map is ordered and
// only a strictly larger count replaces the best so far). -1 for no votes.
int majorityOf(const std::map<int, int>& counts) {
    int best = -1;
    int bestCount = 0;
    for (const auto& [label, count] : counts) {
        if (count > bestCount) {
            best = label;
            bestCount = count;
        }
    }
    return best;
}

double share(int part, int whole) {
    return whole > 0 ? double(part) / double(whole) : 0.0;
}

} // namespace

RegionVoteSummary aggregateRegionVotes(const std::vector<RegionVotes>& regions, double rho) {
    if (!(rho >= 0.0 && rho <= 1.0))
        throwBadInput("misclassification threshold ρ = " + std::to_string(rho) +
                      ": expected a share between 0 and 1");
    RegionVoteSummary out;
    double inSum = 0.0, outSum = 0.0;
    int inCount = 0, outCount = 0;
    for (const RegionVotes& rv : regions) {
        RegionOutcome ro;
        ro.region = rv.region;
        std::map<int, int> regionCounts;
        for (const SampleVotes& sv : rv.samples) {
            SampleOutcome so;
            so.sampleIndex = sv.sampleIndex;
            so.prediction = sv.prediction;
            // One vote per author: the last one in the input.
            std::map<std::string, int> byAuthor;
            for (const Vote& v : sv.votes) {
                if (v.label < kNoneOfTheAbove)
                    throwBadInput("region " + std::to_string(rv.region) + ", sample " +
                                  std::to_string(sv.sampleIndex) + ", author \"" + v.author +
                                  "\": class " + std::to_string(v.label) +
                                  ": expected a class index or -1 (none of the above)");
                byAuthor[v.author] = v.label;
            }
            std::map<int, int> counts;
            for (const auto& [author, label] : byAuthor) {
                if (label == kNoneOfTheAbove) {
                    ++so.noneVotes;
                    continue;
                }
                ++counts[label];
                ++regionCounts[label];
                ++so.votes;
                if (label != sv.prediction)
                    ++so.disagreeing;
            }
            so.majority = majorityOf(counts);
            so.agreeing = so.majority >= 0 ? counts[so.majority] : 0;
            so.agreement = share(so.agreeing, so.votes);
            ro.votes += so.votes;
            ro.noneVotes += so.noneVotes;
            ro.disagreeing += so.disagreeing;
            ro.samples.push_back(so);
        }
        ro.labelled = ro.votes > 0;
        if (ro.labelled) {
            ro.majority = majorityOf(regionCounts);
            ro.agreeing = regionCounts[ro.majority];
            ro.agreement = share(ro.agreeing, ro.votes);
            ro.disagreement = share(ro.disagreeing, ro.votes);
            ro.misclassification = ro.disagreement > rho;
            ++out.labelledRegions;
            if (ro.misclassification)
                ++out.misclassificationRegions;
            out.votes += ro.votes;
            out.agreeing += ro.agreeing;
            for (const SampleOutcome& so : ro.samples) {
                if (so.votes == 0)
                    continue;
                (ro.misclassification ? inSum : outSum) += so.agreement;
                ++(ro.misclassification ? inCount : outCount);
            }
        }
        out.regions.push_back(std::move(ro));
    }
    out.agreement = share(out.agreeing, out.votes);
    out.sampleAgreementInRegions = inCount > 0 ? inSum / inCount : 0.0;
    out.sampleAgreementOutside = outCount > 0 ? outSum / outCount : 0.0;
    return out;
}

} // namespace fl::metrics
