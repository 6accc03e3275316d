#include "servicecheck.h"

#include <QCoreApplication>
#include <QTcpSocket>

namespace ha {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ha::ServiceCheck", text);
}

} // namespace

std::optional<ServiceAnswer> opsParseGreeting(const QByteArray &data)
{
    // Packet: 3-byte little-endian length, 1-byte sequence id, payload.
    if (data.size() < 5)
        return std::nullopt;
    const int len = static_cast<unsigned char>(data[0]) |
                    (static_cast<unsigned char>(data[1]) << 8) |
                    (static_cast<unsigned char>(data[2]) << 16);
    const auto kind = static_cast<unsigned char>(data[4]);
    ServiceAnswer a;
    if (kind == 0x0a) {
        const int end = static_cast<int>(data.indexOf('\0', 5));
        if (end < 0)
            return data.size() >= 4 + len ? std::optional<ServiceAnswer>(ServiceAnswer{
                                                false, 0, tr("malformed MySQL greeting")})
                                          : std::nullopt;
        a.up = true;
        a.detail = QString::fromLatin1(data.mid(5, end - 5));
        return a;
    }
    if (kind == 0xff) {
        if (data.size() < 4 + len)
            return std::nullopt;
        a.up = true; // the server runs and answers; it only refuses this client
        a.detail =
            tr("server answered with an error: %1").arg(QString::fromUtf8(data.mid(7, len - 3)));
        return a;
    }
    a.detail = tr("not a MySQL greeting (first byte 0x%1)").arg(kind, 2, 16, QLatin1Char('0'));
    return a;
}

ServiceCheck::ServiceCheck(QString host, quint16 port, int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_host(std::move(host))
    , m_port(port)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(timeoutMs);
    connect(&m_timeout, &QTimer::timeout, this,
            [this] { done(false, tr("no greeting within %1 ms").arg(m_timeout.interval())); });
}

void ServiceCheck::start()
{
    m_clock.start();
    m_timeout.start();
    m_socket = new QTcpSocket(this);
    connect(m_socket, &QTcpSocket::readyRead, this, [this] {
        m_buffer += m_socket->readAll();
        if (auto a = opsParseGreeting(m_buffer))
            done(a->up, a->detail);
    });
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        // A server that refuses this host sends an error packet and closes at once: it answered.
        if (m_buffer.size() > 4 && static_cast<unsigned char>(m_buffer[4]) == 0xff)
            done(true, tr("server answered with an error and closed the connection"));
        else
            done(false, m_socket->errorString());
    });
    m_socket->connectToHost(m_host, m_port);
}

void ServiceCheck::done(bool up, const QString &detail)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    emit finished(ServiceAnswer{up, m_clock.elapsed(), detail});
}

ServiceOutageMeter::ServiceOutageMeter(QString host, quint16 port, QObject *parent)
    : QObject(parent)
    , m_host(std::move(host))
    , m_port(port)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ServiceOutageMeter::probe);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        stop();
        emit settled();
    });
}

void ServiceOutageMeter::start()
{
    m_clock.start();
    m_running = true;
    m_timer.setSingleShot(true);
    probe();
}

void ServiceOutageMeter::stop()
{
    m_running = false;
    m_timer.stop();
    m_deadline.stop();
}

void ServiceOutageMeter::finishWhenUp(int maxWaitMs)
{
    if (!m_running) {
        emit settled();
        return;
    }
    m_finishing = true;
    m_finishFromMs = m_clock.elapsed();
    m_deadline.start(maxWaitMs);
}

void ServiceOutageMeter::probe()
{
    if (!m_running)
        return;
    // Bounded: with a 1 s timeout and the default interval at most ~10 are ever open.
    constexpr int kMaxInFlight = 32;
    if (m_inFlightStarts.size() < kMaxInFlight) {
        ++m_probes;
        const qint64 startedAt = m_clock.elapsed();
        m_inFlightStarts.append(startedAt);
        auto *check = new ServiceCheck(m_host, m_port, 1000, this);
        connect(check, &ServiceCheck::finished, this, [this, check, startedAt](const ServiceAnswer &a) {
            check->deleteLater();
            onAnswer(a, startedAt);
        });
        check->start();
    }
    m_timer.start(m_intervalMs);
}

void ServiceOutageMeter::onAnswer(const ServiceAnswer &a, qint64 startedAtMs)
{
    m_inFlightStarts.removeOne(startedAtMs);
    if (!m_running)
        return;
    const qint64 now = m_clock.elapsed();
    if (!a.up) {
        if (m_firstDownMs < 0 || startedAtMs < m_firstDownMs)
            m_firstDownMs = startedAtMs;
        if (startedAtMs > m_lastFailedStartMs) {
            // Answers from probes sent before this failure do not say "back": the first answer
            // from a probe sent after it does, even if it arrived before this failure did.
            m_lastFailedStartMs = startedAtMs;
            m_upSinceLastFailure.removeIf([startedAtMs](const Answered &e) { return e.startMs <= startedAtMs; });
        }
        settleIfDone();
        return;
    }
    m_latestUpStartMs = qMax(m_latestUpStartMs, startedAtMs);
    // Back up: the first answer from a probe sent after the last one that failed.
    if (startedAtMs > m_lastFailedStartMs)
        m_upSinceLastFailure.append({startedAtMs, now});
    settleIfDone();
}

void ServiceOutageMeter::settleIfDone()
{
    // Done when a probe sent since finishWhenUp() answered, after the last failure, and every
    // probe sent before it has answered too: one of them may still report the outage (a probe
    // stuck while the address moved fails only at its timeout).
    if (!m_finishing || !m_running || !lastUp() || m_latestUpStartMs < m_finishFromMs)
        return;
    for (qint64 started : std::as_const(m_inFlightStarts)) {
        if (started < m_latestUpStartMs)
            return;
    }
    stop();
    emit settled();
}

} // namespace ha
