#pragma once
// What the operator wants to see, and the code that decides it for one entry. A LogMatcher is
// immutable after construction and safe to use from any thread.

#include "logentry.h"

#include <QRegularExpression>
#include <QSet>
#include <QString>

#include <limits>

namespace ha::logs {

struct LogFilterSpec
{
    QSet<QString> nodes;    // empty: every node
    QSet<QString> sources;  // empty: every source
    Severity minSeverity = Severity::Unknown; // Unknown: any; else this level or more severe
    QString text;           // case-insensitive substring of the message
    QString regex;          // QRegularExpression (case-sensitive, like grep) on the message
    QString resource;       // resource id as a word (db-fs-p matches "db-fs-p_start_0", not "db-fs-p2")
    qint64 fromUs = std::numeric_limits<qint64>::min(); // inclusive
    qint64 toUs = std::numeric_limits<qint64>::max();   // inclusive

    bool isEmpty() const;
};

class LogMatcher
{
public:
    explicit LogMatcher(LogFilterSpec spec = {});
    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; } // a bad regex: say why, match nothing
    const LogFilterSpec &spec() const { return m_spec; }
    bool matchesEverything() const { return m_all; }
    bool matches(const LogEntry &e) const;

private:
    bool matchText(QByteArrayView message) const;
    bool matchResource(QByteArrayView message) const;

    LogFilterSpec m_spec;
    QString m_error;
    bool m_all = false;
    QByteArray m_lowerText;     // ASCII needle, lower case
    bool m_textIsAscii = true;
    QByteArray m_resource;
    QRegularExpression m_regex;
    QByteArray m_regexLiteral; // text every match contains: a memchr pre-check before the regex
};

// True if any message byte sequence is ASCII; ASCII messages skip UTF-8 decoding.
bool isAscii(QByteArrayView bytes);

// An ASCII text that every match of the (case-sensitive) pattern contains: its leading literal
// run, when the pattern has no top-level alternation. Empty when there is none worth using.
QByteArray regexRequiredLiteral(const QString &pattern);

} // namespace ha::logs
