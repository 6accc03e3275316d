#include "greeting.h"

#include <QCoreApplication>

namespace ha {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("ha::Greeting", s);
}

Greeting bad(const QString &why)
{
    Greeting g;
    g.state = Greeting::State::Bad;
    g.message = why;
    return g;
}

quint32 le(const QByteArray &d, int pos, int bytes)
{
    quint32 v = 0;
    for (int i = bytes - 1; i >= 0; --i)
        v = (v << 8) | static_cast<quint8>(d.at(pos + i));
    return v;
}

bool printable(const QByteArray &s)
{
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7f)
            return false;
    }
    return true;
}

} // namespace

Greeting parseMysqlGreeting(const QByteArray &data)
{
    if (data.size() < 4)
        return {};
    const int length = static_cast<int>(le(data, 0, 3));
    const int sequence = static_cast<quint8>(data.at(3));
    if (length == 0 || length > kMaxGreetingBytes)
        return bad(tr("not a MySQL greeting (packet length %1)").arg(length));
    if (sequence != 0)
        return bad(tr("not a MySQL greeting (sequence id %1)").arg(sequence));
    if (data.size() < 4 + length)
        return {};
    const QByteArray p = data.mid(4, length);
    const auto kind = static_cast<quint8>(p.at(0));

    if (kind == 0xff) {
        if (p.size() < 3)
            return bad(tr("truncated MySQL error packet"));
        Greeting g;
        g.state = Greeting::State::ServerError;
        g.errorCode = static_cast<quint16>(le(p, 1, 2));
        QByteArray msg = p.mid(3);
        if (msg.startsWith('#') && msg.size() >= 6)
            msg = msg.mid(6); // "#HY000" SQL state, present after the handshake only
        g.message = QString::fromUtf8(msg);
        return g;
    }
    if (kind != 0x0a)
        return bad(tr("unsupported MySQL protocol version %1").arg(kind));

    const int nul = p.indexOf('\0', 1);
    if (nul < 0)
        return bad(tr("MySQL greeting without a version terminator"));
    const QByteArray version = p.mid(1, nul - 1);
    if (version.isEmpty() || !printable(version))
        return bad(tr("MySQL greeting with an unreadable server version"));
    // connection id (4), auth data part 1 (8), filler (1), capability flags low (2).
    constexpr int kFixedAfterVersion = 4 + 8 + 1 + 2;
    if (p.size() < nul + 1 + kFixedAfterVersion)
        return bad(tr("MySQL greeting too short"));
    if (p.at(nul + 1 + 4 + 8) != '\0')
        return bad(tr("MySQL greeting with a bad filler byte"));
    Greeting g;
    g.state = Greeting::State::Ok;
    g.version = QString::fromUtf8(version);
    g.connectionId = le(p, nul + 1, 4);
    return g;
}

Greeting parseSshGreeting(const QByteArray &data)
{
    int from = 0;
    while (true) {
        const int eol = data.indexOf('\n', from);
        if (eol < 0) {
            if (data.size() > kMaxGreetingBytes)
                return bad(tr("no SSH version line in the first %1 bytes").arg(kMaxGreetingBytes));
            // A line that already cannot become a version line needs no more bytes to judge.
            const QByteArray partial = data.mid(from);
            if (partial.size() >= 4 && !partial.startsWith("SSH-") && !printable(partial))
                return bad(tr("not an SSH server"));
            return {};
        }
        QByteArray line = data.mid(from, eol - from);
        if (line.endsWith('\r'))
            line.chop(1);
        from = eol + 1;
        if (!line.startsWith("SSH-")) {
            if (!printable(line))
                return bad(tr("not an SSH server"));
            continue; // RFC 4253 allows other lines before the version line
        }
        if (line.size() > 253)
            return bad(tr("SSH version line too long"));
        const QByteArray rest = line.mid(4);
        const int dash = rest.indexOf('-');
        const QByteArray proto = dash < 0 ? rest : rest.left(dash);
        if (dash < 0 || rest.size() == dash + 1)
            return bad(tr("malformed SSH version line"));
        if (proto != "2.0" && proto != "1.99")
            return bad(tr("unsupported SSH protocol %1").arg(QString::fromLatin1(proto)));
        if (!printable(rest))
            return bad(tr("SSH version line with control characters"));
        Greeting g;
        g.state = Greeting::State::Ok;
        g.version = QString::fromUtf8(rest.mid(dash + 1));
        return g;
    }
}

QString displayMysqlVersion(const QString &version)
{
    const QLatin1String prefix("5.5.5-");
    if (version.startsWith(prefix) && version.contains(QLatin1String("MariaDB")))
        return version.mid(prefix.size());
    return version;
}

} // namespace ha
