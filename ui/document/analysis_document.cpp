#include "ui/document/analysis_document.h"
#include "core/data/dataset.h"
#include "core/influence/infembed_run.h"
#include "core/methods/infembed_method.h"
#include "core/methods/method_registry.h"
#include "core/nn/classifier.h"
#include "core/nn/inference.h"
#include "core/store/annotation_repo.h"
#include "core/store/generated_sample_repo.h"
#include "core/store/project.h"
#include "core/store/slice_repo.h"
#include "ui/document/annotation_commands.h"
#include "ui/document/dataset_image.h"
#include "ui/document/guarded_write.h"
#include "ui/document/slice_commands.h"
#include "ui/document/slice_id_map.h"
#include <QFileInfo>
#include <QSet>
#include <algorithm>

namespace fl::ui {

// Back/Forward remember this many selections; older ones fall off.
static constexpr int kMaxHistory = 100;
// InfEmbed's results also feed infEmbed(), the view its own figures draw from.
static const std::string kInfEmbed = "infembed";

struct AnalysisDocument::Private {
    std::unique_ptr<store::Project> project;
    std::shared_ptr<const data::Dataset> dataset;
    std::shared_ptr<nn::Classifier> model;
    std::int64_t runId = 0;
    ExampleTable table;
    std::vector<float> embeddings;
    int embeddingDim = 0;
    std::shared_ptr<const nn::InferenceResult> outputs;
    std::map<std::string, std::shared_ptr<const methods::MethodResult>> results;

    Selection selection;
    QVector<Selection> history{Selection{}};
    int historyIndex = 0;
    qint64 current = -1;

