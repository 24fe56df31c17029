#include "core/cluster/dp_gaussian_mixture.h"
#include "core/common/error.h"
#include "core/common/rng.h"
#include <Eigen/Cholesky>
#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstring>
#include <exception>
#include <limits>
#include <mutex>
#include <numeric>
#include <string>
#include <thread>

// The numbers are sklearn's (same formulas; the distances as x·P − μ·P, the scatter from
// r·(x − x̄) as sklearn weights it, see scatterBody), the work is not: rows go through in blocks
// that stay in cache, every component at a time, and the hot loops (distances, softmax, weighted
// sums, k-means assignment) are written once with GCC/Clang vector types and compiled twice: for
// AVX2 + FMA, chosen at run time where the processor has it, and for the baseline the build
// targets. Sums run in an order fixed by the rows alone, so results do not depend on threads.
#if defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__))
#define FL_DPGMM_X86 1
#endif

namespace fl::cluster {
namespace {

constexpr double kEps = std::numeric_limits<double>::epsilon();
constexpr Eigen::Index kBlock = 256; // rows per block; a multiple of 16
constexpr const char* kName = "Dirichlet-process mixture";

// ---- Kernels ---------------------------------------------------------------------------------

typedef double v4 __attribute__((vector_size(32)));
typedef long long v4i __attribute__((vector_size(32)));

// Row counts handed to the kernels are multiples of 16; blocks of x are column-major with column
// stride `stride`, so x + a·stride + r is feature a of row r.

// out[r] = Σ_j (Σ_{a≤j} x_a[r]·P(a, j) − shift_j)² for P upper triangular d×d (column-major):
// ‖x·P − μ·P‖², the squared Mahalanobis distance in sklearn's form. 16 rows at a time, the sum
// over a in two halves (even and odd a), so that eight chains of multiply-adds run side by side.
template <bool Avx>
[[gnu::always_inline]] inline void mahalanobisBody(const double* x, Eigen::Index stride, int d,
                                                   const double* prec, const double* shift,
                                                   double* out, Eigen::Index rows) {
    for (Eigen::Index r = 0; r < rows; r += 16) {
        v4 s0 = {}, s1 = {}, s2 = {}, s3 = {};
        for (int j = 0; j < d; ++j) {
            const double* pj = prec + Eigen::Index(j) * d;
            v4 y0 = {}, y1 = {}, y2 = {}, y3 = {}, z0 = {}, z1 = {}, z2 = {}, z3 = {};
            int a = 0;
            for (; a + 1 <= j; a += 2) {
                const double* xa = x + Eigen::Index(a) * stride + r;
                const double* xb = xa + stride;
                const double p = pj[a], q = pj[a + 1];
                v4 x0, x1, x2, x3;
                std::memcpy(&x0, xa, sizeof x0);
                std::memcpy(&x1, xa + 4, sizeof x1);
                std::memcpy(&x2, xa + 8, sizeof x2);
                std::memcpy(&x3, xa + 12, sizeof x3);
                y0 += x0 * p;
                y1 += x1 * p;
                y2 += x2 * p;
                y3 += x3 * p;
                std::memcpy(&x0, xb, sizeof x0);
                std::memcpy(&x1, xb + 4, sizeof x1);
                std::memcpy(&x2, xb + 8, sizeof x2);
                std::memcpy(&x3, xb + 12, sizeof x3);
                z0 += x0 * q;
                z1 += x1 * q;
                z2 += x2 * q;
                z3 += x3 * q;
            }
            if (a == j) {
                const double* xa = x + Eigen::Index(a) * stride + r;
                const double p = pj[a];
                v4 x0, x1, x2, x3;
                std::memcpy(&x0, xa, sizeof x0);
                std::memcpy(&x1, xa + 4, sizeof x1);
                std::memcpy(&x2, xa + 8, sizeof x2);
                std::memcpy(&x3, xa + 12, sizeof x3);
                y0 += x0 * p;
                y1 += x1 * p;
                y2 += x2 * p;
                y3 += x3 * p;
            }
            const double c = shift[j];
            y0 = (y0 + z0) - c;
            y1 = (y1 + z1) - c;
            y2 = (y2 + z2) - c;
            y3 = (y3 + z3) - c;
            s0 += y0 * y0;
            s1 += y1 * y1;
            s2 += y2 * y2;
            s3 += y3 * y3;
        }
        std::memcpy(out + r, &s0, sizeof s0);
        std::memcpy(out + r + 4, &s1, sizeof s1);
        std::memcpy(out + r + 8, &s2, sizeof s2);
        std::memcpy(out + r + 12, &s3, sizeof s3);
    }
}

// acc[4p + l] += Σ_{r ≡ l mod 4} w[r]·cols[p][r] for p < W: the lanes' partial sums of W dot
// products, in an order that depends on nothing but the rows. With few columns, even and odd
// steps sum apart (more independent chains of multiply-adds).
template <int W>
[[gnu::always_inline]] inline void dotsTile(const double* w, const double* const* cols, double* acc,
                                            Eigen::Index rows) {
    constexpr bool split = W <= 4;
    v4 s[W], t[W];
    const double* c[W];
#pragma GCC unroll 8
    for (int p = 0; p < W; ++p) {
        std::memcpy(&s[p], acc + 4 * p, sizeof(v4));
        t[p] = v4{};
        c[p] = cols[p];
    }
    for (Eigen::Index r = 0; r < rows; r += split ? 8 : 4) {
        v4 wv;
        std::memcpy(&wv, w + r, sizeof wv);
#pragma GCC unroll 8
        for (int p = 0; p < W; ++p) {
            v4 cv;
            std::memcpy(&cv, c[p] + r, sizeof cv);
            s[p] += wv * cv;
        }
        if constexpr (split) {
            std::memcpy(&wv, w + r + 4, sizeof wv);
#pragma GCC unroll 8
            for (int p = 0; p < W; ++p) {
                v4 cv;
                std::memcpy(&cv, c[p] + r + 4, sizeof cv);
                t[p] += wv * cv;
            }
        }
    }
#pragma GCC unroll 8
    for (int p = 0; p < W; ++p) {
        if constexpr (split)
            s[p] += t[p];
        std::memcpy(acc + 4 * p, &s[p], sizeof(v4));
    }
}

template <bool Avx>
[[gnu::always_inline]] inline void dotsBody(const double* w, const double* const* cols, int count,
                                            double* acc, Eigen::Index rows) {
    for (int p = 0; p < count; p += 8) {
        const double* const* c = cols + p;
        double* a = acc + 4 * p;
        switch (std::min(8, count - p)) {
        case 1:
            dotsTile<1>(w, c, a, rows);
            break;
        case 2:
            dotsTile<2>(w, c, a, rows);
            break;
        case 3:
            dotsTile<3>(w, c, a, rows);
            break;
        case 4:
            dotsTile<4>(w, c, a, rows);
            break;
        case 5:
            dotsTile<5>(w, c, a, rows);
            break;
        case 6:
            dotsTile<6>(w, c, a, rows);
            break;
        case 7:
            dotsTile<7>(w, c, a, rows);
            break;
        default:
            dotsTile<8>(w, c, a, rows);
            break;
        }
    }
}

// Rows a and a + 1 (when Two) of the scatter against columns b … b + W − 1 of x:
// acc0[4p + l] += Σ wdiff_a·x_{b+p} over the rows of lane l, acc1 likewise for a + 1. (With
// Avx, each column is loaded once into a register for both rows, which GCC would otherwise
// fold into both multiply-adds as two loads.)
template <int W, bool Two, bool Avx>
[[gnu::always_inline]] inline void pairTile(const double* w0, const double* w1,
                                            const double* const* cols, double* acc0, double* acc1,
                                            Eigen::Index rows) {
    constexpr int halves = (Two ? 2 : 1) * W <= 4 ? 2 : 1; // independent chains: 8 at least
    v4 s0[halves][W], s1[halves][W];
    const double* c[W];
#pragma GCC unroll 4
    for (int p = 0; p < W; ++p) {
        c[p] = cols[p];
        for (int h = 0; h < halves; ++h)
            s0[h][p] = s1[h][p] = v4{};
        std::memcpy(&s0[0][p], acc0 + 4 * p, sizeof(v4));
        if constexpr (Two)
            std::memcpy(&s1[0][p], acc1 + 4 * p, sizeof(v4));
    }
    for (Eigen::Index r = 0; r < rows; r += 4 * halves) {
#pragma GCC unroll 2
        for (int h = 0; h < halves; ++h) {
            const Eigen::Index i = r + 4 * h;
            v4 a0, a1;
            std::memcpy(&a0, w0 + i, sizeof a0);
            if constexpr (Two)
                std::memcpy(&a1, w1 + i, sizeof a1);
#pragma GCC unroll 4
            for (int p = 0; p < W; ++p) {
                v4 v;
                std::memcpy(&v, c[p] + i, sizeof v);
                if constexpr (Avx && Two)
                    asm("" : "+x"(v)); // one load for both rows, not two folded ones
                s0[h][p] += a0 * v;
                if constexpr (Two)
                    s1[h][p] += a1 * v;
            }
        }
    }
#pragma GCC unroll 4
    for (int p = 0; p < W; ++p) {
        if constexpr (halves == 2) {
            s0[0][p] += s0[1][p];
            s1[0][p] += s1[1][p];
        }
        std::memcpy(acc0 + 4 * p, &s0[0][p], sizeof(v4));
        if constexpr (Two)
            std::memcpy(acc1 + 4 * p, &s1[0][p], sizeof(v4));
    }
}

// The weighted scatter of one component over a block of rows, in the form
// Σ r (x − x̄)(x − x̄)ᵀ = Σ [r (x − x̄)] xᵀ − [Σ r (x − x̄)] x̄ᵀ (exact algebra; the rounding of
// the first sum grows with |x̄|/σ, not with its square as Σ r x xᵀ − N x̄ x̄ᵀ would):
// wdiff_a = w·(x_a − x̄_a) (sklearn's resp·(X − x̄)ᵀ, column-major with column stride `rows`),
// then acc[4(a·(d+1) + 1 + b) + l] += Σ wdiff_a·x_b over the rows of lane l for b ≥ a (and
// b = a − 1 for odd a, unused), and acc[4·a(d+1) + l] += Σ wdiff_a.
template <bool Avx>
[[gnu::always_inline]] inline void scatterBody(const double* x, Eigen::Index stride, int d,
                                               const double* mean, const double* w, double* wdiff,
                                               double* acc, Eigen::Index rows) {
    for (int a = 0; a < d; ++a) {
        const double* xa = x + Eigen::Index(a) * stride;
        double* wa = wdiff + Eigen::Index(a) * rows;
        double* sum = acc + 4 * std::size_t(a) * std::size_t(d + 1);
        const double m = mean[a];
        v4 s[4] = {};
        std::memcpy(&s[0], sum, sizeof(v4));
        for (Eigen::Index r = 0; r < rows; r += 16) // four chains of additions
#pragma GCC unroll 4
            for (int h = 0; h < 4; ++h) {
                v4 xv, wv;
                std::memcpy(&xv, xa + r + 4 * h, sizeof xv);
                std::memcpy(&wv, w + r + 4 * h, sizeof wv);
                const v4 wdv = wv * (xv - m);
                s[h] += wdv;
                std::memcpy(wa + r + 4 * h, &wdv, sizeof wdv);
            }
        s[0] = (s[0] + s[1]) + (s[2] + s[3]);
        std::memcpy(sum, &s[0], sizeof(v4));
    }
    const double* cols[4];
    for (int a = 0; a < d; a += 2) {
        const double* w0 = wdiff + Eigen::Index(a) * rows;
        const double* w1 = w0 + rows;
        const bool two = a + 1 < d;
        for (int b = a; b < d; b += 4) {
            const int width = std::min(4, d - b);
            for (int p = 0; p < width; ++p)
                cols[p] = x + Eigen::Index(b + p) * stride;
            double* acc0 = acc + 4 * (std::size_t(a) * std::size_t(d + 1) + 1 + std::size_t(b));
            double* acc1 = acc0 + 4 * std::size_t(d + 1);
            switch (width * 2 + (two ? 1 : 0)) {
            case 2:
                pairTile<1, false, Avx>(w0, w1, cols, acc0, acc1, rows);
                break;
            case 3:
                pairTile<1, true, Avx>(w0, w1, cols, acc0, acc1, rows);
                break;
            case 4:
                pairTile<2, false, Avx>(w0, w1, cols, acc0, acc1, rows);
                break;
            case 5:
                pairTile<2, true, Avx>(w0, w1, cols, acc0, acc1, rows);
                break;
            case 6:
                pairTile<3, false, Avx>(w0, w1, cols, acc0, acc1, rows);
                break;
            case 7:
                pairTile<3, true, Avx>(w0, w1, cols, acc0, acc1, rows);
                break;
            case 8:
                pairTile<4, false, Avx>(w0, w1, cols, acc0, acc1, rows);
                break;
            default:
                pairTile<4, true, Avx>(w0, w1, cols, acc0, acc1, rows);
                break;
            }
        }
    }
}

// e^x for 4 values ≤ 0 (Cephes' exp: x = n ln 2 + r, |r| ≤ ln 2 / 2, a Padé form for e^r; about
// 1 ulp); 0 below −708 (where e^x is subnormal or 0).
[[gnu::always_inline]] inline void expNonPositive(const v4& x, v4& out) {
    const double magic = 6755399441055744.0; // 1.5·2⁵²: adding it rounds to an integer
    const v4 t = x * 1.4426950408889634073599 + magic;
    const v4 n = t - magic;
    v4 r = x - n * 6.93145751953125e-1;
    r = r - n * 1.42860682030941723212e-6;
    const v4 rr = r * r;
    const v4 p = r * ((1.26177193074810590878e-4 * rr + 3.02994407707441961300e-2) * rr +
                      9.99999999999999999910e-1);
    const v4 q = ((3.00198505138664455042e-6 * rr + 2.52448340349684104192e-3) * rr +
                  2.27265548208155028766e-1) *
                     rr +
                 2.00000000000000000009e0;
    const v4 e = 1.0 + 2.0 * (p / (q - p));
    v4i ti, mi;
    const v4 mv = {magic, magic, magic, magic};
    std::memcpy(&ti, &t, sizeof ti);
    std::memcpy(&mi, &mv, sizeof mi);
    const v4i bits = ((ti - mi) + 1023) << 52; // 2ⁿ
    v4 scale;
    std::memcpy(&scale, &bits, sizeof scale);
    const v4 zero = {};
    out = x < -708.0 ? zero : e * scale;
}

// The rest of the E-step on a block of rows: logRho (rows×k, column-major) holds the squared
// distances; it becomes log ρ = −½(d log 2π + distance²) + constant_c; then responsibilities
// r = e^{log ρ − max} / Σ (into resp, column stride `stride`; rows from `valid` on get 0),
// entropy = Σ_c r log r (log r = log ρ − log Σ e^{log ρ}, as sklearn's log_resp) and label =
// argmax_c log ρ (the first of equals). Every pass runs down the columns; ex is rows×k scratch,
// rowScratch 3·rows.
template <bool Avx>
[[gnu::always_inline]] inline void
softmaxBody(double* logRho, double* ex, int k, const double* constant, double logTwoPi,
            double* resp, Eigen::Index stride, Eigen::Index valid, double* entropy, int* label,
            double* rowScratch, Eigen::Index rows) {
    double* top = rowScratch;
    double* sum = rowScratch + rows;
    double* which = rowScratch + 2 * rows;
    const v4 zero = {};
    for (int c = 0; c < k; ++c) {
        double* lc = logRho + Eigen::Index(c) * rows;
        const double add = constant[c];
        for (Eigen::Index r = 0; r < rows; r += 4) {
            v4 v, t;
            std::memcpy(&v, lc + r, sizeof v);
            v = -0.5 * (logTwoPi + v) + add;
            std::memcpy(lc + r, &v, sizeof v);
            if (c == 0) {
                t = v;
            } else {
                std::memcpy(&t, top + r, sizeof t);
                t = v > t ? v : t;
            }
            std::memcpy(top + r, &t, sizeof t);
        }
    }
    for (Eigen::Index r = 0; r < rows; r += 4) {
        const v4 none = zero - 1.0;
        std::memcpy(sum + r, &zero, sizeof zero);
        std::memcpy(which + r, &none, sizeof none);
    }
    // e^{log ρ − max}, their sums and the first column at the maximum.
    for (int c = 0; c < k; ++c) {
        const double* lc = logRho + Eigen::Index(c) * rows;
        double* ec = ex + Eigen::Index(c) * rows;
        const v4 index = zero + double(c);
        for (Eigen::Index r = 0; r < rows; r += 4) {
            v4 v, t, sv, w, e;
            std::memcpy(&v, lc + r, sizeof v);
            std::memcpy(&t, top + r, sizeof t);
            std::memcpy(&sv, sum + r, sizeof sv);
            std::memcpy(&w, which + r, sizeof w);
            expNonPositive(v - t, e);
            sv += e;
            w = (v == t) & (w < 0.0) ? index : w;
            std::memcpy(ec + r, &e, sizeof e);
            std::memcpy(sum + r, &sv, sizeof sv);
            std::memcpy(which + r, &w, sizeof w);
        }
    }
    for (Eigen::Index r = 0; r < rows; ++r) {
        top[r] += std::log(sum[r]); // log Σ e^{log ρ}
        sum[r] = 1.0 / sum[r];
        label[r] = std::max(0, int(which[r]));
        entropy[r] = 0.0;
    }
    for (int c = 0; c < k; ++c) {
        const double* lc = logRho + Eigen::Index(c) * rows;
        const double* ec = ex + Eigen::Index(c) * rows;
        double* out = resp + Eigen::Index(c) * stride;
        for (Eigen::Index r = 0; r < rows; r += 4) {
            v4 v, e, inv, norm, h;
            std::memcpy(&v, lc + r, sizeof v);
            std::memcpy(&e, ec + r, sizeof e);
            std::memcpy(&inv, sum + r, sizeof inv);
            std::memcpy(&norm, top + r, sizeof norm);
            std::memcpy(&h, entropy + r, sizeof h);
            const v4 rv = e * inv;
            h += rv * (v - norm);
            std::memcpy(out + r, &rv, sizeof rv);
            std::memcpy(entropy + r, &h, sizeof h);
        }
        for (Eigen::Index r = valid; r < rows; ++r)
            out[r] = 0.0;
    }
}

// best[r] = min_c ‖x_r − centre_c‖² and label[r] = the first c that attains it, for centres k×d
// (row-major). 16 rows at a time, the sum over features in two halves (eight chains).
template <bool Avx>
[[gnu::always_inline]] inline void nearestBody(const double* x, Eigen::Index stride, int d,
                                               const double* centres, int k, double* best,
                                               int* label, Eigen::Index rows) {
    const v4 zero = {};
    for (Eigen::Index r = 0; r < rows; r += 16) {
        v4 b[4], l[4] = {};
        for (int c = 0; c < k; ++c) {
            const double* cc = centres + Eigen::Index(c) * d;
            v4 s[2][4] = {};
            for (int a = 0; a < d; a += 2)
#pragma GCC unroll 2
                for (int h = 0; h < 2; ++h) {
                    if (a + h == d)
                        break;
                    const double* xa = x + Eigen::Index(a + h) * stride + r;
                    const double m = cc[a + h];
#pragma GCC unroll 4
                    for (int q = 0; q < 4; ++q) {
                        v4 v;
                        std::memcpy(&v, xa + 4 * q, sizeof v);
                        v -= m;
                        s[h][q] += v * v;
                    }
                }
            const v4 index = zero + double(c);
#pragma GCC unroll 4
            for (int q = 0; q < 4; ++q) {
                const v4 total = s[0][q] + s[1][q];
                if (c == 0) {
                    b[q] = total;
                    continue;
                }
                const v4i less = total < b[q];
                l[q] = less ? index : l[q];
                b[q] = less ? total : b[q];
            }
        }
        for (int q = 0; q < 4; ++q) {
            std::memcpy(best + r + 4 * q, &b[q], sizeof(v4));
            for (int i = 0; i < 4; ++i)
                label[r + 4 * q + i] = int(l[q][i]);
        }
    }
}

// Each kernel twice, for AVX2 + FMA and for the baseline, and a dispatcher.
#ifdef FL_DPGMM_X86
bool haveAvx2() {
    static const bool ok = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    return ok;
}
#define FL_DPGMM_KERNEL(name, params, args)                                                        \
    void name##Baseline params {                                                                   \
        name##Body<false> args;                                                                    \
    }                                                                                              \
    __attribute__((target("avx2,fma"))) void name##Avx2 params {                                   \
        name##Body<true> args;                                                                     \
    }                                                                                              \
    void name params {                                                                             \
        if (haveAvx2())                                                                            \
            return name##Avx2 args;                                                                \
        name##Baseline args;                                                                       \
    }
