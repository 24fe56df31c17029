// Defuse's annotation step (docs/METHODS.md §5 step 4, paper §3.3 and §4.5): from the annotators'
// votes on the samples decoded from each candidate region, the region's label (the majority), the
// share of votes that disagree with the model, whether it is a misclassification region (that
// share > ρ) and how much the annotators agree. Pure: the caller collects the votes (the store's
// AnnotationRepo::generatedLabels) and the model's predictions on the decoded samples.
//
// Conventions (documented in docs/annotation-format.md too):
// - A vote is a class index or kNoneOfTheAbove (-1). None-of-the-above votes are discarded, as in
//   the paper: they count in noneVotes only, never in votes, majorities, shares or agreement.
// - One vote per author per sample: when an author appears more than once on a sample, the last
//   one in the input counts (the store already gives one current label per author).
// - Majorities break ties by the smallest class index.
// - A region with no counted vote is not labelled: majority -1, shares 0, never a
//   misclassification region, and outside every overall figure.
#pragma once
#include <string>
#include <vector>

namespace fl::metrics {

inline constexpr int kNoneOfTheAbove = -1;
// ρ of the paper: a region is a misclassification region when MORE than this share of its
// (counted) votes disagree with the model's prediction on the voted sample.
inline constexpr double kDefaultMisclassificationThreshold = 0.5;

struct Vote {
    std::string author;
    int label = kNoneOfTheAbove; // class index, or kNoneOfTheAbove
};

struct SampleVotes {
    int sampleIndex = 0;
    int prediction = 0; // the model's class on the decoded sample
    std::vector<Vote> votes;
};

struct RegionVotes {
    int region = 0;
    std::vector<SampleVotes> samples;
};

struct SampleOutcome {
    int sampleIndex = 0;
    int prediction = 0;
    int votes = 0;          // counted votes (class votes, one per author)
    int noneVotes = 0;      // discarded none-of-the-above votes
    int majority = -1;      // the sample's majority class; -1 when it has no counted vote
    int agreeing = 0;       // votes equal to the sample's majority
    double agreement = 0.0; // agreeing / votes; 0 without votes
    int disagreeing = 0;    // votes that differ from the model's prediction
};

struct RegionOutcome {
    int region = 0;
    bool labelled = false; // at least one counted vote
    int majority = -1;     // majority over all votes of all its samples; -1 when not labelled
    int votes = 0;
    int noneVotes = 0;
    int disagreeing = 0;                // votes that differ from the prediction on their sample
    double disagreement = 0.0;          // disagreeing / votes
    bool misclassification = false;     // labelled and disagreement > ρ
    int agreeing = 0;                   // votes equal to the region's majority
    double agreement = 0.0;             // agreeing / votes
    std::vector<SampleOutcome> samples; // in input order
};

struct RegionVoteSummary {
    std::vector<RegionOutcome> regions; // in input order
    int labelledRegions = 0;
    int misclassificationRegions = 0;
    int votes = 0;          // counted votes of all labelled regions
    int agreeing = 0;       // of those, equal to their region's majority
    double agreement = 0.0; // agreeing / votes; 0 without votes
    // The paper's Figure 7 measure: the mean over voted samples of the sample's agreement, for the
    // samples of misclassification regions and of the other labelled regions; 0 when none.
    double sampleAgreementInRegions = 0.0;
    double sampleAgreementOutside = 0.0;
};

// BadInput when rho is outside [0, 1] or a vote is below -1.
RegionVoteSummary aggregateRegionVotes(const std::vector<RegionVotes>& regions,
                                       double rho = kDefaultMisclassificationThreshold);

} // namespace fl::metrics
