// Tools ▸ Slice benchmark: a tool window that runs the planted-task benchmark (the CLI's
// slicebench) as a job, accumulates the runs in a table with per-method means, and exports them.
#pragma once
#include "core/jobs/job.h"
#include "ui/analysis/slice_benchmark_request.h"
#include <QDialog>
#include <QPointer>

class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace fl::ui {

class JobManager;
class SliceBenchmarkForm;
class SliceBenchmarkTableModel;
class SliceBenchmarkSummaryModel;

class SliceBenchmarkDialog : public QDialog {
    Q_OBJECT
public:
    // Runs go through `jobs` (the Jobs dock lists them too); no project is needed.
    explicit SliceBenchmarkDialog(JobManager* jobs, QWidget* parent = nullptr);
    ~SliceBenchmarkDialog() override; // cancels a run in flight

    SliceBenchmarkRequest request() const; // the form
    void setRequest(const SliceBenchmarkRequest& r);

    SliceBenchmarkTableModel* results() const { return m_results; }
    SliceBenchmarkSummaryModel* summary() const { return m_summary; }
    QTableView* resultsView() const { return m_resultsView; }
    fl::jobs::JobId runningJob() const { return m_job; } // 0 when none

    // The run's JSON (an array of `faultline-cli slicebench --json` objects) and CSV; false
    // with a message in *error when the file cannot be written or read.
    bool exportCsv(const QString& path, QString* error = nullptr) const;
    bool exportJson(const QString& path, QString* error = nullptr) const;
    // Adds the runs of a JSON file (one CLI object or an array of them) to the table.
    bool importJson(const QString& path, QString* error = nullptr);
    // The selected rows (header first) as tab-separated text, also put on the clipboard.
    QString copySelection() const;

public Q_SLOTS:
    void run();
    void cancelRun();
    void restoreDefaults();

Q_SIGNALS:
    void runFinished(bool ok); // after the table has the result (ok) or the error is shown

protected:
    void hideEvent(QHideEvent* event) override;

private:
    QWidget* createForm();
    QWidget* createResults();
    void onJobChanged(fl::jobs::JobId id);
    void onJobDone(const fl::jobs::JobOutcome& outcome);
    void setRunning(bool running);
    void showStatus(const QString& text, bool error = false);
    void updateResultActions();
    void exportCsvDialog();
    void exportJsonDialog();
    void importJsonDialog();
    void removeSelectedRuns();
    QList<int> selectedRows() const;

    QPointer<JobManager> m_jobs;
    fl::jobs::JobId m_job = 0;

    SliceBenchmarkForm* m_fields = nullptr;

    QPushButton* m_runButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;

    SliceBenchmarkTableModel* m_results = nullptr;
    SliceBenchmarkSummaryModel* m_summary = nullptr;
    QSortFilterProxyModel* m_sorted = nullptr;
    QTableView* m_resultsView = nullptr;
    QTableView* m_summaryView = nullptr;
    QLabel* m_emptyHint = nullptr;
    QList<QPushButton*> m_resultButtons; // enabled only with rows
};

} // namespace fl::ui
