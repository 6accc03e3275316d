#pragma once
// Readers for the first thing a server says after the TCP connect — enough to know that the
// service itself (not just a socket) is alive, without credentials and without sending a byte.
//
// MySQL/MariaDB: one packet (3-byte little-endian length, 1-byte sequence id 0) holding either
// the protocol-10 handshake (0x0a, NUL-terminated server version, connection id, auth data,
// capabilities, ...) or an error packet (0xff, error code, message) — e.g. 1040 "Too many
// connections" or 1129 "Host ... is blocked because of many connection errors".
// SSH (RFC 4253 4.2): optional text lines, then "SSH-2.0-software comments\r\n".

#include <QByteArray>
#include <QString>

namespace ha {

struct Greeting
{
    enum class State {
        Incomplete,     // need more bytes
        Ok,             // a well-formed greeting: version is set
        ServerError,    // MySQL error packet: errorCode and message are set
        Bad,            // not the expected protocol: message says why
    };
    State state = State::Incomplete;
    QString version;            // as the server sent it
    quint32 connectionId = 0;   // MySQL only
    quint16 errorCode = 0;      // MySQL error packet
    QString message;
};

// The largest greeting either reader accepts before calling the data bad.
constexpr int kMaxGreetingBytes = 16 * 1024;

Greeting parseMysqlGreeting(const QByteArray &data);
Greeting parseSshGreeting(const QByteArray &data);

// MariaDB prefixes its version with "5.5.5-" for old replication clients; people want the rest.
QString displayMysqlVersion(const QString &version);

} // namespace ha
