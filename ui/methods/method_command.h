// Analysis ▸ <method>…: runs any registered method on the open project as a background job
// (generated run form, then core run + store) and hands the stored result to the document.
#pragma once
#include "core/data/dataset.h"
#include "core/methods/parameter.h"
#include <QCoreApplication>
#include <QString>
#include <map>
#include <string>

class QWidget;

namespace fl::ui {

class AnalysisDocument;
class JobManager;

class MethodCommand {
    Q_DECLARE_TR_FUNCTIONS(MethodCommand)
public:
    // Whether a method can run: a project with its dataset and a loaded model.
    static bool available(const AnalysisDocument& document);
    // Shows the method's run form on `parent` and starts the job; false when the user cancelled
    // or the method is unknown.
    static bool start(QWidget* parent, AnalysisDocument& document, JobManager& jobs,
                      const std::string& methodId);
    // Starts the job with given values over `preset` (tests call this without the form); the
    // job id, or 0 when it cannot start (the reason goes to document.reportError).
    static quint64 startWith(const std::string& methodId,
                             const std::map<std::string, std::string>& given,
                             methods::Preset preset, data::Split split, QWidget* parent,
                             AnalysisDocument& document, JobManager& jobs);
};

} // namespace fl::ui
