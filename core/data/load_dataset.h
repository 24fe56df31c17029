// One entry point that turns the user's --dataset argument (a name, a folder or a CSV file)
// into a Dataset, so the CLI and the UI accept exactly the same things.
#pragma once
#include "core/data/dataset.h"
#include "core/data/load_options.h"
#include <string>

namespace fl::data {

// Tries, in order:
//   1. a dataset name: fashion-mnist, mnist (loadNamedDataset);
//   2. a folder: a plant (manifest.json with format faultline-plant, loadPlant), a folder of IDX
//      files (loadIdxFolder), an image folder with one sub-folder per class (loadImageFolder);
//   3. a file: a CSV manifest (*.csv, loadCsvManifest) or a plant's manifest.json.
// report (optional) receives the kind recognised, the files skipped (options.skipBad) and what
// was tried. Anything else is BadInput listing everything tried.
Dataset loadDataset(const std::string& spec, const LoadOptions& options = {},
                    LoadReport* report = nullptr);

} // namespace fl::data
