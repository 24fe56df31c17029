#include "ui/methods/barlow/feature_extractor.h"
#include "core/common/error.h"
#include "core/nn/classifier.h"

namespace fl::ui {

FeatureExtractor::FeatureExtractor(std::string path, std::shared_ptr<const nn::Classifier> model)
    : m_path(std::move(path)), m_model(std::move(model)) {}

const nn::Classifier& FeatureExtractor::get() {
    const std::lock_guard lock(m_mutex);
    if (!m_model) {
        if (m_path.empty())
            throwBadInput("the Barlow run names no feature extractor file");
        m_model = std::make_shared<const nn::Classifier>(nn::Classifier::open(m_path));
    }
    return *m_model;
}

} // namespace fl::ui
