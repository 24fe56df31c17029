// Saving a planted dataset to a folder and loading it back, so a plant made once (by the CLI or
// the UI) is analysed many times with the same images, ids, splits and ground truth.
#pragma once
#include "core/data/dataset.h"
#include <string>

namespace fl::data {

// Layout of a plant folder:
//   images-ubyte       IDX unsigned bytes, all examples: N×H×W (grey) or N×C×H×W (colour)
//   labels-idx1-ubyte  IDX labels (the planted labels: superclasses, flipped labels, …)
//   manifest.json      format "faultline-plant", task, parameters, seed, source dataset, class
//                      names, image shape, per-example ids and splits, paths and attributes,
//                      and membership: [{id, split, in_slice}] for every evaluation example.
// Images are stored as bytes: values that are multiples of 1/255 (everything the loaders and
// plantTask produce) come back exactly.
void writePlant(const Dataset& d, const std::string& dir);

// True when dir/manifest.json exists and declares format "faultline-plant".
bool isPlantDir(const std::string& dir);

// Restores the dataset written by writePlant, `planted` included. Throws BadInput naming the
// file and field that is missing or inconsistent.
Dataset loadPlant(const std::string& dir);

} // namespace fl::data
