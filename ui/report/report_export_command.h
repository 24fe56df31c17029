// File ▸ Export Report: asks where to write (PDF, HTML, JSON or CSV by suffix), then builds and
// writes the report as a background job shown in the jobs panel; problems reach the user through
// the document's error report, success through the status bar.
#pragma once
#include <QCoreApplication>
#include <QString>

class QWidget;

namespace fl::ui {

class AnalysisDocument;
class JobManager;

class ReportExportCommand {
    Q_DECLARE_TR_FUNCTIONS(ReportExportCommand)
public:
    // Asks for the file (a native dialog on `parent`) and starts the job; false when cancelled.
    static bool start(QWidget* parent, AnalysisDocument& document, JobManager& jobs);
    // Starts the job for a chosen file (tests call this without the dialog); returns the job id.
    static quint64 startTo(const QString& outputPath, QWidget* parent, AnalysisDocument& document,
                           JobManager& jobs);
};

} // namespace fl::ui
