// The network whose features a Barlow run split on, shared by the feature panel's jobs: the
// robust extractor opened from its file on first use (on a worker thread), or the document's
// model when the run used the model's own features.
#pragma once
#include <memory>
#include <mutex>
#include <string>

namespace fl::nn {
class Classifier;
}

namespace fl::ui {

class FeatureExtractor {
public:
    // `path` is opened when `model` is null.
    FeatureExtractor(std::string path, std::shared_ptr<const nn::Classifier> model);
    // The network, opened once; throws fl::Error naming the file when it cannot be opened.
    // Safe to call from several jobs at once.
    const nn::Classifier& get();
    const std::string& path() const { return m_path; }

private:
    std::mutex m_mutex;
    std::string m_path;
    std::shared_ptr<const nn::Classifier> m_model;
};

} // namespace fl::ui
