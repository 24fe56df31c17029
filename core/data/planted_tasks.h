// Planted slice-discovery tasks after dcbench (rare subclass, spurious correlation, noisy
// labels): each makes a copy of a dataset with a known failure slice and its ground truth.
#pragma once
#include "core/data/dataset.h"
#include <cstdint>
#include <string>

namespace fl::data {

struct PlantParams {
    // "rare" | "correlation" | "noisy" | "noisy-class".
    std::string task;
    // rare: the original class made rare inside its superclass; correlation: the class c that
    // carries the spurious signal; noisy / noisy-class: the class a whose training labels are
    // flipped.
    int classId = 0;
    // noisy: the superclass flipped labels become; noisy-class: the class. −1 = the next one
    // after a's own (superclass or class).
    int targetClass = -1;
    // Fraction of class classId's TRAINING examples: kept (rare), given the signal
    // (correlation) or flipped (noisy). Negative = the task's default: 0.1, 1.0, 0.3.
    double fraction = -1.0;
    // correlation only: fraction of the other classes' training images given the signal.
    double otherFraction = 0.0;
    // correlation only: "patch" (bright square in the bottom-right corner, 4 px at 28 px),
    // "tint" (grey: brightness +64/255; colour: red +80/255) or "frame" (bright border, 1-2 px).
    std::string signal = "patch";
    std::uint64_t seed = 0;
};

// Evaluation examples (Val and Test) of class c carry the correlation signal with this
// probability, those of other classes with kOtherEvalSignalRate.
inline constexpr double kClassEvalSignalRate = 0.5;
inline constexpr double kOtherEvalSignalRate = 0.05;

// The fraction actually used (params.fraction or the task default).
double effectiveFraction(const PlantParams& params);

// A copy of `source` with the task planted and `planted` filled: sliceMemberIds are the ids of
// the evaluation examples in the slice. Draws come only from Rng(params.seed) in dataset
// order, so the same source and parameters give the same dataset and membership.
//   rare:        labels become superclasses (0,1)->0, (2,3)->1, … named "A/B"; of class
//                classId's training examples only round(fraction·n) stay (the rest are
//                removed). Slice: evaluation examples of class classId. Attribute column
//                "subclass": every example's original class name.
//   correlation: the signal is drawn onto exactly round(fraction·n) training images of class c
//                and round(otherFraction·m) of the other classes; on evaluation images with
//                probability 0.5 (class c) or 0.05 (others). Slice: evaluation examples where
//                signal and class disagree (≈ 10% of evaluation with 10 classes). Attribute
//                column "signal": the signal's name where it was drawn, "none" elsewhere.
//   noisy:       the superclass setting of rare (labels become superclasses, attribute
//                "subclass"), and exactly round(fraction·n) training labels of subclass a
//                become superclass b (default: the next superclass). Slice: evaluation
//                examples of subclass a, about one in ten of evaluation with 10 classes.
//   noisy-class: exactly round(fraction·n) training labels of class a become class b
//                (default a + 1). Slice: evaluation examples of class a — a whole class, which
//                any label-pure cluster scores 1.0 on (kept to compare with noisy).
// The source's attribute columns are kept; a source column named "subclass" / "signal" is
// replaced by the new task's. Pixels, labels, ids, splits and draws do not depend on them.
// Throws BadInput naming the parameter when it is out of range.
Dataset plantTask(const Dataset& source, const PlantParams& params);

// Draws the correlation signal onto one C×H×W image in place (byte-exact: the result stays a
// multiple of 1/255, so plants round-trip through 8-bit files).
void applySignal(float* image, int channels, int height, int width, const std::string& signal);

} // namespace fl::data
