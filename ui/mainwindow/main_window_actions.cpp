// MainWindow's actions, menus and toolbar, and the commands behind them (a second file of the
// same class: main_window.cpp holds the layout, project opening and status).
#include "core/data/dataset.h"
#include "core/methods/method_registry.h"
#include "core/nn/classifier.h"
#include "core/store/dataset_repo.h"
#include "core/store/project.h"
#include "core/store/run_repo.h"
#include "core/workflows/evaluation_workflow.h"
#include "ui/analysis/slice_benchmark_dialog.h"
#include "ui/document/analysis_document.h"
#include "ui/jobs/job_manager.h"
#include "ui/mainwindow/main_window.h"
#include "ui/mainwindow/new_project_dialog.h"
#include "ui/mainwindow/project_creator.h"
#include "ui/methods/infembed/infembed_slice_view.h"
#include "ui/methods/method_ui_registry.h"
#include "ui/report/report_export_command.h"
#include "ui/settings/preferences_dialog.h"
#include "ui/settings/settings.h"
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSizePolicy>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>

namespace fl::ui {

namespace {

QAction* make(QObject* parent, const QString& name, const QString& text,
              const QKeySequence& key = {}, const QString& tip = {}) {
    auto* a = new QAction(text, parent);
    a->setObjectName(name);
    if (!key.isEmpty())
        a->setShortcut(key);
    const QString status = tip.isEmpty() ? QString(text).remove(QLatin1Char('&')) : tip;
    a->setStatusTip(status);
    a->setToolTip(key.isEmpty() ? status
                                : QStringLiteral("%1 (%2)").arg(
                                      status, key.toString(QKeySequence::NativeText)));
    return a;
}

} // namespace

void MainWindow::createActions() {
    connect(make(this, "actionNew", tr("&New Project…"), QKeySequence::New,
                 tr("Analyse a dataset and a model in a new project")),
            &QAction::triggered, this, &MainWindow::newProject);
    connect(make(this, "actionOpen", tr("&Open Project…"), QKeySequence::Open), &QAction::triggered,
            this, &MainWindow::openProjectDialog);
    connect(make(this, "actionOpenDemo", tr("Open &Demo Project"), {},
                 tr("Fashion-MNIST with the demo CNN (trained on first use)")),
            &QAction::triggered, this, &MainWindow::openDemoProject);
    connect(make(this, "actionClose", tr("&Close Project"), QKeySequence::Close),
            &QAction::triggered, this, &MainWindow::closeProject);
    connect(make(this, "actionExportReport", tr("Export &Report…"), QKeySequence::Print,
                 tr("Write the project's report as PDF, HTML, JSON or CSV")),
            &QAction::triggered, this,
            [this] { ReportExportCommand::start(this, *m_doc, *m_jobs); });
    connect(make(this, "actionQuit", tr("&Quit"), QKeySequence::Quit), &QAction::triggered, this,
            &QWidget::close);

    QAction* undo = m_doc->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_doc->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcut(QKeySequence::Redo);
    connect(make(this, "actionBack", tr("&Back"), QKeySequence(Qt::ALT | Qt::Key_Left),
                 tr("The previous selection")),
            &QAction::triggered, m_doc, &AnalysisDocument::goBack);
    connect(make(this, "actionForward", tr("&Forward"), QKeySequence(Qt::ALT | Qt::Key_Right),
                 tr("The next selection")),
            &QAction::triggered, m_doc, &AnalysisDocument::goForward);
    connect(make(this, "actionClearSelection", tr("C&lear Selection"), {}), &QAction::triggered,
            this, [this] { m_doc->setSelection({}); });
    connect(make(this, "actionPreferences", tr("&Preferences…"), QKeySequence::Preferences),
            &QAction::triggered, this, &MainWindow::preferences);

    connect(make(this, "actionSelectErrors", tr("Select &Errors"), QKeySequence(tr("Ctrl+E")),
                 tr("Select every misclassified test example")),
            &QAction::triggered, this, &MainWindow::selectErrors);
    connect(make(this, "actionOpponents", tr("Who Are Its &Opponents?"),
                 QKeySequence(tr("Ctrl+Shift+O")),
                 tr("The training examples that hurt (opponents) or help (proponents) the "
                    "selection most, from the InfEmbed run")),
            &QAction::triggered, this, [this] {
                QDockWidget* d = dock(QStringLiteral("infembed"));
                auto* view = d ? qobject_cast<InfEmbedSliceView*>(d->widget()) : nullptr;
                if (!view)
                    return;
                d->show();
                d->raise();
                view->showOpponentsOfSelection();
            });
    connect(make(this, "actionEvaluate", tr("&Evaluate Model Again"), {},
                 tr("Run the model over the dataset into a new evaluation run")),
            &QAction::triggered, this, &MainWindow::evaluateModel);
    // One action per registered method, in registry order (the core declares title, shortcut
    // and summary; ui/methods/method_ui_registry.h what a method does differently here).
    for (const methods::AnalysisMethod* m : methods::MethodRegistry::instance().all()) {
        const methods::MethodInfo info = m->info();
        const QString title =
            QCoreApplication::translate("fl::methods::ParameterSpec", info.title.c_str());
        QAction* a =
            make(this, methodActionName(info.id), tr("%1…").arg(title),
                 QKeySequence(QString::fromStdString(info.shortcut), QKeySequence::PortableText),
                 QCoreApplication::translate("fl::methods::ParameterSpec", info.summary.c_str()));
        a->setProperty("methodId", QString::fromStdString(info.id));
        connect(a, &QAction::triggered, this,
                [this, id = info.id] { startMethod(id, this, *m_doc, *m_jobs); });
    }

    connect(make(this, "actionSaveSlice", tr("&Save Selection as Slice…"), QKeySequence::Save),
            &QAction::triggered, this, &MainWindow::saveSlice);
    connect(make(this, "actionTag", tr("Add &Tag…"), QKeySequence(tr("Ctrl+T")),
                 tr("Tag the current example")),
            &QAction::triggered, this, &MainWindow::tagCurrent);
    connect(
        make(this, "actionNote", tr("Add &Note…"), {}, tr("Write a note on the current example")),
        &QAction::triggered, this, &MainWindow::noteCurrent);
    connect(make(this, "actionRelabel", tr("&Relabel…"), {},
                 tr("Record the true label of the current example")),
            &QAction::triggered, this, &MainWindow::relabelCurrent);

    connect(make(this, "actionCancelJobs", tr("&Cancel All Jobs"), {}), &QAction::triggered, m_jobs,
            &JobManager::cancelAll);
    connect(make(this, "actionSliceBenchmark", tr("Slice &Benchmark…"),
                 QKeySequence(tr("Ctrl+Shift+B")),
                 tr("Score the slice-finding methods on a planted failure (no project needed)")),
            &QAction::triggered, this, [this] {
                // One window for the session, so its runs stay while it is closed.
                auto* d = findChild<SliceBenchmarkDialog*>();
                if (!d)
                    d = new SliceBenchmarkDialog(m_jobs, this);
                d->show();
                d->raise();
                d->activateWindow();
            });
    connect(make(this, "actionResetLayout", tr("&Reset Layout")), &QAction::triggered, this,
            [this] { restoreState(m_defaultState, 1); });
    connect(make(this, "actionAbout", tr("&About Faultline")), &QAction::triggered, this,
            &MainWindow::about);
    connect(m_doc, &AnalysisDocument::historyChanged, this, &MainWindow::updateActions);
}

void MainWindow::createMenus() {
    auto* file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(QStringLiteral("actionNew")));
    file->addAction(action(QStringLiteral("actionOpen")));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    rebuildRecentMenu();
    file->addAction(action(QStringLiteral("actionOpenDemo")));
    file->addAction(action(QStringLiteral("actionClose")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("actionExportReport")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("actionQuit")));

