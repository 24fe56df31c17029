#include "core/data/idx_loader.h"
#include "core/common/error.h"
#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <future>
#include <ranges>
#include <zlib.h>

namespace fl::data {

namespace {

constexpr std::uint32_t kLabelsMagic = 0x00000801;
constexpr std::uint32_t kImages3Magic = 0x00000803;
constexpr std::uint32_t kImages4Magic = 0x00000804;
// Refuse headers that announce more than this: a corrupt size field would otherwise allocate
// gigabytes before the truncation is noticed.
constexpr std::uint64_t kMaxPayload = std::uint64_t(16) << 30;

std::string hex(std::uint32_t v) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "0x%08X", v);
    return buf;
}

// RAII gzFile; gzopen also reads uncompressed files, so one path serves .gz and raw IDX.
class GzReader {
public:
    explicit GzReader(const std::string& path) : m_path(path) {
        if (!std::filesystem::exists(path))
            throwBadInput("IDX file " + path + " not found");
        m_file = gzopen(path.c_str(), "rb");
        if (!m_file)
            throwBadInput("IDX file " + path + " cannot be opened for reading");
        gzbuffer(m_file, 1 << 20); // big chunks: inflate is the cost, not the calls
    }
    ~GzReader() {
        if (m_file)
            gzclose(m_file);
    }
    GzReader(const GzReader&) = delete;
    GzReader& operator=(const GzReader&) = delete;

    // Reads up to n bytes; returns how many were read. A corrupt gzip stream is BadInput.
    std::uint64_t read(void* dst, std::uint64_t n) {
        auto* p = static_cast<unsigned char*>(dst);
        std::uint64_t got = 0;
        while (got < n) {
            const auto chunk = static_cast<unsigned>(std::min<std::uint64_t>(n - got, 1u << 30));
            const int r = gzread(m_file, p + got, chunk);
            if (r < 0) {
                int err = 0;
                const char* msg = gzerror(m_file, &err);
                throwBadInput("IDX file " + m_path + " is not a readable gzip or raw file: " +
                              std::string(msg ? msg : "unknown zlib error"));
            }
            if (r == 0)
                break;
            got += static_cast<std::uint64_t>(r);
        }
        return got;
    }

private:
    std::string m_path;
    gzFile m_file = nullptr;
};

std::uint32_t bigEndian(const unsigned char* b) {
    return (std::uint32_t(b[0]) << 24) | (std::uint32_t(b[1]) << 16) | (std::uint32_t(b[2]) << 8) |
           std::uint32_t(b[3]);
}

struct IdxArray {
    std::vector<std::uint64_t> dims;
    std::vector<std::uint8_t> data;
};

// Reads a whole unsigned-byte IDX file whose magic must be one of `accepted`.
IdxArray readIdx(const std::string& path, std::initializer_list<std::uint32_t> accepted,
                 const char* what) {
    GzReader in(path);
    unsigned char head[4];
    const auto gotHead = in.read(head, 4);
    if (gotHead < 4)
        throwBadInput("IDX file " + path + " is truncated: expected at least 4 bytes, got " +
                      std::to_string(gotHead));
    const std::uint32_t magic = bigEndian(head);
    if (std::find(accepted.begin(), accepted.end(), magic) == accepted.end()) {
        std::string expected;
        for (auto m : accepted)
            expected += (expected.empty() ? "" : " or ") + hex(m);
        throwBadInput("IDX file " + path + " has wrong magic number " + hex(magic) + ", expected " +
                      expected + " (" + what + ")");
    }
    const int nd = head[3];
    std::vector<unsigned char> dimBytes(std::size_t(4 * nd));
    const auto gotDims = in.read(dimBytes.data(), dimBytes.size());
    IdxArray a;
    std::uint64_t payload = 1;
    for (int d = 0; d < nd && 4 * std::uint64_t(d + 1) <= gotDims; ++d) {
        a.dims.push_back(bigEndian(&dimBytes[std::size_t(4 * d)]));
        payload *= a.dims.back();
    }
    const std::uint64_t headerBytes = 4 + 4 * std::uint64_t(nd);
    if (gotDims < dimBytes.size())
        throwBadInput("IDX file " + path + " is truncated: expected a header of " +
                      std::to_string(headerBytes) + " bytes, got " + std::to_string(4 + gotDims));
    if (payload > kMaxPayload)
        throwBadInput("IDX file " + path + " announces " + std::to_string(payload) +
                      " bytes of data; expected at most " + std::to_string(kMaxPayload));
    a.data.resize(payload);
    const auto got = in.read(a.data.data(), payload);
    if (got < payload)
        throwBadInput("IDX file " + path + " is truncated: expected " +
                      std::to_string(headerBytes + payload) + " bytes, got " +
                      std::to_string(headerBytes + got));
    return a;
}

