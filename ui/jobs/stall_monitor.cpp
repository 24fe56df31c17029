#include "ui/jobs/stall_monitor.h"
#include <QTimer>
#include <algorithm>

namespace fl::ui {

static constexpr int kIntervalMs = 10;

StallMonitor::StallMonitor(QObject* parent) : QObject(parent), m_timer(new QTimer(this)) {
    m_timer->setInterval(kIntervalMs);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &StallMonitor::tick);
}

void StallMonitor::start() {
    reset();
    m_timer->start();
}

void StallMonitor::stop() {
    m_timer->stop();
}

void StallMonitor::reset() {
    m_clock.start();
    m_lastNs = 0;
    m_ticks = 0;
    m_maxStallMs = 0.0;
    m_stalls.clear();
}

int StallMonitor::stallsOver(double thresholdMs) const {
    return int(std::count_if(m_stalls.begin(), m_stalls.end(),
                             [thresholdMs](double s) { return s > thresholdMs; }));
}

void StallMonitor::tick() {
    const qint64 now = m_clock.nsecsElapsed();
    const double gapMs = (now - m_lastNs) / 1e6;
    m_lastNs = now;
    ++m_ticks;
    if (m_ticks == 1)
        return; // the first gap includes the time before start()
    const double stall = std::max(0.0, gapMs - kIntervalMs);
    m_maxStallMs = std::max(m_maxStallMs, stall);
    if (stall > 50.0)
        m_stalls.append(stall);
    if (stall > 100.0)
        Q_EMIT stalled(stall);
}

} // namespace fl::ui