    auto* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(action(QStringLiteral("actionUndo")));
    edit->addAction(action(QStringLiteral("actionRedo")));
    edit->addSeparator();
    edit->addAction(action(QStringLiteral("actionBack")));
    edit->addAction(action(QStringLiteral("actionForward")));
    edit->addAction(action(QStringLiteral("actionClearSelection")));
    edit->addSeparator();
    edit->addAction(action(QStringLiteral("actionPreferences")));

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget* d : findChildren<QDockWidget*>())
        m_viewMenu->addAction(d->toggleViewAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(action(QStringLiteral("actionResetLayout")));

    auto* analysis = menuBar()->addMenu(tr("&Analysis"));
    analysis->addAction(action(QStringLiteral("actionSelectErrors")));
    analysis->addAction(action(QStringLiteral("actionEvaluate")));
    analysis->addSeparator();
    for (const methods::AnalysisMethod* m : methods::MethodRegistry::instance().all()) {
        const std::string id = m->info().id;
        analysis->addAction(action(methodActionName(id)));
        if (const MethodUi* ui = methodUi(id))
            for (const QString& name : ui->followingActions)
                analysis->addAction(action(name));
    }

    auto* annotate = menuBar()->addMenu(tr("A&nnotate"));
    annotate->addAction(action(QStringLiteral("actionSaveSlice")));
    annotate->addSeparator();
    annotate->addAction(action(QStringLiteral("actionTag")));
    annotate->addAction(action(QStringLiteral("actionNote")));
    annotate->addAction(action(QStringLiteral("actionRelabel")));

    auto* tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(action(QStringLiteral("actionSliceBenchmark")));
    tools->addSeparator();
    tools->addAction(action(QStringLiteral("actionCancelJobs")));
    tools->addAction(action(QStringLiteral("actionPreferences")));

    auto* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(action(QStringLiteral("actionAbout")));
}

