// Images a report carries as pixels rather than by example id (heatmap overlays, feature-attack
// images): BMP bytes for HTML and base64 both ways for HTML and the JSON round trip.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace fl::report {

std::string base64(const std::string& bytes);
// BadInput naming `where` for text that is not base64.
std::string fromBase64(const std::string& text, const std::string& where);

// A 24-bit BMP of RGB pixels (row-major, width × height × 3); "" when the sizes disagree.
std::string bmpOf(const std::vector<std::uint8_t>& rgb, int width, int height);

} // namespace fl::report
