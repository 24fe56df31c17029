// Failure directions (Jain et al., ICLR 2023) on the method seam: per class a linear SVM in an
// embedding space telling the model's correct examples from its errors, ranked and captioned.
#pragma once
#include "core/methods/analysis_method.h"

namespace fl::methods {

class DirectionsMethod : public AnalysisMethod {
public:
    MethodInfo info() const override;
    std::vector<ParameterSpec> parameters() const override;
    // The robust extractor (embedding = robust), the user's encoder (a file), or none (model).
    std::vector<AuxiliaryModel> auxiliaryModels(const ParameterValues& values) const override;
    MethodResult run(const MethodInput& input, const Progress& progress,
                     const CancelToken& cancel) const override;
    // The generic sections, opened by what the embedding was, where the SVMs were fitted and
    // ranked, and which classes' best C sits at the grid's edge.
    std::vector<report::Section>
    reportSections(const MethodResult& result,
                   const std::vector<std::string>& classNames) const override;
};

// What `embedding` names: "robust", "model" or "file" (a TorchScript encoder's path). BadInput
// naming the value when it is neither keyword nor an existing file.
std::string embeddingKind(const std::string& embedding);

} // namespace fl::methods
