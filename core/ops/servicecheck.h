#pragma once
// A one-shot check that the database answers: TCP connect to address:port and read the MySQL
// server greeting (no credentials are sent). ServiceOutageMeter repeats it to measure how long
// the service was unreachable during an operation. Kept small on purpose: the continuous
// service probe with history belongs to core/probe.

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace ha {

struct ServiceAnswer
{
    bool up = false;
    qint64 latencyMs = 0;
    QString detail; // server version on success, the reason otherwise
};

// Decides whether `data` starts with a MySQL/MariaDB handshake (protocol 10) or an error
// packet the server sends before authentication (it answers, but refuses this host).
// Returns nullopt while more bytes are needed.
std::optional<ServiceAnswer> opsParseGreeting(const QByteArray &data);

class ServiceCheck : public QObject
{
    Q_OBJECT
public:
    ServiceCheck(QString host, quint16 port, int timeoutMs, QObject *parent = nullptr);
    void start();

signals:
    void finished(const ha::ServiceAnswer &answer);

private:
    void done(bool up, const QString &detail);

    QString m_host;
    quint16 m_port;
    QTcpSocket *m_socket = nullptr;
    QTimer m_timeout;
    QElapsedTimer m_clock;
    QByteArray m_buffer;
    bool m_done = false;
};

// Starts a ServiceCheck every intervalMs from start() and records when the service stopped and
// started answering, relative to start(). Probes overlap: one sent while the address moves may
// hang until its timeout, and the next must not wait for it, or "back" is read up to a timeout
// late.
class ServiceOutageMeter : public QObject
{
    Q_OBJECT
public:
    ServiceOutageMeter(QString host, quint16 port, QObject *parent = nullptr);
    void setIntervalMs(int ms) { m_intervalMs = ms; }
    void start();
    void stop();
    // Stop as soon as the service answers (or after maxWaitMs); then emitted settled().
    void finishWhenUp(int maxWaitMs);

    qint64 elapsedMs() const { return m_clock.elapsed(); }
    bool sawOutage() const { return m_firstDownMs >= 0; }
    qint64 firstDownMs() const { return m_firstDownMs; }
    // The first answer after the last failure (or the first answer if none failed); -1: none.
    qint64 backUpMs() const { return m_upSinceLastFailure.isEmpty() ? -1 : m_upSinceLastFailure.first().endMs; }
    // The latest-sent probe that has answered either way said "up".
    bool lastUp() const { return m_latestUpStartMs >= 0 && m_latestUpStartMs > m_lastFailedStartMs; }
    int probes() const { return m_probes; }

signals:
    void settled();

private:
    void probe();
    void onAnswer(const ha::ServiceAnswer &a, qint64 startedAtMs);
    void settleIfDone();

    QString m_host;
    quint16 m_port;
    int m_intervalMs = 100;
    QElapsedTimer m_clock;
    QTimer m_timer;
    QTimer m_deadline;
    bool m_running = false;
    QList<qint64> m_inFlightStarts; // start times of the probes still out
    qint64 m_lastFailedStartMs = -1; // start of the latest-started probe that failed
    bool m_finishing = false;
    int m_probes = 0;
    qint64 m_firstDownMs = -1;
    struct Answered
    {
        qint64 startMs;
        qint64 endMs;
    };
    // Answers from probes sent after the latest-sent failed one, in the order they came: the
    // first is "back up". Bounded by the meter's life (one operation).
    QList<Answered> m_upSinceLastFailure;
    qint64 m_latestUpStartMs = -1;  // start of the latest-started probe that answered
    qint64 m_finishFromMs = -1;     // finishWhenUp() was called then
};

} // namespace ha

Q_DECLARE_METATYPE(ha::ServiceAnswer)
