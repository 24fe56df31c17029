// InfEmbed slicing of influence embeddings (METHODS.md §1 steps 6–7): plain spherical K-means
// into K slices, and InfEmbed-Rule's recursive splitting until slices meet (accuracy, size).
#pragma once
#include "core/cluster/spherical_kmeans.h"
#include "core/common/cancel_token.h"
#include "core/common/progress.h"
#include <map>
#include <string>

namespace fl::cluster {

// How a slice ranks its members. Cosine to the unit centre is the one rule of every method family
// (issue #14): the raw inner product ⟨μ, centre⟩, the rule before, lets ‖μ‖ — which grows with
// the loss — decide the top of the list.
enum class MemberRanking { Cosine, InnerProduct };
std::string memberRankingName(MemberRanking r);           // "cosine" | "inner-product"
MemberRanking memberRankingFrom(const std::string& name); // BadInput naming the value

// A member's score under the ranking: cos(x, centre) (0 for a zero x) or ⟨x, centre⟩; `centre`
// has unit length.
float memberScore(const Eigen::Ref<const Eigen::RowVectorXf>& x, const Eigen::VectorXf& centre,
                  MemberRanking r);

struct Slice {
    std::vector<std::int64_t> members; // rows of the embeddings, best-ranked first
    std::vector<float> similarity;     // memberScore per member, same order (descending)
    Eigen::VectorXf centre;            // unit centroid of the K-means call that made the slice
    std::int64_t size = 0;
    double accuracy = 0.0; // share of members predicted correctly
    // Within-slice K-means objective: mean ‖μ − m‖² over members, m = mean of their μ
    // (Euclidean, un-normalised, as the paper's coherence score; lower = more coherent).
    double coherence = 0.0;
    int depth = 0;    // 0 for plain slices; tree depth (root = 0) for InfEmbed-Rule
    std::string path; // "3" plain; "1.0.2" rule: cluster index at each split from the root
};

struct PlainOptions {
    int k = 20; // METHODS.md: 10–25
    int niter = 25;
    std::uint64_t seed = 42;
    MemberRanking members = MemberRanking::Cosine;
    std::map<std::string, std::string> toSettings() const;
};

struct RuleOptions {
    double maxAccuracy = 0.40; // A: a slice has accuracy < A …
    int minSize = 25;          // S: … and at least S members
    int branching = 3;         // B: clusters per split
    int maxDepth = 7;          // deepest split level (root = 0)
    int niter = 25;
    std::uint64_t seed = 42; // the same seed at every split
    MemberRanking members = MemberRanking::Cosine;
    static RuleOptions paper();    // A 0.40, S 25, B 3, depth 7
    static RuleOptions notebook(); // A 0.5, S 10, B 3, depth 7 (reference notebooks)
    void validate() const;         // throws BadInput naming the field
    std::map<std::string, std::string> toSettings() const;
};

// Coherence (see Slice::coherence) of the given rows of `embeddings`.
double sliceCoherence(const MatrixRM& embeddings, const std::vector<std::int64_t>& rows);

// K slices of all rows; correct[i] says whether row i was predicted correctly. Every row is in
// exactly one slice; empty clusters are omitted. Slices come in cluster order.
std::vector<Slice> infEmbedSlices(const MatrixRM& embeddings, const std::vector<bool>& correct,
                                  const PlainOptions& options, const CancelToken& cancel = {});

// node(rows, depth): accuracy < A and |rows| ≥ S → slice; depth ≥ maxDepth or |rows| < S (or
// fewer rows than B) → nothing; else split into B clusters and recurse. Slices come in
// depth-first order; rows outside them belong to no slice.
std::vector<Slice> infEmbedRule(const MatrixRM& embeddings, const std::vector<bool>& correct,
                                const RuleOptions& options, const Progress& progress = {},
                                const CancelToken& cancel = {});

} // namespace fl::cluster
