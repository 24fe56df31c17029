#!/usr/bin/python3
"""Last-layer InfEmbed in plain NumPy, for a side-by-side timing with bench_influence.

The same closed forms as core/influence: per-example gradients (p - onehot(y)) x [h, 1], the
summed Hessian-vector product over the Hessian subset, Arnoldi with P iterations (modified
Gram-Schmidt, stop when h_{k+1,k} < 0.1, T += 1e-6 I, keep the top D eigenvalues above 1e-5),
embeddings mu = g^T U Lambda^{-1/2} for all validation and training examples, then spherical
K-means (K = 20, 25 iterations) on the validation embeddings.

Inputs are the stored outputs bench_influence writes with --dump DIR (the same model and rows):
    build/tests/bench/bench_influence --threads 2 --block 0 --dump /tmp/fl-dump
    OPENBLAS_NUM_THREADS=2 /usr/bin/python3 tests/bench/reference_infembed_numpy.py /tmp/fl-dump
"""
import sys
import time

import numpy as np

P, D, K, ITERS = 200, 50, 20, 25
STOP, SHIFT, FLOOR = 1e-1, 1e-6, 1e-5


def load(directory):
    nv, nt, c, d = (int(x) for x in open(f"{directory}/shapes.txt").read().split())
    f32 = lambda name, shape: np.fromfile(f"{directory}/{name}", np.float32).reshape(shape)
    i64 = lambda name: np.fromfile(f"{directory}/{name}", np.int64)
    return dict(vp=f32("val_probs.f32", (nv, c)), vh=f32("val_h.f32", (nv, d)),
                vy=i64("val_y.i64"), tp=f32("train_probs.f32", (nt, c)),
                th=f32("train_h.f32", (nt, d)), ty=i64("train_y.i64"),
                hrows=i64("hessian_rows.i64"))


def with_bias(h):
    return np.hstack([h, np.ones((h.shape[0], 1), h.dtype)])


def embeddings(probs, h, y, W, C, d1, batch=8192):
    """mu = g W, g_n = (p_n - e_y) x [h_n, 1], without forming g for all rows at once."""
    Wc = W.reshape(C, d1, -1).astype(np.float32)  # class c's rows of W
    out = np.empty((h.shape[0], W.shape[1]), np.float32)
    for s in range(0, h.shape[0], batch):
        x = with_bias(h[s:s + batch])
        r = probs[s:s + batch].copy()
        r[np.arange(r.shape[0]), y[s:s + batch]] -= 1.0
        out[s:s + batch] = np.einsum("nc,ncd->nd", r, np.einsum("nj,cjd->ncd", x, Wc))
    return out


def main():
    a = load(sys.argv[1] if len(sys.argv) > 1 else "/tmp/fl-dump")
    C, d1 = a["vp"].shape[1], a["vh"].shape[1] + 1
    dim = C * d1
    t_all = time.perf_counter()

    t = time.perf_counter()
    Ps = a["tp"][a["hrows"]].astype(np.float64)
    Xs = with_bias(a["th"][a["hrows"]].astype(np.float64))
    t_grad = time.perf_counter() - t

    def hvp(v):
        V = v.reshape(C, d1)
        A = Xs @ V.T
        B = Ps * A - Ps * (Ps * A).sum(1, keepdims=True)
        return (B.T @ Xs).ravel()

    t = time.perf_counter()
    rng = np.random.default_rng(0)
    Q = np.zeros((dim, P + 1))
    Hs = np.zeros((P + 1, P))
    Q[:, 0] = rng.standard_normal(dim)
    Q[:, 0] /= np.linalg.norm(Q[:, 0])
    k = 0
    while k < P:
        v = hvp(Q[:, k])
        for i in range(k + 1):
            Hs[i, k] = Q[:, i] @ v
            v -= Hs[i, k] * Q[:, i]
        Hs[k + 1, k] = np.linalg.norm(v)
        if Hs[k + 1, k] < STOP:
            k += 1
            break
        Q[:, k + 1] = v / Hs[k + 1, k]
        k += 1
    T = Hs[:k, :k] + SHIFT * np.eye(k)
    values, vectors = np.linalg.eig(T)
    values, vectors = values.real, vectors.real
    order = [i for i in np.argsort(-values, kind="stable") if values[i] > FLOOR][:D]
    lam = values[order]
    W = (Q[:, :k] @ vectors[:, order]) / np.sqrt(lam)
    t_arnoldi = time.perf_counter() - t

    t = time.perf_counter()
    mu_val = embeddings(a["vp"], a["vh"], a["vy"], W, C, d1)
    mu_train = embeddings(a["tp"], a["th"], a["ty"], W, C, d1)
    t_emb = time.perf_counter() - t

    t = time.perf_counter()
    x = mu_val / np.maximum(np.linalg.norm(mu_val, axis=1, keepdims=True), 1e-12)
    centres = x[np.random.default_rng(42).choice(x.shape[0], K, replace=False)]
    for _ in range(ITERS):
        assign = np.argmax(x @ centres.T, axis=1)
        for c in range(K):
            members = x[assign == c]
            if len(members):
                m = members.sum(0)
                centres[c] = m / max(np.linalg.norm(m), 1e-12)
    correct = np.argmax(a["vp"], 1) == a["vy"]
    worst = min(correct[assign == c].mean() for c in range(K) if (assign == c).any())
    t_km = time.perf_counter() - t
    total = time.perf_counter() - t_all

    print(f"numpy {np.__version__}: last layer P {P}, D {len(lam)}, |theta| {dim}, "
          f"{k} Arnoldi iterations, lambda_max {lam[0]:.4g}, lambda_min kept {lam[-1]:.4g}")
    print(f"  gradients/set-up {t_grad:.3f} s, Arnoldi {t_arnoldi:.3f} s, "
          f"embeddings ({mu_val.shape[0] + mu_train.shape[0]}) {t_emb:.3f} s, "
          f"K-means K={K} {t_km:.3f} s (worst slice accuracy {worst:.3f})")
    print(f"  TOTAL {total:.3f} s")


if __name__ == "__main__":
    main()
