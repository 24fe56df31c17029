// The interventions part of the Directions dock: starts them from the form as a background job
// (progress and cancel here and in the Jobs panel), stores the outcome as a run, and shows the
// newest stored outcome of the project: its tables and the accuracy of each arm.
#pragma once
#include "ui/methods/directions/directions_run.h"
#include <QPointer>
#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace fl::methods {
struct MethodResult;
}

namespace fl::ui {
class AnalysisDocument;
class BarChartWidget;
class JobManager;
struct InterventionRequest;

class DirectionsInterventionsPanel : public QWidget {
    Q_OBJECT
public:
    DirectionsInterventionsPanel(AnalysisDocument* doc, JobManager* jobs,
                                 QWidget* parent = nullptr);
    ~DirectionsInterventionsPanel() override;

    // The directions run the interventions follow (its encoder); reads the project's newest
    // stored interventions. Null: nothing to show.
    void setRun(std::shared_ptr<const DirectionsRun> run);
    // Starts the job without the form (tests); the job id, or 0 when it cannot start.
    quint64 start(const InterventionRequest& request);
    void cancel();
    bool busy() const;
    // The outcome shown (null when none).
    std::shared_ptr<const methods::MethodResult> result() const { return m_result; }
    void showResult(std::shared_ptr<const methods::MethodResult> result);

    QTableWidget* table() const { return m_table; }
    QComboBox* tablePicker() const { return m_tablePicker; }
    BarChartWidget* accuracyChart() const { return m_accuracy; }
    BarChartWidget* hardChart() const { return m_hard; }
    QString statusText() const;

public Q_SLOTS:
    // The form, then the job.
    void openDialog();

Q_SIGNALS:
    void started();  // a job was started
    void finished(); // a job ended (done, failed or cancelled)

private:
    void loadStored();
    void fillTable();
    void onJobChanged(quint64 id);

    AnalysisDocument* m_doc;
    QPointer<JobManager> m_jobs;
    std::shared_ptr<const DirectionsRun> m_run;
    std::shared_ptr<const methods::MethodResult> m_result;
    quint64 m_job = 0;

    QLabel* m_title;
    QLabel* m_status;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QComboBox* m_tablePicker;
    QTableWidget* m_table;
    BarChartWidget* m_accuracy;
    BarChartWidget* m_hard;
};

} // namespace fl::ui
