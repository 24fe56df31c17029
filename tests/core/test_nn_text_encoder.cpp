// TorchScript text encoders (docs/model-contract.md, "Text encoders"): the toy CLIP made by
// tests/fixtures/make_text_encoder_fixture.py encodes captions as PyTorch did, batching does not
// change a row, and files that break the contract are refused with a message naming the file.
#include "core/common/error.h"
#include "core/nn/text_encoder.h"
#include "error_text.h"
#include <QtTest>
#include <fstream>
#include <nlohmann/json.hpp>

using namespace fl;
using namespace fl::nn;
using fl::test::errorOf;

namespace {

const std::string kFixtures = FAULTLINE_FIXTURES;

nlohmann::json expected() {
    std::ifstream f(kFixtures + "/tiny_clip_expected.json");
    if (!f)
        qFatal("missing tiny_clip_expected.json");
    return nlohmann::json::parse(f);
}

} // namespace

class TestNnTextEncoder : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void encodesAsPyTorchDid() {
        const auto e = expected();
        const auto captions = e.at("captions").get<std::vector<std::string>>();
        const auto want = e.at("encoded").get<std::vector<std::vector<double>>>();
        const auto enc = TextEncoder::load(kFixtures + "/tiny_clip.pt");
        QCOMPARE(enc.dim(), 4);
        for (int batch : {256, 2, 1}) {
            const auto got = enc.encode(captions, batch);
            QCOMPARE(got.rows(), Eigen::Index(captions.size()));
            for (std::size_t i = 0; i < want.size(); ++i)
                for (std::size_t j = 0; j < want[i].size(); ++j)
                    QVERIFY2(std::abs(got(Eigen::Index(i), Eigen::Index(j)) - want[i][j]) < 1e-6,
                             (captions[i] + " at batch " + std::to_string(batch)).c_str());
        }
        // The sum of its words' vectors, as the fixture defines it: an independent check.
        const auto words = e.at("words");
        const auto row = enc.encode({"dark top band"});
        for (int j = 0; j < 4; ++j)
            QCOMPARE(double(row(0, j)), double(float(words.at("dark")[j].get<double>() +
                                                     words.at("top")[j].get<double>() +
                                                     words.at("band")[j].get<double>())));
        QCOMPARE(enc.encode({}).rows(), Eigen::Index(0));
    }

    void filesBreakingTheContractAreRefused() {
        const auto noMethod = errorOf([] { TextEncoder::load(kFixtures + "/tiny_scripted.pt"); });
        QVERIFY2(noMethod.find("tiny_scripted.pt") != std::string::npos &&
                     noMethod.find("encode_text") != std::string::npos,
                 noMethod.c_str());
        const auto bad = errorOf([] { TextEncoder::load(kFixtures + "/tiny_text_bad.pt"); });
        QVERIFY2(bad.find("tiny_text_bad.pt") != std::string::npos &&
                     bad.find("one row per caption") != std::string::npos,
                 bad.c_str());
        const auto missing = errorOf([] { TextEncoder::load(kFixtures + "/no_such.pt"); });
        QVERIFY2(missing.find("no_such.pt") != std::string::npos, missing.c_str());
        const auto notScript =
            errorOf([] { TextEncoder::load(kFixtures + "/tiny_clip_expected.json"); });
        QVERIFY2(notScript.find("not a TorchScript archive") != std::string::npos,
                 notScript.c_str());
    }
};

QTEST_GUILESS_MAIN(TestNnTextEncoder)
#include "test_nn_text_encoder.moc"
