// Loading a CSV manifest: one image file per row with its label, optionally its split and any
// number of attribute columns (metadata the error analysis can slice by).
#pragma once
#include "core/data/dataset.h"
#include "core/data/load_options.h"
#include <string>
#include <vector>

namespace fl::data {

// Splits one CSV line into fields: commas separate, a field in double quotes may contain commas
// and "" for a quote. Throws BadInput (with `where`) for an unterminated quote.
std::vector<std::string> splitCsvLine(const std::string& line, const std::string& where);

// Header line required, with columns `path` and `label` (any order); `split` (train/val/test)
// is optional; every other column becomes an attribute (Dataset::attributeNames/attributes).
// Relative paths resolve against the CSV's folder. Labels are class names: the class list is
// options.classNames when given (a label outside it is an error), else the sorted unique labels
// (numerically when all are integers). Without a split column, assignSeededSplits (70/15/15).
// Ids are the data-row numbers from 0, counted before skipped rows. Errors name the file, line
// and column; missing or unreadable images are skipped and reported with options.skipBad.
Dataset loadCsvManifest(const std::string& csvPath, const LoadOptions& options = {},
                        LoadReport* report = nullptr);

} // namespace fl::data
