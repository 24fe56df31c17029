// Watches the UI thread's responsiveness: a 10 ms timer measures the gap between its ticks, so
// any stretch where the event loop was blocked shows up as a stall (the longest is kept).
#pragma once
#include <QElapsedTimer>
#include <QObject>

class QTimer;

namespace fl::ui {

class StallMonitor : public QObject {
    Q_OBJECT
public:
    explicit StallMonitor(QObject* parent = nullptr);
    void start();
    void stop();
    void reset();
    // The longest gap between ticks beyond the 10 ms interval, in milliseconds.
    double maxStallMs() const { return m_maxStallMs; }
    // Stalls longer than `threshold` ms (default 100: what a user notices).
    int stallsOver(double thresholdMs = 100.0) const;
    qint64 ticks() const { return m_ticks; }

Q_SIGNALS:
    void stalled(double milliseconds); // a gap over 100 ms happened

private:
    void tick();

    QTimer* m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_ticks = 0;
    double m_maxStallMs = 0.0;
    QList<double> m_stalls; // gaps above 50 ms, kept for stallsOver()
};

} // namespace fl::ui