#else
#define FL_DPGMM_KERNEL(name, params, args)                                                        \
    void name params {                                                                             \
        name##Body<false> args;                                                                    \
    }
#endif

FL_DPGMM_KERNEL(mahalanobis,
                (const double* x, Eigen::Index stride, int d, const double* prec,
                 const double* shift, double* out, Eigen::Index rows),
                (x, stride, d, prec, shift, out, rows))
FL_DPGMM_KERNEL(dots,
                (const double* w, const double* const* cols, int count, double* acc,
                 Eigen::Index rows),
                (w, cols, count, acc, rows))
FL_DPGMM_KERNEL(scatter,
                (const double* x, Eigen::Index stride, int d, const double* mean, const double* w,
                 double* wdiff, double* acc, Eigen::Index rows),
                (x, stride, d, mean, w, wdiff, acc, rows))
FL_DPGMM_KERNEL(softmax,
                (double* logRho, double* ex, int k, const double* constant, double logTwoPi,
                 double* resp, Eigen::Index stride, Eigen::Index valid, double* entropy, int* label,
                 double* rowScratch, Eigen::Index rows),
                (logRho, ex, k, constant, logTwoPi, resp, stride, valid, entropy, label, rowScratch,
                 rows))
FL_DPGMM_KERNEL(nearest,
                (const double* x, Eigen::Index stride, int d, const double* centres, int k,
                 double* best, int* label, Eigen::Index rows),
                (x, stride, d, centres, k, best, label, rows))

