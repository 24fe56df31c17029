// Defuse's run: the β-VAE (the user's file, the cache or trained now), identification on a
// seeded subset of the training images, the DP-GMM over the found codes, the kept regions with
// their annotation samples, and as slices the analysed split's examples each region claims.
#include "core/methods/defuse_method.h"
#include "core/cluster/dp_gaussian_mixture.h"
#include "core/common/error.h"
#include "core/common/rng.h"
#include "core/generative/regions.h"
#include "core/methods/method_outputs.h"
#include "core/methods/result_json.h"
#include "core/store/typed_array.h"
#include <algorithm>
#include <chrono>
#include <cmath>
#include <numeric>

namespace fl::methods {
namespace {

using Clock = std::chrono::steady_clock;
using generative::MatrixRM;

double since(Clock::time_point t) {
    return std::chrono::duration<double>(Clock::now() - t).count();
}

// Decoded images (floats in [0,1]) as an N×C×H×W uint8 array for an image set.
store::ArtifactArray imageBytes(const std::vector<float>& images, std::int64_t n, int c, int h,
                                int w) {
    std::vector<std::uint8_t> bytes(images.size());
    for (std::size_t i = 0; i < images.size(); ++i)
        bytes[i] = std::uint8_t(std::lround(std::clamp(images[i], 0.0f, 1.0f) * 255.0f));
    return store::makeArray<std::uint8_t>({n, c, h, w}, bytes.data(), bytes.size());
}

// The loss curve the β-VAE was trained with: one point per epoch.
Chart lossChart(const std::vector<generative::VaeEpoch>& curve) {
    Chart c{"vae_loss",
            "β-VAE training loss per image",
            "line",
            "epoch",
            "loss per image",
            {},
            {{"loss", {}}, {"reconstruction", {}}, {"KL", {}}}};
    for (const auto& e : curve) {
        c.categories.push_back(std::to_string(e.epoch));
        c.series[0].values.push_back(e.loss);
        c.series[1].values.push_back(e.reconstruction);
        c.series[2].values.push_back(e.kl);
    }
    return c;
}

std::vector<double> toStd(const Eigen::VectorXd& v) {
    return std::vector<double>(v.data(), v.data() + v.size());
}

} // namespace

std::vector<std::int64_t> identificationImages(const data::Dataset& d, int images,
                                               std::uint64_t seed) {
    auto train = d.indicesOf(data::Split::Train);
    if (images <= 0 || std::size_t(images) >= train.size())
        return train;
    Rng rng(mixSeed(seed, 0x1DE47));
    const auto perm = rng.permutation(std::int64_t(train.size()));
    std::vector<std::int64_t> out;
    for (int i = 0; i < images; ++i)
        out.push_back(train[std::size_t(perm[std::size_t(i)])]);
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<std::int64_t> distilledCodeRows(std::int64_t found, std::int64_t maxCodes,
                                            std::uint64_t seed) {
    std::vector<std::int64_t> rows(static_cast<std::size_t>(std::max<std::int64_t>(0, found)));
    std::iota(rows.begin(), rows.end(), 0);
    if (found > maxCodes) {
        Rng rng(mixSeed(seed, 0xD157));
        const auto perm = rng.permutation(found);
        rows.assign(perm.begin(), perm.begin() + maxCodes);
        std::sort(rows.begin(), rows.end());
    }
    return rows;
}

MethodInfo DefuseMethod::info() const {
    MethodInfo i;
    i.id = "defuse";
    i.title = "Defuse";
    i.paper = "Slack, Hilgard, Lakkaraju, Singh: Defuse: Harnessing unrestricted adversarial "
              "examples for debugging models beyond test accuracy (2021)";
    i.summary = "Regions of a β-VAE's latent space where generated images fool the model, found "
                "by perturbing training codes and distilled by a Dirichlet-process mixture";
    i.shortcut = "Ctrl+Shift+F"; // F for Defuse: D is taken by failure directions
    // Correction after annotation (workflows/defuse_correction.h) is stored as its own run.
    i.companionRunKinds = {"defuse-correction", "defuse-correction-baseline"};
    return i;
}

std::vector<ParameterSpec> DefuseMethod::parameters() const {
    std::vector<ParameterSpec> p;
    const auto add = [&p](ParameterSpec s, std::string group, std::string paper = {},
                          std::string reference = {}, bool advanced = false) {
        addParameter(p, std::move(s), std::move(group), std::move(paper), std::move(reference),
                     advanced);
    };
    add(textParam("vae", "β-VAE file", "",
                  "A β-VAE saved by Faultline to use instead of the cached or newly trained one"),
        "β-VAE");
    add(intParam("latent", "Latent size z", 10, 1, 512, "Dimensions of the β-VAE's latent code"),
        "β-VAE", "10", "10");
    add(doubleParam("beta", "β", 4.0, 0.0, 1000.0, "Weight of the KL term once annealed"), "β-VAE",
        "4", "4");
    add(doubleParam("kl-anneal-epochs", "KL anneal (epochs)", 5.0, 0.0, 10000.0,
                    "Epochs over which the KL weight rises linearly from 0 to β (the paper: 500 "
                    "steps at batch 2048, about 17 MNIST epochs)"),
        "β-VAE", "17");
    add(intParam("vae-epochs", "β-VAE epochs", 20, 1, 100000,
                 "Training epochs (the paper's 800 are a GPU setting)"),
        "β-VAE", "800");
    p.back().quickValue = "5";
    add(intParam("vae-batch", "β-VAE batch", 256, 1, 65536, "Training batch size"), "β-VAE",
        "2048");
    add(doubleParam("vae-learning-rate", "β-VAE learning rate", 1e-3, 1e-8, 1.0,
                    "Adam's learning rate"),
        "β-VAE", "0.001", "0.001", true);
    add(boolParam("vae-cache", "Reuse the cached β-VAE", true,
                  "Load the β-VAE trained on this dataset with these settings from the model "
                  "cache, and cache a newly trained one"),
        "β-VAE", "", "", true);
    add(intParam("images", "Training images", 5000, 0, {},
                 "Training images perturbed: a seeded subset of this many (0 = all, the paper)"),
        "Identification", "0");
    p.back().quickValue = "1000";
    add(intParam("draws", "Draws per image Q", 100, 1, 100000,
                 "Beta-noise draws decoded and classified per image"),
        "Identification", "500");
    p.back().quickValue = "25";
    add(intParam("keep-per-image", "Mistakes kept per image", 100, 1, 100000,
                 "At most this many mistakes kept per image, smallest noise first"),
        "Identification", "100");
    add(doubleParam("beta-a", "Noise Beta a", 50.0, 1e-6, {},
                    "Every latent dimension's noise is Beta(a, b)"),
        "Identification", "50");
    add(doubleParam("beta-b", "Noise Beta b", 50.0, 1e-6, {},
                    "Every latent dimension's noise is Beta(a, b)"),
        "Identification", "50");
    add(choiceParam("noise", "Noise", "non-centred", {"non-centred", "centred"},
                    "non-centred adds the Beta draw as it is (mean a/(a+b), the paper); centred "
                    "subtracts its mean"),
        "Identification", "non-centred");
    add(intParam("decode-batch", "Decode batch", 1024, 1, 1 << 20,
                 "Codes decoded and classified per batch"),
        "Identification", "", "", true);
    add(intParam("max-codes", "Codes fitted at most", 50000, 2, {},
                 "A seeded subset of the found codes fits the mixture when there are more"),
        "Distillation", "50000");
    add(intParam("components", "Mixture components K", 100, 1, 2000,
                 "Truncation of the Dirichlet-process mixture (an upper bound)"),
        "Distillation", "100", "100");
    add(doubleParam("weight-concentration", "Weight concentration prior", 0.0, 0.0, {},
                    "The Dirichlet process's concentration (0 = 1/K, scikit-learn's default)"),
        "Distillation", "", "1/K", true);
    add(doubleParam("tolerance", "Tolerance", 1e-3, 1e-12, 1.0,
                    "Stop when the lower bound changes by less than this"),
        "Distillation", "0.001", "0.001", true);
    add(doubleParam("reg-covar", "Covariance regularisation", 1e-6, 0.0, 1.0,
                    "Added to every covariance's diagonal"),
        "Distillation", "0.000001", "0.000001", true);
    add(intParam("max-iterations", "Max iterations", 1000, 1, 1000000,
                 "Variational iterations at most"),
        "Distillation", "", "", true);
    add(doubleParam("min-weight", "Region weight ε", 0.01, 0.0, 1.0,
                    "Components heavier than this become candidate regions"),
        "Distillation", "0.01");
    add(doubleParam("tau", "Sample spread τ", 0.5, 0.0, 100.0,
                    "Annotation samples are drawn from N(μ, τΣ) of their region"),
        "Annotation", "0.5");
    add(intParam("samples-per-region", "Samples per region", 10, 1, 1000,
                 "Decoded samples drawn per region for annotation"),
        "Annotation", "10");
    add(intParam("seed", "Seed", 0, 0, {},
                 "Seed of the β-VAE, the image subset, the noise, the mixture's k-means start "
                 "and the annotation samples"),
        "Annotation", "", "", true);
    return p;
}

generative::BetaVaeOptions DefuseMethod::vaeOptions(const ParameterValues& v,
                                                    const std::string& device) {
    generative::BetaVaeOptions o;
    o.latent = v.toInt("latent");
    o.beta = v.toDouble("beta");
    o.klAnnealEpochs = v.toDouble("kl-anneal-epochs");
    o.epochs = v.toInt("vae-epochs");
    o.batchSize = v.toInt("vae-batch");
    o.learningRate = v.toDouble("vae-learning-rate");
    o.seed = v.toSeed("seed");
    o.device = device;
    return o;
}

generative::IdentificationOptions DefuseMethod::identificationOptions(const ParameterValues& v) {
    generative::IdentificationOptions o;
    o.draws = v.toInt("draws");
    o.keepPerImage = v.toInt("keep-per-image");
    o.betaA = v.toDouble("beta-a");
    o.betaB = v.toDouble("beta-b");
    o.centred = v.text("noise") == "centred";
    o.batchSize = v.toInt("decode-batch");
    o.seed = v.toSeed("seed");
    return o;
}

MethodResult DefuseMethod::run(const MethodInput& in, const Progress& progress,
                               const CancelToken& cancel) const {
    const auto t0 = Clock::now();
    const auto& v = in.parameters;
    const auto so = splitOutputs(in, "defuse", false, progress.sub(0.0, 0.05), cancel);
    const auto& d = *in.dataset;
    const auto& model = *in.model;
    MethodResult r = splitResult(in, "defuse", "Defuse", so);
    r.seed = v.toSeed("seed");

    // The β-VAE: the user's file, else the cache, else trained now.
    auto t = Clock::now();
    const auto vo = vaeOptions(v, in.device);
    generative::CachedVae cached = [&] {
        if (!v.text("vae").empty()) {
            auto vae = generative::BetaVae::load(v.text("vae"));
            vae.setDevice(in.device);
            return generative::CachedVae{std::move(vae), v.text("vae"), true, {}};
        }
        return generative::trainOrLoadCachedVae(d, vo, v.toBool("vae-cache"),
                                                progress.sub(0.05, 0.35), cancel);
    }();
    const auto& vae = cached.vae;
    if (vae.channels() != d.channels || vae.height() != d.height || vae.width() != d.width)
        throwBadInput("Defuse: the β-VAE " + cached.path + " takes " +
                      std::to_string(vae.channels()) + "×" + std::to_string(vae.height()) + "×" +
                      std::to_string(vae.width()) + " images; dataset '" + d.name + "' has " +
                      std::to_string(d.channels) + "×" + std::to_string(d.height) + "×" +
                      std::to_string(d.width));
    r.stageSeconds["vae"] = since(t);
    r.settings["vae_file"] = cached.path;
    r.settings["vae_reused"] = cached.reused ? "true" : "false";
    for (const auto& [k, s] : vae.settings())
        r.settings["vae_" + k] = s;
    if (!vae.curve().empty())
        r.charts.push_back(lossChart(vae.curve()));
    cancel.throwIfCancelled();

    // Reconstruction preview: the first training images beside their decoded means.
    {
        auto train = d.indicesOf(data::Split::Train);
        train.resize(std::min<std::size_t>(train.size(), 8));
        if (!train.empty()) {
            const MatrixRM mu = vae.encodeMeans(d, train, cancel);
            std::vector<std::int64_t> ids;
            for (auto pos : train)
                ids.push_back(d.ids[std::size_t(pos)]);
            r.imageSets.push_back({"vae_originals", "β-VAE: training images", ids, "", {}});
            r.arrays["vae_reconstructions"] =
                imageBytes(vae.decode(mu), mu.rows(), d.channels, d.height, d.width);
            r.imageSets.push_back({"vae_reconstructions",
                                   "β-VAE: their reconstructions",
                                   ids,
                                   "vae_reconstructions",
                                   {}});
        }
    }

    // Identification.
    t = Clock::now();
    const auto io = identificationOptions(v);
    const auto images = identificationImages(d, v.toInt("images"), r.seed);
    progress.report(0.35, "identification on " + std::to_string(images.size()) + " images");
    const auto found =
        generative::identifyMistakes(vae, model, d, images, io, progress.sub(0.35, 0.8), cancel);
    r.stageSeconds["identification"] = since(t);
    const auto m = found.codes.rows();
    // Cancel during identification keeps what was found: the rest (the mixture, a few seconds)
    // runs on those codes, without the cancel, and the run says where it stopped.
    const CancelToken noCancel;
    const CancelToken& rest = found.stoppedEarly ? noCancel : cancel;
    if (found.stoppedEarly) {
        if (m < 2)
            cancel.throwIfCancelled();
        r.stoppedEarly = true;
        r.settings["identification_stopped_early"] = "cancelled after " +
                                                     std::to_string(found.imagesDone) + " of " +
                                                     std::to_string(images.size()) + " images";
        progress.report(0.8, "cancelled: distilling the " + std::to_string(m) +
                                 " mistakes found so far");
    }
    const bool paperSetting = v.toInt("images") == 0 && io.draws == 500;
    r.settings["identification_images"] = std::to_string(images.size());
    r.settings["identification_setting"] = paperSetting ? "paper (all images, Q = 500)" : "subset";
    for (const auto& [k, s] : io.toSettings())
        r.settings["identification_" + k] = s;

    // Distillation: the DP Gaussian mixture over (a seeded subset of) the found codes.
    t = Clock::now();
    nlohmann::json regionsJson = nlohmann::json::array();
    std::vector<generative::Region> regions;
    std::vector<int> assignment;
    cluster::DpGmmModel mixture;
    Eigen::MatrixXd codesD = found.codes.cast<double>();
    std::int64_t fitted = 0;
    if (m >= 2) {
        const auto rows = distilledCodeRows(m, v.toInt("max-codes"), r.seed);
        fitted = std::int64_t(rows.size());
        Eigen::MatrixXd x(fitted, codesD.cols());
        for (std::int64_t i = 0; i < fitted; ++i)
            x.row(i) = codesD.row(rows[std::size_t(i)]);
        cluster::DpGmmOptions go;
        go.components = int(std::min<std::int64_t>(v.toInt("components"), fitted));
        go.maxIterations = v.toInt("max-iterations");
        go.tolerance = v.toDouble("tolerance");
        go.regCovar = v.toDouble("reg-covar");
        go.weightConcentrationPrior = v.toDouble("weight-concentration");
        go.seed = r.seed;
        progress.report(0.8, "Dirichlet-process mixture of " + std::to_string(fitted) + " codes");
        mixture = cluster::fitDpGmm(x, go, progress.sub(0.8, 0.93), rest);
        const Eigen::MatrixXd resp = cluster::dpGmmResponsibilities(mixture, codesD);
        assignment.resize(std::size_t(m));
        for (Eigen::Index i = 0; i < m; ++i)
            resp.row(i).maxCoeff(&assignment[std::size_t(i)]);
        const auto kept = cluster::keptComponents(mixture, v.toDouble("min-weight"));
        regions =
            generative::regionsOf(mixture.weights, mixture.means, mixture.covariances, kept,
                                  assignment, found.predictions, found.labels, d.numClasses());
        r.settings["mixture_iterations"] = std::to_string(mixture.iterations);
        r.settings["mixture_converged"] = mixture.converged ? "true" : "false";
        r.settings["mixture_lower_bound"] = tableNumber(mixture.lowerBound, "%.6g");
    }
    r.stageSeconds["distillation"] = since(t);
    r.settings["codes_fitted"] = std::to_string(fitted);
    rest.throwIfCancelled();

    // Each region's annotation samples, decoded and classified.
    t = Clock::now();
    const double tau = v.toDouble("tau");
    const int perRegion = v.toInt("samples-per-region");
    ResultTable table{"regions",
                      "Candidate regions (mixture weight above ε)",
                      {"Region", "Weight", "Mistakes", "Majority prediction", "Source label",
                       "Sample predictions"},
                      {}};
    for (std::size_t i = 0; i < regions.size(); ++i) {
        const auto& g = regions[i];
        const MatrixRM z = generative::regionSamples(g, tau, r.seed, int(i), 0, perRegion);
        const auto imgs = vae.decode(z);
        const auto preds = generative::classifyImages(model, imgs, d.channels, d.height, d.width);
        const std::string role = "region" + std::to_string(i + 1) + "_samples";
        r.arrays[role] = imageBytes(imgs, z.rows(), d.channels, d.height, d.width);
        std::vector<std::string> captions;
        nlohmann::json seeds = nlohmann::json::array();
        std::vector<std::int64_t> sampleCounts(std::size_t(d.numClasses()), 0);
        for (int s = 0; s < perRegion; ++s) {
            captions.push_back("→ " + classNameOf(d.classNames, preds[std::size_t(s)]));
            seeds.push_back(std::to_string(generative::regionSampleSeed(r.seed, int(i), s)));
            ++sampleCounts[std::size_t(preds[std::size_t(s)])];
        }
        const std::string title = "Region " + std::to_string(i + 1) + ": weight " +
                                  tableNumber(g.weight) + ", mostly predicted " +
                                  classNameOf(d.classNames, g.majorityPrediction);
        r.imageSets.push_back({role, title, {}, role, captions});
        std::string spread;
        for (int c = 0; c < d.numClasses(); ++c)
            if (sampleCounts[std::size_t(c)] > 0)
                spread += (spread.empty() ? "" : ", ") + classNameOf(d.classNames, c) + " " +
                          std::to_string(sampleCounts[std::size_t(c)]);
        table.rows.push_back({std::to_string(i + 1), tableNumber(g.weight), std::to_string(g.size),
                              classNameOf(d.classNames, g.majorityPrediction),
                              classNameOf(d.classNames, g.majorityLabel), spread});
        regionsJson.push_back(
            {{"region", i + 1},
             {"component", g.component},
             {"weight", g.weight},
             {"size", g.size},
             {"mean", toStd(g.mean)},
             {"majority_prediction", g.majorityPrediction},
             {"majority_prediction_name", classNameOf(d.classNames, g.majorityPrediction)},
             {"majority_label", g.majorityLabel},
             {"prediction_counts", g.predictionCounts},
             {"label_counts", g.labelCounts},
             {"sample_predictions", preds},
             {"sample_seeds", seeds}});
        rest.throwIfCancelled();
    }
    r.tables.push_back(std::move(table));

    // Slices: the analysed split's examples whose code (mean plus the noise's mean, where
    // identification looked) falls in a region, most probable first; worst error rate first.
    if (!regions.empty()) {
        MatrixRM mu = vae.encodeMeans(d, so.positions, rest);
        if (!io.centred)
            mu.array() += float(io.betaA / (io.betaA + io.betaB));
        const Eigen::MatrixXd resp = cluster::dpGmmResponsibilities(mixture, mu.cast<double>());
        std::vector<int> regionOf(std::size_t(mixture.weights.size()), -1);
        for (std::size_t i = 0; i < regions.size(); ++i)
            regionOf[std::size_t(regions[i].component)] = int(i);
        std::vector<std::vector<std::pair<double, std::int64_t>>> members(regions.size()),
            held(regions.size());
        for (Eigen::Index row = 0; row < resp.rows(); ++row) {
            int c = 0;
            const double p = resp.row(row).maxCoeff(&c);
            const int g = regionOf[std::size_t(c)];
            if (g < 0)
                continue;
            (row < so.splitRows ? members : held)[std::size_t(g)].push_back({p, row});
        }
        const auto byScore = [](const auto& a, const auto& b) { return a.first > b.first; };
        for (std::size_t i = 0; i < regions.size(); ++i) {
            if (members[i].empty())
                continue;
            std::stable_sort(members[i].begin(), members[i].end(), byScore);
            std::stable_sort(held[i].begin(), held[i].end(), byScore);
            std::vector<std::int64_t> rows, heldRows;
            std::vector<double> scores;
            for (const auto& [p, row] : members[i]) {
                rows.push_back(row);
                scores.push_back(p);
            }
            for (const auto& [p, row] : held[i])
                heldRows.push_back(row);
            RankedSlice s = sliceOfRows(d, so, rows, scores);
            s.name = "region " + std::to_string(i + 1);
            s.rule = "latent region " + std::to_string(i + 1) + " (weight " +
                     tableNumber(regions[i].weight) + "), mostly predicted " +
                     classNameOf(d.classNames, regions[i].majorityPrediction);
            s.extra = {{"region", i + 1}, {"weight", regions[i].weight}};
            s.heldOutIds = heldOutIdsOf(d, so, heldRows);
            r.slices.push_back(std::move(s));
        }
        std::stable_sort(r.slices.begin(), r.slices.end(), [](const auto& a, const auto& b) {
            return a.stats.errorRate > b.stats.errorRate;
        });
    }
    r.stageSeconds["regions"] = since(t);

    // Arrays: what the latent view and the annotation workbench redraw from. The training
    // codes are the identified images' encoder means plus the noise's mean (where
    // identification looked), in the frame of the found codes and the regions.
    if (found.imagesDone > 0) {
        const std::vector<std::int64_t> done(images.begin(), images.begin() + found.imagesDone);
        MatrixRM codes = vae.encodeMeans(d, done, rest);
        if (!io.centred)
            codes.array() += float(io.betaA / (io.betaA + io.betaB));
        r.arrays["training_codes"] = store::makeMatrixArray(codes);
        r.arrays["training_code_sources"] = store::makeArray(done);
    }
    if (m > 0) {
        r.arrays["defuse_codes"] = store::makeMatrixArray(found.codes);
        r.arrays["defuse_code_sources"] = store::makeArray(found.sources);
        r.arrays["defuse_code_predictions"] = store::makeIntArray(found.predictions);
        // Each code's region (its place in the list), -1 outside every region: the baseline
        // fine-tunes on the mistakes of the labelled regions.
        std::vector<int> codeRegion(std::size_t(m), -1);
        std::vector<int> slotOf(std::size_t(mixture.weights.size()), -1);
        for (std::size_t i = 0; i < regions.size(); ++i)
            slotOf[std::size_t(regions[i].component)] = int(i);
        for (std::size_t i = 0; i < assignment.size(); ++i)
            codeRegion[i] = slotOf[std::size_t(assignment[i])];
        r.arrays["defuse_code_regions"] = store::makeIntArray(codeRegion);
    }
    if (!regions.empty()) {
        Eigen::MatrixXd means(Eigen::Index(regions.size()), vae.latent());
        Eigen::MatrixXd covs(Eigen::Index(regions.size()), vae.latent() * vae.latent());
        for (std::size_t i = 0; i < regions.size(); ++i) {
            means.row(Eigen::Index(i)) = regions[i].mean.transpose();
            covs.row(Eigen::Index(i)) = Eigen::Map<const Eigen::RowVectorXd>(
                regions[i].covariance.data(), regions[i].covariance.size());
        }
        r.arrays["region_means"] = store::makeMatrixArray(means);
        r.arrays["region_covariances"] = store::makeMatrixArray(covs);
    }
    const double idSeconds = r.stageSeconds["identification"];
    r.summary = {{"regions", regionsJson},
                 {"identification",
                  {{"images", images.size()},
                   {"images_done", found.imagesDone},
                   {"images_with_mistakes", found.imagesWithMistakes},
                   {"decoded", found.decoded},
                   {"mistakes", m},
                   {"seconds", idSeconds},
                   {"decoded_per_second", idSeconds > 0 ? double(found.decoded) / idSeconds : 0.0},
                   {"setting", r.settings["identification_setting"]}}},
                 {"distillation",
                  {{"codes_fitted", fitted},
                   {"components", mixture.weights.size()},
                   {"iterations", mixture.iterations},
                   {"converged", mixture.converged},
                   {"lower_bound", mixture.lowerBound},
                   {"candidate_regions", regions.size()},
                   {"seconds", r.stageSeconds["distillation"]}}},
                 {"vae",
                  {{"file", cached.path},
                   {"reused", cached.reused},
                   {"epochs", vae.curve().size()},
                   {"final_loss", vae.curve().empty() ? 0.0 : vae.curve().back().loss}}}};
    r.seconds = since(t0);
    progress.report(1.0, "Defuse: " + std::to_string(regions.size()) + " candidate regions");
    return r;
}

} // namespace fl::methods
