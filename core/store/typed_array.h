// Typed views of artifact arrays: std::vector<T> and Eigen matrices in and out of ArtifactArray,
// with the element type checked, so no caller copies bytes or spells dtypes by hand.
#pragma once
#include "core/store/artifact_store.h"
#include <Eigen/Core>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

namespace fl::store {

template <class T> constexpr DType dtypeOf();
template <> constexpr DType dtypeOf<float>() {
    return DType::Float32;
}
template <> constexpr DType dtypeOf<double>() {
    return DType::Float64;
}
template <> constexpr DType dtypeOf<std::int32_t>() {
    return DType::Int32;
}
template <> constexpr DType dtypeOf<std::int64_t>() {
    return DType::Int64;
}
template <> constexpr DType dtypeOf<std::uint8_t>() {
    return DType::UInt8;
}

template <class T>
ArtifactArray makeArray(const std::vector<std::int64_t>& shape, const T* values, std::size_t n) {
    ArtifactArray a;
    a.dtype = dtypeOf<T>();
    a.shape = shape;
    a.data.resize(n * sizeof(T));
    if (n)
        std::memcpy(a.data.data(), values, n * sizeof(T));
    return a;
}

template <class T> ArtifactArray makeArray(const std::vector<T>& v) {
    return makeArray<T>({std::int64_t(v.size())}, v.data(), v.size());
}

// A vector of ints stored as int32.
inline ArtifactArray makeIntArray(const std::vector<int>& v) {
    const std::vector<std::int32_t> w(v.begin(), v.end());
    return makeArray(w);
}

// A row-major matrix (rows × cols).
template <class Derived> ArtifactArray makeMatrixArray(const Eigen::DenseBase<Derived>& m) {
    using T = typename Derived::Scalar;
    const Eigen::Matrix<T, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> rm = m;
    return makeArray<T>({std::int64_t(rm.rows()), std::int64_t(rm.cols())}, rm.data(),
                        std::size_t(rm.size()));
}

// The elements as T; BadInput (naming `where`) when the dtype differs or the bytes do not match
// the shape.
template <class T> std::vector<T> arrayValues(const ArtifactArray& a, const std::string& where) {
    checkArray(a, dtypeOf<T>(), where);
    std::vector<T> out(a.data.size() / sizeof(T));
    if (!out.empty())
        std::memcpy(out.data(), a.data.data(), a.data.size());
    return out;
}

inline std::vector<int> arrayInts(const ArtifactArray& a, const std::string& where) {
    const auto v = arrayValues<std::int32_t>(a, where);
    return {v.begin(), v.end()};
}

// A float32 array of rank 1 or 2 as a row-major matrix (a vector is one column).
Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>
arrayMatrix(const ArtifactArray& a, const std::string& where);

} // namespace fl::store
