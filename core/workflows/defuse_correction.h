// Defuse after annotation: a stored run's regions and its annotators' votes (every author) give
// the labelled misclassification regions; correction fine-tunes on them over the λ sweep and
// returns a companion run ("defuse-correction") with the trade-off chart and the new model.
#pragma once
#include "core/common/cancel_token.h"
#include "core/common/progress.h"
#include "core/data/dataset.h"
#include "core/generative/correction.h"
#include "core/methods/defuse_labels.h"
#include "core/methods/method_result.h"
#include <string>
#include <vector>

namespace fl::store {
class Project;
}
namespace fl::nn {
class Classifier;
}

namespace fl::workflows {

inline constexpr const char* kDefuseCorrectionKind = "defuse-correction";
// The paper's baseline (fine-tuned on the identified mistakes): a kind of its own, so the report
// sets the newest of each beside the other.
inline constexpr const char* kDefuseBaselineKind = "defuse-correction-baseline";

using methods::DefuseLabels;
using methods::defuseLabels;
using methods::storedDefuseRegions;

struct DefuseCorrectionOptions {
    generative::CorrectionOptions correction;
    int fineTunePerRegion = 256; // paper: 256
    int heldOutPerRegion = 256;  // paper: 256
    double tau = -1.0;           // < 0: the run's τ
    // The paper's baseline: fine-tune on the identified mistakes in the confirmed regions
    // (labelled with their source images' labels) instead of the regions' samples.
    bool baseline = false;
    std::string modelPath; // where the chosen model is saved ("" = not saved)
};

// Correction from a stored Defuse run: the β-VAE it used (its vae_file setting), the confirmed
// regions' fine-tune and held-out samples, the λ sweep. The result: kind defuse-correction,
// a λ trade-off chart, per-λ, per-class and per-region tables, the chosen model as a model
// version and a summary for scripts. BadInput when no region is confirmed or the β-VAE is gone.
methods::MethodResult correctFromDefuse(const data::Dataset& d, const nn::Classifier& model,
                                        const methods::MethodResult& defuse,
                                        const DefuseLabels& labels,
                                        const DefuseCorrectionOptions& options,
                                        const Progress& progress = {},
                                        const CancelToken& cancel = {});

// A λ sweep as people type it ("1e-10, 1, 10"); BadInput starting with `field` naming the item
// that is not a number ≥ 0, or saying the list is empty.
std::vector<double> parseLambdaList(const std::string& text, const std::string& field);

// Where a correction's chosen model goes: <project stem>-models/defuse-run<id>-corrected-<unix
// seconds>.pt beside the project (…-baseline-… for the baseline); the folder is created.
std::string correctionModelPath(const std::string& projectPath, std::int64_t defuseRunId,
                                bool baseline);

} // namespace fl::workflows
