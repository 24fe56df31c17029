#include "ui/methods/infembed/infembed_command.h"
#include "core/data/dataset.h"
#include "core/methods/infembed_method.h"
#include "core/nn/classifier.h"
#include "ui/document/analysis_document.h"
#include "ui/methods/method_command.h"

namespace fl::ui {

InfEmbedDialog::Context InfEmbedCommand::contextFor(const AnalysisDocument& document) {
    InfEmbedDialog::Context c;
    if (const auto model = document.model()) {
        c.lastLayerAvailable = model->hasFeatures() && model->hasHead();
        c.blockAvailable = !model->isTorchScript();
    }
    if (const data::Dataset* d = document.dataset()) {
        c.splitSizes = {0, 0, 0};
        for (data::Split s : d->splits)
            ++c.splitSizes[std::size_t(s)];
    }
    return c;
}

bool InfEmbedCommand::available(const AnalysisDocument& document) {
    return document.hasProject() && document.dataset() && document.model();
}

bool InfEmbedCommand::start(QWidget* parent, AnalysisDocument& document, JobManager& jobs) {
    if (!available(document))
        return false;
    InfEmbedDialog dialog(contextFor(document), parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    startWith(dialog.request(), parent, document, jobs);
    return true;
}

quint64 InfEmbedCommand::startWith(const influence::InfEmbedRequest& request, QWidget* parent,
                                   AnalysisDocument& document, JobManager& jobs) {
    // The dialog's request as the seam's values: the same job, store and delivery as every
    // registered method (MethodCommand → workflows::runMethodIntoProject).
    return MethodCommand::startWith("infembed", methods::InfEmbedMethod::values(request),
                                    methods::Preset::Default, request.split, parent, document,
                                    jobs);
}

} // namespace fl::ui
