#include "core/directions/linear_svm.h"
#include "core/common/error.h"
#include <algorithm>
#include <cmath>
#include <libsvm/svm.h>
#include <map>
#include <memory>

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

LinearSvm fitLinearSvm(const MatrixRM& x, const std::vector<int>& y, const SvmOptions& o) {
    const auto n = x.rows(), d = x.cols();
    if (std::int64_t(y.size()) != n)
        throwBadInput("linear SVM: " + std::to_string(y.size()) + " labels for " +
                      std::to_string(n) + " rows");
    std::int64_t ones = 0;
    for (int v : y) {
        if (v != 0 && v != 1)
            throwBadInput("linear SVM: labels must be 0 or 1, got " + std::to_string(v));
        ones += v;
    }
    if (ones == 0 || ones == n)
        throwBadInput("linear SVM: both labels must occur (" + std::to_string(ones) + " of " +
                      std::to_string(n) + " are 1)");
    if (o.c <= 0)
        throwBadInput("linear SVM: C must be positive");
    svm_set_print_string_function(quiet);
    // Rows of label 0 first, each label in data order: libsvm groups the rows by label in order
    // of first appearance, scikit-learn's copy by sorted label, and the solver's path (so its
    // result within the tolerance) depends on that order. Every dimension is a node, zeros
    // included, so the dot products sum in the dense order.
    std::vector<Eigen::Index> order;
    for (int label : {0, 1})
        for (Eigen::Index i = 0; i < n; ++i)
            if (y[std::size_t(i)] == label)
                order.push_back(i);
    std::vector<svm_node> nodes(static_cast<std::size_t>(n * (d + 1)));
    std::vector<svm_node*> rows(static_cast<std::size_t>(n));
    std::vector<double> labels(static_cast<std::size_t>(n));
    for (Eigen::Index k = 0; k < n; ++k) {
        const Eigen::Index i = order[std::size_t(k)];
        svm_node* r = nodes.data() + k * (d + 1);
        for (Eigen::Index j = 0; j < d; ++j)
            r[j] = {int(j + 1), double(x(i, j))};
        r[d] = {-1, 0.0};
        rows[std::size_t(k)] = r;
        labels[std::size_t(k)] = y[std::size_t(i)];
    }
    svm_problem prob{int(n), labels.data(), rows.data()};
    svm_parameter p{};
    p.svm_type = C_SVC;
    p.kernel_type = LINEAR;
    p.C = o.c;
    p.eps = o.tolerance;
    p.cache_size = o.cacheMb;
    p.shrinking = o.shrinking ? 1 : 0;
    p.probability = 0;
    int weightLabels[2] = {0, 1};
    double weights[2] = {1.0, 1.0};
    if (o.balanced) {
        weights[0] = double(n) / (2.0 * double(n - ones));
        weights[1] = double(n) / (2.0 * double(ones));
        p.nr_weight = 2;
        p.weight_label = weightLabels;
        p.weight = weights;
    }
    if (const char* err = svm_check_parameter(&prob, &p))
        throwBadInput(std::string("linear SVM: ") + err);
    std::unique_ptr<svm_model, void (*)(svm_model*)> m(
        svm_train(&prob, &p), [](svm_model* mm) { svm_free_and_destroy_model(&mm); });
    LinearSvm out;
    out.w = Eigen::VectorXd::Zero(d);
    out.supportVectors = m->l;
    for (int k = 0; k < m->l; ++k)
        for (const svm_node* nd = m->SV[k]; nd->index != -1; ++nd)
            out.w[nd->index - 1] += m->sv_coef[0][k] * nd->value;
    out.b = -m->rho[0];
    // libsvm's decision is positive for its first label; ours for label 1.
    if (m->label[0] != 1) {
        out.w = -out.w;
        out.b = -out.b;
    }
    return out;
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

// Fits one SVM per fold on the other folds' rows and hands it the held-out fold's rows.
template <class OnFold>
void forEachFold(const MatrixRM& x, const std::vector<int>& y, const std::vector<int>& folds, int k,
                 const SvmOptions& o, OnFold&& onFold) {
    for (int f = 0; f < k; ++f) {
        std::vector<Eigen::Index> train, test;
        for (std::size_t i = 0; i < y.size(); ++i)
            (folds[i] == f ? test : train).push_back(Eigen::Index(i));
        MatrixRM xt(Eigen::Index(train.size()), x.cols());
        std::vector<int> yt;
        for (std::size_t r = 0; r < train.size(); ++r) {
            xt.row(Eigen::Index(r)) = x.row(train[r]);
            yt.push_back(y[std::size_t(train[r])]);
        }
        onFold(fitLinearSvm(xt, yt, o), test);
    }
}

} // namespace

CChoice chooseC(const MatrixRM& x, const std::vector<int>& y, const std::vector<double>& grid,
                int k, SvmOptions o) {
    if (grid.empty())
        throwBadInput("choosing C: the grid is empty");
    const auto folds = stratifiedFolds(y, k);
    CChoice out;
    for (std::size_t gi = 0; gi < grid.size(); ++gi) {
        o.c = grid[gi];
        double sum = 0.0;
        forEachFold(x, y, folds, k, o,
                    [&](const LinearSvm& svm, const std::vector<Eigen::Index>& test) {
                        std::vector<int> truth, pred;
                        for (auto i : test) {
                            truth.push_back(y[std::size_t(i)]);
                            pred.push_back(svm.decision(x.row(i).data()) > 0 ? 1 : 0);
                        }
                        sum += balancedAccuracy(truth, pred);
                    });
        out.scores.push_back(sum / k);
        if (gi == 0 || out.scores.back() > out.score) {
            out.score = out.scores.back();
            out.c = grid[gi];
        }
    }
    out.atEdge = out.c == grid.front() || out.c == grid.back();
    return out;
}

std::vector<double> outOfFoldDecisions(const MatrixRM& x, const std::vector<int>& y, int k,
                                       const SvmOptions& o) {
    std::vector<double> out(y.size(), 0.0);
    forEachFold(x, y, stratifiedFolds(y, k), k, o,
                [&](const LinearSvm& svm, const std::vector<Eigen::Index>& test) {
                    for (auto i : test)
                        out[std::size_t(i)] = svm.decision(x.row(i).data());
                });
    return out;
}

std::vector<double> defaultCGrid() {
    std::vector<double> g;
    for (int e = -6; e <= 0; ++e)
        g.push_back(std::pow(10.0, e));
    return g;
}

} // namespace fl::directions