// Writes with zlib (gzip) or stdio (raw) so plants and test fixtures use one code path.
void writeIdx(const std::string& path, std::uint32_t magic, const std::vector<std::uint32_t>& dims,
              const std::uint8_t* data, std::uint64_t n, bool gzip) {
    std::vector<unsigned char> head;
    auto put = [&](std::uint32_t v) {
        head.insert(head.end(),
                    {static_cast<unsigned char>(v >> 24), static_cast<unsigned char>(v >> 16),
                     static_cast<unsigned char>(v >> 8), static_cast<unsigned char>(v)});
    };
    put(magic);
    for (auto d : dims)
        put(d);
    bool ok = true;
    if (gzip) {
        gzFile f = gzopen(path.c_str(), "wb6");
        if (!f)
            throwFailure("cannot create IDX file " + path);
        ok = gzwrite(f, head.data(), unsigned(head.size())) == int(head.size());
        for (std::uint64_t off = 0; ok && off < n; off += 1u << 30) {
            const auto chunk = static_cast<unsigned>(std::min<std::uint64_t>(n - off, 1u << 30));
            ok = gzwrite(f, data + off, chunk) == int(chunk);
        }
        ok = (gzclose(f) == Z_OK) && ok;
    } else {
        std::FILE* f = std::fopen(path.c_str(), "wb");
        if (!f)
            throwFailure("cannot create IDX file " + path);
        ok = std::fwrite(head.data(), 1, head.size(), f) == head.size() &&
             std::fwrite(data, 1, n, f) == n;
        ok = (std::fclose(f) == 0) && ok;
    }
    if (!ok)
        throwFailure("writing IDX file " + path + " failed (disk full or not writable?)");
}

} // namespace

void appendUnit(std::vector<float>& out, const std::vector<std::uint8_t>& bytes) {
    // A 256-entry table: one load per byte instead of a divide, same values as byteToUnit.
    static const auto table = [] {
        std::array<float, 256> t{};
        for (int b = 0; b < 256; ++b)
            t[std::size_t(b)] = byteToUnit(std::uint8_t(b));
        return t;
    }();
    auto unit = std::views::transform(bytes, [](std::uint8_t b) { return table[b]; });
    out.insert(out.end(), unit.begin(), unit.end());
}

IdxImages readIdxImages(const std::string& path) {
    auto a = readIdx(path, {kImages3Magic, kImages4Magic}, "IDX unsigned-byte images");
    IdxImages im;
    im.count = static_cast<std::int64_t>(a.dims[0]);
    im.channels = a.dims.size() == 4 ? static_cast<int>(a.dims[1]) : 1;
    im.height = static_cast<int>(a.dims[a.dims.size() - 2]);
    im.width = static_cast<int>(a.dims[a.dims.size() - 1]);
    im.pixels = std::move(a.data);
    return im;
}

std::vector<int> readIdxLabels(const std::string& path) {
    auto a = readIdx(path, {kLabelsMagic}, "IDX unsigned-byte labels");
    return std::vector<int>(a.data.begin(), a.data.end());
}

void writeIdxImages(const std::string& path, const IdxImages& im, bool gzip) {
    const std::uint64_t n =
        std::uint64_t(im.count) * std::uint64_t(im.channels) * std::uint64_t(im.height) * im.width;
    if (im.pixels.size() != n)
        throwFailure("writeIdxImages " + path + ": " + std::to_string(im.pixels.size()) +
                     " bytes, expected count*channels*height*width = " + std::to_string(n));
    const auto c = [](auto v) { return static_cast<std::uint32_t>(v); };
    if (im.channels == 1)
        writeIdx(path, kImages3Magic, {c(im.count), c(im.height), c(im.width)}, im.pixels.data(), n,
                 gzip);
    else
        writeIdx(path, kImages4Magic, {c(im.count), c(im.channels), c(im.height), c(im.width)},
                 im.pixels.data(), n, gzip);
}

