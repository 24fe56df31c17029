// Barlow (Singla et al., CVPR 2021) on the method seam: failure trees on the robust extractor's
// features per class, its slices (each class's top-IV valid leaf), tables and Table 1.
#pragma once
#include "core/methods/analysis_method.h"
#include "core/trees/failure_analysis.h"

namespace fl::methods {

class BarlowMethod : public AnalysisMethod {
public:
    MethodInfo info() const override;
    std::vector<ParameterSpec> parameters() const override;
    std::vector<AuxiliaryModel> auxiliaryModels(const ParameterValues& values) const override;
    MethodResult run(const MethodInput& input, const Progress& progress,
                     const CancelToken& cancel) const override;
    // The generic sections, then per drawn leaf its rule, metrics and the paper's four rows.
    std::vector<report::Section>
    reportSections(const MethodResult& result,
                   const std::vector<std::string>& classNames) const override;
    // The failure analysis options the parameters describe.
    static trees::FailureOptions failureOptions(const ParameterValues& values);
};

// How far inside a leaf each row is: the smallest margin past the path's thresholds, in the
// features' standard deviations (`sd`, one per column); rows outside the path get a negative one.
double leafMargin(const trees::MatrixRM& x, Eigen::Index row,
                  const std::vector<trees::Condition>& path, const std::vector<double>& sd);

} // namespace fl::methods
