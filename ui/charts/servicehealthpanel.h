#pragma once
// The service health page: one line of current state per probe target, the availability and
// latency chart of the database service, and the group location timeline. Redraws at most once
// a second, whatever the probe rate.

#include <QDateTime>
#include <QTimer>
#include <QWidget>

class QLabel;

namespace ha {

class AvailabilityChart;
class GroupTimelineChart;
class ServiceHealth;

class ServiceHealthPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ServiceHealthPanel(ServiceHealth *health, QWidget *parent = nullptr);

    void setWindowMs(qint64 ms);
    // Redraw now; nowMs < 0: the wall clock.
    void refresh(qint64 nowMs = -1);

    AvailabilityChart *availabilityChart() const { return m_availability; }
    GroupTimelineChart *timelineChart() const { return m_timeline; }
    QString statusText() const;

Q_SIGNALS:
    void logRequested(const QDateTime &when); // the operator double-clicked a moment

private:
    ServiceHealth *m_health;
    QLabel *m_status;
    AvailabilityChart *m_availability;
    GroupTimelineChart *m_timeline;
    QTimer m_redraw;
    bool m_dirty = false;
};

} // namespace ha
