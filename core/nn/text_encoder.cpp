#include "core/nn/text_encoder.h"
#include "core/common/error.h"
#include "core/nn/classifier_impl.h"
#include <filesystem>

namespace fl::nn {

struct TextEncoder::Impl {
    torch::jit::Module module;
    std::string path;
    int dim = 0;

    // Runs encode_text on one batch; BadInput (naming the file) when the result breaks the
    // contract.
    torch::Tensor run(const std::vector<std::string>& texts) {
        c10::List<std::string> list;
        for (const auto& t : texts)
            list.push_back(t);
        const std::string name = std::filesystem::path(path).filename().string();
        c10::IValue out;
        try {
            out = module.get_method("encode_text")({list});
        } catch (const std::exception& e) {
            throwBadInput(name + ": encode_text on " + std::to_string(texts.size()) +
                          " caption(s) failed: " + e.what());
        }
        if (!out.isTensor())
            throwBadInput(name + ": encode_text must return a tensor (N×d), not " + out.tagKind());
        auto t = out.toTensor();
        if (t.dim() != 2 || t.size(0) != std::int64_t(texts.size()))
            throwBadInput(name + ": encode_text must return one row per caption (N×d); for " +
                          std::to_string(texts.size()) + " caption(s) it returned a " +
                          std::to_string(t.dim()) + "-D tensor");
        if (!t.is_floating_point())
            throwBadInput(name + ": encode_text must return floating-point embeddings");
        return t.detach().to(torch::kCPU, torch::kFloat32).contiguous();
    }
};

TextEncoder::TextEncoder(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
TextEncoder::TextEncoder(TextEncoder&&) noexcept = default;
TextEncoder& TextEncoder::operator=(TextEncoder&&) noexcept = default;
TextEncoder::~TextEncoder() = default;

TextEncoder TextEncoder::load(const std::string& path) {
    if (!std::filesystem::is_regular_file(path))
        throwBadInput("text encoder " + path + " does not exist");
    auto impl = std::make_unique<Impl>();
    impl->path = path;
    try {
        impl->module = torch::jit::load(path, torch::Device(torch::kCPU));
    } catch (const c10::Error& e) {
        explainTorchScriptLoadError(path, e.what_without_backtrace());
    } catch (const std::exception& e) {
        explainTorchScriptLoadError(path, e.what());
    }
    impl->module.eval();
    if (!impl->module.find_method("encode_text"))
        throwBadInput(std::filesystem::path(path).filename().string() +
                      " has no encode_text(texts: List[str]) → N×d tensor (export it with "
                      "@torch.jit.export): it cannot caption failure directions with text");
    torch::NoGradGuard noGrad;
    impl->dim = int(impl->run({"a photo of a thing"}).size(1));
    return TextEncoder(std::move(impl));
}

TextEncoder::MatrixRM TextEncoder::encode(const std::vector<std::string>& texts, int batch) const {
    MatrixRM out(Eigen::Index(texts.size()), m_impl->dim);
    torch::NoGradGuard noGrad;
    const std::size_t step = std::size_t(std::max(1, batch));
    for (std::size_t begin = 0; begin < texts.size(); begin += step) {
        const std::vector<std::string> part(
            texts.begin() + std::ptrdiff_t(begin),
            texts.begin() + std::ptrdiff_t(std::min(texts.size(), begin + step)));
        const auto t = m_impl->run(part);
        if (t.size(1) != m_impl->dim)
            throwBadInput(std::filesystem::path(m_impl->path).filename().string() +
                          ": encode_text returned d = " + std::to_string(t.size(1)) +
                          " for one batch and " + std::to_string(m_impl->dim) + " for another");
        std::copy_n(t.data_ptr<float>(), t.numel(), out.row(Eigen::Index(begin)).data());
    }
    return out;
}

int TextEncoder::dim() const {
    return m_impl->dim;
}
const std::string& TextEncoder::path() const {
    return m_impl->path;
}

} // namespace fl::nn
