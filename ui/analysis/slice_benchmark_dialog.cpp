#include "ui/analysis/slice_benchmark_dialog.h"
#include "core/data/named_datasets.h"
#include "core/nn/classifier.h"
#include "core/workflows/slice_benchmark_json.h"
#include "ui/analysis/slice_benchmark_table_model.h"
#include "ui/jobs/job_manager.h"
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
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
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTime>
#include <QVBoxLayout>
#include <algorithm>
#include <limits>

namespace fl::ui {
namespace {

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

void selectData(QComboBox* box, const QString& value) {
    const int i = box->findData(value);
    box->setCurrentIndex(i >= 0 ? i : 0);
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
    m_form = new QFormLayout(box);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_dataset = new QComboBox(box);
    m_dataset->setObjectName(QStringLiteral("dataset"));
    m_dataset->setEditable(true);
    for (const auto& n : data::namedDatasets())
        m_dataset->addItem(q(n));
    m_dataset->setToolTip(tr("fashion-mnist, mnist, a folder (a plant, IDX files, an image folder "
                             "with one sub-folder per class) or a CSV manifest"));
    auto* browse = new QPushButton(tr("Browse…"), box);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Dataset Folder"));
        if (!dir.isEmpty())
            m_dataset->setCurrentText(dir);
    });
    auto* datasetRow = new QHBoxLayout;
    datasetRow->addWidget(m_dataset, 1);
    datasetRow->addWidget(browse);
    auto* datasetLabel = new QLabel(tr("&Dataset:"), box);
    datasetLabel->setBuddy(m_dataset); // addRow(text, layout) would show the & literally
    m_form->addRow(datasetLabel, datasetRow);

    m_task = new QComboBox(box);
    m_task->setObjectName(QStringLiteral("task"));
    m_task->addItem(tr("Spurious correlation"), QStringLiteral("correlation"));
    m_task->addItem(tr("Rare subclass"), QStringLiteral("rare"));
    m_task->addItem(tr("Noisy labels"), QStringLiteral("noisy"));
    m_task->addItem(tr("As planted (plant folder)"), QStringLiteral("planted"));
    m_task->setToolTip(tr("correlation: a signal on FRACTION of CLASS's training images; rare: "
                          "CLASS kept at FRACTION of its training examples inside its "
                          "superclass; noisy: FRACTION of CLASS's training labels flipped to "
                          "TARGET"));
    connect(m_task, &QComboBox::currentIndexChanged, this, &SliceBenchmarkDialog::onTaskChanged);
    m_form->addRow(tr("&Task:"), m_task);

    auto spin = [box](int lo, int hi, const QString& tip) {
        auto* s = new QSpinBox(box);
        s->setRange(lo, hi);
        s->setToolTip(tip);
        return s;
    };
    auto fraction = [box](const QString& tip) {
        auto* s = new QDoubleSpinBox(box);
        s->setRange(0.0, 1.0);
        s->setDecimals(3);
        s->setSingleStep(0.05);
        s->setToolTip(tip);
        return s;
    };
    m_class = spin(0, 999, tr("The class the task acts on"));
    m_form->addRow(tr("&Class:"), m_class);
    m_target = spin(0, 999, tr("noisy: the class flipped labels become"));
    m_form->addRow(tr("Tar&get class:"), m_target);
    m_fraction = fraction(tr("Share of the class's training examples kept (rare), signed "
                             "(correlation) or flipped (noisy); set to the task's default when "
                             "the task changes"));
    m_form->addRow(tr("&Fraction:"), m_fraction);
    m_otherFraction = fraction(tr("correlation: share of the other classes' training images "
                                  "signed"));
    m_form->addRow(tr("&Other fraction:"), m_otherFraction);
    m_signal = new QComboBox(box);
    for (const char* s : {"patch", "tint", "frame"})
        m_signal->addItem(QString::fromLatin1(s), QString::fromLatin1(s));
    m_form->addRow(tr("Si&gnal:"), m_signal);
    m_seed = spin(0, std::numeric_limits<int>::max(),
                  tr("Seed of the plant, the model and the "
                     "methods"));
    m_seed->setObjectName(QStringLiteral("seed"));
    m_form->addRow(tr("&Seed:"), m_seed);

    auto* methods = new QWidget(box);
    auto* grid = new QGridLayout(methods);
    grid->setContentsMargins(0, 0, 0, 0);
    m_allMethods = new QCheckBox(tr("All"), methods);
    grid->addWidget(m_allMethods, 0, 0);
    int i = 1;
    for (const auto& m : workflows::sliceBenchmarkMethods()) {
        auto* c = new QCheckBox(q(m), methods);
        c->setObjectName(QStringLiteral("method-") + q(m));
        m_methods[m] = c;
        grid->addWidget(c, i / 2, i % 2);
        ++i;
        connect(c, &QCheckBox::toggled, this, [this] {
            int on = 0;
            for (const auto& [n, c] : m_methods)
                on += c->isChecked();
            const QSignalBlocker block(m_allMethods);
            m_allMethods->setChecked(on == int(m_methods.size()));
            if (m_runButton)
                m_runButton->setEnabled(!m_job && on > 0);
        });
    }
    m_methods["infembed-block"]->setToolTip(
        tr("Influence through the last conv block: minutes on a CPU"));
    connect(m_allMethods, &QCheckBox::clicked, this, [this](bool on) {
        for (const auto& [n, box] : m_methods)
            box->setChecked(on);
    });
    m_form->addRow(tr("Methods:"), methods);

