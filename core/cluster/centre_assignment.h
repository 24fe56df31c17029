// Orders cluster slices by failure and applies them to new examples: each row goes to the centre
// with the largest inner product (the spherical K-means rule), so slices found on one split can be
// confirmed on another.
#pragma once
#include "core/cluster/infembed_slicer.h"
#include <Eigen/Core>
#include <cstdint>
#include <string>
#include <vector>

namespace fl::cluster {

// Per centre, the rows of x assigned to it (largest inner product; for one row that is also the
// largest cosine), ranked by memberScore under `members`, descending (ties keep row order).
std::vector<std::vector<std::int64_t>>
assignToCentres(const MatrixRM& x, const std::vector<Eigen::VectorXf>& centres,
                MemberRanking members = MemberRanking::Cosine);

// Sorts cluster slices into failure order, stably from their cluster order: "accuracy" (lowest
// first, larger first on ties) or "errors" (most errors first, lower accuracy first on ties).
void orderSlices(std::vector<Slice>& slices, const std::string& ranking);

} // namespace fl::cluster
