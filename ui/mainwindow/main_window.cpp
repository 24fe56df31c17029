#include "ui/mainwindow/main_window.h"
#include "core/store/project.h"
#include "core/workflows/demo_project.h"
#include "ui/document/analysis_document.h"
#include "ui/jobs/job_manager.h"
#include "ui/jobs/jobs_panel.h"
#include "ui/jobs/stall_monitor.h"
#include "ui/mainwindow/project_loader.h"
#include "ui/mainwindow/project_panel.h"
#include "ui/mainwindow/view_registry.h"
#include "ui/settings/settings.h"
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QHash>
#include <QLabel>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>
#include <algorithm>

namespace fl::ui {

// Bumped when the dock set changes, so an old saved layout is not applied to a new window.
static constexpr int kLayoutVersion = 1;

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_doc(new AnalysisDocument(this)), m_jobs(new JobManager(0, this)),
      m_stall(new StallMonitor(this)) {
    setObjectName(QStringLiteral("MainWindow"));
    m_doc->setAuthor(Settings::author());
    setDockNestingEnabled(true);
    setDockOptions(AnimatedDocks | AllowNestedDocks | AllowTabbedDocks | GroupedDragging);
    createDocks();
    createActions();
    createMenus();
    createToolBar();
    createStatusBar();
    restoreLayout();

    connect(m_doc, &AnalysisDocument::projectChanged, this, [this] {
        updateTitle();
        updateActions();
    });
    connect(m_doc, &AnalysisDocument::selectionChanged, this, &MainWindow::updateSelectionStatus);
    // Picking an InfEmbed slice (project tree, slice list) brings its Figure-2 view forward.
    connect(m_doc, &AnalysisDocument::sliceSelected, this,
            [this](std::int64_t, const QString& origin) {
                QDockWidget* d = dock(QStringLiteral("infembed"));
                if (d && origin.startsWith(QLatin1String("infembed")) && !d->isFloating()) {
                    d->show();
                    d->raise();
                    // Its opponent and proponent grids need room: grow a short dock once,
                    // never shrink one the user made tall.
                    const int readable = std::max(440, height() * 55 / 100);
                    if (d->height() < readable)
                        resizeDocks({d}, {readable}, Qt::Vertical);
                }
            });
    connect(m_doc, &AnalysisDocument::currentExampleChanged, this, &MainWindow::updateActions);
    connect(m_doc, &AnalysisDocument::errorReported, this, &MainWindow::showError);
    updateTitle();
    updateSelectionStatus();
    updateActions();
    m_stall->start();
}

MainWindow::~MainWindow() {
    // Jobs may hold results for the document; stop them before the document goes.
    m_jobs->cancelAll();
}

QDockWidget* MainWindow::dock(const QString& id) const {
    return findChild<QDockWidget*>(id);
}

QAction* MainWindow::action(const QString& objectName) const {
    return findChild<QAction*>(objectName);
}

void MainWindow::createDocks() {
    const auto makeDock = [this](const QString& id, const QString& title, QWidget* w) {
        auto* d = new QDockWidget(title, this);
        d->setObjectName(id);
        d->setWidget(w);
        d->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable |
                       QDockWidget::DockWidgetFloatable);
        return d;
    };
    auto* project = makeDock(QStringLiteral("project"), tr("Project"), new ProjectPanel(m_doc));
    addDockWidget(Qt::LeftDockWidgetArea, project);

    QHash<QString, QDockWidget*> views;
    QList<QDockWidget*> unplaced; // in registry order
    for (const ViewSlot& slot : viewSlots()) {
        QDockWidget* d = makeDock(slot.id, slot.title, slot.make(m_doc, m_jobs, nullptr));
        views.insert(slot.id, d);
        unplaced << d;
    }
    const auto view = [&views, &unplaced](const char* id) {
        QDockWidget* d = views.value(QString::fromLatin1(id));
        unplaced.removeOne(d);
        return d;
    };
    // Centre column: overview | histograms | slices as tabs, the example grid below; right
    // column: inspector above the embedding map.
    QDockWidget* overview = view("overview");
    QDockWidget* grid = view("grid");
    QDockWidget* inspector = view("inspector");
    addDockWidget(Qt::RightDockWidgetArea, overview);
    // Split first, tabify last: Qt adds a split of a tabbed dock as one more tab.
    splitDockWidget(project, overview, Qt::Horizontal);
    splitDockWidget(overview, inspector, Qt::Horizontal);
    splitDockWidget(overview, grid, Qt::Vertical);
    splitDockWidget(inspector, view("embedding"), Qt::Vertical);
    tabifyDockWidget(overview, view("histograms"));
    tabifyDockWidget(overview, view("slices"));
    tabifyDockWidget(overview, view("infembed")); // InfEmbed slice: wide, beside the figures
    // A view the layout does not name yet (a method's own) joins the figures' tabs.
    for (QDockWidget* d : std::as_const(unplaced))
        tabifyDockWidget(overview, d);
    overview->raise();

