#include "ui/methods/directions/directions_interventions_panel.h"
#include "core/data/dataset.h"
#include "core/methods/method_result.h"
#include "core/methods/result_codec.h"
#include "core/nn/classifier.h"
#include "core/store/project.h"
#include "ui/document/analysis_document.h"
#include "ui/jobs/job_manager.h"
#include "ui/methods/directions/directions_interventions_dialog.h"
#include "ui/methods/directions/directions_interventions_job.h"
#include "ui/settings/settings.h"
#include "ui/views/bar_chart_widget.h"
#include "ui/views/view_style.h"
#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>

namespace fl::ui {
namespace {

using ResultPtr = std::shared_ptr<const methods::MethodResult>;

QString armName(const std::string& arm) {
    const char* context = "fl::ui::DirectionsInterventionsPanel";
    if (arm == "original")
        return QCoreApplication::translate(context, "original");
    if (arm == "random")
        return QCoreApplication::translate(context, "random K");
    if (arm == "confidence")
        return QCoreApplication::translate(context, "lowest confidence");
    if (arm == "svm")
        return QCoreApplication::translate(context, "hardest by h");
    if (arm == "upweight")
        return QCoreApplication::translate(context, "upweight h < 0");
    return QString::fromStdString(arm);
}

} // namespace

DirectionsInterventionsPanel::DirectionsInterventionsPanel(AnalysisDocument* doc, JobManager* jobs,
                                                           QWidget* parent)
    : QWidget(parent), m_doc(doc), m_jobs(jobs) {
    auto* v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    m_title = style::captionLabel(this);
    m_title->setText(tr("Interventions"));
    v->addWidget(m_title);
    auto* row = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    row->addWidget(m_status, 1);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(220);
    m_progress->setVisible(false);
    row->addWidget(m_progress);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setVisible(false);
    row->addWidget(m_cancel);
    v->addLayout(row);

    auto* charts = new QHBoxLayout;
    m_accuracy = new BarChartWidget(this);
    m_accuracy->setTitle(tr("Test accuracy (mean over seeds)"));
    m_accuracy->setClickable(false);
    m_hard = new BarChartWidget(this);
    m_hard->setTitle(tr("Accuracy on the hard test examples (h < 0)"));
    m_hard->setClickable(false);
    charts->addWidget(m_accuracy, 1, Qt::AlignTop);
    charts->addWidget(m_hard, 1, Qt::AlignTop);
    v->addLayout(charts);

    m_tablePicker = new QComboBox(this);
    m_tablePicker->setToolTip(tr("The interventions' tables"));
    v->addWidget(m_tablePicker, 0, Qt::AlignLeft);
    m_table = new QTableWidget(this);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    v->addWidget(m_table);

    connect(m_cancel, &QPushButton::clicked, this, &DirectionsInterventionsPanel::cancel);
    connect(m_tablePicker, &QComboBox::currentIndexChanged, this,
            &DirectionsInterventionsPanel::fillTable);
    if (m_jobs) {
        connect(m_jobs, &JobManager::jobChanged, this, &DirectionsInterventionsPanel::onJobChanged);
        // A cancelled job delivers neither result nor error (those clear m_job first): the
        // manager's signal says it ended.
        connect(m_jobs, &JobManager::jobFinished, this, [this](quint64 id) {
            if (!m_job || id != m_job)
                return;
            m_job = 0;
            m_progress->setVisible(false);
            m_cancel->setVisible(false);
            m_status->setText(tr("The interventions were cancelled."));
            Q_EMIT finished();
        });
    }
    showResult(nullptr);
}

DirectionsInterventionsPanel::~DirectionsInterventionsPanel() = default;

QString DirectionsInterventionsPanel::statusText() const {
    return m_status->text();
}

bool DirectionsInterventionsPanel::busy() const {
    const JobInfo* job = m_jobs && m_job ? m_jobs->job(m_job) : nullptr;
    return job && job->finishedAfterMs < 0;
}

void DirectionsInterventionsPanel::setRun(std::shared_ptr<const DirectionsRun> run) {
    const bool sameProject = m_run && run;
    m_run = std::move(run);
    if (!m_run) {
        showResult(nullptr);
        return;
    }
    if (!sameProject || !m_result)
        loadStored();
}

void DirectionsInterventionsPanel::loadStored() {
    store::Project* p = m_doc->project();
    ResultPtr stored;
    if (p) {
        try {
            if (const auto id = methods::latestRun(*p, {kInterventionsKind}))
                stored =
                    std::make_shared<const methods::MethodResult>(methods::loadResult(*p, *id));
        } catch (const std::exception& e) {
            m_doc->reportError(tr("The stored interventions could not be read: %1")
                                   .arg(QString::fromUtf8(e.what())));
        }
    }
    showResult(stored);
}

void DirectionsInterventionsPanel::showResult(ResultPtr result) {
    m_result = std::move(result);
    const bool has = m_result != nullptr;
    m_accuracy->setVisible(has);
    m_hard->setVisible(has);
    m_tablePicker->setVisible(has);
    m_table->setVisible(has);
    if (!busy())
        m_status->setText(
            has ? tr("Run #%1 · seeds: %2 · %3 s. Δ is the mean of the per-seed differences to "
                     "the original model.")
                      .arg(m_result->runId)
                      .arg(m_result->summary.value("seeds", 0))
                      .arg(QLocale().toString(m_result->seconds, 'f', 0))
                : tr("Interventions… retrains the model with the hardest pool examples added or "
                     "the predicted errors weighed up, and compares it with random and "
                     "low-confidence picks."));
    {
        const QSignalBlocker b(m_tablePicker);
        m_tablePicker->clear();
        if (has)
            for (const auto& t : m_result->tables)
                m_tablePicker->addItem(QString::fromStdString(t.title),
                                       QString::fromStdString(t.name));
    }
    fillTable();
    if (!has)
        return;
    const methods::Chart* chart = nullptr;
    for (const auto& c : m_result->charts)
        chart = &c;
    if (!chart)
        return;
    const QLocale loc;
    const auto bars = [&](std::size_t series) {
        QVector<BarChartWidget::Bar> out;
        if (series >= chart->series.size())
            return out;
        for (std::size_t i = 0; i < chart->categories.size(); ++i) {
            BarChartWidget::Bar b;
            b.label = armName(chart->categories[i]);
            b.value =
                i < chart->series[series].values.size() ? chart->series[series].values[i] : 0.0;
            if (std::isnan(b.value))
                b.value = 0.0;
            b.valueText = loc.toString(b.value, 'f', 4);
            b.color = chart->categories[i] == "original" ? QColor(Qt::gray) : style::correctColor();
            b.toolTip = QStringLiteral("%1: %2").arg(b.label, b.valueText);
            out << b;
        }
        return out;
    };
    m_accuracy->setBars(bars(0), 1.0);
    m_hard->setBars(bars(1), 1.0);
}

void DirectionsInterventionsPanel::fillTable() {
    m_table->clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(0);
    if (!m_result)
        return;
    const std::string name = m_tablePicker->currentData().toString().toStdString();
    for (const auto& t : m_result->tables) {
        if (t.name != name)
            continue;
        m_table->setColumnCount(int(t.columns.size()));
        QStringList headers;
        for (const auto& c : t.columns)
            headers << QString::fromStdString(c);
        m_table->setHorizontalHeaderLabels(headers);
        m_table->setRowCount(int(t.rows.size()));
        for (int r = 0; r < int(t.rows.size()); ++r)
            for (int c = 0; c < int(t.rows[std::size_t(r)].size()); ++c) {
                const std::string& cell = t.rows[std::size_t(r)][std::size_t(c)];
                auto* item = new QTableWidgetItem(c == 0 && t.name == "interventions"
                                                      ? armName(cell)
                                                      : QString::fromStdString(cell));
                item->setTextAlignment((c == 0 ? Qt::AlignLeft : Qt::AlignRight) |
                                       Qt::AlignVCenter);
                m_table->setItem(r, c, item);
            }
    }
    int h = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth() + 2;
    for (int r = 0; r < m_table->rowCount(); ++r)
        h += m_table->rowHeight(r);
    m_table->setFixedHeight(h);
}

void DirectionsInterventionsPanel::openDialog() {
    if (!m_run || !m_doc->hasProject() || !m_doc->dataset())
        return;
    if (busy())
        return; // the panel shows the running job and its Cancel
    const bool ownFeatures = m_run->embedding == QLatin1String("model");
    QString arch = QStringLiteral("small-cnn");
    int epochs = 2;
    if (const auto model = m_doc->model()) {
        arch = QString::fromStdString(model->arch());
        const auto& ts = model->trainingSettings();
        if (const auto it = ts.find("epochs"); it != ts.end())
            epochs = QString::fromStdString(it->second).toInt();
    }
    DirectionsInterventionsDialog dialog(
        ownFeatures ? QString() : QString::fromStdString(m_run->setting("embedding_file")), arch,
        epochs, window());
    if (dialog.exec() != QDialog::Accepted)
        return;
    start(dialog.request());
}

quint64 DirectionsInterventionsPanel::start(const InterventionRequest& given) {
    if (!m_jobs || !m_run || !m_doc->hasProject() || !m_doc->sharedDataset())
        return 0;
    InterventionRequest request = given;
    request.device = Settings::device().toStdString();
    request.directionsRunId = m_run->result->runId;
    auto ds = m_doc->sharedDataset();
    const std::string path = m_doc->projectPath().toStdString();
    QPointer<AnalysisDocument> doc(m_doc);
    m_job = m_jobs->run<ResultPtr>(
        tr("Failure directions' interventions (seeds: %1)").arg(request.options.seeds.size()),
        fl::jobs::JobWeight::Heavy,
        [ds, request, path](fl::jobs::JobContext& c) -> ResultPtr {
            // Committed before storing: a late cancel must not hide a stored run.
            return std::make_shared<const methods::MethodResult>(runInterventionsJob(
                *ds, request, path, c.progress(), c.cancelToken(), [&c] { c.commit(); }));
        },
        this,
        [this, doc, path](ResultPtr r) {
            m_job = 0;
            m_progress->setVisible(false);
            m_cancel->setVisible(false);
            if (doc && doc->projectPath().toStdString() == path)
                showResult(r);
            Q_EMIT finished();
        },
        [this](const QString& error) {
            m_job = 0;
            m_progress->setVisible(false);
            m_cancel->setVisible(false);
            m_status->setText(tr("The interventions failed: %1").arg(error));
            m_doc->reportError(tr("The interventions failed: %1").arg(error));
            Q_EMIT finished();
        });
    if (!m_job)
        return 0;
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    m_status->setText(tr("Running the interventions…"));
    Q_EMIT started();
    return m_job;
}

void DirectionsInterventionsPanel::cancel() {
    if (m_jobs && m_job)
        m_jobs->cancel(m_job);
}

void DirectionsInterventionsPanel::onJobChanged(quint64 id) {
    if (id != m_job || !m_jobs)
        return;
    if (const JobInfo* job = m_jobs->job(id)) {
        m_progress->setValue(int(std::lround(job->fraction * 1000)));
        if (!job->message.isEmpty())
            m_status->setText(tr("Running the interventions: %1").arg(job->message));
    }
}

} // namespace fl::ui
