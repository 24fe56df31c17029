#include "core/directions/text_captions.h"
#include "core/common/error.h"
#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

namespace fl::directions {
namespace {

std::string trimmed(const std::string& s) {
    const auto b = s.find_first_not_of(" \t\r");
    if (b == std::string::npos)
        return {};
    return s.substr(b, s.find_last_not_of(" \t\r") - b + 1);
}

void replaceAll(std::string& s, const std::string& from, const std::string& to) {
    for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
        s.replace(at, from.size(), to);
}

} // namespace

TextVocabulary defaultTextVocabulary() {
    TextVocabulary v;
    v.adjectives = {"",       "white", "blue",     "red",      "green",  "black",   "yellow",
                    "orange", "brown", "group of", "close-up", "blurry", "far away"};
    v.contexts = {"",
                  "outside",
                  "inside",
                  "on a black background",
                  "on a white background",
                  "on a green background",
                  "on a blue background",
                  "on a brown background"};
    return v;
}

TextVocabulary parseTextVocabulary(const std::string& text, const std::string& source) {
    TextVocabulary v;
    std::vector<std::string>* section = nullptr;
    std::istringstream in(text);
    std::string raw;
    int line = 0;
    bool any = false;
    while (std::getline(in, raw)) {
        ++line;
        const auto hash = raw.find('#');
        const std::string s = trimmed(hash == std::string::npos ? raw : raw.substr(0, hash));
        if (s.empty())
            continue;
        const auto where = source + ", line " + std::to_string(line);
        if (s.front() == '[') {
            if (s.back() != ']')
                throwBadInput(where +
                              ": a section header is [adjectives], [contexts] or "
                              "[nouns CLASS], got '" +
                              s + "'");
            const std::string name = trimmed(s.substr(1, s.size() - 2));
            if (name == "adjectives")
                section = &v.adjectives;
            else if (name == "contexts")
                section = &v.contexts;
            else if (name.rfind("nouns ", 0) == 0 && !trimmed(name.substr(6)).empty())
                section = &v.nouns[trimmed(name.substr(6))];
            else
                throwBadInput(where + ": unknown section '" + s +
                              "'; expected [adjectives], [contexts] or [nouns CLASS]");
            continue;
        }
        if (!section)
            throwBadInput(where + ": '" + s +
                          "' comes before any section; start with [adjectives], [contexts] or "
                          "[nouns CLASS]");
        section->push_back(s == "(none)" ? std::string() : s);
        any = true;
    }
    if (!any)
        throwBadInput(source + " holds no words: expected [adjectives], [contexts] or "
                               "[nouns CLASS] sections with one entry per line");
    // A section left out means "none" only: the candidates still vary along the other parts.
    if (v.adjectives.empty())
        v.adjectives = {""};
    if (v.contexts.empty())
        v.contexts = {""};
    for (const auto& [cls, nouns] : v.nouns)
        if (nouns.empty())
            throwBadInput(source + ": [nouns " + cls + "] lists no nouns");
    return v;
}

TextVocabulary readTextVocabulary(const std::string& path) {
    std::ifstream f(path);
    if (!f)
        throwBadInput("vocabulary file " + path + " cannot be read");
    std::stringstream ss;
    ss << f.rdbuf();
    return parseTextVocabulary(ss.str(), path);
}

std::string fillCaptionTemplate(const std::string& pattern, const std::string& adjective,
                                const std::string& noun, const std::string& context,
                                const std::string& className) {
    std::string s = pattern;
    replaceAll(s, "{adjective}", adjective);
    replaceAll(s, "{noun}", noun);
    replaceAll(s, "{context}", context);
    replaceAll(s, "{class}", className);
    std::string out;
    for (char c : s)
        if (c != ' ' || (!out.empty() && out.back() != ' '))
            out.push_back(c);
    while (!out.empty() && out.back() == ' ')
        out.pop_back();
    return out;
}

std::vector<std::string> textCandidates(const TextVocabulary& vocabulary,
                                        const std::string& className, const std::string& pattern,
                                        const std::string& reference) {
    const auto it = vocabulary.nouns.find(className);
    const std::vector<std::string> nouns =
        it == vocabulary.nouns.end() ? std::vector<std::string>{className} : it->second;
    std::vector<std::string> out;
    std::set<std::string> seen{reference};
    for (const auto& noun : nouns)
        for (const auto& adjective : vocabulary.adjectives)
            for (const auto& context : vocabulary.contexts) {
                auto c = fillCaptionTemplate(pattern, adjective, noun, context, className);
                if (seen.insert(c).second)
                    out.push_back(std::move(c));
            }
    return out;
}

std::vector<ScoredCaption> scoreTextCaptions(const MatrixRM& candidates,
                                             const Eigen::RowVectorXf& reference,
                                             const std::vector<std::string>& captions,
                                             const Whitening& whitening, const LinearSvm& svm) {
    if (candidates.rows() != Eigen::Index(captions.size()))
        throwBadInput("text captions: " + std::to_string(captions.size()) + " captions but " +
                      std::to_string(candidates.rows()) + " embeddings");
    if (candidates.cols() != reference.size() || candidates.cols() != whitening.sd.size() ||
        candidates.cols() != svm.w.size())
        throwBadInput("text captions: the text encoder's embeddings have " +
                      std::to_string(candidates.cols()) + " dimensions but the image embedding " +
                      std::to_string(whitening.sd.size()) +
                      "; the text encoder must map captions into the image encoder's space");
    const Eigen::VectorXd r = reference.cast<double>().transpose();
    std::vector<ScoredCaption> out;
    for (Eigen::Index i = 0; i < candidates.rows(); ++i)
        out.push_back(
            {captions[std::size_t(i)], "text",
             directionScore(candidates.row(i).cast<double>().transpose() - r, whitening, svm), 0});
    std::stable_sort(out.begin(), out.end(),
                     [](const auto& a, const auto& b) { return a.score < b.score; });
    return out;
}

} // namespace fl::directions
