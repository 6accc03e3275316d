#pragma once
// Finds where a host's entries are in a known_hosts file, so that a refusal can name the exact
// file and line the operator has to fix (libssh reports only "changed").

#include <QList>
#include <QString>

namespace ha::knownhosts {

// The pattern OpenSSH writes for a host: "host" for port 22, else "[host]:port".
QString hostPattern(const QString &host, quint16 port);

// 1-based numbers of the lines in `file` whose host field matches the host (plain or hashed
// "|1|salt|hash" entries). Empty when the file cannot be read or has no entry.
QList<int> linesForHost(const QString &file, const QString &host, quint16 port);

} // namespace ha::knownhosts
