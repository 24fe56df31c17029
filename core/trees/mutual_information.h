// Mutual information between each continuous feature and a discrete label by Ross's k-nearest-
// neighbour estimator (scikit-learn's mutual_info_classif, k = 3): how Barlow picks the features
// its failure trees may split on (METHODS.md §2).
#pragma once
#include "core/trees/decision_tree.h"
#include <cstdint>
#include <vector>

namespace fl::trees {

// MI in nats of every column of x with y (max(0, estimate), as scikit-learn clips). Examples
// whose label occurs once are left out, as scikit-learn does. Like scikit-learn, each feature is
// scaled to unit variance and given 1e-10-scale noise (seeded) so that exact ties are broken at
// random; on features with many equal values (post-ReLU zeros) the estimate then varies with the
// seed by a few hundredths, as scikit-learn's does with random_state. BadInput for mismatched
// sizes or k < 1.
std::vector<double> mutualInformation(const MatrixRM& x, const std::vector<int>& y, int k = 3,
                                      std::uint64_t seed = 0);

// The indices of the `count` largest values, largest first (lower index first on ties).
std::vector<int> topFeatures(const std::vector<double>& scores, int count);

// ψ(n) for a positive integer n: H(n−1) − γ.
double digammaOfInteger(std::int64_t n);

} // namespace fl::trees