void MainWindow::createToolBar() {
    auto* tb = addToolBar(tr("Main"));
    tb->setObjectName(QStringLiteral("mainToolBar"));
    tb->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // nullptr marks a separator.
    const std::initializer_list<const char*> items{
        "actionOpen",    "actionNew",      nullptr,           "actionBack",
        "actionForward", nullptr,          "actionUndo",      "actionRedo",
        nullptr,         "actionInfEmbed", "actionSaveSlice", "actionExportReport"};
    for (const char* name : items) {
        if (name)
            tb->addAction(action(QString::fromLatin1(name)));
        else
            tb->addSeparator();
    }
    auto* spacer = new QWidget(tb);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    tb->addWidget(spacer);
    m_selectionLabel = new QLabel(tb);
    tb->addWidget(m_selectionLabel);
}

void MainWindow::updateActions() {
    const bool open = m_doc->hasProject();
    const auto enable = [this](const char* name, bool on) {
        if (QAction* a = action(QString::fromLatin1(name)))
            a->setEnabled(on);
    };
    enable("actionBack", m_doc->canGoBack());
    enable("actionForward", m_doc->canGoForward());
    enable("actionClose", open);
    enable("actionExportReport", open);
    enable("actionClearSelection", !m_doc->selection().isEmpty());
    enable("actionSaveSlice", open && !m_doc->selection().isEmpty());
    enable("actionSelectErrors", m_doc->examples().rows() > 0);
    enable("actionEvaluate", open && m_doc->model() && m_doc->dataset());
    for (const methods::AnalysisMethod* m : methods::MethodRegistry::instance().all()) {
        const std::string id = m->info().id;
        if (QAction* a = action(methodActionName(id)))
            a->setEnabled(methodAvailable(id, *m_doc));
    }
    // Enabled without an InfEmbed run too: the view then says how to make one.
    enable("actionOpponents", open);
    const bool current = open && m_doc->currentExample() >= 0;
    enable("actionTag", current);
    enable("actionNote", current);
    enable("actionRelabel", current);
}

void MainWindow::rebuildRecentMenu() {
    m_recentMenu->clear();
    const QStringList recent = Settings::recentProjects();
    for (const QString& p : recent) {
        QAction* a =
            m_recentMenu->addAction(QFileInfo(p).fileName(), this, [this, p] { openProject(p); });
        a->setToolTip(p);
        a->setEnabled(QFileInfo::exists(p));
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("(none yet)"))->setEnabled(false);
}

