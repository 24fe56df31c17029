// Settings of an InfEmbed influence-embedding run (METHODS.md §1): layer choice, Arnoldi
// dimension P, embedding dimension D, Hessian subset and seed, recorded with every result.
#pragma once
#include <cstdint>
#include <map>
#include <string>

namespace fl::influence {

struct InfluenceSettings {
    std::string layers = "last"; // "last" (final linear layer) | "block" (last conv block + head)
    int arnoldiDim = 500;        // P, Arnoldi iterations (paper default)
    int embeddingDim = 100;      // D, kept eigenpairs (paper default)
    int hessianSubset = 5000;    // training examples the Hessian is summed over (0 = all)
    std::uint64_t seed = 0;      // Hessian subset and Arnoldi start vector
    int batchSize = 256;         // examples per batch when forming embeddings
    // Arnoldi constants fixed by the spec; exposed so reports can state them.
    double stopTolerance = 1e-1; // stop when h_{k+1,k} falls below this
    double shift = 1e-6;         // T += shift·I before the eigendecomposition
    double eigenFloor = 1e-5;    // keep eigenvalues above this (summed Hessian: absolute scale)

    // The reference code's preset: P = 200, D = 50.
    static InfluenceSettings fast();
    // Throws BadInput naming the field when a value is out of range.
    void validate() const;
    // Every setting as text, stored with results and shown in reports.
    std::map<std::string, std::string> toSettings() const;
    std::string toJson() const;
};

} // namespace fl::influence
