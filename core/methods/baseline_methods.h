// The slice benchmark's baselines as registered methods (METHODS.md §6, issue #14): the errors
// ranked by loss per worst class ("confidence"), the largest confusion cells ("confusion"), and
// spherical K-means on the model's penultimate features ("embedding-kmeans").
#pragma once
#include "core/methods/analysis_method.h"
#include <memory>

namespace fl::methods {

std::unique_ptr<AnalysisMethod> makeConfidenceMethod();
std::unique_ptr<AnalysisMethod> makeConfusionMethod();
std::unique_ptr<AnalysisMethod> makeEmbeddingKMeansMethod();

} // namespace fl::methods
