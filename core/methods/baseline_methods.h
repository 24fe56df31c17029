// The slice benchmark's two baselines as registered methods (METHODS.md §6): the errors ranked
// by loss ("confidence"), and spherical K-means on the model's penultimate features
// ("embedding-kmeans", Spotlight/Domino-like).
#pragma once
#include "core/methods/analysis_method.h"
#include <memory>

namespace fl::methods {

std::unique_ptr<AnalysisMethod> makeConfidenceMethod();
std::unique_ptr<AnalysisMethod> makeEmbeddingKMeansMethod();

} // namespace fl::methods
