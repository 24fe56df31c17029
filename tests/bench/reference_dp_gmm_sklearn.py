#!/usr/bin/env python3
"""Times Debian's python3-sklearn on what bench_dp_gaussian_mixture fits: BayesianGaussianMixture(
n_components=100, weight_concentration_prior_type="dirichlet_process", covariance_type="full",
max_iter=1000, tol=1e-3, reg_covar=1e-6, random_state=0) — the bench's defaults — on one core,
its own KMeans initialisation included. DATA is int64 n, int64 d, then n×d float64 row-major.
Writes the fit_predict labels (int32) beside DATA and prints one JSON object: seconds,
cpu_seconds, n_iter, converged, kept (weights > 0.01), lower_bound, labels (their path).
With OURS (int64 k, int64 d, then k×d float64: Faultline's kept means), also matches the two
sets of kept means one to one by the Hungarian assignment on Euclidean distance (scipy) and
prints the matched distances beside the spread of sklearn's means (median distance from each
kept mean to its nearest other one).
Usage: /usr/bin/python3 reference_dp_gmm_sklearn.py DATA [OURS]"""
import os

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ[var] = "1"

import json  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
import warnings  # noqa: E402

import numpy as np  # noqa: E402
from sklearn.exceptions import ConvergenceWarning  # noqa: E402
from sklearn.mixture import BayesianGaussianMixture  # noqa: E402

path = sys.argv[1]
n, d = np.fromfile(path, dtype=np.int64, count=2)
x = np.fromfile(path, dtype=np.float64, offset=16).reshape(n, d)

m = BayesianGaussianMixture(
    n_components=100,
    weight_concentration_prior_type="dirichlet_process",
    covariance_type="full",
    max_iter=1000,
    tol=1e-3,
    reg_covar=1e-6,
    random_state=0,
)


def matched():
    if len(sys.argv) < 3:
        return {}
    from scipy.optimize import linear_sum_assignment

    k, dd = np.fromfile(sys.argv[2], dtype=np.int64, count=2)
    ours = np.fromfile(sys.argv[2], dtype=np.float64, offset=16).reshape(k, dd)
    theirs = m.means_[m.weights_ > 0.01]
    cost = np.linalg.norm(ours[:, None, :] - theirs[None, :, :], axis=2)
    rows, cols = linear_sum_assignment(cost)
    between = np.linalg.norm(theirs[:, None, :] - theirs[None, :, :], axis=2)
    np.fill_diagonal(between, np.inf)
    return {
        "matched_distances": sorted(float(c) for c in cost[rows, cols]),
        "sklearn_spread": float(np.median(between.min(axis=1))) if len(theirs) > 1 else 0.0,
    }


t0, c0 = time.perf_counter(), time.process_time()
with warnings.catch_warnings():
    warnings.simplefilter("ignore", ConvergenceWarning)
    labels = m.fit_predict(x)
seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
out = os.path.join(os.path.dirname(os.path.abspath(path)), "sklearn_labels.i32")
labels.astype(np.int32).tofile(out)
print(
    json.dumps(
        {
            "seconds": seconds,
            "cpu_seconds": cpu,
            "n_iter": int(m.n_iter_),
            "converged": bool(m.converged_),
            "kept": int(np.sum(m.weights_ > 0.01)),
            "lower_bound": float(m.lower_bound_),
            "labels": out,
            **matched(),
        }
    )
)
