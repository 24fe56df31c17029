// Defuse through the method seam on the tiny trained model: its regions are the mixture's
// components above ε over the codes identification finds (both checked against references in
// their own tests), the samples redraw from their stored seeds, the slices are the split's
// examples each region claims; a given β-VAE file, determinism, the image subset, cancel and
// refusals.
#include "core/cluster/dp_gaussian_mixture.h"
#include "core/common/error.h"
#include "core/generative/regions.h"
#include "core/methods/defuse_method.h"
#include "core/methods/method_registry.h"
#include "core/nn/device.h"
#include "core/store/typed_array.h"
#include "error_text.h"
#include "tiny_method_input.h"
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <set>

using namespace fl;
using namespace fl::methods;
using fl::test::errorOf;

namespace {

const std::map<std::string, std::string> kSmall{
    {"latent", "3"},         {"vae-epochs", "2"}, {"vae-batch", "16"},
    {"vae-cache", "false"},  {"images", "0"},     {"draws", "12"},
    {"keep-per-image", "6"}, {"components", "6"}, {"samples-per-region", "4"},
    {"min-weight", "0.05"},  {"seed", "2"}};

std::map<std::string, std::string> small(std::map<std::string, std::string> more = {}) {
    auto g = kSmall;
    for (auto& [k, v] : more)
        g[k] = v;
    return g;
}

} // namespace

class TestMethodsDefuse : public QObject {
    Q_OBJECT
    std::unique_ptr<test::TinyFixture> m_f;
    MethodResult m_r;

private Q_SLOTS:
    void initTestCase() {
        nn::setComputeThreads(1);
        m_f = std::make_unique<test::TinyFixture>(30);
        m_r = MethodRegistry::instance().get("defuse").run(
            test::tinyMethodInput(*m_f, "defuse", small()), {}, {});
    }

    void regionsAreTheMixturesHeavyComponentsOverTheFoundCodes() {
        const auto& d = m_f->d;
        const auto& s = m_r.summary;
        const auto& id = s.at("identification");
        QCOMPARE(id.at("images").get<int>(), 60); // every training image
        QCOMPARE(id.at("decoded").get<int>(), 60 * 12);
        QVERIFY(id.at("mistakes").get<int>() >= 2);
        QCOMPARE(m_r.settings.at("identification_setting"), std::string("subset"));

        // The same steps by hand: the VAE, identification, the mixture on every code.
        const auto params = test::tinyMethodInput(*m_f, "defuse", small()).parameters;
        const auto vo = DefuseMethod::vaeOptions(params, "auto");
        auto vae = generative::trainOrLoadCachedVae(d, vo, false).vae;
        const auto io = DefuseMethod::identificationOptions(params);
        const auto found =
            generative::identifyMistakes(vae, m_f->c, d, d.indicesOf(data::Split::Train), io);
        QCOMPARE(id.at("mistakes").get<std::int64_t>(), std::int64_t(found.codes.rows()));
        cluster::DpGmmOptions go;
        go.components = 6;
        go.seed = 2;
        const Eigen::MatrixXd x = found.codes.cast<double>();
        const auto mix = cluster::fitDpGmm(x, go);
        std::vector<int> kept;
        for (Eigen::Index k = 0; k < mix.weights.size(); ++k)
            if (mix.weights(k) > 0.05)
                kept.push_back(int(k));
        const auto& regions = s.at("regions");
        QCOMPARE(int(regions.size()), int(kept.size()));
        QCOMPARE(s.at("distillation").at("iterations").get<int>(), mix.iterations);
        double previous = 2.0;
        std::int64_t assigned = 0;
        for (std::size_t i = 0; i < regions.size(); ++i) {
            const auto& g = regions[i];
            const double w = g.at("weight");
            QVERIFY(w > 0.05 && w <= previous); // heaviest first
            previous = w;
            const int c = g.at("component");
            QCOMPARE(w, mix.weights(c));
            assigned += g.at("size").get<std::int64_t>();

            // Each annotation sample decodes again from its stored seed to the image stored and
            // the prediction recorded.
            generative::Region region;
            region.mean = mix.means.row(c).transpose();
            region.covariance = mix.covariances[std::size_t(c)];
            const auto& seeds = g.at("sample_seeds");
            QCOMPARE(int(seeds.size()), 4);
            const auto& stored = m_r.arrays.at("region" + std::to_string(i + 1) + "_samples");
            const auto bytes = store::arrayValues<std::uint8_t>(stored, "samples");
            for (int k = 0; k < 4; ++k) {
                const auto seed = std::stoull(seeds[std::size_t(k)].get<std::string>());
                QCOMPARE(seed, generative::regionSampleSeed(2, int(i), k));
                generative::MatrixRM z(1, 3);
                z.row(0) = generative::regionSample(region, 0.5, seed).transpose();
                const auto img = vae.decode(z);
                const int pred =
                    generative::classifyImages(m_f->c, img, 1, test::kH, test::kH).at(0);
                QCOMPARE(g.at("sample_predictions")[std::size_t(k)].get<int>(), pred);
                for (std::size_t p = 0; p < img.size(); ++p)
                    QVERIFY(std::abs(int(bytes[std::size_t(k) * img.size() + p]) -
                                     int(std::lround(img[p] * 255))) <= 1);
            }
        }
        QVERIFY(assigned <= id.at("mistakes").get<std::int64_t>());
    }

