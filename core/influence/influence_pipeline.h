// InfEmbed's influence embeddings end to end: Hessian subset, FactorHessian by Arnoldi, then μ
// for evaluation (and optionally training) examples, for the last layer or the last block.
#pragma once
#include "core/common/cancel_token.h"
#include "core/common/progress.h"
#include "core/data/dataset.h"
#include "core/influence/influence_settings.h"
#include "core/nn/classifier.h"
#include "core/nn/inference.h"
#include <Eigen/Core>
#include <map>
#include <string>
#include <vector>

namespace fl::influence {

struct InfluenceResult {
    InfluenceSettings settings;
    std::vector<std::int64_t> evalIndices;    // dataset positions, rows of evalEmbeddings
    std::vector<std::int64_t> trainIndices;   // rows of trainEmbeddings (empty unless asked)
    std::vector<std::int64_t> hessianIndices; // the training positions H was summed over
    nn::MatrixRM evalEmbeddings;              // N×D'
    nn::MatrixRM trainEmbeddings;             // N′×D'
    Eigen::VectorXd eigenvalues;              // the D' kept, descending
    Eigen::VectorXd ritzValues;               // all of T's, descending
    int iterations = 0;
    bool stoppedEarly = false;
    std::int64_t paramCount = 0;
    // Wall seconds per stage: "outputs" (inference), "gradients" (closed-form set-up or the
    // block's first-order graphs), "arnoldi", "embeddings".
    std::map<std::string, double> seconds;
    // settings.toSettings() plus what the run found (kept dimension, iterations, |θ|).
    std::map<std::string, std::string> toSettings() const;
};

// The Hessian subset: min(settings.hessianSubset, |trainIndices|) positions drawn without
// replacement with settings.seed (0 = all), in ascending order.
std::vector<std::int64_t> chooseHessianSubset(const std::vector<std::int64_t>& trainIndices,
                                              const InfluenceSettings& settings);

// Last layer from stored outputs (nn::infer with probabilities and embeddings) of evaluation
// and training examples; labels are d's TRUE labels at the outputs' indices. Training μ are
// computed when embedTraining (needed for opponents). Throws BadInput when outputs lack
// probabilities or embeddings, or settings.layers is not "last".
InfluenceResult lastLayerInfluence(const data::Dataset& d, const nn::InferenceResult& eval,
                                   const nn::InferenceResult& train, bool embedTraining,
                                   const InfluenceSettings& settings, const Progress& progress = {},
                                   const CancelToken& cancel = {});

// From a classifier: runs inference for "last" (then lastLayerInfluence) or autograd for
// "block" (built-in models only). trainIndices are the pool for the Hessian subset and, with
// embedTraining, the examples embedded for opponents.
InfluenceResult computeInfluence(const nn::Classifier& c, const data::Dataset& d,
                                 const std::vector<std::int64_t>& evalIndices,
                                 const std::vector<std::int64_t>& trainIndices, bool embedTraining,
                                 const InfluenceSettings& settings, const Progress& progress = {},
                                 const CancelToken& cancel = {});

} // namespace fl::influence
