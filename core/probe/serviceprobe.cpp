#include "serviceprobe.h"

#include "greeting.h"

#include <QDateTime>
#include <QTcpSocket>

namespace ha {

ServiceProbe::ServiceProbe(ProbeTarget target, ProbeTiming timing, QObject *parent)
    : QObject(parent)
    , m_target(std::move(target))
    , m_timing(timing)
{
    m_deadline.setSingleShot(true);
    // A coarse timer may fire up to 5 % early: a timeout must mean at least what it says.
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, &ServiceProbe::onDeadline);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (!probeOnce())
            ++m_skipped;
    });
}

ServiceProbe::~ServiceProbe()
{
    stop();
}

void ServiceProbe::setTiming(const ProbeTiming &timing)
{
    m_timing = timing;
    if (m_tick.isActive())
        m_tick.start(m_timing.intervalMs);
}

void ServiceProbe::start()
{
    m_tick.start(m_timing.intervalMs);
    probeOnce();
}

void ServiceProbe::stop()
{
    m_tick.stop();
    m_deadline.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
}

bool ServiceProbe::probeOnce()
{
    if (m_socket)
        return false;
    ++m_started;
    m_buffer.clear();
    m_current = ProbeResult{};
    m_current.target = m_target.name;
    m_current.timeMs = QDateTime::currentMSecsSinceEpoch();
    m_clock.start();

    m_socket = new QTcpSocket(this);
    connect(m_socket, &QTcpSocket::connected, this, &ServiceProbe::onConnected);
    connect(m_socket, &QTcpSocket::readyRead, this, &ServiceProbe::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &ServiceProbe::onDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &ServiceProbe::onError);
    m_deadline.start(m_timing.connectTimeoutMs);
    m_socket->connectToHost(m_target.host, m_target.port);
    return true;
}

double ServiceProbe::elapsedMs() const
{
    return static_cast<double>(m_clock.nsecsElapsed()) / 1e6;
}

void ServiceProbe::onConnected()
{
    m_current.connectMs = elapsedMs();
    m_deadline.start(m_timing.greetingTimeoutMs);
}

void ServiceProbe::onReadyRead()
{
    if (!m_socket)
        return;
    m_buffer += m_socket->read(kMaxGreetingBytes + 1 - m_buffer.size());
    const Greeting g = m_target.kind == ProbeKind::Mysql ? parseMysqlGreeting(m_buffer)
                                                         : parseSshGreeting(m_buffer);
    switch (g.state) {
    case Greeting::State::Incomplete:
        if (m_buffer.size() > kMaxGreetingBytes)
            finish(false, ProbeFailure::BadGreeting, tr("greeting too long"));
        return;
    case Greeting::State::Ok:
        m_current.serverVersion = m_target.kind == ProbeKind::Mysql
                                      ? displayMysqlVersion(g.version)
                                      : g.version;
        finish(true, ProbeFailure::None, QString());
        return;
    case Greeting::State::ServerError:
        finish(false, ProbeFailure::ServerError,
               tr("MySQL error %1: %2").arg(g.errorCode).arg(g.message));
        return;
    case Greeting::State::Bad:
        finish(false, ProbeFailure::BadGreeting, g.message);
        return;
    }
}

void ServiceProbe::onDisconnected()
{
    if (!m_socket)
        return;
    if (m_socket->bytesAvailable() > 0)
        onReadyRead();
    if (!m_socket)
        return;
    finish(false, ProbeFailure::NoGreeting,
           m_buffer.isEmpty() ? tr("the server closed the connection without a greeting")
                              : tr("the server closed the connection after %n byte(s) of an "
                                   "incomplete greeting",
                                   nullptr, static_cast<int>(m_buffer.size())));
}

void ServiceProbe::onError()
{
    if (!m_socket)
        return;
    const QAbstractSocket::SocketError e = m_socket->error();
    if (e == QAbstractSocket::RemoteHostClosedError) {
        onDisconnected();
        return;
    }
    const QString text = m_socket->errorString();
    switch (e) {
    case QAbstractSocket::ConnectionRefusedError:
        finish(false, ProbeFailure::Refused, text);
        break;
    case QAbstractSocket::HostNotFoundError:
    case QAbstractSocket::NetworkError:
        finish(false, ProbeFailure::Unreachable, text);
        break;
    case QAbstractSocket::SocketTimeoutError:
        finish(false, ProbeFailure::Timeout, text);
        break;
    default:
        finish(false, ProbeFailure::SocketError, text);
        break;
    }
}

void ServiceProbe::onDeadline()
{
    if (!m_socket)
        return;
    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        finish(false, ProbeFailure::Timeout,
               tr("no answer to the connection within %1 ms").arg(m_timing.connectTimeoutMs));
    } else {
        finish(false, ProbeFailure::NoGreeting,
               m_buffer.isEmpty()
                   ? tr("connected, but no greeting within %1 ms").arg(m_timing.greetingTimeoutMs)
                   : tr("connected, but the greeting was incomplete after %1 ms")
                         .arg(m_timing.greetingTimeoutMs));
    }
}

void ServiceProbe::finish(bool up, ProbeFailure failure, const QString &detail)
{
    m_deadline.stop();
    m_current.latencyMs = elapsedMs();
    m_current.up = up;
    m_current.failure = failure;
    m_current.detail = detail;
    QTcpSocket *s = m_socket;
    m_socket = nullptr;
    s->disconnect(this);
    s->abort();
    s->deleteLater();
    const ProbeResult r = m_current;
    emit probed(r);
}

} // namespace ha
