#include "core/report/pixel_image.h"
#include "core/common/error.h"

namespace fl::report {
namespace {

const char* kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

void putLe(std::string& out, std::uint32_t v, int bytes) {
    for (int b = 0; b < bytes; ++b)
        out += char((v >> (8 * b)) & 0xff);
}

} // namespace

std::string base64(const std::string& in) {
    const char* k = kAlphabet;
    std::string out;
    std::size_t i = 0;
    for (; i + 2 < in.size(); i += 3) {
        const unsigned v =
            (unsigned char)in[i] << 16 | (unsigned char)in[i + 1] << 8 | (unsigned char)in[i + 2];
        out += {k[v >> 18], k[(v >> 12) & 63], k[(v >> 6) & 63], k[v & 63]};
    }
    if (i + 1 == in.size()) {
        const unsigned v = (unsigned char)in[i] << 16;
        out += {k[v >> 18], k[(v >> 12) & 63], '=', '='};
    } else if (i + 2 == in.size()) {
        const unsigned v = (unsigned char)in[i] << 16 | (unsigned char)in[i + 1] << 8;
        out += {k[v >> 18], k[(v >> 12) & 63], k[(v >> 6) & 63], '='};
    }
    return out;
}

std::string fromBase64(const std::string& text, const std::string& where) {
    std::string out;
    unsigned acc = 0;
    int bits = 0;
    for (char ch : text) {
        if (ch == '=')
            break;
        const char* at = std::char_traits<char>::find(kAlphabet, 64, ch);
        if (!at)
            throwBadInput(where + ": not base64 (character '" + std::string(1, ch) + "')");
        acc = acc << 6 | unsigned(at - kAlphabet);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out += char((acc >> bits) & 0xff);
        }
    }
    return out;
}

std::string bmpOf(const std::vector<std::uint8_t>& rgb, int width, int height) {
    if (width <= 0 || height <= 0 || rgb.size() != std::size_t(width) * height * 3)
        return {};
    const int stride = (width * 3 + 3) / 4 * 4; // rows padded to 4 bytes
    const std::uint32_t data = std::uint32_t(stride) * std::uint32_t(height);
    std::string out = "BM";
    putLe(out, 54 + data, 4);
    putLe(out, 0, 4);
    putLe(out, 54, 4);
    putLe(out, 40, 4); // BITMAPINFOHEADER
    putLe(out, std::uint32_t(width), 4);
    putLe(out, std::uint32_t(height), 4); // positive: rows bottom-up
    putLe(out, 1, 2);
    putLe(out, 24, 2);
    putLe(out, 0, 4);
    putLe(out, data, 4);
    putLe(out, 2835, 4);
    putLe(out, 2835, 4);
    putLe(out, 0, 4);
    putLe(out, 0, 4);
    for (int y = height - 1; y >= 0; --y) {
        const std::uint8_t* row = rgb.data() + std::size_t(y) * width * 3;
        for (int x = 0; x < width; ++x) // BGR
            out += {char(row[x * 3 + 2]), char(row[x * 3 + 1]), char(row[x * 3])};
        out.append(std::size_t(stride - width * 3), '\0');
    }
    return out;
}

} // namespace fl::report
