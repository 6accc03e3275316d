#pragma once
// Validators for every argument a command template accepts. Each accepts only what the
// remote program can take as one harmless word; anything else is refused before it runs.
// Quoting (ha::shellJoin) is applied on top, so a validator is a second line of defence that
// also keeps option injection (a leading '-') out.

#include <QString>
#include <QStringList>

namespace ha::validate {

// Pacemaker ids (resources, constraints, attributes): XML NCName-ish. First character an ASCII
// letter or '_', then ASCII letters, digits, '.', '-', '_'; at most 255 characters.
bool pacemakerId(const QString &s);

// Node names by hostname rules (RFC 1123): dot-separated labels of ASCII letters, digits and
// '-', no label starting or ending with '-', labels 1..63, whole name at most 253.
bool nodeName(const QString &s);

// ISO 8601 durations as Pacemaker takes them for lifetimes: P[nY][nM][nW][nD][T[nH][nM][nS]],
// at least one component, integers only, 'T' only when a time component follows.
bool isoDuration(const QString &s);

// Timestamps journalctl accepts and we allow: "YYYY-MM-DD", "YYYY-MM-DD HH:MM[:SS]",
// "YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM]" (real calendar dates and times only), "@<unix seconds>",
// "now", "today", "yesterday", and relative "-<n><unit>" with unit s|min|h|d|w.
bool timestamp(const QString &s);

// systemd unit names: ASCII letters, digits and ":-_.\@", not starting with '-' or '.',
// at most 256 characters.
bool unitName(const QString &s);

// Absolute paths: start with '/', no '..' or '.' component, no control characters, at most
// 4096 characters.
bool absolutePath(const QString &s);

// A log file the console may read: absolutePath() and inside one of logDirectories() or
// exactly one of logFiles().
bool logPath(const QString &s);
QStringList logDirectories();
QStringList logFiles();

// Free attribute values: 1..1024 characters, no control characters (they are quoted, so shell
// characters are fine, but a newline in the CIB is never wanted).
bool attributeValue(const QString &s);

} // namespace ha::validate
