// InfEmbed on the method seam: its parameters (the CLI's flags, the run form), its run as a
// MethodResult, and the InfEmbedOutcome the InfEmbed views use, stored and loaded by the codec.
#pragma once
#include "core/influence/infembed_run.h"
#include "core/methods/analysis_method.h"
#include <memory>

namespace fl::store {
class Project;
}

namespace fl::methods {

class InfEmbedMethod : public AnalysisMethod {
public:
    MethodInfo info() const override;
    std::vector<ParameterSpec> parameters() const override;
    MethodResult run(const MethodInput& input, const Progress& progress,
                     const CancelToken& cancel) const override;
    // The paper's Figure 2 for the worst slices (infembed_report.cpp).
    std::vector<report::Section>
    reportSections(const MethodResult& result,
                   const std::vector<std::string>& classNames) const override;
    // The request the parameters describe (split from the input's split).
    static influence::InfEmbedRequest request(const ParameterValues& values, data::Split split);
    // The parameter values that describe `request` (the InfEmbed dialog's request as the
    // seam's values; request(values(r), r.split) gives r back).
    static std::map<std::string, std::string> values(const influence::InfEmbedRequest& request);
};

// An outcome as the codec's parts (slices with centre, coherence, opponents; every array).
MethodResult infEmbedResult(const influence::InfEmbedOutcome& outcome);
// The outcome back from a stored result; BadInput naming the run and the artifact or field that
// is missing or damaged.
influence::InfEmbedOutcome infEmbedFromResult(const MethodResult& result);

// Stores a run with its slices and arrays; sets runId and the slices' ids.
void storeInfEmbed(store::Project& project, influence::InfEmbedOutcome& outcome,
                   std::optional<std::int64_t> datasetId = std::nullopt,
                   std::optional<std::int64_t> modelId = std::nullopt);
// The newest finished InfEmbed run with artifacts (or run `runId`); nullopt when there is none.
std::optional<influence::InfEmbedOutcome> loadInfEmbed(store::Project& project,
                                                       std::optional<std::int64_t> runId = {});

} // namespace fl::methods