    auto* jobs = makeDock(QStringLiteral("jobs"), tr("Jobs"), new JobsPanel(m_jobs));
    addDockWidget(Qt::BottomDockWidgetArea, jobs);
    // Sizes apply once the window has its size (after show); a restored layout overrides them.
    QTimer::singleShot(0, this, [this, project, overview, inspector, grid, jobs] {
        if (!Settings::value(Settings::WindowState).toByteArray().isEmpty() && m_layoutRestored)
            return;
        const int w = width();
        resizeDocks({project, overview, inspector}, {w * 16 / 100, w * 50 / 100, w * 34 / 100},
                    Qt::Horizontal);
        resizeDocks({overview, grid, jobs}, {380, 300, 70}, Qt::Vertical);
    });
}

void MainWindow::restoreLayout() {
    m_defaultState = saveState(kLayoutVersion);
    const QByteArray geometry = Settings::value(Settings::WindowGeometry).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1400, 860);
    const QByteArray state = Settings::value(Settings::WindowState).toByteArray();
    m_layoutRestored = !state.isEmpty() && restoreState(state, kLayoutVersion);
}

void MainWindow::saveLayout() {
    Settings::setValue(Settings::WindowGeometry, saveGeometry());
    Settings::setValue(Settings::WindowState, saveState(kLayoutVersion));
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveLayout();
    if (m_jobs->activeCount() > 0) {
        m_jobs->cancelAll();
        // Cancellation lands within one batch; wait briefly so the project closes cleanly.
        m_jobs->waitForIdle(3000);
    }
    event->accept();
}

void MainWindow::createStatusBar() {
    m_selectionStatus = new QLabel(this);
    m_jobsStatus = new QLabel(this);
    statusBar()->addWidget(m_selectionStatus, 1);
    statusBar()->addPermanentWidget(m_jobsStatus);
    connect(m_jobs, &JobManager::activeCountChanged, this, [this](int n) {
        m_jobsStatus->setText(n > 0 ? tr("%n job(s) running", nullptr, n) : QString());
    });
    connect(m_stall, &StallMonitor::stalled, this,
            [](double ms) { qWarning("UI thread stalled for %.0f ms", ms); });
}

void MainWindow::updateTitle() {
    const QString path = m_doc->projectPath();
    setWindowFilePath(path);
    setWindowTitle(path.isEmpty() ? tr("Faultline")
                                  : tr("%1 — Faultline").arg(QFileInfo(path).fileName()));
}

void MainWindow::updateSelectionStatus() {
    const Selection& s = m_doc->selection();
    QString text;
    if (!m_doc->hasProject())
        text = tr("No project open");
    else if (s.isEmpty())
        text = tr("Nothing selected — click a confusion cell, a bar, a slice or an example");
    else if (s.origin.isEmpty())
        text = tr("%n example(s) selected", nullptr, s.ids.size());
    else
        text = tr("%n example(s) selected · %1", nullptr, s.ids.size()).arg(s.origin);
    m_selectionStatus->setText(text);
    if (m_selectionLabel)
        m_selectionLabel->setText(s.isEmpty() ? QString() : tr("selection: %1 ").arg(s.ids.size()));
    if (m_selectionLabel)
        m_selectionLabel->setToolTip(s.origin);
    updateActions();
}

void MainWindow::showError(const QString& message) {
    statusBar()->showMessage(message, 10000);
    // Non-modal: a problem found by a background job must not block the user's work (or a test).
    auto* box =
        new QMessageBox(QMessageBox::Warning, tr("Faultline"), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    box->show();
}

void MainWindow::openProject(const QString& path) {
    if (m_loadJob)
        m_jobs->cancel(m_loadJob); // a newer open supersedes it
    const std::string p = QFileInfo(path).absoluteFilePath().toStdString();
    const std::string device = Settings::device().toStdString();
    statusBar()->showMessage(tr("Opening %1…").arg(QFileInfo(path).fileName()));
    m_loadJob = m_jobs->run<LoadedPtr>(
        tr("Opening %1").arg(QFileInfo(path).fileName()), fl::jobs::JobWeight::Light,
        [p, device](fl::jobs::JobContext& c) { return ProjectLoader::load(p, device, c); }, this,
        [this, path](LoadedPtr loaded) {
            m_loadJob = 0;
            m_doc->setLoaded(std::move(*loaded));
            Settings::addRecentProject(path);
            statusBar()->clearMessage(); // the title names the project; show the selection
            Q_EMIT projectOpened(m_doc->projectPath());
        },
        [this, path](const QString& error) {
            m_loadJob = 0;
            const QString msg = tr("Could not open %1: %2").arg(path, error);
            showError(msg);
            Q_EMIT projectFailed(msg);
        });
}

void MainWindow::openDemoProject() {
    workflows::DemoOptions o;
    o.device = Settings::device().toStdString();
    const bool cached = workflows::demoModelCached(o);
    const QString name =
        cached ? tr("Preparing the demo project") : tr("Training the demo CNN (first run only)");
    m_jobs->run<std::string>(
        name, fl::jobs::JobWeight::Heavy,
        [o](fl::jobs::JobContext& c) {
            return workflows::prepareDemoProject(o, false, c.progress(), c.cancelToken())
                .projectPath;
        },
        this, [this](std::string path) { openProject(QString::fromStdString(path)); },
        [this](const QString& error) {
            const QString msg = tr("The demo project could not be prepared: %1").arg(error);
            showError(msg);
            Q_EMIT projectFailed(msg);
        });
}

void MainWindow::closeProject() {
    m_doc->closeProject();
}

} // namespace fl::ui
