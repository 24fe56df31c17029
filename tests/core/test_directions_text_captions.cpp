// Text captions against closed forms: the vocabulary file's sections, "(none)" and comments, and
// its errors by line; templates that collapse the space an empty part leaves; every adjective ×
// noun × context candidate once, without the reference; a caption's score is wᵀd with d the
// normalised, SD-scaled offset of its embedding from the reference caption's.
#include "core/common/error.h"
#include "core/directions/text_captions.h"
#include "error_text.h"
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <fstream>

using namespace fl;
using namespace fl::directions;
using fl::test::errorOf;

class TestDirectionsTextCaptions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void vocabularyFilesHaveSectionsAndNone() {
        const auto v = parseTextVocabulary("# words for the shirts\n"
                                           "[adjectives]\n"
                                           "(none)\n"
                                           "  dark   # trailing comment\n"
                                           "\n"
                                           "[contexts]\n"
                                           "on a hanger\n"
                                           "[nouns Shirt]\n"
                                           "shirt\n"
                                           "blouse\n",
                                           "v.txt");
        QCOMPARE(v.adjectives, (std::vector<std::string>{"", "dark"}));
        QCOMPARE(v.contexts, (std::vector<std::string>{"on a hanger"}));
        QCOMPARE(v.nouns.at("Shirt"), (std::vector<std::string>{"shirt", "blouse"}));
        // A section left out is "none" alone.
        const auto onlyContexts = parseTextVocabulary("[contexts]\nat night\n", "c.txt");
        QCOMPARE(onlyContexts.adjectives, (std::vector<std::string>{""}));

        const auto before = errorOf([] { parseTextVocabulary("\ndark\n", "w.txt"); });
        QVERIFY2(before.find("w.txt, line 2") != std::string::npos, before.c_str());
        const auto unknown = errorOf([] { parseTextVocabulary("[colours]\nred\n", "w.txt"); });
        QVERIFY2(unknown.find("w.txt, line 1") != std::string::npos &&
                     unknown.find("[colours]") != std::string::npos,
                 unknown.c_str());
        QVERIFY(errorOf([] { parseTextVocabulary("# nothing\n", "e.txt"); }).find("e.txt") !=
                std::string::npos);
        QVERIFY(errorOf([] {
                    parseTextVocabulary("[nouns Shirt]\n[contexts]\nx\n", "n.txt");
                }).find("[nouns Shirt] lists no nouns") != std::string::npos);

        QTemporaryDir dir;
        const auto path = dir.filePath("v.txt").toStdString();
        std::ofstream(path) << "[adjectives]\nbright\n";
        QCOMPARE(readTextVocabulary(path).adjectives, (std::vector<std::string>{"bright"}));
        const auto missing = dir.filePath("missing.txt").toStdString();
        QVERIFY(errorOf([&] { readTextVocabulary(missing); }).find("missing.txt") !=
                std::string::npos);
    }

    void theDefaultIsTheReferenceCodesCifarWords() {
        const auto v = defaultTextVocabulary();
        QCOMPARE(v.adjectives.size(), std::size_t(13)); // None, 8 colours, 4 descriptors
        QCOMPARE(v.contexts.size(), std::size_t(8));    // None, outside, inside, 5 backgrounds
        QCOMPARE(v.adjectives.front(), std::string());
        QCOMPARE(v.contexts.front(), std::string());
        QVERIFY(v.nouns.empty());
    }

    void templatesCollapseEmptyParts() {
        const std::string t = "a photo of a {adjective} {noun} {context}";
        QCOMPARE(fillCaptionTemplate(t, "", "Shirt", "", "Shirt"),
                 std::string("a photo of a Shirt"));
        QCOMPARE(fillCaptionTemplate(t, "dark", "blouse", "on a hanger", "Shirt"),
                 std::string("a photo of a dark blouse on a hanger"));
        QCOMPARE(fillCaptionTemplate("{class}: {noun}", "", "x", "", "C"), std::string("C: x"));
    }

    void candidatesAreEveryCombinationOnceWithoutTheReference() {
        TextVocabulary v;
        v.adjectives = {"", "dark"};
        v.contexts = {"", "at night", "at night"};
        const std::string t = "a photo of a {adjective} {noun} {context}";
        const auto c = textCandidates(v, "cat", t, "a photo of a cat");
        QCOMPARE(c, (std::vector<std::string>{"a photo of a cat at night", "a photo of a dark cat",
                                              "a photo of a dark cat at night"}));
        v.nouns["cat"] = {"kitten", "tabby"};
        const auto n = textCandidates(v, "cat", t, "a photo of a cat");
        QCOMPARE(n.size(), std::size_t(8)); // 2 nouns × 2 adjectives × 2 distinct contexts
        QCOMPARE(n.front(), std::string("a photo of a kitten"));
        // Another class keeps its own name as the noun.
        QCOMPARE(textCandidates(v, "dog", t, "a photo of a dog").size(), std::size_t(3));
    }

    void scoresAreWTransposeTheNormalisedScaledOffsetFromTheReference() {
        MatrixRM t(2, 2);
        t << 3, 30, -1, 10;
        const Eigen::RowVectorXf r = Eigen::RowVector2f(1, 20);
        Whitening w;
        w.mean = Eigen::Vector2d(50, -50); // must not enter: a difference has no offset
        w.sd = Eigen::Vector2d(2, 10);
        LinearSvm svm;
        svm.w = Eigen::Vector2d(0.5, -2);
        svm.b = 4; // nor the bias
        const auto s = scoreTextCaptions(t, r, {"first", "second"}, w, svm);
        // first: (2, 10) / sd = (1, 1) → /√2 → wᵀd = (0.5 − 2)/√2; second: (−2, −10) → the
        // negative.
        const double first = (0.5 - 2.0) / std::sqrt(2.0);
        QCOMPARE(s.size(), std::size_t(2));
        QCOMPARE(s[0].caption, std::string("first")); // most negative first
        QVERIFY(std::abs(s[0].score - first) < 1e-12);
        QVERIFY(std::abs(s[1].score + first) < 1e-12);
        QCOMPARE(s[0].attribute, std::string("text"));

        const MatrixRM three = MatrixRM::Ones(2, 3);
        const auto msg = errorOf([&] {
            scoreTextCaptions(three, Eigen::RowVector3f::Ones(), {"a", "b"}, w, svm);
        });
        QVERIFY2(msg.find("image encoder's space") != std::string::npos, msg.c_str());
        QVERIFY(errorOf([&] {
                    scoreTextCaptions(t, r, {"only one"}, w, svm);
                }).find("2 embeddings") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestDirectionsTextCaptions)
#include "test_directions_text_captions.moc"