double laneSum(const double* acc) {
    return (acc[0] + acc[1]) + (acc[2] + acc[3]);
}

// ---- Threads -----------------------------------------------------------------------------------

int threadCount(int requested) {
    return requested > 0 ? requested : int(std::max(1u, std::thread::hardware_concurrency()));
}

// Threads for a pass over `blocks` blocks of rows: one per 4 blocks at most, below which starting
// one costs more than it saves.
int threadsFor(int threads, Eigen::Index blocks) {
    return int(std::clamp<Eigen::Index>(blocks / 4, 1, threads));
}

// f(item, worker) for item < count, items handed out in turn; the first exception is rethrown.
template <class F> void parallelFor(int count, int threads, const F& f) {
    threads = std::clamp(threads, 1, std::max(1, count));
    std::atomic<int> next{0};
    std::exception_ptr error;
    std::mutex errorMutex;
    const auto work = [&](int worker) {
        try {
            for (int i; (i = next.fetch_add(1)) < count;)
                f(i, worker);
        } catch (...) {
            const std::lock_guard<std::mutex> lock(errorMutex);
            if (!error)
                error = std::current_exception();
            next.store(count);
        }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(work, t);
    work(0);
    for (auto& t : pool)
        t.join();
    if (error)
        std::rethrow_exception(error);
}

// ---- Special functions -------------------------------------------------------------------------

double digamma(double x) {
    double out = 0.0;
    while (x < 10.0) { // ψ(x) = ψ(x + 1) − 1/x, then the asymptotic series (error < 1e-16)
        out -= 1.0 / x;
        x += 1.0;
    }
    const double f = 1.0 / (x * x);
    const double series =
        f * (-1.0 / 12 +
             f * (1.0 / 120 +
                  f * (-1.0 / 252 +
                       f * (1.0 / 240 + f * (-1.0 / 132 + f * (691.0 / 32760 - f / 12.0))))));
    return out + std::log(x) - 0.5 / x + series;
}

double betaln(double a, double b) {
    return std::lgamma(a) + std::lgamma(b) - std::lgamma(a + b);
}

// ---- The data as the kernels read it -----------------------------------------------------------

struct Data {
    Eigen::Index n = 0, padded = 0; // rows, and rows rounded up to kBlock
    Eigen::Index ld = 0;            // column stride of x: padded + 8, so that the columns do not
                                    // fall on the same cache sets (a multiple of 4 KiB apart)
    int d = 0;
    Eigen::MatrixXd x;    // ld×d, column-major, zero rows after n
    Eigen::VectorXd ones; // kBlock
    int threads = 1;
};

Data prepare(const Eigen::MatrixXd& x, int threads) {
    Data data;
    data.n = x.rows();
    data.d = int(x.cols());
    data.padded = (data.n + kBlock - 1) / kBlock * kBlock;
    data.ld = data.padded + 8;
    data.x = Eigen::MatrixXd::Zero(data.ld, data.d);
    data.x.topRows(data.n) = x;
    data.ones = Eigen::VectorXd::Ones(kBlock);
    data.threads = threadCount(threads);
    return data;
}

// Responsibilities block by block: rows b·kBlock … of component c are kBlock values at
// at(b, c), components after one another, so that a pass over the rows reads memory in order.
struct Resp {
    int k = 0;
    Eigen::Index blocks = 0;
    std::vector<double> values;
    void resize(Eigen::Index blockCount, int components) {
        blocks = blockCount;
        k = components;
        values.resize(std::size_t(blocks) * std::size_t(k) * std::size_t(kBlock));
    }
    double* at(Eigen::Index block, int c) {
        return values.data() + (std::size_t(block) * std::size_t(k) + std::size_t(c)) * kBlock;
    }
    const double* at(Eigen::Index block, int c) const {
        return values.data() + (std::size_t(block) * std::size_t(k) + std::size_t(c)) * kBlock;
    }
};

void checkFinite(const Eigen::MatrixXd& x, const std::string& what) {
    for (Eigen::Index j = 0; j < x.cols(); ++j)
        for (Eigen::Index i = 0; i < x.rows(); ++i)
            if (!std::isfinite(x(i, j)))
                throwBadInput(std::string(kName) + ": " + what + " has a non-finite value (" +
                              std::to_string(x(i, j)) + ") at row " + std::to_string(i) +
                              ", column " + std::to_string(j));
}

// ---- E-step ------------------------------------------------------------------------------------

// What the E-step needs of a model, per component.
struct EParams {
    int k = 0, d = 0;
    std::vector<double> prec;     // K blocks of d×d (upper triangular, column-major)
    std::vector<double> shift;    // K blocks of d: μ_k·P_k
    std::vector<double> constant; // K: everything of log ρ_ik but −½(d log 2π + distance²)
};

EParams eParams(const DpGmmModel& m) {
    EParams e;
    e.k = int(m.means.rows());
    e.d = int(m.means.cols());
    const int d = e.d;
    e.prec.resize(std::size_t(e.k) * std::size_t(d) * std::size_t(d));
    e.shift.resize(std::size_t(e.k) * std::size_t(d));
    e.constant.resize(std::size_t(e.k));
    // E[log π_k] of the stick-breaking weights.
    double stick = 0.0;
    for (int k = 0; k < e.k; ++k) {
        const double a = m.weightConcentrationA(k), b = m.weightConcentrationB(k);
        const double digammaSum = digamma(a + b);
        const double logWeight = digamma(a) - digammaSum + stick;
        stick += digamma(b) - digammaSum;
        const Eigen::MatrixXd& p = m.precisionCholesky[std::size_t(k)];
        std::memcpy(e.prec.data() + std::size_t(k) * std::size_t(d * d), p.data(),
                    sizeof(double) * std::size_t(d * d));
        const Eigen::RowVectorXd shift = m.means.row(k) * p;
        for (int j = 0; j < d; ++j)
            e.shift[std::size_t(k) * std::size_t(d) + std::size_t(j)] = shift(j);
        const double nu = m.degreesOfFreedom(k);
        double logLambda = double(d) * std::log(2.0);
        for (int j = 0; j < d; ++j)
            logLambda += digamma(0.5 * (nu - j));
        const double logDet = p.diagonal().array().log().sum() - 0.5 * d * std::log(nu);
        e.constant[std::size_t(k)] =
            logDet + 0.5 * (logLambda - double(d) / m.meanPrecision(k)) + logWeight;
    }
    return e;
}

struct EResult {
    Eigen::VectorXd entropyTerms; // per row: Σ_k r_ik log r_ik (padding rows included)
    std::vector<int> labels;      // per row: argmax_k r_ik (the first on ties; padding too)
};

// Per-worker buffers, kept from one iteration to the next.
struct EScratch {
    std::vector<Eigen::MatrixXd> logRho, ex;
    std::vector<std::vector<double>> rows;
};

// Responsibilities of every row into resp (padding rows 0).
void eStep(const Data& data, const EParams& e, Resp& resp, EResult& out, EScratch& scratch) {
    const Eigen::Index padded = data.padded;
    const int k = e.k, d = e.d;
    resp.resize(padded / kBlock, k);
    out.entropyTerms.resize(padded);
    out.labels.resize(std::size_t(padded));
    const double logTwoPi = double(d) * std::log(2.0 * M_PI);
    const int blocks = int(padded / kBlock);
    const int threads = threadsFor(data.threads, blocks);
    scratch.logRho.resize(std::size_t(threads));
    scratch.ex.resize(std::size_t(threads));
    scratch.rows.resize(std::size_t(threads));
    parallelFor(blocks, threads, [&](int block, int worker) {
        Eigen::MatrixXd& logRho = scratch.logRho[std::size_t(worker)];
        Eigen::MatrixXd& ex = scratch.ex[std::size_t(worker)];
        std::vector<double>& rowScratch = scratch.rows[std::size_t(worker)];
        logRho.resize(kBlock, k);
        ex.resize(kBlock, k);
        rowScratch.resize(3 * kBlock);
        const Eigen::Index i0 = Eigen::Index(block) * kBlock;
        for (int c = 0; c < k; ++c)
            mahalanobis(
                data.x.data() + i0, data.ld, d, e.prec.data() + std::size_t(c) * std::size_t(d * d),
                e.shift.data() + std::size_t(c) * std::size_t(d), logRho.col(c).data(), kBlock);
        const Eigen::Index valid = std::min<Eigen::Index>(kBlock, data.n - i0);
        softmax(logRho.data(), ex.data(), k, e.constant.data(), logTwoPi, resp.at(block, 0), kBlock,
                valid, out.entropyTerms.data() + i0, out.labels.data() + i0, rowScratch.data(),
                kBlock);
    });
}

// ---- M-step ------------------------------------------------------------------------------------

struct Priors {
    Eigen::RowVectorXd mean;    // m₀: the data's mean
    Eigen::MatrixXd covariance; // W₀⁻¹ scale: the data's covariance (ddof 1)
    double meanPrecision = 1.0, degreesOfFreedom = 0.0, weightConcentration = 0.0;
    double regCovar = 0.0;
};

// N_k (with sklearn's 10ε), x̄_k and the regularised empirical covariances S_k of resp.
struct Stats {
    Eigen::VectorXd nk;
    Eigen::MatrixXd xk;
    std::vector<Eigen::MatrixXd> sk;
};

bool allZero(const double* r, Eigen::Index rows) {
    for (Eigen::Index i = 0; i < rows; ++i)
        if (r[i] != 0.0)
            return false;
    return true;
}

Stats statistics(const Data& data, const Resp& resp, double regCovar) {
    const int k = resp.k, d = data.d;
    Stats s;
    s.nk.resize(k);
    s.xk.resize(k, d);
    s.sk.assign(std::size_t(k), Eigen::MatrixXd());
    // Components in batches: a batch's accumulators stay in cache while the rows stream past
    // once, block by block. Each component's sums run over the rows in order whatever the batch,
    // so nothing depends on the thread count. A block where a component's responsibilities are
    // all exactly 0 adds exactly nothing and is skipped.
    const std::size_t perComponent = 4 * std::size_t(d * (d + 1) + d + 1);
    const int threads = std::min(threadsFor(data.threads, resp.blocks), k);
    const int batch = std::max(
        1, std::min(int((std::size_t(1) << 16) / perComponent), (k + threads - 1) / threads));
    const int batches = (k + batch - 1) / batch;
    parallelFor(batches, threads, [&](int bi, int) {
        const int c0 = bi * batch, c1 = std::min(k, c0 + batch);
        const std::size_t firstSize = 4 * std::size_t(d + 1),
                          secondSize = 4 * std::size_t(d * (d + 1));
        std::vector<double> first(std::size_t(c1 - c0) * firstSize, 0.0);
        std::vector<double> second(std::size_t(c1 - c0) * secondSize, 0.0);
        std::vector<const double*> cols(std::size_t(d) + 1);
        // N_k and Σ_i r_ik x_i.
        for (Eigen::Index b = 0; b < resp.blocks; ++b) {
            cols[0] = data.ones.data();
            for (int a = 0; a < d; ++a)
                cols[std::size_t(a) + 1] = data.x.col(a).data() + b * kBlock;
            for (int c = c0; c < c1; ++c) {
                const double* r = resp.at(b, c);
                if (!allZero(r, kBlock))
                    dots(r, cols.data(), d + 1, first.data() + std::size_t(c - c0) * firstSize,
                         kBlock);
            }
        }
        Eigen::MatrixXd means(d, c1 - c0);
        for (int c = c0; c < c1; ++c) {
            const double* acc = first.data() + std::size_t(c - c0) * firstSize;
            const double nk = laneSum(acc) + 10.0 * kEps;
            for (int a = 0; a < d; ++a)
                means(a, c - c0) = laneSum(acc + 4 * std::size_t(a + 1)) / nk;
            s.nk(c) = nk;
            s.xk.row(c) = means.col(c - c0).transpose();
        }
        // Σ_i r_ik (x_i − x̄_k)(x_i − x̄_k)ᵀ, upper triangle, in half blocks so that the rows
        // of x and their weighted centred copy stay in the first-level cache.
        constexpr Eigen::Index half = kBlock / 2;
        Eigen::MatrixXd wdiff(half, d);
        for (Eigen::Index b = 0; b < resp.blocks; ++b)
            for (Eigen::Index h = 0; h < kBlock; h += half)
                for (int c = c0; c < c1; ++c) {
                    const double* r = resp.at(b, c) + h;
                    if (!allZero(r, half))
                        scatter(data.x.data() + b * kBlock + h, data.ld, d,
                                means.col(c - c0).data(), r, wdiff.data(),
                                second.data() + std::size_t(c - c0) * secondSize, half);
                }
        for (int c = c0; c < c1; ++c) {
            const double* acc = second.data() + std::size_t(c - c0) * secondSize;
            Eigen::MatrixXd cov(d, d);
            for (int a = 0; a < d; ++a) {
                const double* row = acc + 4 * std::size_t(a) * std::size_t(d + 1);
                const double sum = laneSum(row); // Σ r (x_a − x̄_a): 0 but for rounding and 10ε
                for (int b = a; b < d; ++b)
                    cov(a, b) = cov(b, a) =
                        (laneSum(row + 4 * std::size_t(1 + b)) - sum * means(b, c - c0)) / s.nk(c);
            }
            cov.diagonal().array() += regCovar;
            s.sk[std::size_t(c)] = std::move(cov);
        }
    });
    return s;
}

// The variational parameters from the statistics (sklearn's _estimate_weights, _estimate_means,
// _estimate_wishart_full and _compute_precision_cholesky).
void estimate(const Stats& s, const Priors& p, DpGmmModel& m) {
    const Eigen::Index k = s.nk.size(), d = s.xk.cols();
    m.weightConcentrationA = s.nk.array() + 1.0;
    m.weightConcentrationB.resize(k);
    double tail = 0.0; // Σ_{j>c} N_j
    for (Eigen::Index c = k - 1; c >= 0; --c) {
        m.weightConcentrationB(c) = p.weightConcentration + tail;
        tail += s.nk(c);
    }
    m.meanPrecision = s.nk.array() + p.meanPrecision;
    m.means.resize(k, d);
    for (Eigen::Index c = 0; c < k; ++c)
        m.means.row(c) = (p.meanPrecision * p.mean + s.nk(c) * s.xk.row(c)) / m.meanPrecision(c);
    m.degreesOfFreedom = s.nk.array() + p.degreesOfFreedom;
    m.covariances.assign(std::size_t(k), Eigen::MatrixXd());
    m.precisionCholesky.assign(std::size_t(k), Eigen::MatrixXd());
    const Eigen::MatrixXd identity = Eigen::MatrixXd::Identity(d, d);
    for (Eigen::Index c = 0; c < k; ++c) {
        const Eigen::RowVectorXd diff = s.xk.row(c) - p.mean;
        Eigen::MatrixXd cov =
            p.covariance + s.nk(c) * s.sk[std::size_t(c)] +
            (s.nk(c) * p.meanPrecision / m.meanPrecision(c)) * (diff.transpose() * diff);
        cov /= m.degreesOfFreedom(c);
        const Eigen::LLT<Eigen::MatrixXd> llt(cov);
        if (llt.info() != Eigen::Success || !cov.allFinite())
            throwFailure(std::string(kName) + ": component " + std::to_string(c) +
                         " has an ill-defined covariance (collapsed or non-finite samples); "
                         "use fewer components or a larger regCovar");
        const Eigen::MatrixXd lower = llt.matrixL();
        m.precisionCholesky[std::size_t(c)] =
            lower.triangularView<Eigen::Lower>().solve(identity).transpose();
        m.covariances[std::size_t(c)] = std::move(cov);
    }
    // Expected stick-breaking weights, normalised (sklearn's weights_).
    m.weights.resize(k);
    double rest = 1.0;
    for (Eigen::Index c = 0; c < k; ++c) {
        const double total = m.weightConcentrationA(c) + m.weightConcentrationB(c);
        m.weights(c) = m.weightConcentrationA(c) / total * rest;
        rest *= m.weightConcentrationB(c) / total;
    }
    m.weights /= m.weights.sum();
}

// sklearn's _compute_lower_bound for the Dirichlet process and full covariances, given
// Σ_ik r_ik log r_ik of the E-step before the M-step that gave m.
double lowerBound(const DpGmmModel& m, double entropySum) {
    const Eigen::Index k = m.means.rows();
    const double d = double(m.means.cols());
    double logWishart = 0.0, logNormWeight = 0.0, logMeanPrecision = 0.0;
    for (Eigen::Index c = 0; c < k; ++c) {
        const double nu = m.degreesOfFreedom(c);
        const double logDetChol =
            m.precisionCholesky[std::size_t(c)].diagonal().array().log().sum() -
            0.5 * d * std::log(nu);
        double gammas = 0.0;
        for (int j = 0; j < int(d); ++j)
            gammas += std::lgamma(0.5 * (nu - j));
        logWishart += -(nu * logDetChol + nu * d * 0.5 * std::log(2.0) + gammas);
        logNormWeight -= betaln(m.weightConcentrationA(c), m.weightConcentrationB(c));
        logMeanPrecision += std::log(m.meanPrecision(c));
    }
    return -entropySum - logWishart - logNormWeight - 0.5 * d * logMeanPrecision;
}

// ---- The fit -----------------------------------------------------------------------------------

void checkOptions(const Eigen::MatrixXd& x, const DpGmmOptions& o) {
    if (x.rows() == 0 || x.cols() == 0)
        throwBadInput(std::string(kName) + ": x is empty (" + std::to_string(x.rows()) + "×" +
                      std::to_string(x.cols()) + "); expected rows of at least one feature");
    if (o.components < 1)
        throwBadInput(std::string(kName) + ": components must be at least 1, got " +
                      std::to_string(o.components));
    if (x.rows() < std::max(2, o.components))
        throwBadInput(std::string(kName) + ": x has " + std::to_string(x.rows()) + " rows for " +
                      std::to_string(o.components) +
                      " components; expected at least as many rows as components (and 2)");
    if (o.maxIterations < 0)
        throwBadInput(std::string(kName) + ": maxIterations must not be negative, got " +
                      std::to_string(o.maxIterations));
    if (!(o.tolerance >= 0.0))
        throwBadInput(std::string(kName) + ": tolerance must not be negative");
    if (!(o.regCovar >= 0.0))
        throwBadInput(std::string(kName) + ": regCovar must not be negative");
    if (!(o.weightConcentrationPrior >= 0.0) || !std::isfinite(o.weightConcentrationPrior))
        throwBadInput(std::string(kName) +
                      ": weightConcentrationPrior must be positive (0 for 1/components)");
    if (!(o.meanPrecisionPrior > 0.0) || !std::isfinite(o.meanPrecisionPrior))
        throwBadInput(std::string(kName) + ": meanPrecisionPrior must be positive");
    if (o.degreesOfFreedomPrior != 0.0 && !(o.degreesOfFreedomPrior > double(x.cols()) - 1.0 &&
                                            std::isfinite(o.degreesOfFreedomPrior)))
        throwBadInput(std::string(kName) + ": degreesOfFreedomPrior must exceed d − 1 = " +
                      std::to_string(x.cols() - 1) + " (or be 0 for d)");
    if (o.kmeansIterations < 1)
        throwBadInput(std::string(kName) + ": kmeansIterations must be at least 1");
    checkFinite(x, "x");
}

Priors priorsOf(const Eigen::MatrixXd& x, const DpGmmOptions& o) {
    Priors p;
    p.mean = x.colwise().mean();
    const Eigen::MatrixXd centred = x.rowwise() - p.mean;
    p.covariance = (centred.transpose() * centred) / double(x.rows() - 1);
    p.meanPrecision = o.meanPrecisionPrior;
    p.degreesOfFreedom = o.degreesOfFreedomPrior > 0.0 ? o.degreesOfFreedomPrior : double(x.cols());
    p.weightConcentration =
        o.weightConcentrationPrior > 0.0 ? o.weightConcentrationPrior : 1.0 / o.components;
    p.regCovar = o.regCovar;
    return p;
}

DpGmmModel fitFrom(const Eigen::MatrixXd& x, const std::vector<int>& labels, const DpGmmOptions& o,
                   const Progress& progress, const CancelToken& cancel) {
    const Priors priors = priorsOf(x, o);
    const Data data = prepare(x, o.threads);
    Resp resp;
    resp.resize(data.padded / kBlock, o.components);
    std::fill(resp.values.begin(), resp.values.end(), 0.0);
    for (std::size_t i = 0; i < labels.size(); ++i)
        resp.at(Eigen::Index(i) / kBlock, labels[i])[Eigen::Index(i) % kBlock] = 1.0;
    DpGmmModel m;
    estimate(statistics(data, resp, priors.regCovar), priors, m);
    EResult e;
    EScratch scratch;
    double bound = -std::numeric_limits<double>::infinity();
    for (int it = 1; it <= o.maxIterations; ++it) {
        cancel.throwIfCancelled();
        eStep(data, eParams(m), resp, e, scratch);
        estimate(statistics(data, resp, priors.regCovar), priors, m);
        const double previous = bound;
        bound = lowerBound(m, e.entropyTerms.head(data.n).sum());
        m.iterations = it;
        progress.report(double(it) / o.maxIterations, "Dirichlet-process mixture iteration " +
                                                          std::to_string(it) + " of at most " +
                                                          std::to_string(o.maxIterations));
        if (std::abs(bound - previous) < o.tolerance) {
            m.converged = true;
            break;
        }
    }
    m.lowerBound = bound;
    cancel.throwIfCancelled();
    eStep(data, eParams(m), resp, e, scratch); // sklearn's final E-step, for the labels
    m.labels.assign(e.labels.begin(), e.labels.begin() + data.n);
    return m;
}

} // namespace

