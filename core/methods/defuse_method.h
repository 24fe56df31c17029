// Defuse (Gao, Chaudhuri et al.) on the method seam: a β-VAE of the training images, codes the
// model gets wrong near each image, a DP Gaussian mixture over them and its heavy components.
#pragma once
#include "core/generative/beta_vae.h"
#include "core/generative/identification.h"
#include "core/methods/analysis_method.h"

namespace fl::methods {

class DefuseMethod : public AnalysisMethod {
public:
    MethodInfo info() const override;
    std::vector<ParameterSpec> parameters() const override;
    MethodResult run(const MethodInput& input, const Progress& progress,
                     const CancelToken& cancel) const override;
    // The generic sections, then for a Defuse run its annotators' labels (defuse_report.h).
    std::vector<report::Section> projectReportSections(const MethodResult& result,
                                                       const std::vector<std::string>& classNames,
                                                       store::Project& project) const override;

    // The options the parameters describe (device and seed included).
    static generative::BetaVaeOptions vaeOptions(const ParameterValues& values,
                                                 const std::string& device);
    static generative::IdentificationOptions identificationOptions(const ParameterValues& values);
};

// The training images identification visits: all of them when `images` is 0 or covers the
// split, else a seeded subset of that many, in dataset order.
std::vector<std::int64_t> identificationImages(const data::Dataset& d, int images,
                                               std::uint64_t seed);

// The rows of the found codes the mixture is fitted to: all of them up to maxCodes, else a
// seeded subset of that many in order (what a run did can be redone from its seed).
std::vector<std::int64_t> distilledCodeRows(std::int64_t found, std::int64_t maxCodes,
                                            std::uint64_t seed);

} // namespace fl::methods