void MainWindow::newProject() {
    NewProjectDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const NewProjectRequest r = dialog.request();
    const QString name = QFileInfo(QString::fromStdString(r.projectPath)).fileName();
    m_jobs->run<std::string>(
        tr("Creating %1").arg(name), fl::jobs::JobWeight::Heavy,
        [r](fl::jobs::JobContext& c) { return ProjectCreator::create(r, c); }, this,
        [this](std::string path) { openProject(QString::fromStdString(path)); },
        [this, name](const QString& e) { showError(tr("Could not create %1: %2").arg(name, e)); });
}

void MainWindow::openProjectDialog() {
    const QString p = QFileDialog::getOpenFileName(this, tr("Open Project"), {},
                                                   tr("Faultline projects (*.faultline)"));
    if (!p.isEmpty())
        openProject(p);
}

void MainWindow::preferences() {
    PreferencesDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_jobs->setThreads(Settings::threads());
    m_doc->setAuthor(Settings::author());
}

void MainWindow::saveSlice() {
    if (m_doc->selection().isEmpty())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save Slice"), tr("Slice name:"),
                                               QLineEdit::Normal, m_doc->selection().origin, &ok);
    if (ok)
        m_doc->saveSelectionAsSlice(name);
}

void MainWindow::tagCurrent() {
    bool ok = false;
    const QString tag =
        QInputDialog::getText(this, tr("Add Tag"), tr("Tag:"), QLineEdit::Normal, {}, &ok);
    if (ok)
        m_doc->addTag(m_doc->currentExample(), tag);
}

void MainWindow::noteCurrent() {
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(this, tr("Add Note"), tr("Note:"), {}, &ok);
    if (ok)
        m_doc->addNote(m_doc->currentExample(), note);
}

void MainWindow::relabelCurrent() {
    const qint64 id = m_doc->currentExample();
    const QStringList classes = m_doc->examples().classNames;
    bool ok = false;
    const QString c = QInputDialog::getItem(this, tr("Relabel"), tr("True label:"), classes,
                                            qMax(0, m_doc->effectiveLabel(id)), false, &ok);
    if (ok)
        m_doc->relabel(id, classes.indexOf(c));
}

void MainWindow::selectErrors() {
    const ExampleTable& t = m_doc->examples();
    Selection s;
    for (int r = 0; r < t.rows(); ++r)
        if (t.splits[r] == 2 && t.isError(r))
            s.ids.append(t.ids[r]);
    s.origin = tr("errors on the test split");
    m_doc->setSelection(s);
}

void MainWindow::evaluateModel() {
    auto ds = m_doc->sharedDataset();
    auto model = m_doc->model();
    if (!ds || !model)
        return;
    const std::string path = m_doc->projectPath().toStdString();
    workflows::EvaluationRunOptions o;
    o.datasetSpec = ds->source;
    o.modelPath = model->sourcePath();
    const std::int64_t runId = m_doc->evaluationRunId();
    m_jobs->run<std::string>(
        tr("Evaluating %1").arg(QString::fromStdString(model->arch())), fl::jobs::JobWeight::Heavy,
        [ds, model, path, o, runId](fl::jobs::JobContext& c) mutable {
            // Its own connection: the user may close the window's project meanwhile.
            store::Project p = store::Project::open(path);
            // Reuse the spec the dataset was opened with (a name stays a name).
            if (const auto run = store::RunRepo(p).get(runId); run && run->datasetId)
                if (const auto rec = store::DatasetRepo(p).get(*run->datasetId))
                    o.datasetSpec = rec->source;
            workflows::evaluateIntoProject(p, *ds, *model, o, c.progress(), c.cancelToken());
            return path;
        },
        this, [this](std::string p) { openProject(QString::fromStdString(p)); },
        [this](const QString& e) { showError(tr("Evaluation failed: %1").arg(e)); });
}

void MainWindow::about() {
    QMessageBox::about(this, tr("About Faultline"),
                       tr("<b>Faultline %1</b><p>Find, understand, annotate and fix the "
                          "systematic failures of image classifiers.</p>")
                           .arg(QStringLiteral(FAULTLINE_VERSION)));
}

} // namespace fl::ui