    QUndoStack* undo = nullptr;
    QString author;
    SliceIdMap sliceIds;
    std::shared_ptr<const influence::InfEmbedOutcome> infEmbed;
};

AnalysisDocument::AnalysisDocument(QObject* parent) : QObject(parent), d(new Private) {
    d->undo = new QUndoStack(this);
    d->author = QStringLiteral("annotator");
}

AnalysisDocument::~AnalysisDocument() {
    // The undo stack's commands refer to the project: drop them before the project goes.
    d->undo->clear();
    if (d->project)
        d->project->close();
}

void AnalysisDocument::setLoaded(Loaded loaded) {
    d->undo->clear();
    if (d->project)
        d->project->close();
    d->project = std::move(loaded.project);
    d->dataset = std::move(loaded.dataset);
    d->model = std::move(loaded.model);
    d->runId = loaded.evaluationRunId;
    d->table = std::move(loaded.table);
    if (d->table.rowOfId.isEmpty())
        for (int r = 0; r < d->table.ids.size(); ++r)
            d->table.rowOfId.insert(d->table.ids[r], r);
    d->embeddings = std::move(loaded.embeddings);
    d->embeddingDim = loaded.embeddingDim;
    d->selection = {};
    d->history = {Selection{}};
    d->historyIndex = 0;
    d->current = -1;
    d->sliceIds.clear();
    d->outputs = std::move(loaded.outputs);
    d->results = std::move(loaded.latestResults);
    d->infEmbed = std::move(loaded.infEmbed);
    if (const auto it = d->results.find(kInfEmbed); !d->infEmbed && it != d->results.end()) {
        try {
            d->infEmbed = std::make_shared<const influence::InfEmbedOutcome>(
                methods::infEmbedFromResult(*it->second));
        } catch (const std::exception& e) {
            d->results.erase(it); // shown nowhere rather than half
            loaded.warnings
                << tr("The InfEmbed run could not be read: %1").arg(QString::fromUtf8(e.what()));
        }
    }
    // Every method hears of the new project, those without a run too (their views clear).
    QStringList methodIds;
    for (const auto* m : methods::MethodRegistry::instance().all())
        methodIds << QString::fromStdString(m->info().id);
    for (const auto& [id, result] : d->results)
        if (!methodIds.contains(QString::fromStdString(id)))
            methodIds << QString::fromStdString(id);
    Q_EMIT projectChanged();
    Q_EMIT infEmbedChanged();
    for (const QString& id : methodIds)
        Q_EMIT methodResultChanged(id);
    Q_EMIT selectionChanged();
    Q_EMIT currentExampleChanged(-1);
    Q_EMIT historyChanged();
    Q_EMIT slicesChanged();
    for (const QString& w : loaded.warnings)
        reportError(w);
}

void AnalysisDocument::closeProject() {
    if (!d->project && d->table.rows() == 0)
        return;
    d->undo->clear();
    if (d->project) {
        try {
            // Removed annotations exist only so undo can restore them; with the stack gone
            // nothing can, so drop them for good.
            store::AnnotationRepo(*d->project).purgeRemoved();
        } catch (const std::exception&) {
        }
        d->project->close();
        d->project.reset();
    }
    Loaded empty;
    setLoaded(std::move(empty));
}

std::shared_ptr<const methods::MethodResult>
AnalysisDocument::latestResult(const std::string& methodId) const {
    const auto it = d->results.find(methodId);
    return it == d->results.end() ? nullptr : it->second;
}

void AnalysisDocument::setMethodResult(std::shared_ptr<const methods::MethodResult> result,
                                       std::shared_ptr<const influence::InfEmbedOutcome> infEmbed) {
    if (!result)
        return;
    if (result->method == kInfEmbed) {
        if (!infEmbed) {
            try {
                infEmbed = std::make_shared<const influence::InfEmbedOutcome>(
                    methods::infEmbedFromResult(*result));
            } catch (const std::exception& e) {
                // Stored but not showable: the views keep the previous run rather than a
                // result they cannot draw.
                reportError(tr("The InfEmbed run %1 could not be shown: %2")
                                .arg(result->runId)
                                .arg(QString::fromUtf8(e.what())));
                return;
            }
        }
        d->results[result->method] = result;
        setInfEmbed(std::move(infEmbed));
    } else {
        d->results[result->method] = result;
    }
    Q_EMIT methodResultChanged(QString::fromStdString(result->method));
}

std::shared_ptr<const influence::InfEmbedOutcome> AnalysisDocument::infEmbed() const {
    return d->infEmbed;
}

void AnalysisDocument::setInfEmbed(std::shared_ptr<const influence::InfEmbedOutcome> outcome) {
    d->infEmbed = std::move(outcome);
    Q_EMIT infEmbedChanged();
}

bool AnalysisDocument::hasProject() const {
    return d->project != nullptr;
}

QString AnalysisDocument::projectPath() const {
    return d->project ? QString::fromStdString(d->project->path()) : QString();
}

store::Project* AnalysisDocument::project() const {
    return d->project.get();
}

const data::Dataset* AnalysisDocument::dataset() const {
    return d->dataset.get();
}

std::shared_ptr<const data::Dataset> AnalysisDocument::sharedDataset() const {
    return d->dataset;
}

std::shared_ptr<nn::Classifier> AnalysisDocument::model() const {
    return d->model;
}

std::int64_t AnalysisDocument::evaluationRunId() const {
    return d->runId;
}

const ExampleTable& AnalysisDocument::examples() const {
    return d->table;
}

const std::vector<float>& AnalysisDocument::embeddings() const {
    return d->embeddings;
}

int AnalysisDocument::embeddingDim() const {
    return d->embeddingDim;
}

std::shared_ptr<const nn::InferenceResult> AnalysisDocument::outputs() const {
    return d->outputs;
}

QImage AnalysisDocument::image(qint64 exampleId) const {
    const data::Dataset* ds = d->dataset.get();
    return ds ? datasetImage(*ds, datasetPosition(exampleId)) : QImage();
}

qint64 AnalysisDocument::datasetPosition(qint64 exampleId) const {
    const int row = d->table.row(exampleId);
    if (row >= 0 && row < d->table.datasetIndex.size())
        return d->table.datasetIndex[row];
    const data::Dataset* ds = d->dataset.get();
    return ds ? ds->indexOfId(exampleId) : -1;
}

// --- selection -------------------------------------------------------------------------------

const Selection& AnalysisDocument::selection() const {
    return d->selection;
}

void AnalysisDocument::setSelection(const Selection& selection) {
    Selection s;
    s.origin = selection.origin;
    s.ids.reserve(selection.ids.size());
    QSet<qint64> seen;
    seen.reserve(selection.ids.size());
    const bool filter = d->table.rows() > 0;
    for (qint64 id : selection.ids)
        if ((!filter || d->table.rowOfId.contains(id)) && !seen.contains(id)) {
            seen.insert(id);
            s.ids.append(id);
        }
    if (s == d->selection)
        return;
    d->history.resize(d->historyIndex + 1); // a new selection drops the forward history
    d->history.append(s);
    if (d->history.size() > kMaxHistory)
        d->history.removeFirst();
    d->historyIndex = d->history.size() - 1;
    d->selection = std::move(s);
    Q_EMIT selectionChanged();
    Q_EMIT historyChanged();
}

bool AnalysisDocument::canGoBack() const {
    return d->historyIndex > 0;
}

bool AnalysisDocument::canGoForward() const {
    return d->historyIndex + 1 < d->history.size();
}

void AnalysisDocument::goBack() {
    if (!canGoBack())
        return;
    d->selection = d->history[--d->historyIndex];
    Q_EMIT selectionChanged();
    Q_EMIT historyChanged();
}

void AnalysisDocument::goForward() {
    if (!canGoForward())
        return;
    d->selection = d->history[++d->historyIndex];
    Q_EMIT selectionChanged();
    Q_EMIT historyChanged();
}

qint64 AnalysisDocument::currentExample() const {
    return d->current;
}

void AnalysisDocument::setCurrentExample(qint64 exampleId) {
    if (exampleId >= 0 && d->table.rows() > 0 && !d->table.rowOfId.contains(exampleId))
        exampleId = -1;
    if (exampleId == d->current)
        return;
    d->current = exampleId;
    Q_EMIT currentExampleChanged(exampleId);
}

// --- annotations -----------------------------------------------------------------------------

QUndoStack* AnalysisDocument::undoStack() const {
    return d->undo;
}

QString AnalysisDocument::author() const {
    return d->author;
}

void AnalysisDocument::setAuthor(const QString& author) {
    d->author = author.trimmed().isEmpty() ? QStringLiteral("annotator") : author.trimmed();
}

namespace {

store::AnnotationRecord exampleAnnotation(qint64 id, const QString& author,
                                          store::AnnotationKind kind, const QString& value) {
    store::AnnotationRecord r;
    r.targetKind = store::TargetKind::Example;
    r.targetId = id;
    r.author = author.toStdString();
    r.kind = kind;
    r.value = value.toStdString();
    return r;
}

} // namespace

void AnalysisDocument::addTag(qint64 exampleId, const QString& tag) {
    if (!d->project || tag.trimmed().isEmpty())
        return;
    d->undo->push(new AddAnnotationCommand(
        this, exampleAnnotation(exampleId, d->author, store::AnnotationKind::Tag, tag.trimmed()),
        tr("Tag “%1”").arg(tag.trimmed())));
}

void AnalysisDocument::addNote(qint64 exampleId, const QString& note) {
    if (!d->project || note.trimmed().isEmpty())
        return;
    d->undo->push(new AddAnnotationCommand(
        this, exampleAnnotation(exampleId, d->author, store::AnnotationKind::Note, note),
        tr("Add note")));
}

void AnalysisDocument::relabel(qint64 exampleId, int classIndex) {
    if (!d->project || classIndex < 0 || classIndex >= d->table.numClasses())
        return;
    // The class name, not the index, is stored: readable in exports and robust to reordering.
    const QString name = d->table.classNames[classIndex];
    d->undo->push(new AddAnnotationCommand(
        this, exampleAnnotation(exampleId, d->author, store::AnnotationKind::Label, name),
        tr("Relabel as %1").arg(name)));
}

bool AnalysisDocument::labelGeneratedSample(std::int64_t runId, int region, int sample,
                                            std::uint64_t seed, int classIndex,
                                            const QString& undoText) {
    if (!d->project || !d->dataset)
        return false;
    store::AnnotationRecord r;
    r.targetKind = store::TargetKind::GeneratedSample;
    r.author = d->author.toStdString();
    r.kind = store::AnnotationKind::Label;
    const bool ok = guardedWrite(this, tr("Could not save the label: %1"), [&] {
        r.value = store::classIndexLabel(classIndex, d->dataset->classNames);
        r.targetId = store::GeneratedSampleRepo(*d->project).ensure(runId, region, sample, seed);
    });
    if (ok)
        d->undo->push(new AddAnnotationCommand(this, r, undoText));
    return ok;
}

void AnalysisDocument::removeAnnotation(std::int64_t annotationId) {
    if (!d->project)
        return;
    try {
        const auto rec = store::AnnotationRepo(*d->project).get(annotationId);
        if (!rec || rec->deleted)
            return;
        d->undo->push(new RemoveAnnotationCommand(this, *rec, tr("Remove annotation")));
    } catch (const std::exception& e) {
        reportError(tr("Could not remove the annotation: %1").arg(QString::fromUtf8(e.what())));
    }
}

std::vector<store::AnnotationRecord> AnalysisDocument::annotations(qint64 exampleId) const {
    if (!d->project)
        return {};
    return store::AnnotationRepo(*d->project).list(store::TargetKind::Example, exampleId);
}

int AnalysisDocument::effectiveLabel(qint64 exampleId) const {
    const int row = d->table.row(exampleId);
    int label = row >= 0 ? d->table.labels[row] : -1;
    std::int64_t latest = -1;
    for (const auto& a : annotations(exampleId)) {
        if (a.kind != store::AnnotationKind::Label || a.id < latest)
            continue;
        const QString v = QString::fromStdString(a.value);
        int c = d->table.classNames.indexOf(v);
        bool ok = true;
        if (c < 0)
            c = v.toInt(&ok); // older annotations may store the index
        if (ok && c >= 0 && c < d->table.numClasses()) {
            label = c;
            latest = a.id; // ids grow with time: the last relabel wins
        }
    }
    return label;
}

// --- slices ----------------------------------------------------------------------------------

std::int64_t AnalysisDocument::saveSelectionAsSlice(const QString& name) {
    if (!d->project || d->selection.isEmpty())
        return 0;
    store::SliceRecord rec;
    rec.name = name.trimmed().isEmpty() ? tr("Untitled slice").toStdString()
                                        : name.trimmed().toStdString();
    rec.origin = "user";
    if (d->runId > 0)
        rec.runId = d->runId;
    rec.metadataJson = QStringLiteral("{\"selection_origin\": \"%1\"}")
                           .arg(QString(d->selection.origin)
                                    .replace(QLatin1Char('\\'), QLatin1String("\\\\"))
                                    .replace(QLatin1Char('"'), QLatin1String("\\\"")))
                           .toStdString();
    std::vector<store::SliceMember> members;
    members.reserve(d->selection.ids.size());
    for (int k = 0; k < d->selection.ids.size(); ++k)
        members.push_back({d->selection.ids[k], k, 0.0});
    auto* cmd = new SaveSliceCommand(this, &d->sliceIds, rec, std::move(members));
    d->undo->push(cmd);
    return cmd->key() ? d->sliceIds.current(cmd->key()) : 0;
}

std::vector<store::SliceRecord> AnalysisDocument::slices() const {
    if (!d->project)
        return {};
    return store::SliceRepo(*d->project).list();
}

std::vector<store::SliceMember> AnalysisDocument::sliceMembers(std::int64_t sliceId) const {
    if (!d->project)
        return {};
    return store::SliceRepo(*d->project).members(sliceId);
}

void AnalysisDocument::renameSlice(std::int64_t sliceId, const QString& name) {
    if (!d->project || name.trimmed().isEmpty())
        return;
    const auto rec = store::SliceRepo(*d->project).get(sliceId);
    if (!rec || rec->name == name.trimmed().toStdString())
        return;
    d->undo->push(new RenameSliceCommand(this, &d->sliceIds, d->sliceIds.key(sliceId), rec->name,
                                         name.trimmed().toStdString()));
}

void AnalysisDocument::removeSlice(std::int64_t sliceId) {
    if (!d->project)
        return;
    store::SliceRepo repo(*d->project);
    const auto rec = repo.get(sliceId);
    if (!rec)
        return;
    d->undo->push(new RemoveSliceCommand(this, &d->sliceIds, d->sliceIds.key(sliceId), *rec,
                                         repo.members(sliceId)));
}

void AnalysisDocument::reloadSlices() {
    Q_EMIT slicesChanged();
}

void AnalysisDocument::selectSlice(std::int64_t sliceId) {
    if (!d->project)
        return;
    const auto rec = store::SliceRepo(*d->project).get(sliceId);
    if (!rec)
        return;
    Selection s;
    for (const auto& m : store::SliceRepo(*d->project).members(sliceId))
        s.ids.append(m.exampleId);
    s.origin = tr("slice “%1”").arg(QString::fromStdString(rec->name));
    setSelection(s);
    Q_EMIT sliceSelected(sliceId, QString::fromStdString(rec->origin));
}

void AnalysisDocument::reportError(const QString& message) {
    Q_EMIT errorReported(message);
}

} // namespace fl::ui