    void slicesAreTheSplitsExamplesEachRegionClaims() {
        const auto& d = m_f->d;
        std::set<std::int64_t> val;
        for (auto p : d.indicesOf(data::Split::Val))
            val.insert(d.ids[std::size_t(p)]);
        std::set<std::int64_t> seen;
        double previous = 2.0;
        for (const auto& s : m_r.slices) {
            QVERIFY(s.stats.errorRate <= previous); // worst first
            previous = s.stats.errorRate;
            QCOMPARE(s.memberIds.size(), s.scores.size());
            QVERIFY(std::is_sorted(s.scores.rbegin(), s.scores.rend()));
            for (auto id : s.memberIds) {
                QVERIFY(val.count(id));
                QVERIFY2(seen.insert(id).second, "an example is in one region at most");
            }
            QVERIFY(s.name.rfind("region ", 0) == 0);
        }
    }

    void resultsCarryTheCurveTheSamplesAndTheSettings() {
        QCOMPARE(m_r.method, std::string("defuse"));
        QCOMPARE(m_r.seed, std::uint64_t(2));
        QCOMPARE(m_r.settings.at("vae_epochs"), std::string("2"));
        QCOMPARE(m_r.settings.at("identification_draws"), std::string("12"));
        const auto chart = std::find_if(m_r.charts.begin(), m_r.charts.end(),
                                        [](const Chart& c) { return c.name == "vae_loss"; });
        QVERIFY(chart != m_r.charts.end());
        QCOMPARE(int(chart->categories.size()), 2);
        const auto table = std::find_if(m_r.tables.begin(), m_r.tables.end(),
                                        [](const ResultTable& t) { return t.name == "regions"; });
        QVERIFY(table != m_r.tables.end());
        QCOMPARE(table->rows.size(), m_r.summary.at("regions").size());
        QVERIFY(m_r.arrays.count("vae_reconstructions"));
        QVERIFY(m_r.arrays.count("defuse_codes"));
    }

    void theSameSeedGivesTheSameRegions() {
        const auto again = MethodRegistry::instance().get("defuse").run(
            test::tinyMethodInput(*m_f, "defuse", small()), {}, {});
        QCOMPARE(again.summary.at("regions").dump(), m_r.summary.at("regions").dump());
    }

    void aGivenVaeFileIsUsed() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("v.vae").toStdString();
        const auto in = test::tinyMethodInput(*m_f, "defuse", small());
        auto vae = generative::trainOrLoadCachedVae(
                       m_f->d, DefuseMethod::vaeOptions(in.parameters, "cpu"), false)
                       .vae;
        vae.save(path);
        const auto r = MethodRegistry::instance().get("defuse").run(
            test::tinyMethodInput(*m_f, "defuse", small({{"vae", path}})), {}, {});
        QCOMPARE(r.settings.at("vae_file"), path);
        QCOMPARE(r.settings.at("vae_reused"), std::string("true"));
        QCOMPARE(r.summary.at("regions").dump(), m_r.summary.at("regions").dump());