void writeIdxLabels(const std::string& path, const std::vector<int>& labels, bool gzip) {
    std::vector<std::uint8_t> bytes(labels.size());
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (labels[i] < 0 || labels[i] > 255)
            throwFailure("writeIdxLabels " + path + ": label " + std::to_string(labels[i]) +
                         " does not fit an unsigned byte");
        bytes[i] = static_cast<std::uint8_t>(labels[i]);
    }
    writeIdx(path, kLabelsMagic, {static_cast<std::uint32_t>(labels.size())}, bytes.data(),
             bytes.size(), gzip);
}

void bytesToUnit(const std::uint8_t* in, std::size_t n, float* out) {
    for (std::size_t i = 0; i < n; ++i) // vectorises: one divide per byte
        out[i] = byteToUnit(in[i]);
}

std::uint8_t unitToByte(float v) {
    const float s = v * 255.0f + 0.5f;
    return static_cast<std::uint8_t>(s <= 0.0f ? 0.0f : (s >= 255.0f ? 255.0f : s));
}

Dataset loadIdxPair(const std::string& trainImages, const std::string& trainLabels,
                    const std::string& testImages, const std::string& testLabels,
                    const std::string& name, const std::vector<std::string>& classNames,
                    std::uint64_t validationSeed) {
    // Inflating the two image files dominates; do the test file on a second thread.
    auto testFuture = std::async(std::launch::async, [&] { return readIdxImages(testImages); });
    IdxImages train;
    try {
        train = readIdxImages(trainImages);
    } catch (...) {
        testFuture.wait();
        throw;
    }
    IdxImages test = testFuture.get();
    const auto trL = readIdxLabels(trainLabels);
    const auto teL = readIdxLabels(testLabels);

    auto checkCount = [](const IdxImages& im, const std::vector<int>& l, const std::string& ip,
                         const std::string& lp) {
        if (im.count != static_cast<std::int64_t>(l.size()))
            throwBadInput("IDX image/label count mismatch: " + ip + " holds " +
                          std::to_string(im.count) + " images but " + lp + " holds " +
                          std::to_string(l.size()) + " labels; expected equal counts");
    };
    checkCount(train, trL, trainImages, trainLabels);
    checkCount(test, teL, testImages, testLabels);
    if (train.channels != test.channels || train.height != test.height || train.width != test.width)
        throwBadInput("IDX image shape mismatch: " + trainImages + " has " +
                      std::to_string(train.height) + "x" + std::to_string(train.width) + " but " +
                      testImages + " has " + std::to_string(test.height) + "x" +
                      std::to_string(test.width) + "; expected the same shape");

    Dataset d;
    d.name = name;
    d.source = trainImages;
    d.channels = train.channels;
    d.height = train.height;
    d.width = train.width;
    const std::int64_t nTrain = train.count, nTest = test.count, n = nTrain + nTest;
    // reserve + append of a transformed view writes each float once; resize() would first zero
    // the ~220 MB of Fashion-MNIST floats and then overwrite them.
    d.images.reserve(train.pixels.size() + test.pixels.size());
    appendUnit(d.images, train.pixels);
    appendUnit(d.images, test.pixels);
    d.labels.reserve(std::size_t(n));
    d.labels.insert(d.labels.end(), trL.begin(), trL.end());
    d.labels.insert(d.labels.end(), teL.begin(), teL.end());
    d.ids.resize(std::size_t(n));
    for (std::int64_t i = 0; i < n; ++i)
        d.ids[std::size_t(i)] = i;
    d.splits.assign(std::size_t(nTrain), Split::Train);
    d.splits.resize(std::size_t(n), Split::Test);

    if (!classNames.empty()) {
        d.classNames = classNames;
    } else {
        const int maxLabel =
            d.labels.empty() ? 0 : *std::max_element(d.labels.begin(), d.labels.end());
        for (int c = 0; c <= maxLabel; ++c)
            d.classNames.push_back(std::to_string(c));
    }
    for (std::size_t i = 0; i < d.labels.size(); ++i)
        if (d.labels[i] >= d.numClasses())
            throwBadInput("IDX labels " + (i < trL.size() ? trainLabels : testLabels) + ": label " +
                          std::to_string(d.labels[i]) + " at position " +
                          std::to_string(i < trL.size() ? i : i - trL.size()) + " is outside the " +
                          std::to_string(d.numClasses()) + " class names");
    splitTestIntoValidation(d, validationSeed);
    return d;
}

} // namespace fl::data
