// The workbench window: the project tree, the analysis views in docks the user can rearrange
// (layout saved with QSettings), the jobs dock, menus, toolbar and a status bar that names the
// selection. It owns the one AnalysisDocument and the JobManager every long task runs on.
#pragma once
#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QMenu;
class QDockWidget;

namespace fl::ui {

class AnalysisDocument;
class JobManager;
class StallMonitor;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    AnalysisDocument* document() const { return m_doc; }
    JobManager* jobs() const { return m_jobs; }
    StallMonitor* stallMonitor() const { return m_stall; }
    QDockWidget* dock(const QString& id) const; // by ViewSlot id, "project" or "jobs"
    QAction* action(const QString& objectName) const;

public Q_SLOTS:
    // Loads a project in a background job; the document gets it when ready.
    void openProject(const QString& path);
    // Opens the demo project, training the demo model (visibly, as a job) the first time.
    void openDemoProject();
    void closeProject();

Q_SIGNALS:
    void projectOpened(const QString& path); // after the document has it
    void projectFailed(const QString& message);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createDocks();
    void createActions();
    void createMenus();
    void createToolBar();
    void createStatusBar();
    void restoreLayout();
    void saveLayout();
    void updateTitle();
    void updateSelectionStatus();
    void updateActions();
    void rebuildRecentMenu();
    void showError(const QString& message);

    void newProject();
    void openProjectDialog();
    void preferences();
    void saveSlice();
    void tagCurrent();
    void noteCurrent();
    void relabelCurrent();
    void selectErrors();
    void evaluateModel();
    void about();

    AnalysisDocument* m_doc;
    JobManager* m_jobs;
    StallMonitor* m_stall;
    QLabel* m_selectionLabel = nullptr;  // toolbar
    QLabel* m_selectionStatus = nullptr; // status bar
    QLabel* m_jobsStatus = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QByteArray m_defaultState; // the layout before restoring: View ▸ Reset Layout
    bool m_layoutRestored = false;
    quint64 m_loadJob = 0; // the project load in flight (superseded by a newer open)
};

} // namespace fl::ui
