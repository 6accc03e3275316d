#pragma once
// Throwaway servers on 127.0.0.1 for the probe tests: each accepted connection gets a scripted
// behaviour (say a greeting, maybe in pieces; say nothing; hang up at once).

#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace ha::test {

inline QByteArray mysqlPacket(const QByteArray &payload, quint8 sequence = 0)
{
    QByteArray h;
    const auto n = static_cast<quint32>(payload.size());
    h.append(char(n & 0xff));
    h.append(char((n >> 8) & 0xff));
    h.append(char((n >> 16) & 0xff));
    h.append(char(sequence));
    return h + payload;
}

// A protocol-10 handshake packet as MariaDB 10.11 sends it (header + payload).
inline QByteArray mysqlHandshake(const QByteArray &version, quint32 connectionId = 7)
{
    QByteArray p;
    p.append(char(0x0a));
    p.append(version);
    p.append('\0');
    for (int i = 0; i < 4; ++i)
        p.append(char((connectionId >> (8 * i)) & 0xff));
    p.append("abcdefgh", 8);                  // auth-plugin-data part 1
    p.append('\0');                           // filler
    p.append("\xfe\xf7", 2);                  // capability flags, lower
    p.append(char(0x2d));                     // character set
    p.append("\x02\x00", 2);                  // status flags
    p.append("\xff\x81", 2);                  // capability flags, upper
    p.append(char(21));                       // auth-plugin-data length
    p.append(QByteArray(6, '\0'));            // reserved
    p.append("\x1d\x00\x00\x00", 4);          // MariaDB extended capabilities
    p.append("ijklmnopqrst", 12);             // auth-plugin-data part 2
    p.append('\0');
    p.append("mysql_native_password");
    p.append('\0');
    return mysqlPacket(p);
}

inline QByteArray mysqlErrorPacket(quint16 code, const QByteArray &message)
{
    QByteArray p;
    p.append(char(0xff));
    p.append(char(code & 0xff));
    p.append(char(code >> 8));
    p.append(message);
    return mysqlPacket(p);
}

class FakeServer : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Greet, Silent, HangUp };

    explicit FakeServer(Mode mode, QByteArray greeting = {}, QObject *parent = nullptr)
        : QObject(parent)
        , m_mode(mode)
        , m_greeting(std::move(greeting))
    {
        connect(&m_server, &QTcpServer::newConnection, this, &FakeServer::onNew);
    }

    bool listen(quint16 port = 0) { return m_server.listen(QHostAddress::LocalHost, port); }
    void close()
    {
        m_server.close();
        for (const QPointer<QTcpSocket> &s : std::as_const(m_open)) {
            if (s)
                s->abort();
        }
    }
    quint16 port() const { return m_server.serverPort(); }
    // Send the greeting in pieces of this many bytes, one piece every chunkDelayMs.
    void setChunks(int bytes, int delayMs)
    {
        m_chunk = bytes;
        m_chunkDelayMs = delayMs;
    }
    void setMode(Mode m) { m_mode = m; }
    int accepted() const { return m_accepted; }
    int maxConcurrent() const { return m_maxConcurrent; }

private:
    void onNew()
    {
        while (QTcpSocket *s = m_server.nextPendingConnection()) {
            ++m_accepted;
            m_open.append(s);
            connect(s, &QTcpSocket::disconnected, this, [this, s] {
                --m_concurrent;
                s->deleteLater();
            });
            ++m_concurrent;
            m_maxConcurrent = qMax(m_maxConcurrent, m_concurrent);
            switch (m_mode) {
            case Mode::Silent:
                break;
            case Mode::HangUp:
                s->disconnectFromHost();
                break;
            case Mode::Greet:
                sendFrom(s, 0);
                break;
            }
        }
    }
    void sendFrom(QTcpSocket *s, int pos)
    {
        const int n = m_chunk > 0 ? m_chunk : static_cast<int>(m_greeting.size());
        s->write(m_greeting.mid(pos, n));
        if (pos + n < m_greeting.size()) {
            QPointer<QTcpSocket> guard(s);
            QTimer::singleShot(m_chunkDelayMs, this, [this, guard, pos, n] {
                if (guard && guard->state() == QAbstractSocket::ConnectedState)
                    sendFrom(guard, pos + n);
            });
        }
    }

    QTcpServer m_server;
    Mode m_mode;
    QByteArray m_greeting;
    QList<QPointer<QTcpSocket>> m_open;
    int m_chunk = 0;
    int m_chunkDelayMs = 0;
    int m_accepted = 0;
    int m_concurrent = 0;
    int m_maxConcurrent = 0;
};

} // namespace ha::test
