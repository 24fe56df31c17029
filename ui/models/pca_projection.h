// Two-dimensional PCA of an embedding matrix (rows × dim), for the embedding scatter: centre, d×d
// covariance, eigen-decomposition, projection onto the two leading axes. Pure; run it off the UI.
#pragma once
#include <vector>

namespace fl::ui {

struct PcaProjection {
    std::vector<float> xy;            // rows × 2, row-major
    double explainedVariance[2] = {}; // fraction of the total variance per axis
};

// Deterministic: each axis is signed so that its largest-magnitude loading is positive.
PcaProjection pcaProject2d(const float* data, int rows, int dim);

} // namespace fl::ui
