// The slice benchmark: one trained model, shared inference, then every registered slicing
// method (or variant) on validation, scored with dcbench's precision@k and confirmed on test by
// each slice's own rule (RankedSlice::heldOutIds).
#include "core/workflows/slice_benchmark.h"
#include "core/common/error.h"
#include "core/common/stopwatch.h"
#include "core/data/load_dataset.h"
#include "core/methods/method_registry.h"
#include "core/metrics/slice_scoring.h"
#include "core/nn/classifier.h"
#include "core/nn/inference.h"
#include "core/nn/model_recipe.h"
#include "core/workflows/method_run.h"
#include <algorithm>
#include <chrono>

namespace fl::workflows {
namespace {

std::string knownNames() {
    std::string known;
    for (const auto& e : methods::MethodRegistry::instance().benchmarkEntries())
        known += e.name + ", ";
    return known + "all";
}

} // namespace

std::vector<std::string> sliceBenchmarkMethods() {
    std::vector<std::string> out;
    for (const auto& e : methods::MethodRegistry::instance().benchmarkEntries())
        out.push_back(e.name);
    return out;
}

std::vector<std::string> SliceBenchmarkOptions::resolvedMethods() const {
    const auto known = sliceBenchmarkMethods();
    if (methods.empty())
        return known;
    std::vector<std::string> out;
    for (const auto& m : methods) {
        if (m == "all")
            return known;
        if (std::find(known.begin(), known.end(), m) == known.end())
            throwBadInput("unknown slice-benchmark method '" + m + "' (known: " + knownNames() +
                          ")");
        if (std::find(out.begin(), out.end(), m) == out.end())
            out.push_back(m);
    }
    return out;
}

std::map<std::string, std::string> SliceBenchmarkOptions::sharedParameters() const {
    // Applied to every method that declares a parameter of the name.
    return {{"k", std::to_string(clusters)},
            {"p", std::to_string(arnoldiDim)},
            {"d", std::to_string(embeddingDim)},
            {"seed", std::to_string(seed)},
            {"ranking", ranking}};
}

SliceBenchmarkResult runSliceBenchmark(const data::Dataset& d, const SliceBenchmarkOptions& o,
                                       const Progress& progress, const CancelToken& cancel) {
    if (!d.planted)
        throwBadInput("the slice benchmark needs a planted dataset (faultline-cli plant)");
    const auto names = o.resolvedMethods();
    const auto valPos = d.indicesOf(data::Split::Val);
    const auto testPos = d.indicesOf(data::Split::Test);
    const auto trainPos = d.indicesOf(data::Split::Train);
    if (valPos.empty() || testPos.empty() || trainPos.empty())
        throwBadInput("the slice benchmark needs train, val and test examples in " + d.name);
    const metrics::IdSet truthIds(d.planted->sliceMemberIds.begin(),
                                  d.planted->sliceMemberIds.end());

    SliceBenchmarkResult res;
    res.dataset = d.planted->sourceDataset;
    res.task = d.planted->task;
    res.taskParams = d.planted->params;
    res.k = o.k;
    res.topSlices = o.topSlices;
    if (o.clusters < 1 || o.arnoldiDim < 1 || o.embeddingDim < 1)
        throwBadInput("slice benchmark: clusters, P and D must be at least 1");
    if (o.ranking != "accuracy" && o.ranking != "errors")
        throwBadInput("slice benchmark: unknown ranking '" + o.ranking +
                      "' (expected accuracy or errors)");
    res.seed = o.seed;
    res.validationSize = std::int64_t(valPos.size());

    // Every entry's parameters, resolved up front so a bad one fails before training.
    const auto& registry = methods::MethodRegistry::instance();
    std::vector<std::pair<methods::MethodRegistry::BenchmarkEntry, methods::ParameterValues>> runs;
    for (const auto& e : registry.benchmarkEntries()) {
        if (std::find(names.begin(), names.end(), e.name) == names.end())
            continue;
        const auto specs = e.method->parameters();
        const auto base = methods::resolveParameters(e.name, specs, e.parameters);
        auto values = methods::applyOverrides(e.name, specs, base, o.sharedParameters());
        if (const auto own = o.methodParameters.find(e.name); own != o.methodParameters.end()) {
            for (const auto& [name, v] : own->second)
                if (std::none_of(specs.begin(), specs.end(),
                                 [&name](const auto& s) { return s.name == name; }))
                    throwBadInput("slice benchmark: " + e.name + " has no parameter '" + name +
                                  "'");
            values = methods::applyOverrides(e.name, specs, values, own->second);
        }
        runs.emplace_back(e, values);
    }
    for (const auto& [name, params] : o.methodParameters)
        if (std::none_of(runs.begin(), runs.end(),
                         [&name](const auto& r) { return r.first.name == name; }))
            throwBadInput("slice benchmark: parameters given for '" + name +
                          "', which is not among the methods run");
    res.methodSettings = {{"clusters", std::to_string(o.clusters)},
                          {"arnoldi_dim", std::to_string(o.arnoldiDim)},
                          {"embedding_dim", std::to_string(o.embeddingDim)},
                          {"ranking", o.ranking}};
    for (const auto& [e, values] : runs) // every entry's resolved parameters, for provenance
        for (const auto& [k, v] : values.all())
            res.methodSettings[e.name + "." + k] = v;

    nn::ModelRecipe recipe;
    recipe.arch = o.arch;
    recipe.train.epochs = o.epochs;
    recipe.train.seed = o.seed;
    recipe.train.device = o.device;
    recipe.keyByData = true;
    nn::CachedModel cm =
        nn::trainOrLoadCached(d, recipe, o.reuseModel, progress.sub(0.0, 0.4), cancel);
    res.modelReused = cm.reused;
    res.trainSeconds = cm.trainSeconds;
    res.model = recipe.toSettings();

    // Shared inference: validation then test rows, with penultimate embeddings.
    std::vector<std::int64_t> evalPos = valPos;
    evalPos.insert(evalPos.end(), testPos.begin(), testPos.end());
    nn::InferenceOptions io;
    io.wantEmbeddings = true;
    const nn::InferenceResult ev =
        nn::infer(cm.model, d, evalPos, io, progress.sub(0.4, 0.5), cancel);
    std::int64_t errIn = 0, nIn = 0, errOut = 0, nOut = 0, right = 0;
    metrics::IdSet truthVal, truthTest;
    for (std::size_t r = 0; r < valPos.size(); ++r) {
        const std::int64_t p = valPos[r];
        const bool correct = ev.predictions[r] == d.labels[std::size_t(p)];
        right += correct;
        if (truthIds.count(d.ids[std::size_t(p)])) {
            ++nIn;
            errIn += !correct;
            truthVal.insert(d.ids[std::size_t(p)]);
        } else {
            ++nOut;
            errOut += !correct;
        }
    }
    for (std::int64_t p : testPos)
        if (truthIds.count(d.ids[std::size_t(p)]))
            truthTest.insert(d.ids[std::size_t(p)]);
    res.groundTruthSizeTest = std::int64_t(truthTest.size());
    res.groundTruthSize = nIn;
    res.modelAccuracy = double(right) / double(valPos.size());
    res.errorInside = nIn ? double(errIn) / double(nIn) : 0.0;
    res.errorOutside = nOut ? double(errOut) / double(nOut) : 0.0;
    // ev's rows are validation then test: the scores read the first valPos.size() of them.
    res.trivial = trivialSliceScores(d, valPos, ev.predictions, ev.losses, truthVal, o.k);

    const double step = 0.5 / double(std::max<std::size_t>(runs.size(), 1));
    for (std::size_t mi = 0; mi < runs.size(); ++mi) {
        const auto& [entry, values] = runs[mi];
        const Progress mp = progress.sub(0.5 + step * double(mi), 0.5 + step * double(mi + 1));
        mp.report(0.0, "slice benchmark: " + entry.name);
        const auto m0 = std::chrono::steady_clock::now();
        methods::MethodInput in;
        in.dataset = &d;
        in.model = &cm.model;
        in.outputs = &ev;
        in.split = data::Split::Val;
        in.heldOut = data::Split::Test;
        in.parameters = values;
        in.device = o.device;
        // On planted data a method's auxiliary models are trained for that data (recipes keyed
        // by content) and cached like the benchmark's own model.
        prepareAuxiliaryModels(*entry.method, in, mp.sub(0.0, 0.5), cancel);
        const double auxiliarySeconds = secondsSince(m0);
        const auto r0 = std::chrono::steady_clock::now();
        const methods::MethodResult mr =
            entry.method->run(in, in.auxiliary.empty() ? mp : mp.sub(0.5, 1.0), cancel);

        std::vector<std::vector<std::int64_t>> valIds, testIds;
        for (const auto& s : mr.slices) {
            valIds.push_back(s.memberIds);
            testIds.push_back(s.heldOutIds);
        }
        MethodScore sc;
        sc.method = entry.name;
        sc.slices = int(valIds.size());
        sc.precisionAtK =
            metrics::bestPrecisionAtK(valIds, truthVal, o.k, o.topSlices, &sc.bestSlice);
        sc.precisionAtKAll = metrics::bestPrecisionAtKOverAll(valIds, truthVal, o.k);
        if (sc.bestSlice >= 0) {
            const auto& best = mr.slices[std::size_t(sc.bestSlice)];
            const auto ov = metrics::sliceOverlap(best.memberIds, truthVal);
            sc.recall = ov.recall;
            sc.f1 = ov.f1;
            sc.bestSliceSize = std::int64_t(best.memberIds.size());
            sc.bestSliceAccuracy = best.stats.accuracy;
        }
        sc.testPrecisionAtK = metrics::bestPrecisionAtK(testIds, truthTest, o.k, o.topSlices);
        sc.seconds = secondsSince(r0);
        sc.auxiliarySeconds = auxiliarySeconds;
        res.methods.push_back(sc);
        mp.report(1.0, "slice benchmark: " + entry.name + " done");
    }
    progress.report(1.0, "slice benchmark done");
    return res;
}

SliceBenchmarkResult loadPlantAndBenchmark(const std::string& datasetSpec,
                                           const data::LoadOptions& load, data::PlantParams plant,
                                           const SliceBenchmarkOptions& options,
                                           const Progress& progress, const CancelToken& cancel,
                                           data::LoadReport* report) {
    progress.report(0.0, "loading " + datasetSpec);
    data::Dataset d = data::loadDataset(datasetSpec, load, report);
    cancel.throwIfCancelled();
    if (!plant.task.empty() && plant.task != "planted") {
        plant.seed = options.seed;
        progress.report(0.02, "planting " + plant.task);
        d = data::plantTask(d, plant);
    } else if (!d.planted) {
        throwBadInput("'" + datasetSpec +
                      "' is not a planted dataset: choose a task (--task), or a folder written by "
                      "faultline-cli plant");
    }
    cancel.throwIfCancelled();
    return runSliceBenchmark(d, options, progress.sub(0.05, 1.0), cancel);
}

} // namespace fl::workflows
