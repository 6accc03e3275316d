#pragma once
// Quoting for the remote POSIX shell that sshd starts for every exec request.
// The remote side always sees a command line; these helpers make each argument one word.

#include <QString>
#include <QStringList>

namespace ha {

// One argument as a single POSIX shell word: wrapped in single quotes, embedded single
// quotes written as '\''. Safe for every byte sequence, including newlines and $().
QString shellQuote(const QString &arg);

// argv → a command line where every element is quoted (the program name too, unless it is a
// plain word of [A-Za-z0-9_./-]).
QString shellJoin(const QStringList &argv);

} // namespace ha
