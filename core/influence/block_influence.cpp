#include "core/influence/block_influence.h"
#include "core/common/error.h"
#include "core/nn/classifier_impl.h"
#include <cstring>
#include <torch/torch.h>

namespace fl::influence {
namespace {

// Parameter-name prefixes of "the last conv block + head" per built-in architecture: the last
// conv stage of trunk() and every parameterised layer after it (see core/nn/networks.cpp).
std::vector<std::string> blockPrefixes(const std::string& arch) {
    if (arch == "small-cnn")
        return {"conv2.", "fc.", "head."};
    if (arch == "pooled-cnn")
        return {"conv3.", "head."};
    if (arch == "resnet")
        return {"layer3.", "head."};
    throwBadInput("influence over the last block needs a built-in small-cnn, pooled-cnn or "
                  "resnet, got '" +
                  arch + "'");
}

} // namespace

struct BlockInfluence::Impl {
    const nn::Classifier::Impl* model = nullptr;
    const data::Dataset* data = nullptr;
    std::vector<torch::Tensor> params;
    std::vector<std::string> names;
    std::vector<std::int64_t> offsets;
    std::int64_t count = 0;
    // small-cnn only: per-example gradients of a whole batch from one backward (see below).
    torch::nn::Conv2dImpl* conv1 = nullptr;
    torch::nn::Conv2dImpl* conv2 = nullptr;
    torch::nn::LinearImpl* fc = nullptr;
    bool batched = false;

    // Loss (summed cross-entropy, true labels) of examples idx[0..n). `plainLayout` feeds NCHW
    // instead of channels-last: the double backward of the convolutions measured 2.3× faster
    // that way here (6 HVPs over 1 000 Fashion-MNIST images, small-cnn, 2 loaded cores).
    torch::Tensor loss(const std::int64_t* idx, std::int64_t n, bool plainLayout = false) const {
        auto x = model->toInput(nn::gatherImages(*data, idx, n)).to(params[0].scalar_type());
        if (plainLayout)
            x = x.contiguous();
        auto y = nn::gatherLabels(*data, idx, n).to(model->device);
        return torch::nn::functional::cross_entropy(
            model->logits(x), y,
            torch::nn::functional::CrossEntropyFuncOptions().reduction(torch::kSum));
    }
    // Flattens per-parameter tensors into `out` (length count), logical order.
    template <typename T> void flatten(const std::vector<torch::Tensor>& g, T* out) const {
        for (std::size_t p = 0; p < g.size(); ++p) {
            auto flat = g[p].detach()
                            .to(torch::kCPU, c10::CppTypeToScalarType<T>::value)
                            .contiguous()
                            .view(-1);
            std::memcpy(out + offsets[p], flat.template data_ptr<T>(),
                        sizeof(T) * std::size_t(flat.numel()));
        }
    }
    // small-cnn's forward written out (conv1 → ReLU → pool → conv2 → ReLU → pool → fc → ReLU →
    // head, as core/nn/networks.cpp builds it) keeping each block layer's input a and output s.
    // The loss is a sum of independent per-example terms (eval mode), so one backward to the
    // outputs gives every example's ∂L_n/∂s_n, and its weight gradient is the outer product with
    // its own input (for conv2 over unfolded 3×3 patches): the batch trick that stands in for
    // vmap. Returns n×|θ| in parameter order.
    torch::Tensor batchedGradients(const std::int64_t* idx, std::int64_t n) const {
        auto x = model->toInput(nn::gatherImages(*data, idx, n)).to(params[0].scalar_type());
        auto y = nn::gatherLabels(*data, idx, n).to(model->device);
        torch::Tensor a2;
        {
            torch::NoGradGuard noGrad;
            a2 = torch::max_pool2d(torch::relu(conv1->forward(x)), 2);
        }
        auto s2 = conv2->forward(a2);
        auto a3 = torch::max_pool2d(torch::relu(s2), 2).flatten(1);
        auto s3 = fc->forward(a3);
        auto h = torch::relu(s3);
        auto s4 = model->net->head->forward(h);
        auto loss = torch::nn::functional::cross_entropy(
            s4, y, torch::nn::functional::CrossEntropyFuncOptions().reduction(torch::kSum));
        auto gs = torch::autograd::grad({loss}, {s2, s3, s4});
        torch::NoGradGuard noGrad;
        const auto k2 = conv2->weight.size(0);
        auto g2 = gs[0].reshape({n, k2, -1}); // n×64×(h·w)
        auto patches = torch::nn::functional::unfold(
            a2.contiguous(), torch::nn::functional::UnfoldFuncOptions({3, 3}).padding(1));
        auto gw2 = torch::bmm(g2, patches.transpose(1, 2)); // n×64×(32·9)
        auto gb2 = g2.sum(2);
        auto gw3 = torch::bmm(gs[1].unsqueeze(2), a3.detach().unsqueeze(1)); // n×128×flat
        auto gw4 = torch::bmm(gs[2].unsqueeze(2), h.detach().unsqueeze(1));
        return torch::cat(
            {gw2.reshape({n, -1}), gb2, gw3.reshape({n, -1}), gs[1], gw4.reshape({n, -1}), gs[2]},
            1);
    }

