#include "core/influence/arnoldi.h"
#include "core/common/error.h"
#include <Eigen/Eigenvalues>
#include <algorithm>
#include <numeric>
#include <random>

namespace fl::influence {

Eigen::MatrixXd HessianFactors::projection() const {
    return basis * eigenvalues.cwiseSqrt().cwiseInverse().asDiagonal();
}

HessianFactors factorHessian(const HvpFunction& hvp, std::int64_t dim, const ArnoldiOptions& o,
                             const Progress& progress, const CancelToken& cancel) {
    if (dim < 1)
        throwBadInput("FactorHessian needs at least one parameter");
    if (o.arnoldiDim < 1 || o.embeddingDim < 1)
        throwBadInput("FactorHessian needs P >= 1 and D >= 1");
    // More than dim iterations cannot add directions; the early stop would end them anyway.
    const int P = int(std::min<std::int64_t>(o.arnoldiDim, dim));

    // Q holds q_1..q_{P+1} as columns; Hs the (P+1)×P Hessenberg matrix.
    Eigen::MatrixXd Q(dim, P + 1);
    Eigen::MatrixXd Hs = Eigen::MatrixXd::Zero(P + 1, P);
    {
        std::mt19937_64 engine(o.seed);
        std::normal_distribution<double> normal(0.0, 1.0);
        for (std::int64_t i = 0; i < dim; ++i)
            Q(i, 0) = normal(engine);
        Q.col(0) /= Q.col(0).norm();
    }
    Eigen::VectorXd v(dim);
    int k = 0; // iterations done = basis vectors kept
    bool early = false;
    for (; k < P; ++k) {
        cancel.throwIfCancelled();
        progress.report(double(k) / P,
                        "Arnoldi iteration " + std::to_string(k + 1) + " of " + std::to_string(P));
        hvp(Q.col(k), v);
        // Modified Gram–Schmidt: project out each q_i from the updated v in turn.
        for (int i = 0; i <= k; ++i) {
            const double h = Q.col(i).dot(v);
            Hs(i, k) = h;
            v.noalias() -= h * Q.col(i);
        }
        Hs(k + 1, k) = v.norm();
        if (Hs(k + 1, k) < o.stopTolerance) {
            // The Krylov space is (numerically) invariant: q_{k+1} is never formed, so the
            // basis already has k+1 vectors and only the last Hessenberg row is dropped.
            ++k;
            early = true;
            break;
        }
        Q.col(k + 1) = v / Hs(k + 1, k);
    }
    progress.report(1.0, "Arnoldi done");

    // Distill: drop q_{k+1} and the last Hessenberg row → square T (k×k).
    Eigen::MatrixXd T = Hs.topLeftCorner(k, k);
    T.diagonal().array() += o.shift;
    Eigen::EigenSolver<Eigen::MatrixXd> es(T, true);
    if (es.info() != Eigen::Success)
        throwFailure("eigendecomposition of the Arnoldi matrix failed");
    const Eigen::VectorXd values = es.eigenvalues().real();
    const Eigen::MatrixXd vectors = es.eigenvectors().real();
    std::vector<int> order(static_cast<std::size_t>(k));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return values(a) > values(b); });

    HessianFactors f;
    f.iterations = k;
    f.stoppedEarly = early;
    f.ritzValues.resize(k);
    std::vector<int> kept;
    for (int i = 0; i < k; ++i) {
        f.ritzValues(i) = values(order[std::size_t(i)]);
        if (values(order[std::size_t(i)]) > o.eigenFloor && int(kept.size()) < o.embeddingDim)
            kept.push_back(order[std::size_t(i)]);
    }
    if (kept.empty())
        throwFailure("no Hessian eigenvalue above " + std::to_string(o.eigenFloor) + " after " +
                     std::to_string(k) +
                     " Arnoldi step(s): the summed Hessian is too small for the absolute "
                     "tolerances (flat loss, or too few Hessian examples)");
    const int D = int(kept.size());
    f.eigenvalues.resize(D);
    Eigen::MatrixXd V(k, D);
    for (int i = 0; i < D; ++i) {
        f.eigenvalues(i) = values(kept[std::size_t(i)]);
        V.col(i) = vectors.col(kept[std::size_t(i)]);
    }
    // u_i = Σ_j V_ji q_j
    f.basis.noalias() = Q.leftCols(k) * V;
    return f;
}

} // namespace fl::influence
