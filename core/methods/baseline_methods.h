// The slice benchmark's baselines as registered methods (METHODS.md §6, issue #14): the errors
// ranked by loss per worst class ("confidence"), the largest confusion cells ("confusion"),
// spherical K-means on the model's penultimate features ("embedding-kmeans"), and Domino's
// error-aware mixture model ("domino", domino_method.cpp).
#pragma once
#include "core/methods/analysis_method.h"
#include <memory>

namespace fl::methods {

std::unique_ptr<AnalysisMethod> makeConfidenceMethod();
std::unique_ptr<AnalysisMethod> makeConfusionMethod();
std::unique_ptr<AnalysisMethod> makeEmbeddingKMeansMethod();
std::unique_ptr<AnalysisMethod> makeDominoMethod();

} // namespace fl::methods
