// Analysis ▸ InfEmbed…: InfEmbed's own dialog (the layer choices the model allows, plain or
// rule, opponents), whose request then runs as every method does, through MethodCommand.
#pragma once
#include "ui/methods/infembed/infembed_dialog.h"
#include <QCoreApplication>
#include <QString>

class QWidget;

namespace fl::ui {

class AnalysisDocument;
class JobManager;

class InfEmbedCommand {
    Q_DECLARE_TR_FUNCTIONS(InfEmbedCommand)
public:
    // What the open project's model and dataset allow (layers, split sizes).
    static InfEmbedDialog::Context contextFor(const AnalysisDocument& document);
    // Whether a run can start: a project with its dataset and a loaded model.
    static bool available(const AnalysisDocument& document);
    // Shows the dialog on `parent` and starts the job; false when the user cancelled.
    static bool start(QWidget* parent, AnalysisDocument& document, JobManager& jobs);
    // Starts the job with given settings (tests call this without the dialog); the job id.
    static quint64 startWith(const influence::InfEmbedRequest& request, QWidget* parent,
                             AnalysisDocument& document, JobManager& jobs);
};

} // namespace fl::ui
