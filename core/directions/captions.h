// Concept captions of a failure direction (METHODS.md §3.5): candidate concepts are groups of a
// class's examples (the top or bottom quartile of an attribute, or one value of a category),
// each scored by how its mean embedding's offset from the class mean aligns with the SVM's w.
#pragma once
#include "core/directions/failure_directions.h"
#include <string>
#include <vector>

namespace fl::directions {

// One attribute over the examples (rows of the embedding matrix): numbers (NaN = missing) or,
// when `text` is non-empty, categories.
struct AttributeColumn {
    std::string name;
    std::vector<double> numeric;
    std::vector<std::string> text;
};

// Text columns whose every non-empty value parses as a number become numeric (metadata read from
// CSV arrives as text).
AttributeColumn attributeFromText(std::string name, const std::vector<std::string>& values);

struct ConceptCandidate {
    std::string caption;            // "high brightness", "low ink area", "subclass is Shirt"
    std::string attribute;          // the column it comes from
    std::vector<Eigen::Index> rows; // the class's rows showing the concept
};

// Per column: numeric → "high X" (values ≥ the upper `quantile` point of the class's values) and
// "low X" (≤ the lower one), quantiles interpolated linearly as numpy's default; text → "X is v"
// per value. Groups with fewer than `minGroup` rows, or holding every row of the class that has a
// value, are left out (they say nothing about a direction within the class).
std::vector<ConceptCandidate> conceptCandidates(const std::vector<AttributeColumn>& columns,
                                                const std::vector<Eigen::Index>& classRows,
                                                double quantile = 0.25, int minGroup = 5);

struct ScoredCaption {
    std::string caption;
    std::string attribute;
    double score = 0.0; // h(d) − b = wᵀd: negative = the hard side, positive = the easy side
    std::int64_t size = 0;
};

// The alignment of an offset in the raw embedding space with the SVM: d = offset / whitening SD,
// L2-normalised (a zero offset stays zero), scored as wᵀd.
double directionScore(const Eigen::VectorXd& offset, const Whitening& whitening,
                      const LinearSvm& svm);

// d = (mean of x over the concept's rows − mean over classRows) / whitening SD, L2-normalised
// (the SD only: a difference of means carries no offset to subtract); scored as wᵀd. `x` holds
// the raw (not whitened) embeddings. Sorted by score, most negative (hardest) first.
std::vector<ScoredCaption> scoreCaptions(const MatrixRM& x, const Whitening& whitening,
                                         const LinearSvm& svm,
                                         const std::vector<Eigen::Index>& classRows,
                                         const std::vector<ConceptCandidate>& candidates);

} // namespace fl::directions
