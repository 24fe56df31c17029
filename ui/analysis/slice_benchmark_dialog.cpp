#include "ui/analysis/slice_benchmark_dialog.h"
#include "core/workflows/slice_benchmark_json.h"
#include "ui/analysis/slice_benchmark_form.h"
#include "ui/analysis/slice_benchmark_summary_model.h"
#include "ui/analysis/slice_benchmark_table_model.h"
#include "ui/jobs/job_manager.h"
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHideEvent>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTime>
#include <QVBoxLayout>
#include <algorithm>

namespace fl::ui {
namespace {

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

bool writeFile(const QString& path, const std::string& text, QString* error) {
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) ||
        f.write(text.data(), qint64(text.size())) != qint64(text.size()) || !f.commit()) {
        if (error)
            *error = SliceBenchmarkDialog::tr("Could not write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

QTableView* makeTable(QAbstractItemModel* model, QWidget* parent) {
    auto* v = new QTableView(parent);
    v->setModel(model);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->setEditTriggers(QAbstractItemView::NoEditTriggers);
    v->verticalHeader()->hide();
    v->verticalHeader()->setDefaultSectionSize(v->fontMetrics().height() + 6);
    v->horizontalHeader()->setHighlightSections(false);
    v->setWordWrap(false);
    return v;
}

} // namespace

SliceBenchmarkDialog::SliceBenchmarkDialog(JobManager* jobs, QWidget* parent)
    : QDialog(parent, Qt::Window), m_jobs(jobs) {
    setObjectName(QStringLiteral("sliceBenchmarkDialog"));
    setWindowTitle(tr("Slice Benchmark"));
    setModal(false);
    m_results = new SliceBenchmarkTableModel(this);
    m_summary = new SliceBenchmarkSummaryModel(m_results, this);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(createForm());
    split->addWidget(createResults());
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    split->setSizes({360, 920});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);
    resize(1440, 720); // the scores and the plant flag fit without scrolling

    setRequest(SliceBenchmarkRequest::fromSettings());
    if (m_jobs)
        connect(m_jobs, &JobManager::jobChanged, this, &SliceBenchmarkDialog::onJobChanged);
    connect(m_results, &QAbstractItemModel::modelReset, this,
            &SliceBenchmarkDialog::updateResultActions);
    connect(m_results, &QAbstractItemModel::rowsInserted, this,
            &SliceBenchmarkDialog::updateResultActions);
    setRunning(false);
    updateResultActions();
    showStatus(tr("Plants a failure in a dataset, trains the model recipe and scores how well "
                  "each method finds it. Runs accumulate in the table."));
}

SliceBenchmarkDialog::~SliceBenchmarkDialog() {
    if (m_job && m_jobs)
        m_jobs->cancel(m_job);
}

QWidget* SliceBenchmarkDialog::createForm() {
    auto* box = new QGroupBox(tr("Benchmark"), this);
    auto* layout = new QVBoxLayout(box);

    m_fields = new SliceBenchmarkForm(box);
    layout->addWidget(m_fields);
    connect(m_fields, &SliceBenchmarkForm::methodsChanged, this,
            [this] { setRunning(m_job != 0); });

    auto* defaults = new QPushButton(tr("Restore &Defaults"), box);
    connect(defaults, &QPushButton::clicked, this, &SliceBenchmarkDialog::restoreDefaults);
    m_runButton = new QPushButton(tr("&Run"), box);
    m_runButton->setObjectName(QStringLiteral("run"));
    m_runButton->setDefault(true);
    connect(m_runButton, &QPushButton::clicked, this, &SliceBenchmarkDialog::run);
    m_cancelButton = new QPushButton(tr("Cancel"), box);
    m_cancelButton->setObjectName(QStringLiteral("cancel"));
    connect(m_cancelButton, &QPushButton::clicked, this, &SliceBenchmarkDialog::cancelRun);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(defaults);
    buttons->addStretch(1);
    buttons->addWidget(m_runButton);
    buttons->addWidget(m_cancelButton);
    layout->addLayout(buttons);

    m_progress = new QProgressBar(box);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    layout->addWidget(m_progress);
    m_status = new QLabel(box);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setMinimumWidth(300);
    layout->addWidget(m_status);
    layout->addStretch(1);
    return box;
}

QWidget* SliceBenchmarkDialog::createResults() {
    auto* panel = new QWidget(this);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* bar = new QHBoxLayout;
    auto button = [this, panel, bar](const QString& text, const QString& tip, auto slot,
                                     bool needsRows) {
        auto* b = new QPushButton(text, panel);
        b->setToolTip(tip);
        connect(b, &QPushButton::clicked, this, slot);
        bar->addWidget(b);
        if (needsRows)
            m_resultButtons << b;
        return b;
    };
    button(tr("Export &CSV…"), tr("One row per run and method, full-precision numbers"),
           &SliceBenchmarkDialog::exportCsvDialog, true);
    button(tr("Export &JSON…"),
           tr("An array of runs, each as faultline-cli slicebench --json prints it"),
           &SliceBenchmarkDialog::exportJsonDialog, true);
    button(tr("&Load JSON…"), tr("Add runs saved by Export JSON or faultline-cli --json"),
           &SliceBenchmarkDialog::importJsonDialog, false);
    bar->addStretch(1);
    button(tr("Re&move Runs"), tr("Remove the runs of the selected rows"),
           &SliceBenchmarkDialog::removeSelectedRuns, true);
    button(
        tr("Clea&r"), tr("Remove every run"), [this] { m_results->clear(); }, true);
    layout->addLayout(bar);

    m_emptyHint = new QLabel(tr("No runs yet. Choose a dataset and a planted task, then Run: "
                                "each run adds one row per method."),
                             panel);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setEnabled(false);
    layout->addWidget(m_emptyHint);

    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_results);
    m_sorted->setSortRole(SliceBenchmarkTableModel::SortRole);
    m_resultsView = makeTable(m_sorted, panel);
    m_resultsView->setObjectName(QStringLiteral("results"));
    m_resultsView->setSortingEnabled(true);
    m_resultsView->sortByColumn(-1, Qt::AscendingOrder); // the order of the runs until asked
    m_resultsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* copy = new QAction(tr("&Copy"), m_resultsView);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, [this] { copySelection(); });
    m_resultsView->addAction(copy);
    m_resultsView->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_summaryView = makeTable(m_summary, panel);
    m_summaryView->setObjectName(QStringLiteral("summary"));
    m_summaryView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* summaryBox = new QGroupBox(tr("Mean per method (by dataset and task)"), panel);
    auto* sl = new QVBoxLayout(summaryBox);
    sl->addWidget(m_summaryView);

    auto* split = new QSplitter(Qt::Vertical, panel);
    split->addWidget(m_resultsView);
    split->addWidget(summaryBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    return panel;
}