    // Enables the batch trick when the network is the small-cnn it was written for: the
    // parameter layout must match and the written-out forward must give the model's logits.
    void enableBatched() {
        if (model->spec.arch != "small-cnn" || data->size() == 0)
            return;
        auto children = model->net->named_children();
        auto* c1 = children.find("conv1");
        auto* c2 = children.find("conv2");
        auto* f = children.find("fc");
        if (!c1 || !c2 || !f)
            return;
        conv1 = (*c1)->as<torch::nn::Conv2dImpl>();
        conv2 = (*c2)->as<torch::nn::Conv2dImpl>();
        fc = (*f)->as<torch::nn::LinearImpl>();
        if (!conv1 || !conv2 || !fc || conv2->weight.size(2) != 3 || conv2->weight.size(3) != 3)
            return;
        if (names != std::vector<std::string>{"conv2.weight", "conv2.bias", "fc.weight", "fc.bias",
                                              "head.weight", "head.bias"})
            return;
        // One example through both paths: the batched gradient must equal autograd's.
        const std::int64_t first = 0;
        auto ref = torch::autograd::grad({loss(&first, 1)}, params);
        std::vector<torch::Tensor> flat;
        for (auto& g : ref)
            flat.push_back(g.contiguous().view(-1));
        const auto a = torch::cat(flat);
        const auto b = batchedGradients(&first, 1).view(-1);
        batched = a.numel() == b.numel() &&
                  torch::allclose(a, b, 1e-4, 1e-6 * (a.abs().max().item<double>() + 1e-12));
    }

