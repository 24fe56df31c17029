#include "core/methods/directions_captions_stage.h"
#include "core/common/error.h"
#include "core/data/image_attributes.h"
#include "core/methods/result_json.h"
#include <algorithm>

namespace fl::methods {
namespace {

// The candidate attribute columns of the fitted split's rows: the dataset's own columns and the
// image attributes measured with OpenCV.
std::vector<directions::AttributeColumn>
attributeColumns(const data::Dataset& d, const std::vector<std::int64_t>& positions,
                 bool imageAttributes, const CancelToken& cancel) {
    std::vector<directions::AttributeColumn> cols;
    for (std::size_t a = 0; a < d.attributeNames.size(); ++a) {
        std::vector<std::string> values;
        for (auto p : positions)
            values.push_back(d.attributes[a][std::size_t(p)]);
        cols.push_back(directions::attributeFromText(d.attributeNames[a], values));
    }
    if (imageAttributes) {
        const auto t = data::imageAttributes(d, positions, cancel);
        for (std::size_t a = 0; a < t.names.size(); ++a)
            cols.push_back({t.names[a], t.values[a], {}});
    }
    return cols;
}

} // namespace

ConceptCaptions conceptCaptions(const data::Dataset& d, const std::vector<std::int64_t>& positions,
                                const directions::MatrixRM& x,
                                const directions::Whitening& whitening,
                                const std::vector<directions::ClassDirection>& classes,
                                const ParameterValues& p, const CancelToken& cancel) {
    const auto columns = attributeColumns(d, positions, p.toBool("image-attributes"), cancel);
    ConceptCaptions out;
    out.captions.resize(std::size_t(d.numClasses()));
    out.ids.resize(std::size_t(d.numClasses()));
    for (const auto& c : classes) {
        if (!c.fitted)
            continue;
        const std::vector<Eigen::Index> rows(c.rows.begin(), c.rows.end());
        const auto candidates = directions::conceptCandidates(columns, rows, p.toDouble("quantile"),
                                                              p.toInt("min-group"));
        for (const auto& cand : candidates) {
            auto& ids = out.ids[std::size_t(c.cls)][cand.caption];
            for (auto row : cand.rows)
                ids.push_back(d.ids[std::size_t(positions[std::size_t(row)])]);
        }
        out.captions[std::size_t(c.cls)] =
            directions::scoreCaptions(x, whitening, c.svm, rows, candidates);
    }
    return out;
}

std::optional<TextCaptionSetup>
prepareTextCaptions(const ParameterValues& p, const std::string& kind, const data::Dataset& d) {
    const std::string path = p.text("text-encoder");
    if (path.empty())
        return std::nullopt;
    if (kind != "file")
        throwBadInput("failure directions: text captions need the image embedding in the text "
                      "encoder's space, so embedding must be the TorchScript image encoder "
                      "paired with " +
                      path + " (it is '" + p.text("embedding") + "')");
    TextCaptionSetup s{nn::TextEncoder::load(path),
                       p.text("vocabulary").empty()
                           ? directions::defaultTextVocabulary()
                           : directions::readTextVocabulary(p.text("vocabulary")),
                       p.text("caption-template"), p.text("reference-template")};
    for (const auto& [cls, nouns] : s.vocabulary.nouns)
        if (std::find(d.classNames.begin(), d.classNames.end(), cls) == d.classNames.end())
            throwBadInput("failure directions: the vocabulary " + p.text("vocabulary") +
                          " lists nouns for '" + cls + "', which is not a class of " + d.name);
    return s;
}

ClassCaptions textCaptions(const TextCaptionSetup& setup,
                           const std::vector<directions::ClassDirection>& classes,
                           const directions::Whitening& whitening,
                           const std::vector<std::string>& classNames, std::size_t& embedded) {
    // Per class: its reference, then its candidates, as one span of `texts`.
    std::vector<std::string> texts;
    std::vector<std::pair<std::size_t, std::size_t>> spans(classes.size());
    for (const auto& c : classes) {
        if (!c.fitted)
            continue;
        const std::string cls = classNameOf(classNames, c.cls);
        const auto reference =
            directions::fillCaptionTemplate(setup.referenceTemplate, "", cls, "", cls);
        const auto candidates =
            directions::textCandidates(setup.vocabulary, cls, setup.captionTemplate, reference);
        spans[std::size_t(c.cls)] = {texts.size(), candidates.size()};
        texts.push_back(reference);
        texts.insert(texts.end(), candidates.begin(), candidates.end());
    }
    const directions::MatrixRM t = setup.encoder.encode(texts);
    embedded = texts.size();
    ClassCaptions out(classes.size());
    for (const auto& c : classes) {
        if (!c.fitted)
            continue;
        const auto [at, n] = spans[std::size_t(c.cls)];
        const std::vector<std::string> captions(texts.begin() + std::ptrdiff_t(at + 1),
                                                texts.begin() + std::ptrdiff_t(at + 1 + n));
        out[std::size_t(c.cls)] =
            directions::scoreTextCaptions(t.middleRows(Eigen::Index(at + 1), Eigen::Index(n)),
                                          t.row(Eigen::Index(at)), captions, whitening, c.svm);
    }
    return out;
}

} // namespace fl::methods