SliceBenchmarkRequest SliceBenchmarkDialog::request() const {
    return m_fields->request();
}

void SliceBenchmarkDialog::setRequest(const SliceBenchmarkRequest& r) {
    m_fields->setRequest(r);
}

void SliceBenchmarkDialog::restoreDefaults() {
    SliceBenchmarkRequest::resetSettings();
    setRequest(SliceBenchmarkRequest::defaults());
}

void SliceBenchmarkDialog::run() {
    if (m_job || !m_jobs)
        return;
    const SliceBenchmarkRequest r = request();
    if (r.dataset.empty()) {
        showStatus(tr("Choose a dataset: fashion-mnist, mnist or a folder."), true);
        return;
    }
    if (r.options.methods.empty()) {
        showStatus(tr("Choose at least one method."), true);
        return;
    }
    r.save();
    m_job = m_jobs->submit(
        r.describe(), fl::jobs::JobWeight::Heavy,
        [r](fl::jobs::JobContext& c) {
            return std::any(runSliceBenchmarkRequest(r, c.progress(), c.cancelToken()));
        },
        this, [this](const fl::jobs::JobOutcome& o) { onJobDone(o); });
    setRunning(true);
    m_progress->setValue(0);
    showStatus(tr("Queued: %1").arg(r.describe()));
}

void SliceBenchmarkDialog::cancelRun() {
    if (m_job && m_jobs)
        m_jobs->cancel(m_job);
}

void SliceBenchmarkDialog::onJobChanged(fl::jobs::JobId id) {
    if (id != m_job || !m_jobs)
        return;
    const JobInfo* j = m_jobs->job(id);
    if (!j || j->state != fl::jobs::JobState::Running)
        return;
    m_progress->setValue(int(j->fraction * 1000.0));
    const QString elapsed =
        QTime(0, 0).addMSecs(int(j->clock.elapsed())).toString(QStringLiteral("mm:ss"));
    showStatus(tr("%1% · %2 · %3").arg(int(j->fraction * 100.0)).arg(j->message, elapsed));
}

