#pragma once
// Availability and latency of one probed service over a time window: the greeting latency as a
// line (one segment per stretch of "up"), failed probes as red marks on the time axis, and each
// outage as a red band labelled with its length. Reads a core ProbeSeries; holds no data.

#include <QChartView>

class QDateTimeAxis;
class QValueAxis;

namespace ha {

class ChartLabels;
struct ProbeSeries;

class AvailabilityChart : public QChartView
{
    Q_OBJECT
public:
    explicit AvailabilityChart(QWidget *parent = nullptr);
    ~AvailabilityChart() override;

    void setSeries(const ProbeSeries *series, const QString &title);
    void setWindowMs(qint64 ms) { m_windowMs = ms; }
    qint64 windowMs() const { return m_windowMs; }
    // Redraws the window that ends at nowMs (wall clock, ms since the epoch).
    void refresh(qint64 nowMs);

    // What is drawn, for tests and the status line.
    int upPoints() const { return m_upPoints; }
    int failedPoints() const { return m_failedPoints; }
    int outageBands() const { return m_bands; }
    double availabilityPercent() const { return m_availability; }
    QStringList labelTexts() const;
    bool axisTimeVisible() const;

private:
    const ProbeSeries *m_series = nullptr;
    QString m_title;
    qint64 m_windowMs = 10 * 60 * 1000;
    QDateTimeAxis *m_time = nullptr;
    QValueAxis *m_latency = nullptr;
    ChartLabels *m_labels = nullptr;
    int m_upPoints = 0;
    int m_failedPoints = 0;
    int m_bands = 0;
    double m_availability = 100.0;
};

} // namespace ha
