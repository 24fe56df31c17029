// The InfEmbed pipeline (METHODS.md §1) on one split: influence embeddings, slices (plain K or
// InfEmbed-Rule) with their statistics and opponents. methods/infembed_method stores and loads it.
#pragma once
#include "core/cluster/infembed_slicer.h"
#include "core/common/cancel_token.h"
#include "core/common/progress.h"
#include "core/data/dataset.h"
#include "core/influence/influence_pipeline.h"
#include "core/influence/influence_settings.h"
#include "core/metrics/slice_stats.h"
#include "core/nn/classifier.h"
#include "core/nn/inference.h"
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace fl::influence {

struct InfEmbedRequest {
    InfluenceSettings influence = InfluenceSettings::fast();
    bool rule = false;                    // InfEmbed-Rule instead of plain K-means
    cluster::PlainOptions plain;          // K, iterations, seed (plain)
    cluster::RuleOptions ruleOptions;     // A, S, B, depth (rule); defaults = the paper's
    data::Split split = data::Split::Val; // the examples sliced
    bool embedTraining = true;            // training μ, needed for opponents/proponents
    int opponentsPerSlice = 16;           // listed per slice (0 = none)
    // Failure order of the slices: "accuracy" (lowest first, larger first on ties) or "errors"
    // (most errors first, lower accuracy first on ties).
    std::string ranking = "accuracy";
    // Also embed this split and assign its examples to the slices by nearest centre
    // (InfEmbedOutcome::heldOut*), as the slice benchmark confirms on test.
    std::optional<data::Split> heldOut;
    // Throws BadInput naming the field when a value is out of range.
    void validate() const;
};

// One training example's influence on a set of evaluation examples.
struct InfluencedExample {
    std::int64_t exampleId = 0;
    int label = 0;
    int prediction = -1; // the model's prediction for it (-1 when unknown)
    double influence = 0.0;
};

struct RankedInfluence {
    std::vector<InfluencedExample> opponents;  // most negative influence first
    std::vector<InfluencedExample> proponents; // most positive first
};

struct SliceSummary {
    cluster::Slice slice; // members: rows of InfEmbedOutcome::evalIds, nearest the centre first
    double errorRate = 0.0;
    double errorLow = 0.0, errorHigh = 1.0; // Wilson 95% interval of the error rate
    int dominantLabel = -1;
    double dominantLabelShare = 0.0;
    int dominantPrediction = -1;
    double dominantPredictionShare = 0.0;
    RankedInfluence influence;      // opponentsPerSlice of each (empty without training μ)
    std::int64_t storedSliceId = 0; // SliceRepo id once stored
    void setStats(const metrics::SliceStats& s);
};

struct InfEmbedOutcome {
    std::string method;                 // "infembed" or "infembed-rule"
    std::string split;                  // "val", "test" or "train"
    InfluenceResult influence;          // μ of evaluation (and training) rows, settings
    std::vector<std::int64_t> evalIds;  // example id of each evaluation row
    std::vector<int> evalLabels;        // true labels, per evaluation row
    std::vector<int> evalPredictions;   // per evaluation row
    std::vector<std::int64_t> trainIds; // example id of each training row (may be empty)
    std::vector<int> trainLabels;       // per training row
    std::vector<int> trainPredictions;  // per training row (-1 when unknown)
    std::vector<SliceSummary> slices;   // in the request's failure order (ranking)
    // With request.heldOut: its examples' ids and, per slice, the rows (of heldOutIds) nearest
    // its centre, by inner product descending.
    std::vector<std::int64_t> heldOutIds;
    std::vector<std::vector<std::int64_t>> heldOutMembers;
    double accuracy = 0.0;                       // on the sliced split
    std::map<std::string, std::string> settings; // everything needed to reproduce the run
    std::int64_t runId = 0;                      // RunRepo id once stored
    double seconds = 0.0;                        // wall time of runInfEmbed
};

// Runs the whole method on d's `request.split` with c: inference, influence embeddings,
// slicing, summaries, opponents. Progress and cancel throughout.
InfEmbedOutcome runInfEmbed(const nn::Classifier& c, const data::Dataset& d,
                            const InfEmbedRequest& request, const Progress& progress = {},
                            const CancelToken& cancel = {});

// The same, reusing the model's stored outputs (an evaluation run's probabilities, predictions
// and penultimate embeddings; `outputs.indices` are dataset positions) instead of running the
// model again over the split and the training set. Positions the outputs lack, or outputs
// without what the chosen layers need, are inferred as usual.
InfEmbedOutcome runInfEmbed(const nn::Classifier& c, const data::Dataset& d,
                            const InfEmbedRequest& request, const nn::InferenceResult& outputs,
                            const Progress& progress = {}, const CancelToken& cancel = {});

// Opponents and proponents of evaluation rows (no checks beyond empty rows or k <= 0: the
// caller holds a run with training μ, ids and labels).
RankedInfluence influenceOnRows(const InfEmbedOutcome& outcome,
                                const std::vector<std::int64_t>& evalRows, int k);

// Opponents and proponents over the training rows of any set of example ids (ids without an
// evaluation row are ignored; none left → empty lists). BadInput without training μ.
RankedInfluence influenceOn(const InfEmbedOutcome& outcome,
                            const std::vector<std::int64_t>& exampleIds, int k);

} // namespace fl::influence
