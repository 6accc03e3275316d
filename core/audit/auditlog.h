#pragma once
// The audit log: an append-only JSON Lines file, one record per remote command that ran.
// Default path: ${HACONSOLE_STATE_DIR:-${XDG_STATE_HOME:-~/.local/state}/haconsole}/audit.jsonl,
// created with mode 0600 (its directory 0700). Lives on the thread that owns it; NodeSession
// appends from the caller's thread. Other processes (haconsole-cli) may append to the same
// file: each record is written with one O_APPEND write.

#include "auditrecord.h"
#include "util/result.h"

#include <QList>
#include <QObject>

namespace ha {

class AuditLog : public QObject
{
    Q_OBJECT
public:
    explicit AuditLog(QString path = defaultPath(), QObject *parent = nullptr);

    static QString defaultPath();
    QString path() const { return m_path; }

    Result<void> append(const AuditRecord &record);

    // The last `maxRecords` readable records of a log file, oldest first. Unreadable lines
    // (a torn write, a foreign line) are skipped. Reads at most the last 16 MiB.
    static Result<QList<AuditRecord>> readTail(const QString &path, int maxRecords);

signals:
    void appended(const ha::AuditRecord &record);

private:
    QString m_path;
};

} // namespace ha
