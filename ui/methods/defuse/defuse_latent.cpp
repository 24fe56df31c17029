#include "ui/methods/defuse/defuse_latent.h"
#include "core/common/error.h"
#include "core/data/dataset.h"
#include "core/methods/method_result.h"
#include "core/nn/inference.h"
#include "core/store/typed_array.h"
#include "ui/methods/defuse/defuse_run.h"
#include <algorithm>

namespace fl::ui {
namespace {

// A stored rank-2 array (float32 or float64) as doubles; empty when the run has none.
Eigen::MatrixXd matrixOf(const methods::MethodResult& r, const std::string& role) {
    const auto it = r.arrays.find(role);
    if (it == r.arrays.end())
        return {};
    const auto& a = it->second;
    if (a.dtype != store::DType::Float64)
        return store::arrayMatrix(a, role).cast<double>();
    if (a.shape.size() != 2)
        throwBadInput("the Defuse run's " + role + " array is not a matrix");
    const auto v = store::arrayValues<double>(a, role);
    return Eigen::Map<const Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>>(
        v.data(), a.shape[0], a.shape[1]);
}

} // namespace

DefuseLatent computeDefuseLatent(const DefuseRun& run, const data::Dataset& d,
                                 const nn::InferenceResult* outputs) {
    const auto& r = *run.result;
    DefuseLatent out;
    const Eigen::MatrixXd all = matrixOf(r, "defuse_codes");
    std::vector<int> allRegions;
    if (const auto it = r.arrays.find("defuse_code_regions"); it != r.arrays.end())
        allRegions = store::arrayInts(it->second, "defuse_code_regions");
    allRegions.resize(std::size_t(all.rows()), -1);
    out.mistakesFound = all.rows();
    const std::int64_t stride =
        std::max<std::int64_t>(1, (all.rows() + kMaxDrawnMistakes - 1) / kMaxDrawnMistakes);
    Eigen::MatrixXd found((all.rows() + stride - 1) / stride, all.cols());
    for (Eigen::Index i = 0; i < found.rows(); ++i) {
        found.row(i) = all.row(i * stride);
        out.codeRegions.push_back(allRegions[std::size_t(i * stride)]);
    }
    Eigen::MatrixXd training = matrixOf(r, "training_codes");
    out.trainingCodes = training.rows() >= 2;
    if (!out.trainingCodes)
        training = found;
    if (training.rows() < 2)
        throwBadInput("the Defuse run stored fewer than two codes: nothing to draw");
    Eigen::MatrixXd means = matrixOf(r, "region_means");
    Eigen::MatrixXd covs = matrixOf(r, "region_covariances");
    if (means.rows() == 0) {
        means.resize(0, training.cols());
        covs.resize(0, training.cols() * training.cols());
    }
    out.map = generative::latentMap(out.trainingCodes ? training : found,
                                    out.trainingCodes ? found : Eigen::MatrixXd(0, found.cols()),
                                    means, covs);
    if (!out.trainingCodes)
        out.map.mistakes.swap(out.map.training); // the found codes are the points drawn
    if (!outputs)
        return out;
    const auto wrong = generative::misclassifiedTraining(d, outputs->indices, outputs->predictions);
    out.misclassified = std::int64_t(wrong.size());
    for (const auto& g : run.regions) {
        const auto& shape = r.arrays.at("region" + std::to_string(g.index + 1) + "_samples").shape;
        const auto bytes = store::arrayValues<std::uint8_t>(
            r.arrays.at("region" + std::to_string(g.index + 1) + "_samples"), "samples");
        std::vector<float> pixels(bytes.size());
        for (std::size_t i = 0; i < bytes.size(); ++i)
            pixels[i] = float(bytes[i]) / 255.0f;
        out.nearest.push_back(generative::nearestImages(pixels, shape[0], d, wrong));
    }
    return out;
}

} // namespace fl::ui
