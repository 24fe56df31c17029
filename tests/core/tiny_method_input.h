// A method's input on the tiny fixture as the method tests use it: validation sliced, test held
// out, the registered method's parameters resolved from `given`; and every example's outputs.
#pragma once
#include "core/methods/method_registry.h"
#include "core/nn/inference.h"
#include "tiny_fixture.h"
#include <map>
#include <string>

namespace fl::test {

inline methods::MethodInput tinyMethodInput(const TinyFixture& f, const std::string& method,
                                            const std::map<std::string, std::string>& given = {}) {
    methods::MethodInput in;
    in.dataset = &f.d;
    in.model = &f.c;
    in.split = data::Split::Val;
    in.heldOut = data::Split::Test;
    in.parameters = methods::resolveParameters(
        method, methods::MethodRegistry::instance().get(method).parameters(), given);
    return in;
}

// Every example through the fixture's model, with embeddings, in dataset order.
inline nn::InferenceResult inferAllWithEmbeddings(const TinyFixture& f) {
    nn::InferenceOptions io;
    io.wantEmbeddings = true;
    return nn::infer(f.c, f.d, nn::allIndices(f.d), io);
}

} // namespace fl::test
