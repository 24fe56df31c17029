// Failure directions' knobs (the embedding, the SVM's C grid and folds, results, concept and text
// captions, the robust extractor) and the auxiliary model the embedding needs.
#include "core/methods/directions_method.h"
#include "core/methods/robust_extractor_parameters.h"
#include <filesystem>

namespace fl::methods {

std::vector<ParameterSpec> DirectionsMethod::parameters() const {
    std::vector<ParameterSpec> p;
    const auto add = [&p](ParameterSpec s, std::string group, std::string paper = {},
                          std::string reference = {}, bool advanced = false) {
        addParameter(p, std::move(s), std::move(group), std::move(paper), std::move(reference),
                     advanced);
    };
    add(textParam("embedding", "Embedding", "robust",
                  "robust: the robust extractor's features (shared with Barlow); model: the "
                  "inspected model's own penultimate features (the paper's \"original latent "
                  "space\"); or the path of a TorchScript image encoder with features(x) (the "
                  "paper's: CLIP ViT-B/32, exported)"),
        "Embedding");
    add(doubleParam("c-min-exponent", "C grid: lowest exponent", -6, -12, 6,
                    "The C grid is logspace(lowest, highest, steps); widen it when the best C "
                    "sits at an edge"),
        "SVM", "-6", "-6");
    add(doubleParam("c-max-exponent", "C grid: highest exponent", 0, -12, 6,
                    "Highest exponent of the C grid"),
        "SVM", "0", "0");
    add(intParam("c-steps", "C grid: values", 7, 1, 100, "Number of C values in the grid"), "SVM",
        "7", "7");
    add(intParam("folds", "CV folds", 2, 2, 20,
                 "Folds of the stratified, unshuffled cross-validation that picks C"),
        "SVM", "2", "2");
    add(boolParam("balanced", "Balanced class weights", true,
                  "Weigh correct and wrong examples inversely to their counts (class_weight = "
                  "'balanced')"),
        "SVM", "true", "true", true);
    add(doubleParam("tolerance", "Solver tolerance", 1e-3, 1e-8, 1,
                    "libsvm's stopping tolerance (scikit-learn's tol)"),
        "SVM", "", "0.001", true);
    add(intParam("slices", "Slices", 3, 1, 1000,
                 "The classes with the strongest directions that become slices (their "
                 "predicted-error sets)"),
        "Results");
    add(intParam("hardest", "Hardest examples listed", 10, 1, 100000,
                 "Per class, the hardest examples of the ranked split listed by id"),
        "Results");
    add(intParam("captions", "Captions shown", 5, 1, 1000,
                 "Per class, the hard and easy captions kept"),
        "Captions");
    add(doubleParam("quantile", "Concept quantile", 0.25, 0.01, 0.5,
                    "A \"high X\" concept is the class's examples in the top quantile of X, "
                    "\"low X\" the bottom one"),
        "Captions", "0.25");
    add(intParam("min-group", "Smallest concept group", 5, 1, {},
                 "Concepts shown by fewer of the class's examples are left out"),
        "Captions", "", "", true);
    add(boolParam("image-attributes", "Image attributes", true,
                  "Measure brightness, contrast, ink area, stroke width, slant, size, position, "
                  "edges (and hue for colour) as concepts, beside the dataset's own columns"),
        "Captions");
    add(textParam("text-encoder", "Text encoder", "",
                  "The path of a TorchScript text encoder with encode_text(texts) into the image "
                  "encoder's space (often the embedding file itself, as CLIP holds both; the "
                  "paper's is CLIP ViT-B/32): captions \"a photo of a {adjective} {noun} "
                  "{context}\" are scored as the paper's; empty = concepts only"),
        "Text captions");
    add(textParam("vocabulary", "Vocabulary", "",
                  "A file of [adjectives], [contexts] and [nouns CLASS] sections; empty = the "
                  "reference code's colours, descriptors and backgrounds"),
        "Text captions");
    const std::string captionTemplate = "a photo of a {adjective} {noun} {context}";
    add(textParam("caption-template", "Caption template", captionTemplate,
                  "Each candidate caption; {noun} is the class name unless the vocabulary lists "
                  "nouns for the class"),
        "Text captions", captionTemplate, captionTemplate, true);
    const std::string referenceTemplate = "a photo of a {class}";
    add(textParam("reference-template", "Reference caption", referenceTemplate,
                  "The caption a class's candidates are measured from"),
        "Text captions", referenceTemplate, referenceTemplate, true);
    for (auto& s : robustExtractorParameters())
        p.push_back(std::move(s));
    return p;
}

std::vector<AuxiliaryModel> DirectionsMethod::auxiliaryModels(const ParameterValues& v) const {
    const auto kind = embeddingKind(v.text("embedding"));
    if (kind == "robust")
        return {robustExtractorModel(v, "auto")};
    if (kind == "file")
        return {{"image_encoder", {}, std::filesystem::absolute(v.text("embedding")).string()}};
    return {};
}

} // namespace fl::methods
