// A user's TorchScript text encoder (docs/model-contract.md, "Text encoders"): encode_text(texts)
// maps captions into an image encoder's embedding space, for failure directions' text captions.
#pragma once
#include <Eigen/Core>
#include <memory>
#include <string>
#include <vector>

namespace fl::nn {

class TextEncoder {
public:
    using MatrixRM = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

    // Opens `path` and checks the contract by encoding one probe caption: an exported method
    // encode_text(List[str]) → N×d float tensor. BadInput names the file and what is wrong.
    static TextEncoder load(const std::string& path);

    TextEncoder(TextEncoder&&) noexcept;
    TextEncoder& operator=(TextEncoder&&) noexcept;
    ~TextEncoder();

    // One row per text, in batches of `batch` (the reference code's 256), on the CPU.
    MatrixRM encode(const std::vector<std::string>& texts, int batch = 256) const;
    int dim() const;
    const std::string& path() const;

private:
    struct Impl;
    explicit TextEncoder(std::unique_ptr<Impl>);
    std::unique_ptr<Impl> m_impl;
};

} // namespace fl::nn
