#include "core/methods/robust_extractor_parameters.h"
#include "core/common/error.h"
#include "core/nn/robust_extractor.h"
#include <filesystem>

namespace fl::methods {

std::vector<ParameterSpec> robustExtractorParameters() {
    std::vector<ParameterSpec> p;
    auto add = [&p](ParameterSpec s, std::string paper = {}, std::string quick = {},
                    bool advanced = false) {
        s.group = "Robust extractor";
        s.paperValue = std::move(paper);
        s.quickValue = std::move(quick);
        s.advanced = advanced;
        p.push_back(std::move(s));
    };
    add(textParam("extractor", "Extractor file", "",
                  "A robust model to use instead of training one: a Faultline model or "
                  "TorchScript with features() = the average pool of feature_maps() "
                  "(docs/model-contract.md); empty = train or reuse the cached one"));
    add(choiceParam("extractor-arch", "Extractor architecture", "pooled-cnn",
                    {"pooled-cnn", "resnet"},
                    "Built-in extractor whose features are the average pool of its last maps (the "
                    "paper's: a ResNet-50 on ImageNet)"),
        "", "", true);
    add(intParam("extractor-epochs", "Extractor epochs", 8, 1, 1000,
                 "Epochs of L2-PGD adversarial training (about 80 s each for pooled-cnn on "
                 "28×28 data on 2 cores)"),
        "", "2");
    add(doubleParam(
        "extractor-epsilon", "Extractor ε (L2)", 1.5, 0.0, {},
        "Radius of the L2 ball of adversarial training and of the robustness check (the "
        "paper's 3 is for 3×224×224 ImageNet images)"));
    add(intParam("extractor-steps", "Extractor PGD steps", 5, 1, 1000, "PGD steps per batch"), "",
        "", true);
    add(intParam("extractor-seed", "Extractor seed", 0, 0, {},
                 "Seed of the extractor's weights, shuffles and attack starts"),
        "", "", true);
    add(intParam("robustness-examples", "Robustness check examples", 500, 0, {},
                 "Examples of the split on which the extractor's clean and PGD accuracy are "
                 "measured and recorded (0 = skip)"),
        "", "200", true);
    return p;
}

AuxiliaryModel robustExtractorModel(const ParameterValues& v, const std::string& device) {
    nn::RobustExtractorOptions o;
    o.arch = v.text("extractor-arch");
    o.epochs = v.toInt("extractor-epochs");
    o.pgd.epsilon = v.toDouble("extractor-epsilon");
    o.pgd.steps = v.toInt("extractor-steps");
    o.seed = v.toSeed("extractor-seed");
    o.device = device;
    // Absolute, so the run's record names the file wherever it is read from.
    const std::string file = v.text("extractor");
    return {"robust_extractor", nn::robustExtractorRecipe(o),
            file.empty() ? file : std::filesystem::absolute(file).string()};
}

const nn::Classifier& robustExtractorOf(const MethodInput& in, const std::string& method) {
    const auto it = in.auxiliary.find("robust_extractor");
    if (it == in.auxiliary.end() || !it->second)
        throwBadInput(method + " needs its robust extractor; it was not trained or loaded "
                               "(workflows::prepareAuxiliaryModels)");
    nn::requireRobustExtractor(*it->second, method);
    return *it->second;
}

} // namespace fl::methods
