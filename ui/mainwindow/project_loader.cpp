#include "ui/mainwindow/project_loader.h"
#include "core/data/dataset.h"
#include "core/methods/infembed_method.h"
#include "core/methods/method_registry.h"
#include "core/methods/result_codec.h"
#include "core/nn/classifier.h"
#include "core/nn/inference.h"
#include "core/store/project.h"
#include "core/workflows/open_project.h"
#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace fl::ui {
namespace {

QString tr(const char* s) {
    return QCoreApplication::translate("fl::ui::ProjectLoader", s);
}

// The core's warnings are English; those with fixed text have a translation here, the rest
// (which quote a file or an exception) are shown as the core wrote them.
QString translatedWarning(const std::string& w) {
    static const char* const kKnown[] = {
        QT_TRANSLATE_NOOP("fl::ui::ProjectLoader", "The project has no dataset yet."),
        QT_TRANSLATE_NOOP("fl::ui::ProjectLoader",
                          "The project has no finished evaluation run yet."),
    };
    for (const char* known : kKnown)
        if (w == known)
            return tr(known);
    return QString::fromStdString(w);
}

} // namespace

ExampleTable ProjectLoader::makeTable(const data::Dataset& ds, const nn::InferenceResult& out) {
    ExampleTable t;
    for (const auto& c : ds.classNames)
        t.classNames << QString::fromStdString(c);
    const int C = t.numClasses();
    const auto n = qsizetype(out.indices.size());
    if (out.probabilities.rows() != n || out.probabilities.cols() != C ||
        qsizetype(out.predictions.size()) != n)
        return t;
    const bool haveLosses = qsizetype(out.losses.size()) == n;
    t.ids.reserve(n);
    t.splits.reserve(n);
    t.labels.reserve(n);
    t.predictions.reserve(n);
    t.confidence.reserve(n);
    t.loss.reserve(n);
    t.probabilities.resize(n * C);
    t.datasetIndex.reserve(n);
    t.rowOfId.reserve(n);
    for (qsizetype r = 0; r < n; ++r) {
        const auto pos = std::size_t(out.indices[std::size_t(r)]);
        const std::int64_t id = ds.ids[pos];
        const int label = ds.labels[pos], p = out.predictions[std::size_t(r)];
        t.rowOfId.insert(id, int(r));
        t.ids.append(id);
        t.splits.append(quint8(ds.splits[pos]));
        t.labels.append(label);
        t.predictions.append(p);
        const auto probs = out.probabilities.row(Eigen::Index(r));
        std::copy_n(probs.data(), C, t.probabilities.data() + r * C);
        t.confidence.append(p >= 0 && p < C ? probs(p) : 0.0f);
        t.loss.append(haveLosses ? out.losses[std::size_t(r)]
                                 : -std::log(std::max(probs(label), 1e-30f)));
        t.datasetIndex.append(std::int64_t(pos));
    }
    return t;
}

LoadedPtr ProjectLoader::load(const std::string& path, const std::string& device,
                              const fl::jobs::JobContext& ctx) {
    workflows::OpenedProject opened =
        workflows::openProject(path, device, ctx.progress().sub(0.0, 0.85), ctx.cancelToken());
    auto out = std::make_shared<AnalysisDocument::Loaded>();
    out->project = std::move(opened.project);
    out->dataset = opened.dataset;
    out->model = opened.model;
    out->evaluationRunId = opened.evaluationRunId;
    out->outputs = opened.outputs;
    for (const auto& w : opened.warnings)
        out->warnings << translatedWarning(w);
    if (opened.dataset && opened.outputs) {
        const nn::InferenceResult& o = *opened.outputs;
        out->table = makeTable(*opened.dataset, o);
        // Stored only when the evaluation kept them for every example; rows follow the table.
        if (o.embeddings.rows() == Eigen::Index(out->table.rows()) && o.embeddings.cols() > 0) {
            out->embeddingDim = int(o.embeddings.cols());
            out->embeddings.assign(o.embeddings.data(), o.embeddings.data() + o.embeddings.size());
        }
    }
    ctx.throwIfCancelled();

    const auto& registry = methods::MethodRegistry::instance();
    double fraction = 0.85;
    const double step = 0.15 / double(std::max<std::size_t>(1, opened.latestRuns.size()));
    for (const auto& [methodId, runId] : opened.latestRuns) {
        const auto* method = registry.find(methodId);
        const QString title = QString::fromStdString(method ? method->info().title : methodId);
        ctx.report(fraction, tr("reading the %1 run").arg(title).toStdString());
        fraction += step;
        try {
            auto result = std::make_shared<const methods::MethodResult>(
                methods::loadResult(*out->project, runId));
            // InfEmbed's own views draw from its outcome: converted here, off the UI thread.
            if (methodId == "infembed")
                out->infEmbed = std::make_shared<const influence::InfEmbedOutcome>(
                    methods::infEmbedFromResult(*result));
            out->latestResults[methodId] = std::move(result);
        } catch (const std::exception& e) {
            // The rest of the project is fine; only that method's views stay empty.
            out->warnings
                << tr("The %1 run could not be read: %2").arg(title, QString::fromUtf8(e.what()));
        }
        ctx.throwIfCancelled();
    }
    ctx.report(1.0, tr("loaded").toStdString());
    return out;
}

} // namespace fl::ui
