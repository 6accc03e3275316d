#pragma once
// Power state of every node with a BMC: one PowerControl per node, polled on a timer and right
// after every action. Power actions go through here so that each one lands in the audit log.
// Passwords come from SecretStore::readBmcPassword, are handed to the control, and wiped here.

#include "ipmi/powercontrol.h"
#include "profile/clusterprofile.h"
#include "sensorhistory.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

namespace ha {

class AuditLog;
class SecretStore;

struct NodePower
{
    QString node;
    bool configured = false;       // the profile names a BMC for the node
    std::optional<bool> powerOn;   // unknown until the first successful poll
    bool bmcReachable = false;
    QString lastError;             // plain words; empty after a success
    QDateTime lastPoll;            // when the last poll answered (either way)
    bool busy = false;             // an action is running
    // One line for the node card: the worst sensor state and the hottest temperature, e.g.
    // "all 4 ok · 43 °C max" or "PSU1 Temp upper critical (71 °C)". Empty until read.
    QString sensorSummary;
    bool sensorAlarm = false;      // a sensor reads warning or critical
};

// The node card's sensor line (see NodePower::sensorSummary).
QString sensorSummaryText(const QList<SensorReading> &readings);
bool sensorsAlarm(const QList<SensorReading> &readings);

class PowerMonitor : public QObject
{
    Q_OBJECT
public:
    // Makes the control for a node; the default builds an OpenIpmiPowerControl.
    using ControlFactory =
        std::function<PowerControl *(const NodeProfile &node, const QByteArray &password)>;
    using ActionDone = std::function<void(Result<void>)>;

    PowerMonitor(ClusterProfile profile, AuditLog *audit, SecretStore *secrets,
                 QObject *parent = nullptr);
    ~PowerMonitor() override;

    void setControlFactory(ControlFactory factory) { m_factory = std::move(factory); }
    void setPollIntervalMs(int ms);
    // Sensors are read with every this many power polls (0: never on their own).
    void setSensorEveryPolls(int n) { m_sensorEvery = n; }
    int pollIntervalMs() const { return m_timer.interval(); }

    const ClusterProfile &profile() const { return m_profile; }
    // Where power actions are recorded (may be null); dialogs that record more use the same log.
    AuditLog *auditLog() const { return m_audit; }
    QStringList nodes() const;             // nodes with a BMC, in profile order
    NodePower state(const QString &node) const;
    PowerControl *control(const QString &node) const; // null until the password was read

    void start();
    void stop();
    void pollNow();

    // Runs the action and records it in the audit log; polls the node right after.
    void runAction(const QString &node, PowerAction action, QObject *context, ActionDone done);
    void readSensors(const QString &node, QObject *context,
                     PowerControl::Done<QList<SensorReading>> done);
    void readSel(const QString &node, QObject *context, PowerControl::Done<QList<SelEntry>> done);

    // Temperatures read through readSensors(), for charts.
    const SensorHistory &history(const QString &node) const;

signals:
    void nodeChanged(const QString &node);
    void actionFinished(const QString &node, ha::PowerAction action, bool ok,
                        const QString &message);

private:
    struct Entry
    {
        NodePower power;
        PowerControl *control = nullptr;
        bool passwordPending = false;
        bool polling = false;
        SensorHistory history;
    };

    void ensureControl(const QString &node, std::function<void(PowerControl *, Error)> then);
    void poll(const QString &node);
    void setState(const QString &node, const std::function<void(NodePower &)> &change);

    ClusterProfile m_profile;
    AuditLog *m_audit;
    SecretStore *m_secrets;
    ControlFactory m_factory;
    QHash<QString, Entry> m_entries;
    QTimer m_timer;
    int m_sensorEvery = 6;
    QHash<QString, int> m_pollsSinceSensors;
};

} // namespace ha