DpGmmModel fitDpGmm(const Eigen::MatrixXd& x, const std::vector<int>& initialLabels,
                    const DpGmmOptions& options, const Progress& progress,
                    const CancelToken& cancel) {
    checkOptions(x, options);
    if (Eigen::Index(initialLabels.size()) != x.rows())
        throwBadInput(std::string(kName) + ": " + std::to_string(initialLabels.size()) +
                      " initial labels for " + std::to_string(x.rows()) + " rows");
    for (std::size_t i = 0; i < initialLabels.size(); ++i)
        if (initialLabels[i] < 0 || initialLabels[i] >= options.components)
            throwBadInput(std::string(kName) + ": initial label " +
                          std::to_string(initialLabels[i]) + " of row " + std::to_string(i) +
                          " is outside [0, " + std::to_string(options.components) + ")");
    return fitFrom(x, initialLabels, options, progress, cancel);
}

DpGmmModel fitDpGmm(const Eigen::MatrixXd& x, const DpGmmOptions& options, const Progress& progress,
                    const CancelToken& cancel) {
    checkOptions(x, options);
    const std::vector<int> labels =
        kmeansLabels(x, options.components, options.kmeansIterations, options.seed, cancel);
    return fitFrom(x, labels, options, progress, cancel);
}

Eigen::MatrixXd dpGmmResponsibilities(const DpGmmModel& model, const Eigen::MatrixXd& x) {
    const Eigen::Index k = model.means.rows();
    if (k < 1 || model.precisionCholesky.size() != std::size_t(k) ||
        model.weightConcentrationA.size() != k || model.weightConcentrationB.size() != k ||
        model.degreesOfFreedom.size() != k || model.meanPrecision.size() != k)
        throwBadInput(std::string(kName) + ": the model is empty or incomplete");
    if (x.cols() != model.means.cols())
        throwBadInput(std::string(kName) + ": x has " + std::to_string(x.cols()) +
                      " features; the model was fitted to " + std::to_string(model.means.cols()));
    checkFinite(x, "x");
    if (x.rows() == 0)
        return Eigen::MatrixXd(0, k);
    const Data data = prepare(x, 0);
    Resp resp;
    EResult e;
    EScratch scratch;
    eStep(data, eParams(model), resp, e, scratch);
    Eigen::MatrixXd out(x.rows(), k);
    for (Eigen::Index i = 0; i < x.rows(); ++i)
        for (Eigen::Index c = 0; c < k; ++c)
            out(i, c) = resp.at(i / kBlock, int(c))[i % kBlock];
    return out;
}