    m_arch = new QComboBox(box);
    for (const auto& a : nn::builtInArchitectures())
        m_arch->addItem(q(a), q(a));
    m_form->addRow(tr("&Architecture:"), m_arch);
    m_epochs = spin(1, 1000, tr("Model recipe: training epochs"));
    m_epochs->setObjectName(QStringLiteral("epochs"));
    m_form->addRow(tr("&Epochs:"), m_epochs);
    m_device = new QComboBox(box);
    for (const char* d : {"auto", "cpu", "cuda"})
        m_device->addItem(QString::fromLatin1(d), QString::fromLatin1(d));
    m_form->addRow(tr("De&vice:"), m_device);
    m_k = spin(1, 1000, tr("Precision@k: the slice's first k members are checked"));
    m_form->addRow(tr("&k:"), m_k);
    m_topSlices = spin(1, 100, tr("Precision@k is the best over the method's first slices"));
    m_form->addRow(tr("Top s&lices:"), m_topSlices);

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
    m_form->addRow(buttons);

    m_progress = new QProgressBar(box);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_form->addRow(m_progress);
    m_status = new QLabel(box);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setMinimumWidth(300);
    m_form->addRow(m_status);
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
    SliceBenchmarkRequest r;
    r.dataset = m_dataset->currentText().trimmed().toStdString();
    r.plant.task = m_task->currentData().toString().toStdString();
    r.plant.classId = m_class->value();
    r.plant.targetClass = m_target->value();
    r.plant.fraction = m_fraction->value();
    r.plant.otherFraction = m_otherFraction->value();
    r.plant.signal = m_signal->currentData().toString().toStdString();
    r.options.seed = std::uint64_t(m_seed->value());
    r.plant.seed = r.options.seed;
    for (const auto& m : workflows::sliceBenchmarkMethods())
        if (m_methods.at(m)->isChecked())
            r.options.methods.push_back(m);
    r.options.arch = m_arch->currentData().toString().toStdString();
    r.options.epochs = m_epochs->value();
    r.options.device = m_device->currentData().toString().toStdString();
    r.options.k = m_k->value();
    r.options.topSlices = m_topSlices->value();
    return r;
}

void SliceBenchmarkDialog::setRequest(const SliceBenchmarkRequest& r) {
    m_dataset->setCurrentText(q(r.dataset));
    {
        const QSignalBlocker block(m_task); // the fraction below is the request's, not a default
        selectData(m_task, q(r.plant.task));
    }
    updateTaskRows();
    m_class->setValue(r.plant.classId);
    m_target->setValue(r.plant.targetClass);
    m_fraction->setValue(data::effectiveFraction(r.plant));
    m_otherFraction->setValue(r.plant.otherFraction);
    selectData(m_signal, q(r.plant.signal));
    m_seed->setValue(
        int(std::min<std::uint64_t>(r.options.seed, std::uint64_t(m_seed->maximum()))));
    auto chosen = r.options.methods; // names only: a stale setting must not throw here
    if (chosen.empty() || std::find(chosen.begin(), chosen.end(), "all") != chosen.end())
        chosen = workflows::sliceBenchmarkMethods();
    for (const auto& [name, box] : m_methods)
        box->setChecked(std::find(chosen.begin(), chosen.end(), name) != chosen.end());
    selectData(m_arch, q(r.options.arch));
    m_epochs->setValue(r.options.epochs);
    selectData(m_device, q(r.options.device));
    m_k->setValue(r.options.k);
    m_topSlices->setValue(r.options.topSlices);
}

void SliceBenchmarkDialog::restoreDefaults() {
    SliceBenchmarkRequest::resetSettings();
    setRequest(SliceBenchmarkRequest::defaults());
}

void SliceBenchmarkDialog::onTaskChanged() {
    updateTaskRows();
    data::PlantParams p;
    p.task = m_task->currentData().toString().toStdString();
    m_fraction->setValue(data::effectiveFraction(p)); // fractions mean different things per task
}

void SliceBenchmarkDialog::updateTaskRows() {
    const QString task = m_task->currentData().toString();
    const bool planted = task == QLatin1String("planted");
    m_form->setRowVisible(m_class, !planted);
    m_form->setRowVisible(m_fraction, !planted);
    m_form->setRowVisible(m_target, task == QLatin1String("noisy"));
    m_form->setRowVisible(m_otherFraction, task == QLatin1String("correlation"));
    m_form->setRowVisible(m_signal, task == QLatin1String("correlation"));
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
                                 : tr(" The plant does not bite (error inside %1 < 2× outside "
                                      "%2): its scores say little.")
                                       .arg(r->errorInside, 0, 'f', 3)
                                       .arg(r->errorOutside, 0, 'f', 3);
        showStatus(tr("Done in %1 s: %2 method(s) on %3, model accuracy %4.")
                           .arg(o.seconds, 0, 'f', 1)
                           .arg(r->methods.size())
                           .arg(q(r->task))
                           .arg(r->modelAccuracy, 0, 'f', 3) +
                       bite,
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
    bool anyMethod = false;
    for (const auto& [n, box] : m_methods)
        anyMethod |= box->isChecked();
    m_runButton->setEnabled(!running && anyMethod);
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