void SliceBenchmarkDialog::onJobDone(const fl::jobs::JobOutcome& o) {
    m_job = 0;
    setRunning(false);
    if (const auto* r = o.valueAs<workflows::SliceBenchmarkResult>(); o.ok() && r) {
        m_results->addRun(*r);
        m_progress->setValue(m_progress->maximum());
        const QString bite = workflows::plantBites(*r)
                                 ? QString()
                                 : tr(" The plant does not bite (error inside %1 vs %2 outside; "
                                      "it bites at twice the outside error and 10 points above "
                                      "it): its scores say little.")
                                       .arg(r->errorInside, 0, 'f', 3)
                                       .arg(r->errorOutside, 0, 'f', 3);
        // What a label-only rule scores: a task it solves says little about the methods.
        QStringList trivial;
        for (const auto& t : r->trivial)
            trivial << tr("%1 (%2) %3")
                           .arg(t.name == "class" ? tr("whole class")
                                                  : tr("largest confusion cell"),
                                q(t.slice))
                           .arg(t.precisionAtK, 0, 'f', 2);
        const QString labelOnly = trivial.isEmpty() ? QString()
                                                    : tr(" Label-only slices by loss, p@%1: %2.")
                                                          .arg(r->k)
                                                          .arg(trivial.join(QStringLiteral("; ")));
        showStatus(tr("Done in %1 s: %2 method(s) on %3, model accuracy %4.")
                           .arg(o.seconds, 0, 'f', 1)
                           .arg(r->methods.size())
                           .arg(q(r->task))
                           .arg(r->modelAccuracy, 0, 'f', 3) +
                       labelOnly + bite,
                   !bite.isEmpty());
        Q_EMIT runFinished(true);
        return;
    }
    m_progress->setValue(0);
    showStatus(o.cancelled() ? tr("Cancelled.") : tr("The run failed: %1").arg(q(o.error)),
               !o.cancelled());
    Q_EMIT runFinished(false);
}

void SliceBenchmarkDialog::setRunning(bool running) {
    m_runButton->setEnabled(!running && m_fields->anyMethodChosen());
    m_cancelButton->setEnabled(running);
    m_progress->setVisible(running); // idle, an empty bar reads as a text field
}

void SliceBenchmarkDialog::showStatus(const QString& text, bool error) {
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
}

void SliceBenchmarkDialog::updateResultActions() {
    const bool rows = m_results->rowCount() > 0;
    for (QPushButton* b : m_resultButtons)
        b->setEnabled(rows);
    m_emptyHint->setVisible(!rows);
}

QList<int> SliceBenchmarkDialog::selectedRows() const {
    QList<int> rows;
    for (const QModelIndex& i : m_resultsView->selectionModel()->selectedRows())
        rows << m_sorted->mapToSource(i).row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

QString SliceBenchmarkDialog::copySelection() const {
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return {};
    const QString tsv = m_results->rowsAsTsv(rows);
    QApplication::clipboard()->setText(tsv);
    return tsv;
}

void SliceBenchmarkDialog::removeSelectedRuns() {
    m_results->removeRunsOf(selectedRows());
}

bool SliceBenchmarkDialog::exportCsv(const QString& path, QString* error) const {
    return writeFile(path, workflows::sliceBenchmarkCsv(m_results->runs()), error);
}

bool SliceBenchmarkDialog::exportJson(const QString& path, QString* error) const {
    nlohmann::json runs = nlohmann::json::array();
    for (const auto& r : m_results->runs())
        runs.push_back(workflows::sliceBenchmarkToJson(r));
    return writeFile(path, runs.dump(2) + "\n", error);
}

bool SliceBenchmarkDialog::importJson(const QString& path, QString* error) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Could not read %1: %2").arg(path, f.errorString());
        return false;
    }
    try {
        const nlohmann::json j = nlohmann::json::parse(f.readAll().toStdString());
        std::vector<workflows::SliceBenchmarkResult> runs;
        if (j.is_array())
            for (const auto& e : j)
                runs.push_back(workflows::sliceBenchmarkFromJson(e));
        else
            runs.push_back(workflows::sliceBenchmarkFromJson(j));
        for (const auto& r : runs) // all or nothing: a bad file adds no half of itself
            m_results->addRun(r);
        return true;
    } catch (const std::exception& e) {
        if (error)
            *error = tr("%1 is not a slice benchmark result: %2").arg(path, q(e.what()));
        return false;
    }
}

void SliceBenchmarkDialog::exportCsvDialog() {
    const QString p = QFileDialog::getSaveFileName(
        this, tr("Export CSV"), QStringLiteral("slicebench.csv"), tr("CSV files (*.csv)"));
    QString error;
    if (!p.isEmpty())
        showStatus(exportCsv(p, &error) ? tr("Wrote %1.").arg(p) : error, !error.isEmpty());
}

void SliceBenchmarkDialog::exportJsonDialog() {
    const QString p = QFileDialog::getSaveFileName(
        this, tr("Export JSON"), QStringLiteral("slicebench.json"), tr("JSON files (*.json)"));
    QString error;
    if (!p.isEmpty())
        showStatus(exportJson(p, &error) ? tr("Wrote %1.").arg(p) : error, !error.isEmpty());
}

void SliceBenchmarkDialog::importJsonDialog() {
    const QString p =
        QFileDialog::getOpenFileName(this, tr("Load JSON"), {}, tr("JSON files (*.json)"));
    QString error;
    if (!p.isEmpty())
        showStatus(importJson(p, &error) ? tr("Loaded %1.").arg(p) : error, !error.isEmpty());
}

void SliceBenchmarkDialog::hideEvent(QHideEvent* event) {
    request().save(); // the form as left, even without a run (Close, Esc or the window's ×)
    QDialog::hideEvent(event);
}

} // namespace fl::ui