    // Splits a flat vector into tensors shaped like the parameters, on the model's device.
    std::vector<torch::Tensor> unflatten(const Eigen::VectorXd& v) const {
        auto all = torch::from_blob(const_cast<double*>(v.data()), {count}, torch::kFloat64)
                       .to(model->device, params[0].scalar_type());
        std::vector<torch::Tensor> out;
        for (std::size_t p = 0; p < params.size(); ++p)
            out.push_back(all.narrow(0, offsets[p], params[p].numel()).view(params[p].sizes()));
        return out;
    }
};

BlockInfluence::BlockInfluence(const nn::Classifier& c, const data::Dataset& d,
                               bool doublePrecision)
    : m(std::make_unique<Impl>()) {
    const auto& impl = c.impl();
    if (!impl.net)
        throwBadInput("influence over the last block needs a built-in model: a TorchScript "
                      "model's layers are opaque (use the last layer instead)");
    impl.checkInputShape(d.channels, d.height, d.width);
    impl.setTraining(false); // BN uses running statistics; the loss is a function of θ only
    if (doublePrecision)
        impl.net->to(torch::kFloat64);
    m->model = &impl;
    m->data = &d;
    const auto prefixes = blockPrefixes(impl.spec.arch);
    for (const auto& item : impl.net->named_parameters(true)) {
        for (const auto& prefix : prefixes)
            if (item.key().rfind(prefix, 0) == 0) {
                m->names.push_back(item.key());
                m->params.push_back(item.value());
                m->offsets.push_back(m->count);
                m->count += item.value().numel();
                break;
            }
    }
    if (m->params.empty())
        throwFailure("no parameters found for the last block of " + impl.spec.arch);
    m->enableBatched();
}

BlockInfluence::~BlockInfluence() = default;

std::int64_t BlockInfluence::paramCount() const {
    return m->count;
}

std::vector<std::string> BlockInfluence::parameterNames() const {
    return m->names;
}

bool BlockInfluence::batchedGradients() const {
    return m->batched;
}

std::int64_t BlockInfluence::parameterOffset(const std::string& name) const {
    for (std::size_t i = 0; i < m->names.size(); ++i)
        if (m->names[i] == name)
            return m->offsets[i];
    return -1;
}

Eigen::MatrixXd BlockInfluence::gradients(const std::vector<std::int64_t>& indices,
                                          const CancelToken& cancel) const {
    nn::checkLabels(*m->data, indices, m->model->spec.numClasses);
    Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> G(indices.size(),
                                                                             m->count);
    for (std::size_t i = 0; i < indices.size(); ++i) {
        cancel.throwIfCancelled();
        auto g = torch::autograd::grad({m->loss(&indices[i], 1)}, m->params);
        m->flatten(g, G.row(Eigen::Index(i)).data());
    }
    return G;
}

Eigen::VectorXd BlockInfluence::summedGradient(const std::vector<std::int64_t>& indices) const {
    nn::checkLabels(*m->data, indices, m->model->spec.numClasses);
    auto g =
        torch::autograd::grad({m->loss(indices.data(), std::int64_t(indices.size()))}, m->params);
    Eigen::VectorXd out(m->count);
    m->flatten(g, out.data());
    return out;
}

void BlockInfluence::addToParameters(const Eigen::VectorXd& delta) const {
    if (delta.size() != m->count)
        throwBadInput("parameter update has the wrong length");
    torch::NoGradGuard noGrad;
    auto parts = m->unflatten(delta);
    for (std::size_t p = 0; p < parts.size(); ++p)
        m->params[p].add_(parts[p]);
}

HvpFunction BlockInfluence::hessianOperator(const std::vector<std::int64_t>& indices, int chunk,
                                            bool retainGraph, const CancelToken& cancel) const {
    if (m->batched)
        return rOperatorHessian(indices, chunk, cancel);
    return autogradHessianOperator(indices, chunk, retainGraph, cancel);
}

// Pearlmutter's R-operator written out for small-cnn's block (conv2 → ReLU → pool → fc → ReLU →
// head → cross-entropy). With θ fixed, every forward quantity (conv2's unfolded input patches,
// the ReLU masks, the pooling argmaxes, h, the softmax) is computed once; a product H·v is then
// one forward R-pass and one backward R-pass of plain GEMMs. ReLU'' = 0 and max-pool is locally
// linear, so this is the exact Hessian autograd's double backward gives, at a fraction of its
// cost (tests/core/test_influence_block.cpp checks it against double backward to 1e-9).
HvpFunction BlockInfluence::rOperatorHessian(const std::vector<std::int64_t>& indices, int chunk,
                                             const CancelToken& cancel) const {
    if (!m->batched)
        throwBadInput("the closed-form Hessian-vector product is written for small-cnn only");
    nn::checkLabels(*m->data, indices, m->model->spec.numClasses);
    if (indices.empty())
        throwBadInput("the Hessian subset is empty");
    chunk = std::max(1, chunk);
    struct Chunk {
        torch::Tensor patches; // (n·L)×(Cin·9) rows: example-major, then output position
        torch::Tensor a2;      // conv2's input, kept instead of patches when memory is short
        torch::Tensor mask2;   // n×L×K, conv2 pre-activation > 0
        torch::Tensor pool;    // n×L'×K, argmax position (in 0..L) of each pooled output
        torch::Tensor p2;      // n×(K·L'), the pooled maps flattened as the network does
        torch::Tensor mask3;   // n×F, fc pre-activation > 0
        torch::Tensor h;       // n×F
        torch::Tensor prob;    // n×C softmax
        torch::Tensor delta4;  // n×C, prob − onehot(y)
        torch::Tensor delta3;  // n×F, ∂L/∂(fc pre-activation)
        std::int64_t n = 0;
    };
    const Impl* impl = m.get();
    const auto K = impl->conv2->weight.size(0);
    auto unfoldRows = [](const torch::Tensor& a2) { // n×Cin×H×W → (n·L)×(Cin·9)
        auto u = torch::nn::functional::unfold(
            a2, torch::nn::functional::UnfoldFuncOptions({3, 3}).padding(1));
        return u.transpose(1, 2).reshape({-1, u.size(1)}).contiguous();
    };
    // Keeping the patches (Cin·9·L floats per example, 226 kB on 28×28 images) saves an unfold
    // per product; beyond this budget they are rebuilt from conv2's input each time.
    constexpr double kPatchBudgetBytes = 768.0 * 1024 * 1024;
    auto chunks = std::make_shared<std::vector<Chunk>>();
    double patchBytes = 0;
    torch::NoGradGuard noGrad;
    for (std::size_t s = 0; s < indices.size(); s += std::size_t(chunk)) {
        cancel.throwIfCancelled();
        const auto n = std::int64_t(std::min<std::size_t>(std::size_t(chunk), indices.size() - s));
        const std::int64_t* idx = indices.data() + s;
        auto x = impl->model->toInput(nn::gatherImages(*impl->data, idx, n))
                     .to(impl->params[0].scalar_type())
                     .contiguous();
        auto y = nn::gatherLabels(*impl->data, idx, n).to(impl->model->device);
        Chunk c;
        c.n = n;
        auto a2 = torch::max_pool2d(torch::relu(impl->conv1->forward(x)), 2).contiguous();
        auto s2 = impl->conv2->forward(a2); // n×K×H×W
        auto pooled = torch::max_pool2d_with_indices(torch::relu(s2), 2);
        c.p2 = std::get<0>(pooled).flatten(1);
        c.pool = std::get<1>(pooled).flatten(2).transpose(1, 2).contiguous(); // n×L'×K
        c.mask2 = (s2 > 0).to(s2.scalar_type()).flatten(2).transpose(1, 2).contiguous();
        auto patches = unfoldRows(a2);
        patchBytes += double(patches.numel() * patches.element_size());
        if (patchBytes <= kPatchBudgetBytes)
            c.patches = patches;
        else
            c.a2 = a2;
        auto s3 = impl->fc->forward(c.p2);
        c.mask3 = (s3 > 0).to(s3.scalar_type());
        c.h = torch::relu(s3);
        auto s4 = impl->model->net->head->forward(c.h);
        c.prob = torch::softmax(s4, 1);
        c.delta4 = c.prob - torch::one_hot(y, s4.size(1)).to(s4.scalar_type());
        c.delta3 = c.mask3 * torch::mm(c.delta4, impl->model->net->head->weight);
        chunks->push_back(std::move(c));
    }
    return [impl, chunks, K, unfoldRows, cancel](const Eigen::VectorXd& v, Eigen::VectorXd& out) {
        if (v.size() != impl->count)
            throwBadInput("Hessian-vector product: vector length differs from the block's");
        torch::NoGradGuard noGrad;
        const auto vs = impl->unflatten(v); // V2, c2, V3, c3, V4, c4
        const auto& W3 = impl->fc->weight;
        const auto& W4 = impl->model->net->head->weight;
        const auto V2 = vs[0].reshape({K, -1}); // K×(Cin·9), unfold's column order
        std::vector<torch::Tensor> acc(6);
        auto add = [&acc](std::size_t p, const torch::Tensor& t) {
            acc[p] = acc[p].defined() ? acc[p] + t : t;
        };
        for (const Chunk& c : *chunks) {
            cancel.throwIfCancelled();
            const auto n = c.n;
            const auto patches = c.patches.defined() ? c.patches : unfoldRows(c.a2);
            const auto L = patches.size(0) / n;
            // Forward R-pass.
            auto Rs2 = torch::addmm(vs[1], patches, V2.t()).view({n, L, K});
            auto Rr2 = Rs2 * c.mask2;
            auto Rp2 = torch::gather(Rr2, 1, c.pool).transpose(1, 2).reshape({n, -1});
            auto Rs3 = torch::addmm(vs[3], c.p2, vs[2].t()).addmm_(Rp2, W3.t());
            auto Rh = c.mask3 * Rs3;
            auto Rs4 = torch::addmm(vs[5], c.h, vs[4].t()).addmm_(Rh, W4.t());
            // Backward R-pass: R(softmax − onehot) = diag(p)Rs4 − p pᵀRs4.
            auto Rd4 = c.prob * (Rs4 - (c.prob * Rs4).sum(1, true));
            add(4, torch::mm(Rd4.t(), c.h).addmm_(c.delta4.t(), Rh));
            add(5, Rd4.sum(0));
            auto Rd3 = c.mask3 * torch::mm(c.delta4, vs[4]).addmm_(Rd4, W4);
            add(2, torch::mm(Rd3.t(), c.p2).addmm_(c.delta3.t(), Rp2));
            add(3, Rd3.sum(0));
            auto Rdp2 = torch::mm(c.delta3, vs[2]).addmm_(Rd3, W3); // n×(K·L')
            auto Rdr2 = torch::zeros({n, L, K}, Rdp2.options());
            Rdr2.scatter_(1, c.pool, Rdp2.view({n, K, -1}).transpose(1, 2));
            auto Rd2 = (Rdr2 * c.mask2).view({n * L, K});
            add(0, torch::mm(Rd2.t(), patches).view(impl->params[0].sizes()));
            add(1, Rd2.sum(0));
        }
        out.resize(impl->count);
        impl->flatten(acc, out.data());
    };
}

HvpFunction BlockInfluence::autogradHessianOperator(const std::vector<std::int64_t>& indices,
                                                    int chunk, bool retainGraph,
                                                    const CancelToken& cancel) const {
    nn::checkLabels(*m->data, indices, m->model->spec.numClasses);
    if (indices.empty())
        throwBadInput("the Hessian subset is empty");
    chunk = std::max(1, chunk);
    auto idx = std::make_shared<std::vector<std::int64_t>>(indices);
    // First-order gradients with their graphs (create_graph) per chunk, built once if retained.
    auto graphs = std::make_shared<std::vector<std::vector<torch::Tensor>>>();
    const Impl* impl = m.get();
    auto firstOrder = [impl, idx, chunk](std::size_t start) {
        const auto n = std::min<std::size_t>(std::size_t(chunk), idx->size() - start);
        return torch::autograd::grad({impl->loss(idx->data() + start, std::int64_t(n), true)},
                                     impl->params, {}, /*retain_graph=*/true,
                                     /*create_graph=*/true);
    };
    if (retainGraph)
        for (std::size_t s = 0; s < idx->size(); s += std::size_t(chunk)) {
            cancel.throwIfCancelled();
            graphs->push_back(firstOrder(s));
        }
    return [impl, idx, chunk, graphs, retainGraph, firstOrder, cancel](const Eigen::VectorXd& v,
                                                                       Eigen::VectorXd& out) {
        if (v.size() != impl->count)
            throwBadInput("Hessian-vector product: vector length differs from the block's");
        const auto vs = impl->unflatten(v);
        std::vector<torch::Tensor> acc;
        std::size_t c = 0;
        for (std::size_t s = 0; s < idx->size(); s += std::size_t(chunk), ++c) {
            cancel.throwIfCancelled();
            const auto g = retainGraph ? (*graphs)[c] : firstOrder(s);
            torch::Tensor dot = torch::zeros({}, g[0].options());
            for (std::size_t p = 0; p < g.size(); ++p)
                dot = dot + (g[p] * vs[p]).sum();
            auto hv = torch::autograd::grad({dot}, impl->params, {}, /*retain_graph=*/retainGraph,
                                            /*create_graph=*/false, /*allow_unused=*/true);
            if (acc.empty())
                acc.resize(hv.size());
            for (std::size_t p = 0; p < hv.size(); ++p) {
                // A parameter the HVP does not reach (allow_unused) contributes zero.
                auto term = hv[p].defined() ? hv[p].detach() : torch::zeros_like(impl->params[p]);
                acc[p] = acc[p].defined() ? acc[p] + term : term;
            }
        }
        out.resize(impl->count);
        impl->flatten(acc, out.data());
    };
}

MatrixRM BlockInfluence::embeddings(const std::vector<std::int64_t>& indices,
                                    const HessianFactors& factors, int batchSize,
                                    const Progress& progress, const CancelToken& cancel) const {
    if (factors.basis.rows() != m->count)
        throwBadInput("Hessian factors are over " + std::to_string(factors.basis.rows()) +
                      " parameters, the block has " + std::to_string(m->count));
    nn::checkLabels(*m->data, indices, m->model->spec.numClasses);
    const MatrixRM W = factors.projection().cast<float>(); // |θ|×D
    const auto n = std::int64_t(indices.size());
    const std::int64_t step = std::max(1, batchSize);
    MatrixRM mu(n, W.cols());
    // The projection runs in torch (multi-threaded GEMM); W is wrapped, not copied.
    const auto Wt =
        torch::from_blob(const_cast<float*>(W.data()), {W.rows(), W.cols()}, torch::kFloat32)
            .to(m->model->device, m->params[0].scalar_type());
    MatrixRM G;
    for (std::int64_t start = 0; start < n; start += step) {
        const auto b = std::min(step, n - start);
        torch::Tensor muB;
        if (m->batched) {
            cancel.throwIfCancelled();
            muB = torch::mm(m->batchedGradients(&indices[std::size_t(start)], b), Wt);
        } else {
            // One backward per example (resnet: BN and residual paths are not written out).
            G.resize(b, m->count);
            for (std::int64_t i = 0; i < b; ++i) {
                cancel.throwIfCancelled();
                auto g = torch::autograd::grad({m->loss(&indices[std::size_t(start + i)], 1)},
                                               m->params);
                m->flatten(g, G.row(i).data());
            }
            muB = torch::mm(torch::from_blob(G.data(), {b, m->count}, torch::kFloat32)
                                .to(m->model->device, m->params[0].scalar_type()),
                            Wt);
        }
        auto cpu = muB.to(torch::kCPU, torch::kFloat32).contiguous();
        std::memcpy(mu.row(start).data(), cpu.data_ptr<float>(),
                    sizeof(float) * std::size_t(b * W.cols()));
        progress.report(double(start + b) / double(n), "influence embeddings (block)");
    }
    return mu;
}

} // namespace fl::influence