        auto other = generative::BetaVae::create(1, 12, 12, 3, 0);
        const std::string otherPath = dir.filePath("other.vae").toStdString();
        other.save(otherPath);
        QVERIFY(errorOf([&] {
                    MethodRegistry::instance().get("defuse").run(
                        test::tinyMethodInput(*m_f, "defuse", small({{"vae", otherPath}})), {}, {});
                }).find("takes 1×12×12 images") != std::string::npos);
        QVERIFY(errorOf([&] {
                    MethodRegistry::instance().get("defuse").run(
                        test::tinyMethodInput(*m_f, "defuse", small({{"vae", "/nope.vae"}})), {},
                        {});
                }).find("/nope.vae does not exist") != std::string::npos);
    }

    void identificationImagesAreASeededSubset() {
        const auto& d = m_f->d;
        const auto train = d.indicesOf(data::Split::Train);
        QCOMPARE(identificationImages(d, 0, 1), train);
        QCOMPARE(identificationImages(d, 1000, 1), train);
        const auto a = identificationImages(d, 10, 1);
        QCOMPARE(int(a.size()), 10);
        QVERIFY(std::is_sorted(a.begin(), a.end()));
        for (auto p : a)
            QCOMPARE(d.splits[std::size_t(p)], data::Split::Train);
        QCOMPARE(identificationImages(d, 10, 1), a);
        QVERIFY(identificationImages(d, 10, 2) != a);
    }

    void trainingCodesAreTheEncoderMeansWhereIdentificationLooked() {
        const auto& d = m_f->d;
        const auto params = test::tinyMethodInput(*m_f, "defuse", small()).parameters;
        auto vae =
            generative::trainOrLoadCachedVae(d, DefuseMethod::vaeOptions(params, "auto"), false)
                .vae;
        const auto io = DefuseMethod::identificationOptions(params);
        const auto train = d.indicesOf(data::Split::Train);
        const auto codes = store::arrayValues<float>(m_r.arrays.at("training_codes"), "codes");
        const auto sources =
            store::arrayValues<std::int64_t>(m_r.arrays.at("training_code_sources"), "sources");
        QCOMPARE(sources, train);
        const int z = 3;
        QCOMPARE(m_r.arrays.at("training_codes").shape,
                 (std::vector<std::int64_t>{std::int64_t(train.size()), z}));
        const generative::MatrixRM mu = vae.encodeMeans(d, train);
        for (std::size_t i = 0; i < train.size(); ++i)
            for (int k = 0; k < z; ++k)
                QVERIFY(std::abs(codes[i * z + std::size_t(k)] - (mu(Eigen::Index(i), k) + 0.5f)) <
                        1e-5f);
        // Every found code is its source's code + (ε − E ε) for one of that image's draws.
        const auto found = store::arrayValues<float>(m_r.arrays.at("defuse_codes"), "found");
        const auto from =
            store::arrayValues<std::int64_t>(m_r.arrays.at("defuse_code_sources"), "from");
        for (std::size_t j = 0; j < from.size(); ++j) {
            const auto row =
                std::size_t(std::find(train.begin(), train.end(), from[j]) - train.begin());
            QVERIFY(row < train.size());
            const generative::MatrixRM eps = generative::imageNoise(io, from[j], z);
            bool matched = false;
            for (Eigen::Index q = 0; q < eps.rows() && !matched; ++q) {
                matched = true;
                for (int k = 0; k < z; ++k)
                    matched =
                        matched &&
                        std::abs(found[j * z + std::size_t(k)] -
                                 (codes[row * z + std::size_t(k)] - 0.5f + eps(q, k))) < 1e-4f;
            }
            QVERIFY2(matched, "a found code is not its image's code plus one of its draws");
        }
    }

    void cancelDuringIdentificationKeepsWhatWasFound() {
        CancelToken cancel;
        int tripped = -1;
        // One image per decode batch: cancel once two mistakes are in hand.
        const Progress progress([&](double, const std::string& message) {
            int images = 0, total = 0, mistakes = 0;
            if (tripped < 0 &&
                std::sscanf(message.c_str(), "%d of %d images, %d mistakes", &images, &total,
                            &mistakes) == 3 &&
                mistakes >= 2 && images < total) {
                tripped = images;
                cancel.cancel();
            }
        });
        const auto r = MethodRegistry::instance().get("defuse").run(
            test::tinyMethodInput(*m_f, "defuse", small({{"decode-batch", "12"}})), progress,
            cancel);
        QVERIFY2(tripped > 0, "the cancel never tripped");
        QVERIFY(r.stoppedEarly);
        const auto& id = r.summary.at("identification");
        QCOMPARE(id.at("images_done").get<int>(), tripped);
        QCOMPARE(id.at("decoded").get<int>(), tripped * 12);
        QCOMPARE(r.settings.at("identification_stopped_early"),
                 "cancelled after " + std::to_string(tripped) + " of 60 images");
        QCOMPARE(r.arrays.at("training_codes").shape[0], std::int64_t(tripped));
        QVERIFY(r.arrays.at("defuse_codes").shape[0] >= 2);
        // The same codes as the whole run's first ones: each image's draws are its own.
        const auto part = store::arrayValues<float>(r.arrays.at("defuse_codes"), "part");
        const auto whole = store::arrayValues<float>(m_r.arrays.at("defuse_codes"), "whole");
        QVERIFY(part.size() <= whole.size());
        QVERIFY(std::equal(part.begin(), part.end(), whole.begin()));
    }

    void cancelStopsTheRun() {
        CancelToken cancel;
        cancel.cancel();
        try {
            MethodRegistry::instance().get("defuse").run(
                test::tinyMethodInput(*m_f, "defuse", small()), {}, cancel);
            QFAIL("no cancel");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), ErrorKind::Cancelled);
        }
    }
};

QTEST_GUILESS_MAIN(TestMethodsDefuse)
#include "test_methods_defuse.moc"
