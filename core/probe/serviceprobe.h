#pragma once
// Probes one TCP service from the workstation, as a client would see it: connect, then read the
// server's greeting (MySQL handshake or SSH version line). No credentials, nothing sent.
//
// Non-blocking (QTcpSocket on the caller's event loop), every phase bounded by a timeout, and at
// most one probe in flight: a tick that comes while the previous probe still runs is skipped
// (counted in skippedTicks()), so a hung target never piles up sockets.
//
// Note for real MySQL servers without skip-name-resolve: connections that end before the login
// count towards max_connect_errors (default 100) and a server can then block the workstation
// ("Host ... is blocked", error 1129 — reported here as ServerError with that message; the fix
// is FLUSH HOSTS and a higher max_connect_errors). Any successful login from the host resets it.

#include "probesample.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QTcpSocket;

namespace ha {

enum class ProbeKind { Mysql, Ssh };

struct ProbeTarget
{
    QString name;           // "service", "node1", ...
    QString host;
    quint16 port = 0;
    ProbeKind kind = ProbeKind::Mysql;
};

struct ProbeTiming
{
    int intervalMs = 1000;
    int connectTimeoutMs = 1000;    // SYN -> connected
    int greetingTimeoutMs = 1000;   // connected -> complete greeting
};

class ServiceProbe : public QObject
{
    Q_OBJECT
public:
    explicit ServiceProbe(ProbeTarget target, ProbeTiming timing = {}, QObject *parent = nullptr);
    ~ServiceProbe() override;

    const ProbeTarget &target() const { return m_target; }
    const ProbeTiming &timing() const { return m_timing; }
    void setTiming(const ProbeTiming &timing);

    void start();               // probes now, then every intervalMs
    void stop();                // aborts a probe in flight (no result for it)
    bool isRunning() const { return m_tick.isActive(); }
    bool inFlight() const { return m_socket != nullptr; }
    // One probe now, unless one is in flight. Returns whether a probe started.
    bool probeOnce();

    qint64 probesStarted() const { return m_started; }
    qint64 skippedTicks() const { return m_skipped; }

signals:
    void probed(const ha::ProbeResult &result);

private:
    void onConnected();
    void onReadyRead();
    void onDisconnected();
    void onError();
    void onDeadline();
    void finish(bool up, ProbeFailure failure, const QString &detail);
    double elapsedMs() const;

    ProbeTarget m_target;
    ProbeTiming m_timing;
    QTimer m_tick;
    QTimer m_deadline;
    QTcpSocket *m_socket = nullptr;
    QByteArray m_buffer;
    QElapsedTimer m_clock;
    ProbeResult m_current;
    qint64 m_started = 0;
    qint64 m_skipped = 0;
};

} // namespace ha
