// The seam every analysis method plugs into: what it is (id, title, paper), its parameters as
// data, the auxiliary models it needs, and run() on a common input giving a MethodResult.
#pragma once
#include "core/common/cancel_token.h"
#include "core/common/progress.h"
#include "core/data/dataset.h"
#include "core/methods/method_result.h"
#include "core/methods/parameter.h"
#include "core/nn/model_recipe.h"
#include "core/report/report_model.h"
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace fl::nn {
class Classifier;
struct InferenceResult;
} // namespace fl::nn
namespace fl::store {
class Project;
}

namespace fl::methods {

// A named setting of the method that the slice benchmark scores as a method of its own
// ("infembed-block": InfEmbed with layers = block and a 1 000-example Hessian subset).
struct MethodVariant {
    std::string name;
    std::string title;
    std::map<std::string, std::string> parameters; // over the method's defaults
};

// An auxiliary model a method trains once and reuses (Barlow's robust extractor, Defuse's
// β-VAE), keyed by the dataset's fingerprint and the recipe (nn::trainOrLoadCached) in the GUI,
// the CLI and the slice benchmark alike.
struct AuxiliaryModel {
    std::string role; // "robust_extractor", "beta_vae"
    nn::ModelRecipe recipe;
    // The user's own model file to load instead of training the recipe ("" = train or reuse).
    std::string userModelPath;
};

struct MethodInfo {
    std::string id;       // registry key, CLI name, stored run kind ("infembed")
    std::string title;    // menu and report ("InfEmbed")
    std::string paper;    // the paper it implements (short citation)
    std::string summary;  // one sentence: what it finds
    std::string shortcut; // Analysis menu shortcut in portable text ("Ctrl+Shift+I"), or ""
    bool yieldsSlices = true;
    // Run kinds this method stores besides its id (InfEmbed-Rule runs are "infembed-rule").
    std::vector<std::string> otherRunKinds;
    // Runs of other kinds that follow from the method's (failure directions' retraining
    // interventions): the report adds the newest of each, drawn by reportSections, after the
    // method's own.
    std::vector<std::string> companionRunKinds;
    // Variants scored by the slice benchmark; empty = the method itself under its id.
    std::vector<MethodVariant> benchmarkVariants;
};

// What every method runs on.
struct MethodInput {
    const data::Dataset* dataset = nullptr;
    const nn::Classifier* model = nullptr;
    // The model's stored outputs (an evaluation run's probabilities, predictions, losses and
    // penultimate embeddings; `indices` are dataset positions), reused instead of inferring
    // again where they cover what a method needs. May be null.
    const nn::InferenceResult* outputs = nullptr;
    data::Split split = data::Split::Val; // the examples sliced
    // The benchmark's confirmation split: each slice's rule assigns its examples
    // (RankedSlice::heldOutIds).
    std::optional<data::Split> heldOut;
    ParameterValues parameters; // resolved against parameters()
    std::string device = "auto";
    // The auxiliary models auxiliaryModels() declared, trained or loaded by
    // workflows::prepareAuxiliaryModels, by role.
    std::map<std::string, std::shared_ptr<const nn::Classifier>> auxiliary;
};

class AnalysisMethod {
public:
    virtual ~AnalysisMethod() = default;
    virtual MethodInfo info() const = 0;
    virtual std::vector<ParameterSpec> parameters() const = 0;
    virtual std::vector<AuxiliaryModel> auxiliaryModels(const ParameterValues&) const { return {}; }
    // BadInput with a clear message for input the method cannot use; Error(Cancelled) on
    // cancel. Records its settings and seed in the result.
    virtual MethodResult run(const MethodInput& input, const Progress& progress,
                             const CancelToken& cancel) const = 0;
    // The report's sections for a stored result (class names label the histograms); the
    // default is genericReportSections (method_report.h).
    virtual std::vector<report::Section>
    reportSections(const MethodResult& result, const std::vector<std::string>& classNames) const;
    // The sections when the result's project is at hand, for what people added to the result
    // after it ran (Defuse's labels); the default is reportSections.
    virtual std::vector<report::Section>
    projectReportSections(const MethodResult& result, const std::vector<std::string>& classNames,
                          store::Project& project) const;
};

} // namespace fl::methods
