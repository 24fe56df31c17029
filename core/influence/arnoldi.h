// FactorHessian (Schioppa et al. 2022) as METHODS.md §1 steps 3–4 pin it: P Arnoldi iterations of
// Hessian-vector products, then the top-D eigenpairs of the Krylov restriction, mapped back.
#pragma once
#include "core/common/cancel_token.h"
#include "core/common/progress.h"
#include <Eigen/Core>
#include <cstdint>
#include <functional>

namespace fl::influence {

// out = H·v for the (summed) Hessian over the chosen parameters; out is pre-sized by the caller.
using HvpFunction = std::function<void(const Eigen::VectorXd& v, Eigen::VectorXd& out)>;

struct ArnoldiOptions {
    int arnoldiDim = 500;        // P
    int embeddingDim = 100;      // D
    std::uint64_t seed = 0;      // start vector q1
    double stopTolerance = 1e-1; // early stop when h_{k+1,k} < this
    double shift = 1e-6;         // T += shift·I
    double eigenFloor = 1e-5;    // keep eigenvalues above this
};

struct HessianFactors {
    Eigen::MatrixXd basis;       // |θ|×D', column i = u_i (D' ≤ D survive the floor)
    Eigen::VectorXd eigenvalues; // D', descending, each > eigenFloor
    Eigen::VectorXd ritzValues;  // all eigenvalues of T (real parts, descending), for reports
    int iterations = 0;          // Arnoldi steps done (≤ P)
    bool stoppedEarly = false;   // h_{k+1,k} fell below the tolerance
    // U·Λ^{-1/2} (|θ|×D'), the map g ↦ μ(z) of paper Eq. 6: μ = gᵀ·projection().
    Eigen::MatrixXd projection() const;
};

// Runs the Arnoldi iteration on `dim` parameters. Throws BadInput for dim < 1 or bad options,
// Failure when no eigenvalue survives the floor, Error(Cancelled) between HVPs.
HessianFactors factorHessian(const HvpFunction& hvp, std::int64_t dim,
                             const ArnoldiOptions& options, const Progress& progress = {},
                             const CancelToken& cancel = {});

} // namespace fl::influence
