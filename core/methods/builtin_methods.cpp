// The built-in methods: one registration line each.
#include "core/methods/barlow_method.h"
#include "core/methods/defuse_method.h"
#include "core/methods/baseline_methods.h"
#include "core/methods/directions_method.h"
#include "core/methods/infembed_method.h"
#include "core/methods/method_registry.h"

namespace fl::methods {

void registerBuiltinMethods(MethodRegistry& registry) {
    registry.add(std::make_unique<InfEmbedMethod>());
    registry.add(std::make_unique<BarlowMethod>());
    registry.add(std::make_unique<DirectionsMethod>());
    registry.add(std::make_unique<DefuseMethod>());
    registry.add(makeConfidenceMethod());
    registry.add(makeConfusionMethod());
    registry.add(makeEmbeddingKMeansMethod());
    registry.add(makeDominoMethod());
}

} // namespace fl::methods
