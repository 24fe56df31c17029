#include "core/store/typed_array.h"
#include "core/common/error.h"

namespace fl::store {

Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>
arrayMatrix(const ArtifactArray& a, const std::string& where) {
    checkArray(a, DType::Float32, where);
    if (a.shape.size() > 2)
        throwBadInput(where + " is not a matrix (rank " + std::to_string(a.shape.size()) + ")");
    const std::int64_t rows = a.shape[0], cols = a.shape.size() == 2 ? a.shape[1] : 1;
    Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> m(rows, cols);
    if (m.size())
        std::memcpy(m.data(), a.data.data(), a.data.size());
    return m;
}

} // namespace fl::store