std::vector<int> keptComponents(const DpGmmModel& model, double minWeight) {
    std::vector<int> kept;
    for (Eigen::Index c = 0; c < model.weights.size(); ++c)
        if (model.weights(c) > minWeight)
            kept.push_back(int(c));
    std::stable_sort(kept.begin(), kept.end(),
                     [&model](int a, int b) { return model.weights(a) > model.weights(b); });
    return kept;
}

// ---- k-means ---------------------------------------------------------------------------------

std::vector<int> kmeansLabels(const Eigen::MatrixXd& x, int k, int maxIterations,
                              std::uint64_t seed, const CancelToken& cancel) {
    const Eigen::Index n = x.rows();
    const int d = int(x.cols());
    if (k < 1 || n < k)
        throwBadInput("k-means: " + std::to_string(n) + " rows for " + std::to_string(k) +
                      " clusters; expected at least one row per cluster");
    if (maxIterations < 1)
        throwBadInput("k-means: expected at least one iteration");
    const Data data = prepare(x, 0);
    const int blocks = int(data.padded / kBlock);
    const int threads = threadsFor(data.threads, blocks);
    std::vector<int> labels(static_cast<std::size_t>(data.padded), 0);
    Eigen::VectorXd own(data.padded); // squared distance to the nearest centre
    // Distances of every row to the nearest of `centres` (k×d, row-major).
    const auto nearestAll = [&](const std::vector<double>& centres, int count,
                                std::vector<int>& into, Eigen::VectorXd& distance) {
        parallelFor(blocks, threads, [&](int b, int) {
            const Eigen::Index i0 = Eigen::Index(b) * kBlock;
            nearest(data.x.data() + i0, data.ld, d, centres.data(), count, distance.data() + i0,
                    into.data() + i0, kBlock);
        });
    };
    Rng rng(seed);
    // Greedy k-means++: of 2 + ⌊ln k⌋ candidates drawn ∝ D², the one that lowers the potential
    // most.
    std::vector<double> centres(std::size_t(k) * std::size_t(d));
    const auto setCentre = [&](int c, Eigen::Index row) {
        for (int a = 0; a < d; ++a)
            centres[std::size_t(c) * std::size_t(d) + std::size_t(a)] = x(row, a);
    };
    std::vector<int> scratch(static_cast<std::size_t>(data.padded));
    Eigen::VectorXd closest(data.padded), dist(data.padded), bestClosest(data.padded);
    std::vector<double> candidateCentre(static_cast<std::size_t>(d));
    setCentre(0, std::min<Eigen::Index>(n - 1, Eigen::Index(rng.uniform() * double(n))));
    nearestAll(centres, 1, scratch, closest);
    double potential = closest.head(n).sum();
    const int trials = 2 + int(std::log(double(k)));
    std::vector<double> cumulative(static_cast<std::size_t>(n));
    for (int c = 1; c < k; ++c) {
        cancel.throwIfCancelled();
        std::partial_sum(closest.data(), closest.data() + n, cumulative.begin());
        Eigen::Index bestCandidate = 0;
        double bestPotential = std::numeric_limits<double>::infinity();
        for (int t = 0; t < trials; ++t) {
            const double target = rng.uniform() * potential;
            const Eigen::Index candidate = std::min<Eigen::Index>(
                n - 1, std::upper_bound(cumulative.begin(), cumulative.end(), target) -
                           cumulative.begin());
            for (int a = 0; a < d; ++a)
                candidateCentre[std::size_t(a)] = x(candidate, a);
            nearestAll(candidateCentre, 1, scratch, dist);
            dist = dist.cwiseMin(closest);
            const double pot = dist.head(n).sum();
            if (pot < bestPotential) {
                bestPotential = pot;
                bestCandidate = candidate;
                bestClosest.swap(dist);
            }
        }
        setCentre(c, bestCandidate);
        closest.swap(bestClosest);
        potential = bestPotential;
    }
    // Lloyd, until the labels stop changing or the centres move (squared, summed) by at most
    // 1e-4 · the mean feature variance.
    const double tolerance =
        1e-4 * ((x.rowwise() - x.colwise().mean()).colwise().squaredNorm() / double(n)).mean();
    nearestAll(centres, k, labels, own);
    std::vector<int> previous(static_cast<std::size_t>(n));
    for (int it = 0; it < maxIterations; ++it) {
        cancel.throwIfCancelled();
        Eigen::MatrixXd sums = Eigen::MatrixXd::Zero(d, k);
        std::vector<Eigen::Index> counts(static_cast<std::size_t>(k), 0);
        for (int a = 0; a < d; ++a) {
            const double* xa = x.col(a).data();
            for (Eigen::Index i = 0; i < n; ++i)
                sums(a, labels[std::size_t(i)]) += xa[i];
        }
        for (Eigen::Index i = 0; i < n; ++i)
            ++counts[std::size_t(labels[std::size_t(i)])];
        std::vector<double> next(centres.size());
        std::vector<char> taken(static_cast<std::size_t>(n), 0);
        for (int c = 0; c < k; ++c) {
            double* row = next.data() + std::size_t(c) * std::size_t(d);
            if (counts[std::size_t(c)] > 0) {
                for (int a = 0; a < d; ++a)
                    row[a] = sums(a, c) / double(counts[std::size_t(c)]);
                continue;
            }
            // An emptied cluster restarts at the row farthest from its centre.
            Eigen::Index far = -1;
            for (Eigen::Index i = 0; i < n; ++i)
                if (!taken[std::size_t(i)] && (far < 0 || own(i) > own(far)))
                    far = i;
            taken[std::size_t(far)] = 1;
            for (int a = 0; a < d; ++a)
                row[a] = x(far, a);
        }
        double shift = 0.0;
        for (std::size_t j = 0; j < next.size(); ++j)
            shift += (next[j] - centres[j]) * (next[j] - centres[j]);
        centres.swap(next);
        std::copy(labels.begin(), labels.begin() + n, previous.begin());
        nearestAll(centres, k, labels, own);
        if (std::equal(previous.begin(), previous.end(), labels.begin()) || shift <= tolerance)
            break;
    }
    labels.resize(std::size_t(n));
    return labels;
}

} // namespace fl::cluster
