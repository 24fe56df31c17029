// Reading and writing IDX files (the MNIST / Fashion-MNIST format), gzip-compressed or raw, and
// turning a train/test pair of them into a Dataset.
#pragma once
#include "core/data/dataset.h"
#include <cstdint>
#include <string>
#include <vector>

namespace fl::data {

// Unsigned-byte images from an IDX file: magic 0x00000803 (N×H×W, 1 channel) or 0x00000804
// (N×C×H×W). pixels holds count*channels*height*width bytes.
struct IdxImages {
    std::int64_t count = 0;
    int channels = 1;
    int height = 0;
    int width = 0;
    std::vector<std::uint8_t> pixels;
};

// Both readers accept gzip or raw files (zlib reads raw files transparently) and throw BadInput
// naming the file for: a missing file, a wrong magic number, a truncated file.
IdxImages readIdxImages(const std::string& path);
std::vector<int> readIdxLabels(const std::string& path); // magic 0x00000801

// Writes N×H×W (channels == 1, magic 0x803) or N×C×H×W (magic 0x804); gzip when asked.
void writeIdxImages(const std::string& path, const IdxImages& images, bool gzip = false);
// Labels must be in [0, 255].
void writeIdxLabels(const std::string& path, const std::vector<int>& labels, bool gzip = false);

// [0,255] bytes → [0,1] floats; every loader converts through these so values round-trip
// exactly through unitToByte.
// b / 255 correctly rounded: the value anyone (a test, Python) computes for a byte.
inline float byteToUnit(std::uint8_t b) {
    return float(b) / 255.0f;
}
void bytesToUnit(const std::uint8_t* in, std::size_t n, float* out);
std::uint8_t unitToByte(float v);
// Appends bytes as [0,1] floats without zero-filling first (same values as bytesToUnit).
void appendUnit(std::vector<float>& out, const std::vector<std::uint8_t>& bytes);

// Train examples get ids 0..nTrain-1 (split Train), test examples nTrain.. (split Test); then a
// seeded half of Test becomes Val (splitTestIntoValidation with validationSeed). An empty
// classNames means "0".."maxLabel". Throws BadInput when image and label counts differ or the
// train and test image shapes differ.
Dataset loadIdxPair(const std::string& trainImages, const std::string& trainLabels,
                    const std::string& testImages, const std::string& testLabels,
                    const std::string& name, const std::vector<std::string>& classNames,
                    std::uint64_t validationSeed = 0);

} // namespace fl::data
