// Text captions of a failure direction (METHODS.md §3.5, the paper's CLIP captions): candidates
// "a photo of a {adjective} {noun} {context}" from a vocabulary, embedded by a text encoder in
// the image embedding's space, scored by their offset from the class's reference caption.
#pragma once
#include "core/directions/captions.h"
#include <map>
#include <string>
#include <vector>

namespace fl::directions {

// Words combined into candidates. An empty string is "none" (the reference code's None), so
// "a photo of a {noun}" and "a photo of a dark {noun}" are both candidates. `nouns` maps a class
// name to the nouns that stand for it (CIFAR-100's subclasses); a class not listed is its name.
struct TextVocabulary {
    std::vector<std::string> adjectives;
    std::vector<std::string> contexts;
    std::map<std::string, std::vector<std::string>> nouns;
};

// The reference code's CIFAR-10 words: no adjective, eight colours, four descriptors; no context,
// outside, inside, five backgrounds.
TextVocabulary defaultTextVocabulary();

// A vocabulary file: "[adjectives]", "[contexts]" and "[nouns CLASS]" sections, one entry per
// line, "(none)" for the empty entry, '#' starts a comment. BadInput names the file and line.
TextVocabulary readTextVocabulary(const std::string& path);
TextVocabulary parseTextVocabulary(const std::string& text, const std::string& source);

// Fills {adjective}, {noun}, {context} and {class} and collapses the spaces an empty part leaves.
std::string fillCaptionTemplate(const std::string& pattern, const std::string& adjective,
                                const std::string& noun, const std::string& context,
                                const std::string& className);

// Every adjective × noun × context caption of a class under `pattern`, in that order, without
// duplicates and without the reference caption itself (its offset is zero).
std::vector<std::string> textCandidates(const TextVocabulary& vocabulary,
                                        const std::string& className, const std::string& pattern,
                                        const std::string& reference);

// Scores captions embedded as rows of `candidates` against the reference caption's embedding:
// d = (t − r) / whitening SD, L2-normalised, scored as wᵀd; sorted, most negative first.
std::vector<ScoredCaption> scoreTextCaptions(const MatrixRM& candidates,
                                             const Eigen::RowVectorXf& reference,
                                             const std::vector<std::string>& captions,
                                             const Whitening& whitening, const LinearSvm& svm);

} // namespace fl::directions
