// The jobs dock: one row per job with its name, a progress bar, the latest message, the elapsed
// time and a Cancel button; finished jobs stay (with their outcome) until cleared.
#pragma once
#include "ui/jobs/job_manager.h"
#include <QHash>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;
class QVBoxLayout;

namespace fl::ui {

class JobsPanel : public QWidget {
    Q_OBJECT
public:
    explicit JobsPanel(JobManager* jobs, QWidget* parent = nullptr);

    // For tests: the Cancel button of a job's row (null when the job has no row).
    QPushButton* cancelButton(JobId id) const;
    int rowCount() const { return m_rows.size(); }

private:
    struct Row {
        QWidget* widget;
        QLabel* name;
        QProgressBar* bar;
        QLabel* message;
        QLabel* elapsed;
        QPushButton* cancel;
    };
    void addRow(JobId id);
    void updateRow(JobId id);
    void removeRow(JobId id);
    void tick();
    void updateEmptyState();

    JobManager* m_jobs;
    QVBoxLayout* m_list;
    QLabel* m_empty;
    QPushButton* m_clear;
    QTimer* m_timer;
    QHash<JobId, Row> m_rows;
};

} // namespace fl::ui
