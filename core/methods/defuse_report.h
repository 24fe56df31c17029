// Defuse in the report: after the generic sections of a run, what its annotators said — the
// regions' majorities, disagreement with the model, agreement and the misclassification regions.
#pragma once
#include "core/methods/defuse_labels.h"
#include "core/report/report_model.h"

namespace fl::methods {

// "Defuse: annotation" for a run and its labels: a paragraph with the overall figures (or how to
// label when nobody has) and a table with a row per candidate region.
report::Section defuseLabelSection(const MethodResult& defuse, const DefuseLabels& labels,
                                   const std::vector<std::string>& classNames);

} // namespace fl::methods
