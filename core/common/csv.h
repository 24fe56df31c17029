// RFC 4180 quoting of one CSV field, shared by every CSV the core writes (reports, the slice
// benchmark table) so that they all quote the same way.
#pragma once
#include <string>

namespace fl {

// s as it stands when it has no comma, quote or line break; else quoted, with quotes doubled.
std::string csvField(const std::string& s);

} // namespace fl
