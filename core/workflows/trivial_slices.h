// What a label-only slice scores on a planted task (issue #14, item 3): the ground truth's own
// class, and the largest confusion cell, each ranked by loss — so a task that such a rule
// already solves shows as such beside the methods' scores.
#pragma once
#include "core/data/dataset.h"
#include "core/metrics/slice_scoring.h"
#include <cstdint>
#include <string>
#include <vector>

namespace fl::workflows {

struct TrivialScore {
    std::string name;          // "class" | "cell"
    std::string slice;         // what it is: "label Shirt", "label Shirt, predicted T-shirt"
    double precisionAtK = 0.0; // of its examples ranked by loss, highest first
    double precision = 0.0;    // share of the whole slice inside the ground truth
    double recall = 0.0;       // share of the ground truth inside the slice
    std::int64_t size = 0;
};

// On the validation rows (dataset positions `valPos`; the model's `predictions` and `losses`
// per row, of which the first valPos.size() are read, so longer outputs can be passed whole):
// "class" is every example labelled with the class most ground-truth members carry (lowest class on
// ties); "cell" is the largest off-diagonal (label, prediction) cell (first by label, then
// prediction, on ties), absent when the model makes no error.
std::vector<TrivialScore> trivialSliceScores(const data::Dataset& d,
                                             const std::vector<std::int64_t>& valPos,
                                             const std::vector<int>& predictions,
                                             const std::vector<float>& losses,
                                             const metrics::IdSet& truth, int k);

} // namespace fl::workflows
