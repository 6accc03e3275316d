#include "knownhosts.h"

#include <QCryptographicHash>
#include <QFile>
#include <QMessageAuthenticationCode>

namespace ha::knownhosts {

QString hostPattern(const QString &host, quint16 port)
{
    if (port == 22 || port == 0)
        return host;
    return u'[' + host + QStringLiteral("]:") + QString::number(port);
}

namespace {

bool hashedMatch(const QByteArray &field, const QByteArray &pattern)
{
    // |1|base64(salt)|base64(HMAC-SHA1(salt, host pattern))
    const QList<QByteArray> parts = field.split('|');
    if (parts.size() != 4 || !parts.at(0).isEmpty() || parts.at(1) != "1")
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts.at(2));
    const QByteArray expected = QByteArray::fromBase64(parts.at(3));
    return QMessageAuthenticationCode::hash(pattern, salt, QCryptographicHash::Sha1) == expected;
}

} // namespace

QList<int> linesForHost(const QString &file, const QString &host, quint16 port)
{
    QList<int> lines;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return lines;
    const QByteArray pattern = hostPattern(host, port).toUtf8();
    int number = 0;
    while (!f.atEnd()) {
        ++number;
        const QByteArray line = f.readLine().trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.first().startsWith('@')) // @cert-authority / @revoked marker
            fields.removeFirst();
        if (fields.isEmpty())
            continue;
        const QList<QByteArray> hosts = fields.first().split(',');
        for (const QByteArray &h : hosts) {
            if (h == pattern || (h.startsWith('|') && hashedMatch(h, pattern))) {
                lines << number;
                break;
            }
        }
    }
    return lines;
}

} // namespace ha::knownhosts
