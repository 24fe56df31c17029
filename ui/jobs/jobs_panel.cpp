#include "ui/jobs/jobs_panel.h"
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace fl::ui {
namespace {

QString formatElapsed(qint64 ms) {
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2")
        .arg(s / 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

JobsPanel::JobsPanel(JobManager* jobs, QWidget* parent) : QWidget(parent), m_jobs(jobs) {
    auto* inner = new QWidget;
    m_list = new QVBoxLayout(inner);
    m_list->setContentsMargins(4, 4, 4, 4);
    m_list->setSpacing(2);
    m_empty = new QLabel(tr("No jobs. Training, evaluation and analyses run here in the "
                            "background while you keep working."),
                         inner);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_list->addWidget(m_empty);
    m_list->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_clear = new QPushButton(tr("Clear finished"), this);
    m_clear->setToolTip(tr("Remove finished, failed and cancelled jobs from the list"));
    connect(m_clear, &QPushButton::clicked, m_jobs, &JobManager::clearFinished);

    auto* top = new QHBoxLayout;
    top->addStretch(1);
    top->addWidget(m_clear);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);

    connect(m_jobs, &JobManager::jobAdded, this, &JobsPanel::addRow);
    connect(m_jobs, &JobManager::jobChanged, this, &JobsPanel::updateRow);
    connect(m_jobs, &JobManager::jobRemoved, this, &JobsPanel::removeRow);
    m_timer = new QTimer(this);
    m_timer->setInterval(500); // elapsed time only needs seconds
    connect(m_timer, &QTimer::timeout, this, &JobsPanel::tick);
    for (JobId id : m_jobs->jobIds())
        addRow(id);
    updateEmptyState();
}

QPushButton* JobsPanel::cancelButton(JobId id) const {
    auto it = m_rows.constFind(id);
    return it == m_rows.constEnd() ? nullptr : it->cancel;
}

void JobsPanel::addRow(JobId id) {
    const JobInfo* info = m_jobs->job(id);
    if (!info || m_rows.contains(id))
        return;
    Row r;
    r.widget = new QWidget;
    r.name = new QLabel(info->name, r.widget);
    r.name->setMinimumWidth(160);
    QFont bold = r.name->font();
    bold.setBold(true);
    r.name->setFont(bold);
    r.bar = new QProgressBar(r.widget);
    r.bar->setRange(0, 1000);
    r.bar->setMaximumWidth(240);
    r.bar->setTextVisible(true);
    r.message = new QLabel(r.widget);
    r.message->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    r.elapsed = new QLabel(r.widget);
    r.elapsed->setMinimumWidth(48);
    r.cancel = new QPushButton(tr("Cancel"), r.widget);
    r.cancel->setToolTip(tr("Stop this job; it ends at its next step"));
    connect(r.cancel, &QPushButton::clicked, this, [this, id] { m_jobs->cancel(id); });
    auto* h = new QHBoxLayout(r.widget);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(r.name);
    h->addWidget(r.bar, 1);
    h->addWidget(r.message, 2);
    h->addWidget(r.elapsed);
    h->addWidget(r.cancel);
    m_list->insertWidget(m_list->count() - 1, r.widget); // above the stretch
    m_rows.insert(id, r);
    updateRow(id);
    updateEmptyState();
}

void JobsPanel::updateRow(JobId id) {
    const JobInfo* info = m_jobs->job(id);
    auto it = m_rows.find(id);
    if (!info || it == m_rows.end())
        return;
    Row& r = *it;
    using S = fl::jobs::JobState;
    r.bar->setValue(int(info->fraction * 1000));
    r.bar->setFormat(QStringLiteral("%1%").arg(int(info->fraction * 100)));
    const bool finished = info->finishedAfterMs >= 0;
    r.cancel->setVisible(!finished);
    QString msg = info->message;
    if (finished) {
        switch (info->state) {
        case S::Done:
            msg = tr("done");
            break;
        case S::Cancelled:
            msg = tr("cancelled");
            break;
        case S::Failed:
            msg = tr("failed: %1").arg(info->error);
            break;
        default:
            break;
        }
        r.message->setToolTip(info->error);
    } else if (info->state == S::Queued && msg.isEmpty()) {
        msg = tr("queued");
    }
    r.message->setText(msg);
    QPalette pal = r.message->palette();
    if (finished && info->state == S::Failed)
        pal.setColor(QPalette::WindowText, QColor(200, 40, 40));
    r.message->setPalette(pal);
    r.elapsed->setText(formatElapsed(finished ? info->finishedAfterMs : info->clock.elapsed()));
    if (!finished && !m_timer->isActive())
        m_timer->start();
}

void JobsPanel::removeRow(JobId id) {
    auto it = m_rows.find(id);
    if (it == m_rows.end())
        return;
    delete it->widget;
    m_rows.erase(it);
    updateEmptyState();
}

void JobsPanel::tick() {
    bool anyActive = false;
    for (auto it = m_rows.begin(); it != m_rows.end(); ++it) {
        const JobInfo* info = m_jobs->job(it.key());
        if (info && info->finishedAfterMs < 0) {
            it->elapsed->setText(formatElapsed(info->clock.elapsed()));
            anyActive = true;
        }
    }
    if (!anyActive)
        m_timer->stop();
}

void JobsPanel::updateEmptyState() {
    m_empty->setVisible(m_rows.isEmpty());
    m_clear->setEnabled(!m_rows.isEmpty());
}

} // namespace fl::ui
