#include "core/influence/influence_settings.h"
#include "core/common/error.h"
#include <nlohmann/json.hpp>
#include <sstream>

namespace fl::influence {

InfluenceSettings InfluenceSettings::fast() {
    InfluenceSettings s;
    s.arnoldiDim = 200;
    s.embeddingDim = 50;
    return s;
}

void InfluenceSettings::validate() const {
    if (layers != "last" && layers != "block")
        throwBadInput("influence layers must be 'last' or 'block', got '" + layers + "'");
    if (arnoldiDim < 1)
        throwBadInput("Arnoldi dimension P must be at least 1, got " + std::to_string(arnoldiDim));
    if (embeddingDim < 1 || embeddingDim > arnoldiDim)
        throwBadInput("embedding dimension D must be in [1, P=" + std::to_string(arnoldiDim) +
                      "], got " + std::to_string(embeddingDim));
    if (hessianSubset < 0)
        throwBadInput("Hessian subset size must be >= 0 (0 = all), got " +
                      std::to_string(hessianSubset));
    if (batchSize < 1)
        throwBadInput("influence batch size must be at least 1, got " + std::to_string(batchSize));
    if (!(stopTolerance > 0) || !(shift >= 0) || !(eigenFloor >= 0))
        throwBadInput("Arnoldi tolerances must be positive");
}

static std::string num(double v) {
    std::ostringstream os;
    os << v;
    return os.str();
}

std::map<std::string, std::string> InfluenceSettings::toSettings() const {
    return {{"method", "infembed"},
            {"layers", layers},
            {"arnoldi_dim", std::to_string(arnoldiDim)},
            {"embedding_dim", std::to_string(embeddingDim)},
            {"hessian_subset", std::to_string(hessianSubset)},
            {"hessian", "sum"},
            {"seed", std::to_string(seed)},
            {"batch_size", std::to_string(batchSize)},
            {"arnoldi_stop_tolerance", num(stopTolerance)},
            {"arnoldi_shift", num(shift)},
            {"eigen_floor", num(eigenFloor)}};
}

std::string InfluenceSettings::toJson() const {
    nlohmann::json j;
    for (const auto& [k, v] : toSettings())
        j[k] = v;
    return j.dump();
}

} // namespace fl::influence
