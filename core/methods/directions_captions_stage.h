// Failure directions' caption stage, apart from the run that calls it: concept captions of every
// fitted class (with each concept group's example ids) and, with a text encoder, text captions.
#pragma once
#include "core/common/cancel_token.h"
#include "core/data/dataset.h"
#include "core/directions/captions.h"
#include "core/directions/text_captions.h"
#include "core/methods/parameter.h"
#include "core/nn/text_encoder.h"
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace fl::methods {

// Per class (indexed by class): captions sorted by score, hardest first.
using ClassCaptions = std::vector<std::vector<directions::ScoredCaption>>;

struct ConceptCaptions {
    ClassCaptions captions;
    // By class and caption, the examples' ids of its concept group: a caption selects its group.
    std::vector<std::map<std::string, std::vector<std::int64_t>>> ids;
};

// Concepts from the dataset's attribute columns and (with `image-attributes`) the OpenCV image
// attributes of the fitted rows; `positions` are the dataset positions of the rows of `x` (raw
// embeddings), `quantile` and `min-group` come from the parameters.
ConceptCaptions conceptCaptions(const data::Dataset& d, const std::vector<std::int64_t>& positions,
                                const directions::MatrixRM& x,
                                const directions::Whitening& whitening,
                                const std::vector<directions::ClassDirection>& classes,
                                const ParameterValues& p, const CancelToken& cancel);

// The text encoder, vocabulary and templates a run's parameters name.
struct TextCaptionSetup {
    nn::TextEncoder encoder;
    directions::TextVocabulary vocabulary;
    std::string captionTemplate, referenceTemplate;
};

// Loads and checks them before the long work: none without `text-encoder`; BadInput when the
// embedding (`kind`) is not a TorchScript encoder file, or the vocabulary names an unknown class.
std::optional<TextCaptionSetup>
prepareTextCaptions(const ParameterValues& p, const std::string& kind, const data::Dataset& d);

// Every fitted class's candidates and reference embedded in one pass, each scored against its
// class's SVM; `embedded` is set to the number of texts encoded.
ClassCaptions textCaptions(const TextCaptionSetup& setup,
                           const std::vector<directions::ClassDirection>& classes,
                           const directions::Whitening& whitening,
                           const std::vector<std::string>& classNames, std::size_t& embedded);

} // namespace fl::methods
