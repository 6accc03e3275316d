#pragma once
// One node's BMC in detail: sensor table, a chart of temperatures over time and the SEL.
// Thin over PowerMonitor: the readings come from PowerMonitor::readSensors/readSel (which also
// feed the node's SensorHistory, the chart's model). Reads are asynchronous; the dialog only
// shows a busy bar when one takes longer than 300 ms, so quick reads do not flicker.

#include "ipmi/powercontrol.h"

#include <QDateTime>
#include <QDialog>
#include <QTimer>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QChartView;
class QChart;

namespace ha {
class PowerMonitor;
}

namespace ha::ui {

class IpmiPanel : public QDialog
{
    Q_OBJECT
public:
    IpmiPanel(PowerMonitor *monitor, QString node, QWidget *parent = nullptr);

    // Sensors are re-read on this period while the panel is visible (the SEL only on Refresh:
    // it can be long and changes rarely).
    void setRefreshIntervalMs(int ms);
    int refreshIntervalMs() const { return m_auto.interval(); }

    // Reads sensors and SEL now (ignored while a read of the same kind is still running).
    void refresh();

    // For tests and for the main window's status line.
    QString node() const { return m_node; }
    QString errorText() const;
    bool isReading() const { return m_sensorReads + m_selReads > 0; }
    bool busyShown() const;
    QTableWidget *sensorTable() const { return m_sensors; }
    QTableWidget *selTable() const { return m_sel; }
    QPushButton *refreshButton() const { return m_refresh; }
    int chartLineCount() const;

protected:
    void showEvent(QShowEvent *e) override;
    void hideEvent(QHideEvent *e) override;

private:
    void readSensors();
    void readSel();
    void enqueue(std::function<void()> read);
    void pump();
    void showSensors(const QList<ha::SensorReading> &readings);
    void showSel(const QList<ha::SelEntry> &entries);
    void updateChart();
    void updateBusy();
    void updateError();
    QString hintFor(ha::ErrorCode code) const;

    PowerMonitor *m_monitor;
    QString m_node;
    QLabel *m_header;
    QLabel *m_error;
    QLabel *m_updated;
    QProgressBar *m_busy;
    QLabel *m_busyText;      // the bar draws no text in every style
    QPushButton *m_refresh;
    QTableWidget *m_sensors;
    QTableWidget *m_sel;
    QChartView *m_chartView;
    QChart *m_chart;
    QTimer m_auto;
    QTimer m_busyDelay;
    QList<std::function<void()>> m_queue; // reads waiting for the one in flight
    bool m_inFlight = false;
    int m_sensorReads = 0;  // queued or in flight
    int m_selReads = 0;
    QString m_sensorError;
    QString m_selError;
    QString m_hint;          // what to check, for the last error's kind
    QDateTime m_lastGood;    // when the sensors last answered
};

} // namespace ha::ui
