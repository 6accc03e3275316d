#pragma once
#include <vector>
// PowerControl over IPMI v2.0 RMCP+ ("lanplus") with OpenIPMI, on the caller's event loop.
// One RMCP+ session per object, opened on the first request and reused by the following ones;
// requests made while it opens wait for it. Every request ends within operationTimeout().

#include "powercontrol.h"
#include "profile/clusterprofile.h"

#include <QByteArray>
#include <QHash>
#include <QList>

#include <algorithm>
#include <memory>

namespace ha {

namespace ipmi {
struct SdrSensor;
}

class OpenIpmiPowerControl : public PowerControl
{
    Q_OBJECT
public:
    // `password` is copied into this object only; it is wiped when the object goes away.
    OpenIpmiPowerControl(QString nodeName, BmcConfig config, QByteArray password,
                         QObject *parent = nullptr);
    // Closes the session in the background. Requests still running are dropped, no callback.
    ~OpenIpmiPowerControl() override;

    QString target() const override;
    const BmcConfig &config() const { return m_config; }

    // The bound for a whole request, connecting included. Default: 4 × the per-message
    // timeout of the profile (BmcConfig::timeoutMs), which OpenIPMI uses for each retry.
    int operationTimeoutMs() const { return m_operationTimeoutMs; }
    void setOperationTimeoutMs(int ms) { m_operationTimeoutMs = std::max(1, ms); }

    bool isConnected() const;
    // Closes the session now; the next request opens a new one.
    void closeSession();

    void powerStatus(QObject *context, Done<PowerState> done) override;
    void chassisStatus(QObject *context, Done<ChassisStatus> done) override;
    void power(PowerAction action, QObject *context, Done<void> done) override;
    void readSensors(QObject *context, Done<QList<SensorReading>> done) override;
    void readSel(QObject *context, Done<QList<SelEntry>> done) override;

    // OpenIPMI is process-wide: it stays initialised while any session is open or closing.
    // Programs call whenLibraryIdle() before exiting so everything is freed (valgrind clean).
    static bool libraryActive();
    static void whenLibraryIdle(QObject *context, std::function<void()> fn);

    struct Session; // OpenIPMI callbacks hold this, never the QObject (it may be gone)

    struct Response
    {
        quint8 cc = 0;
        QByteArray data; // without the completion code
    };
    using RawDone = std::function<void(Result<Response>)>;

    // Raw request to the BMC (system interface address). Transport errors come back as
    // errors; any completion code comes back in Response::cc.
    void send(quint8 netfn, quint8 cmd, const QByteArray &data, RawDone done, quint8 lun = 0);

private:
    struct Queued
    {
        quint32 id;
        quint8 netfn;
        quint8 cmd;
        QByteArray data;
        quint8 lun;
    };
    friend struct SessionCallbacks;

    Result<void> openSession();
    void transmit(const Queued &q);
    void onConnectionChange(int err, bool anyPortUp);
    void onResponse(quint32 id, quint8 cc, const QByteArray &data);
    void failAll(const Error &e);
    void finish(quint32 id, Result<Response> r);
    Error connectionError(int err) const;
    Error ccError(const QString &what, quint8 cc) const;
    QString describe(const QString &what) const;

    void loadSdrs(std::function<void(Result<QList<ipmi::SdrSensor>>)> done);
    void readNextSdr(quint16 reservation, quint16 recordId, int count,
                     std::shared_ptr<QList<ipmi::SdrSensor>> acc,
                     std::function<void(Result<QList<ipmi::SdrSensor>>)> done);
    void readSdrChunked(quint16 reservation, quint16 recordId, QByteArray sofar, int total,
                        std::function<void(Result<std::pair<quint16, QByteArray>>)> done);
    struct SensorJob;
    void readSensorAt(std::shared_ptr<SensorJob> job, int i);
    void readNextSel(quint16 recordId, int count, std::shared_ptr<QList<SelEntry>> acc,
                     Done<QList<SelEntry>> done);
    void setReachable(bool reachable);

    QString m_node;
    BmcConfig m_config;
    QByteArray m_password;
    QByteArray m_user;
    int m_operationTimeoutMs = 4000;
    Session *m_session = nullptr;
    quint32 m_nextId = 1;
    QHash<quint32, RawDone> m_inflight;
    QList<Queued> m_queue;        // waiting for the session to come up
    std::shared_ptr<QList<ipmi::SdrSensor>> m_sdrCache;
    // Callers waiting for the SDR load in flight: a second Reserve SDR Repository would cancel
    // the first one's reservation (completion code 0xC5) when sensors and SEL are read at once.
    std::vector<std::function<void(Result<QList<ipmi::SdrSensor>>)>> m_sdrWaiters;
    int m_reachable = -1;         // unknown
};

} // namespace ha
