// Loading a folder of images with one sub-folder per class (root/<class>/<file>), optionally
// already split (root/train/<class>/…, root/val/…, root/test/…).
#pragma once
#include "core/data/dataset.h"
#include "core/data/load_options.h"
#include <string>

namespace fl::data {

// True when root has a sub-folder holding image files, or train/ (val/, test/) sub-folders
// whose class folders hold them: what loadImageFolder accepts.
bool looksLikeImageFolder(const std::string& root);

// Class names are the sorted class-folder names (the union over split folders). Ids are the
// positions in the sorted (split folder, class, file name) order, counted before any file is
// skipped so ids stay stable. Splits:
//   - no split folders: assignSeededSplits(options.splitSeed), i.e. stratified 70/15/15;
//   - train/ (+ val/ and/or test/): as given; when test/ exists without val/, a seeded half of
//     test becomes val (splitTestIntoValidation); train/ alone is split 70/15/15.
// Throws BadInput naming the folder for an empty class folder or a root without class folders,
// and naming the file for an unreadable image (unless options.skipBad: then it is listed in
// report->skipped and left out).
Dataset loadImageFolder(const std::string& root, const LoadOptions& options = {},
                        LoadReport* report = nullptr);

} // namespace fl::data
