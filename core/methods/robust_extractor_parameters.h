// The robust extractor's knobs as method parameters, and the extractor as an auxiliary model:
// one declaration shared by Barlow, failure directions and few-shot contexts.
#pragma once
#include "core/methods/analysis_method.h"
#include <string>
#include <vector>

namespace fl::methods {

// extractor (a user's file), extractor-arch, -epochs, -epsilon, -steps, -seed and
// robustness-examples, in the run form's "Robust extractor" group.
std::vector<ParameterSpec> robustExtractorParameters();

// The auxiliary model "robust_extractor" the values describe: the user's file when
// `extractor` names one, else the cached adversarial recipe.
AuxiliaryModel robustExtractorModel(const ParameterValues& values, const std::string& device);

// The prepared extractor of `input`, checked against the contract (requireRobustExtractor).
// BadInput naming `method` when it was not prepared.
const nn::Classifier& robustExtractorOf(const MethodInput& input, const std::string& method);

} // namespace fl::methods
