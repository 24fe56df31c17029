// AnalysisDocument: the single source of truth of the window — the open project, its dataset,
// model and current evaluation run, the selection (with history) and the undo stack. Views read
// from it and write selections/annotations to it; they never talk to each other.
#pragma once
#include "ui/document/example_table.h"
#include "ui/document/selection.h"
#include <QImage>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUndoStack>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace fl::data {
struct Dataset;
}
namespace fl::nn {
class Classifier;
struct InferenceResult;
} // namespace fl::nn
namespace fl::methods {
struct MethodResult;
}
namespace fl::store {
class Project;
struct AnnotationRecord;
struct SliceRecord;
struct SliceMember;
} // namespace fl::store
namespace fl::influence {
struct InfEmbedOutcome;
}

namespace fl::ui {

class AnalysisDocument : public QObject {
    Q_OBJECT
public:
    explicit AnalysisDocument(QObject* parent = nullptr);
    ~AnalysisDocument() override;

    // --- the project --------------------------------------------------------------------
    // Everything loaded in the background by the job layer, handed over on the UI thread:
    // a project, the dataset it names, the model, and the evaluation run to show.
    struct Loaded {
        std::unique_ptr<store::Project> project;
        std::shared_ptr<const data::Dataset> dataset;
        std::shared_ptr<nn::Classifier> model; // may be null (model file missing)
        std::int64_t evaluationRunId = 0;
        ExampleTable table;
        std::vector<float> embeddings; // rows × embeddingDim, same row order as table
        int embeddingDim = 0;
        // The evaluation's outputs as the core stored them (rows in table order); methods read
        // them instead of running the model again. May be null.
        std::shared_ptr<const nn::InferenceResult> outputs;
        // Each method's newest run (by method id).
        std::map<std::string, std::shared_ptr<const methods::MethodResult>> latestResults;
        QStringList warnings; // non-fatal problems met while loading (e.g. model not found)
        // The InfEmbed view of latestResults["infembed"]; derived by setLoaded when left null
        // (the loader derives it on its worker thread).
        std::shared_ptr<const influence::InfEmbedOutcome> infEmbed;
    };
    void setLoaded(Loaded loaded); // takes ownership; emits projectChanged()
    void closeProject();           // emits projectChanged()
    bool hasProject() const;
    QString projectPath() const;
    store::Project* project() const; // null when none is open
    const data::Dataset* dataset() const;
    std::shared_ptr<const data::Dataset> sharedDataset() const;
    std::shared_ptr<nn::Classifier> model() const;
    std::int64_t evaluationRunId() const;
    const ExampleTable& examples() const;
    const std::vector<float>& embeddings() const;
    int embeddingDim() const;
    std::shared_ptr<const nn::InferenceResult> outputs() const;
    // The example's image as a QImage (grey or RGB), at the dataset's resolution.
    QImage image(qint64 exampleId) const;
    // The example's position in the dataset (the evaluated table first), or -1 when unknown.
    qint64 datasetPosition(qint64 exampleId) const;

    // --- the selection ------------------------------------------------------------------
    const Selection& selection() const;
    // Replaces the selection (unknown ids dropped) and pushes it onto the history.
    void setSelection(const Selection& selection);
    bool canGoBack() const;
    bool canGoForward() const;
    void goBack();
    void goForward();
    // The one example the inspector shows (-1 when none); set by a click in any view.
    qint64 currentExample() const;
    void setCurrentExample(qint64 exampleId);

    // --- annotations (committed to the database as made; undoable) -------------------------
    QUndoStack* undoStack() const;
    QString author() const;
    void setAuthor(const QString& author);
    void addTag(qint64 exampleId, const QString& tag);
    void addNote(qint64 exampleId, const QString& note);
    // "The true label is …": an annotation of kind label; effectiveLabel() honours it.
    void relabel(qint64 exampleId, int classIndex);
    void removeAnnotation(std::int64_t annotationId);
    std::vector<store::AnnotationRecord> annotations(qint64 exampleId) const;
    int effectiveLabel(qint64 exampleId) const;
    // The author's label on a generated sample (a Defuse run's region `region`, sample `sample`,
    // drawn with `seed`): a class index, or -1 for "none of the above". Committed as made,
    // undoable; false (and the error reported) when it could not be saved.
    bool labelGeneratedSample(std::int64_t runId, int region, int sample, std::uint64_t seed,
                              int classIndex, const QString& undoText);

    // --- slices --------------------------------------------------------------------------
    // Saves the current selection as a named user slice (undoable); returns its id.
    std::int64_t saveSelectionAsSlice(const QString& name);
    std::vector<store::SliceRecord> slices() const;
    std::vector<store::SliceMember> sliceMembers(std::int64_t sliceId) const;
    void renameSlice(std::int64_t sliceId, const QString& name);
    void removeSlice(std::int64_t sliceId);
    void selectSlice(std::int64_t sliceId); // makes its members the selection
    // Slices were written to the project by a job on its own connection: views re-read them.
    void reloadSlices();

    // --- method results ------------------------------------------------------------------
    // The newest run of a registered method shown in the window; null when none.
    std::shared_ptr<const methods::MethodResult> latestResult(const std::string& methodId) const;
    // Makes `result` its method's latest run; emits methodResultChanged. An InfEmbed result also
    // replaces infEmbed(): `infEmbed` when the caller has that view already, else converted.
    void setMethodResult(std::shared_ptr<const methods::MethodResult> result,
                         std::shared_ptr<const influence::InfEmbedOutcome> infEmbed = {});

    // --- InfEmbed ------------------------------------------------------------------------
    // The InfEmbed run the views show (slices, embeddings for opponents); null when none.
    std::shared_ptr<const influence::InfEmbedOutcome> infEmbed() const;
    // Replaces the view alone (hand-made runs in tests); a stored run goes through
    // setMethodResult, which keeps latestResult("infembed") in step.
    void setInfEmbed(std::shared_ptr<const influence::InfEmbedOutcome> outcome);

    // Reports a problem to the user (the main window shows it; never only a log).
    void reportError(const QString& message);

Q_SIGNALS:
    void projectChanged();   // a project was opened or closed: reload all
    void selectionChanged(); // selection() changed
    void currentExampleChanged(qint64 exampleId);
    void annotationsChanged(qint64 exampleId); // an example's annotations changed
    // A generated sample's annotations changed (GeneratedSampleRepo id).
    void generatedAnnotationsChanged(qint64 sampleId);
    void slicesChanged();  // slice added, renamed or removed
    void historyChanged(); // canGoBack()/canGoForward() may have changed
    void errorReported(const QString& message);
    void infEmbedChanged(); // infEmbed() was replaced (also on projectChanged)
    // latestResult(methodId) was replaced (also, for every method, on projectChanged).
    void methodResultChanged(const QString& methodId);
    // selectSlice() made a slice the selection; origin is the method that found it ("user", …).
    void sliceSelected(std::int64_t sliceId, const QString& origin);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace fl::ui
