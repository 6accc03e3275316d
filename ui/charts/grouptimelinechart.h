#pragma once
#include <QDateTime>
// Which node ran the service group over a time window: a step line across one row per node (and
// a "not running" row), with each failover marked on the node it moved to and labelled with the
// downtime the service probe measured for it. Reads a core GroupTimeline; holds no data.

#include <QChartView>

class QCategoryAxis;
class QDateTimeAxis;

namespace ha {

class ChartLabels;
class GroupTimeline;

class GroupTimelineChart : public QChartView
{
    Q_OBJECT
public:
    explicit GroupTimelineChart(QWidget *parent = nullptr);
    ~GroupTimelineChart() override;

    void setTimeline(const GroupTimeline *timeline, const QString &group, const QStringList &nodes);
    void setWindowMs(qint64 ms) { m_windowMs = ms; }
    void refresh(qint64 nowMs);

    int stepPoints() const { return m_stepPoints; }
    int failoverMarkers() const { return m_markers; }
    QStringList labelTexts() const;
    // The time under a point of the view (invalid outside the plot area).
    QDateTime timeAt(const QPoint &viewPos) const;

Q_SIGNALS:
    // Double-click on the plot: "show me the logs of that moment" (a failover marker, say).
    void timeActivated(const QDateTime &when);

protected:
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    double rowOf(const QString &node) const;

    const GroupTimeline *m_timeline = nullptr;
    QString m_group;
    QStringList m_nodes;
    qint64 m_windowMs = 10 * 60 * 1000;
    QDateTimeAxis *m_time = nullptr;
    QCategoryAxis *m_rows = nullptr;
    ChartLabels *m_labels = nullptr;
    int m_stepPoints = 0;
    int m_markers = 0;
};

} // namespace ha
