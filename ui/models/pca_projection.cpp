#include "ui/models/pca_projection.h"

#include <Eigen/Dense>

namespace fl::ui {

PcaProjection pcaProject2d(const float* data, int rows, int dim) {
    PcaProjection out;
    out.xy.assign(size_t(std::max(rows, 0)) * 2, 0.0f);
    if (rows <= 1 || dim <= 0)
        return out;
    using RowMat = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
    const Eigen::Map<const RowMat> x(data, rows, dim);
    const Eigen::RowVectorXd mean = x.cast<double>().colwise().sum() / double(rows);
    const RowMat centred = x.rowwise() - mean.cast<float>();
    // The d×d covariance in float is fast (one GEMM); the small eigenproblem runs in double.
    const Eigen::MatrixXd cov = (centred.transpose() * centred).cast<double>() / double(rows - 1);
    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eig(cov);
    const Eigen::VectorXd& values = eig.eigenvalues(); // ascending
    const double total = std::max(values.sum(), 1e-30);
    const int axes = std::min(2, dim);
    Eigen::MatrixXf basis = Eigen::MatrixXf::Zero(dim, 2);
    for (int a = 0; a < axes; ++a) {
        Eigen::VectorXd v = eig.eigenvectors().col(dim - 1 - a);
        Eigen::Index arg = 0;
        v.cwiseAbs().maxCoeff(&arg);
        if (v[arg] < 0)
            v = -v;
        basis.col(a) = v.cast<float>();
        out.explainedVariance[a] = std::max(0.0, values[dim - 1 - a]) / total;
    }
    Eigen::Map<RowMat> proj(out.xy.data(), rows, 2);
    proj = centred * basis;
    return out;
}

} // namespace fl::ui
