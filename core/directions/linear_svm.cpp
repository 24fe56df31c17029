#include "core/directions/linear_svm.h"
#include "core/common/error.h"
#include <algorithm>
#include <cmath>
#include <libsvm/svm.h>
#include <map>
#include <memory>
#include <numeric>

namespace fl::directions {
namespace {

void quiet(const char*) {}

} // namespace

double LinearSvm::decision(const float* x) const {
    double s = b;
    for (Eigen::Index j = 0; j < w.size(); ++j)
        s += w[j] * double(x[j]);
    return s;
}

namespace {

// Rows up to which the Gram matrix is precomputed once and shared by every fit of a class (all C,
// all folds): libsvm's linear kernel then becomes a lookup. n² doubles + n² nodes: ~100 MB at 2
// 000.
constexpr Eigen::Index kGramRows = 2000;

// Every row of x in libsvm's layout, built once per class and shared by all its fits (every C,
// every fold, the refit) through row pointers. Dense: every dimension is a node, zeros included,
// so dot products sum in the dense order. Precomputed: node 0 is the row's serial number (its
// row of x, 1-based) and node j its kernel with row j − 1, so a fold's problem can point at a
// subset of the rows and libsvm's lookup x[i][serial(j)] still finds K(i, j).
struct Nodes {
    std::unique_ptr<svm_node[]> data; // never zeroed first: n² of them when precomputed
    std::vector<svm_node*> row;
    bool precomputed = false;
};

Nodes buildNodes(const MatrixRM& x, const Eigen::MatrixXd* gram) {
    Nodes nd;
    nd.precomputed = gram != nullptr;
    const auto n = x.rows(), d = x.cols();
    const Eigen::Index width = gram ? n + 1 : d;
    nd.data.reset(new svm_node[static_cast<std::size_t>(n * (width + 1))]);
    for (Eigen::Index i = 0; i < n; ++i) {
        svm_node* r = nd.data.get() + i * (width + 1);
        if (gram) {
            r[0] = {0, double(i + 1)};
            for (Eigen::Index j = 0; j < n; ++j)
                r[j + 1] = {int(j + 1), (*gram)(i, j)};
        } else {
            for (Eigen::Index j = 0; j < d; ++j)
                r[j] = {int(j + 1), double(x(i, j))};
        }
        r[width] = {-1, 0.0};
        nd.row.push_back(r);
    }
    return nd;
}

// One fit's problem: `rows` of x (labels y per row of x) as pointers into the shared nodes.
struct Prepared {
    std::vector<Eigen::Index> order; // rows of x in problem order
    std::vector<svm_node*> rows;
    std::vector<double> labels;
    std::int64_t ones = 0;
    bool precomputed = false;
};

Prepared prepare(const Nodes& nodes, const std::vector<int>& y,
                 const std::vector<Eigen::Index>& rows) {
    Prepared pr;
    pr.precomputed = nodes.precomputed;
    const auto n = Eigen::Index(rows.size());
    for (auto i : rows) {
        const int v = y[std::size_t(i)];
        if (v != 0 && v != 1)
            throwBadInput("linear SVM: labels must be 0 or 1, got " + std::to_string(v));
        pr.ones += v;
    }
    if (pr.ones == 0 || pr.ones == n)
        throwBadInput("linear SVM: both labels must occur (" + std::to_string(pr.ones) + " of " +
                      std::to_string(n) + " are 1)");
    // Rows of label 0 first, each label in data order: libsvm groups the rows by label in order
    // of first appearance, scikit-learn's copy by sorted label, and the solver's path (so its
    // result within the tolerance) depends on that order.
    for (int label : {0, 1})
        for (auto i : rows)
            if (y[std::size_t(i)] == label) {
                pr.order.push_back(i);
                pr.rows.push_back(nodes.row[std::size_t(i)]);
                pr.labels.push_back(label);
            }
    return pr;
}

LinearSvm solve(Prepared& pr, const MatrixRM& x, const SvmOptions& o) {
    if (o.c <= 0)
        throwBadInput("linear SVM: C must be positive");
    svm_set_print_string_function(quiet);
    const auto n = Eigen::Index(pr.order.size()), d = x.cols();
    svm_problem prob{int(n), pr.labels.data(), pr.rows.data()};
    svm_parameter p{};
    p.svm_type = C_SVC;
    p.kernel_type = pr.precomputed ? PRECOMPUTED : LINEAR;
    p.C = o.c;
    p.eps = o.tolerance;
    p.cache_size = o.cacheMb;
    p.shrinking = o.shrinking ? 1 : 0;
    p.probability = 0;
    int weightLabels[2] = {0, 1};
    double weights[2] = {1.0, 1.0};
    if (o.balanced) {
        weights[0] = double(n) / (2.0 * double(n - pr.ones));
        weights[1] = double(n) / (2.0 * double(pr.ones));
        p.nr_weight = 2;
        p.weight_label = weightLabels;
        p.weight = weights;
    }
    if (const char* err = svm_check_parameter(&prob, &p))
        throwBadInput(std::string("linear SVM: ") + err);
    std::unique_ptr<svm_model, void (*)(svm_model*)> m(
        svm_train(&prob, &p), [](svm_model* mm) { svm_free_and_destroy_model(&mm); });
    // w = Σ αᵢyᵢxᵢ over the support vectors, found by their place in the problem.
    LinearSvm out;
    out.w = Eigen::VectorXd::Zero(d);
    out.supportVectors = m->l;
    for (int k = 0; k < m->l; ++k) {
        const Eigen::Index i = pr.order[std::size_t(m->sv_indices[k] - 1)];
        for (Eigen::Index j = 0; j < d; ++j)
            out.w[j] += m->sv_coef[0][k] * double(x(i, j));
    }
    out.b = -m->rho[0];
    // libsvm's decision is positive for its first label; ours for label 1.
    if (m->label[0] != 1) {
        out.w = -out.w;
        out.b = -out.b;
    }
    return out;
}

std::vector<Eigen::Index> allRows(Eigen::Index n) {
    std::vector<Eigen::Index> r(static_cast<std::size_t>(n));
    std::iota(r.begin(), r.end(), Eigen::Index(0));
    return r;
}

void checkRows(const MatrixRM& x, const std::vector<int>& y) {
    if (std::int64_t(y.size()) != x.rows())
        throwBadInput("linear SVM: " + std::to_string(y.size()) + " labels for " +
                      std::to_string(x.rows()) + " rows");
}

// The shared nodes: precomputed from the Gram matrix x·xᵀ (in double) where it is small enough,
// else dense.
Nodes sharedNodes(const MatrixRM& x) {
    if (x.rows() > kGramRows)
        return buildNodes(x, nullptr);
    const Eigen::MatrixXd xd = x.cast<double>();
    const Eigen::MatrixXd gram = xd * xd.transpose();
    return buildNodes(x, &gram);
}

} // namespace

LinearSvm fitLinearSvm(const MatrixRM& x, const std::vector<int>& y, const SvmOptions& o) {
    checkRows(x, y);
    const auto nodes = buildNodes(x, nullptr);
    auto pr = prepare(nodes, y, allRows(x.rows()));
    return solve(pr, x, o);
}

std::vector<int> stratifiedFolds(const std::vector<int>& y, int k) {
    if (k < 2)
        throwBadInput("stratified folds: at least 2 folds, got " + std::to_string(k));
    std::map<int, int> order; // label → index in order of first appearance
    for (int v : y)
        order.emplace(v, int(order.size()));
    std::vector<int> enc(y.size());
    for (std::size_t i = 0; i < y.size(); ++i)
        enc[i] = order.at(y[i]);
    const int classes = int(order.size());
    std::vector<int> sorted = enc;
    std::sort(sorted.begin(), sorted.end());
    // allocation[f][c]: class c's rows among sorted[f], sorted[f + k], … (scikit-learn's split).
    std::vector<std::vector<int>> allocation(std::size_t(k), std::vector<int>(classes, 0));
    for (std::size_t i = 0; i < sorted.size(); ++i)
        ++allocation[i % std::size_t(k)][std::size_t(sorted[i])];
    std::vector<int> folds(y.size(), 0);
    for (int c = 0; c < classes; ++c) {
        int f = 0, left = allocation[0][std::size_t(c)];
        for (std::size_t i = 0; i < y.size(); ++i) {
            if (enc[i] != c)
                continue;
            while (left == 0 && f + 1 < k)
                left = allocation[std::size_t(++f)][std::size_t(c)];
            folds[i] = f;
            --left;
        }
    }
    return folds;
}

double balancedAccuracy(const std::vector<int>& truth, const std::vector<int>& predicted) {
    std::map<int, std::pair<std::int64_t, std::int64_t>> perClass; // right, total
    for (std::size_t i = 0; i < truth.size(); ++i) {
        auto& [right, total] = perClass[truth[i]];
        ++total;
        right += predicted[i] == truth[i];
    }
    if (perClass.empty())
        return 0.0;
    double sum = 0.0;
    for (const auto& [c, rt] : perClass)
        sum += double(rt.first) / double(rt.second);
    return sum / double(perClass.size());
}

namespace {

// The k fold problems (each trained on the other folds' rows) and each fold's held-out rows.
struct Folds {
    std::vector<Prepared> problems;
    std::vector<std::vector<Eigen::Index>> tests;
};

Folds prepareFolds(const Nodes& nodes, const std::vector<int>& y, int k) {
    const auto folds = stratifiedFolds(y, k);
    Folds out;
    for (int f = 0; f < k; ++f) {
        std::vector<Eigen::Index> trainRows, test;
        for (std::size_t i = 0; i < y.size(); ++i)
            (folds[i] == f ? test : trainRows).push_back(Eigen::Index(i));
        out.problems.push_back(prepare(nodes, y, trainRows));
        out.tests.push_back(std::move(test));
    }
    return out;
}

CChoice chooseWith(const MatrixRM& x, const std::vector<int>& y, Folds& folds,
                   const std::vector<double>& grid, SvmOptions o) {
    if (grid.empty())
        throwBadInput("choosing C: the grid is empty");
    const int k = int(folds.problems.size());
    CChoice out;
    for (std::size_t gi = 0; gi < grid.size(); ++gi) {
        o.c = grid[gi];
        double sum = 0.0;
        for (int f = 0; f < k; ++f) {
            const auto svm = solve(folds.problems[std::size_t(f)], x, o);
            std::vector<int> truth, pred;
            for (auto i : folds.tests[std::size_t(f)]) {
                truth.push_back(y[std::size_t(i)]);
                pred.push_back(svm.decision(x.row(i).data()) > 0 ? 1 : 0);
            }
            sum += balancedAccuracy(truth, pred);
        }
        out.scores.push_back(sum / k);
        if (gi == 0 || out.scores.back() > out.score) {
            out.score = out.scores.back();
            out.c = grid[gi];
        }
    }
    out.atEdge = out.c == grid.front() || out.c == grid.back();
    return out;
}

std::vector<double> outOfFoldWith(const MatrixRM& x, Folds& folds, const SvmOptions& o) {
    std::vector<double> out(std::size_t(x.rows()), 0.0);
    for (std::size_t f = 0; f < folds.problems.size(); ++f) {
        const auto svm = solve(folds.problems[f], x, o);
        for (auto i : folds.tests[f])
            out[std::size_t(i)] = svm.decision(x.row(i).data());
    }
    return out;
}

} // namespace

CChoice chooseC(const MatrixRM& x, const std::vector<int>& y, const std::vector<double>& grid,
                int k, SvmOptions o) {
    checkRows(x, y);
    const auto nodes = sharedNodes(x);
    auto folds = prepareFolds(nodes, y, k);
    return chooseWith(x, y, folds, grid, o);
}

std::vector<double> outOfFoldDecisions(const MatrixRM& x, const std::vector<int>& y, int k,
                                       const SvmOptions& o) {
    checkRows(x, y);
    const auto nodes = sharedNodes(x);
    auto folds = prepareFolds(nodes, y, k);
    return outOfFoldWith(x, folds, o);
}

CrossValidatedSvm fitCrossValidated(const MatrixRM& x, const std::vector<int>& y,
                                    const std::vector<double>& grid, int k, const SvmOptions& o) {
    checkRows(x, y);
    const auto nodes = sharedNodes(x);
    CrossValidatedSvm out;
    auto folds = prepareFolds(nodes, y, k);
    out.choice = chooseWith(x, y, folds, grid, o);
    SvmOptions at = o;
    at.c = out.choice.c;
    auto all = prepare(nodes, y, allRows(x.rows()));
    out.svm = solve(all, x, at);
    out.outOfFold = outOfFoldWith(x, folds, at);
    return out;
}

std::vector<double> defaultCGrid() {
    std::vector<double> g;
    for (int e = -6; e <= 0; ++e)
        g.push_back(std::pow(10.0, e));
    return g;
}

} // namespace fl::directions
