#include "auditlog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ha {

namespace {

constexpr qint64 kMaxTailBytes = 16 * 1024 * 1024;

} // namespace

AuditLog::AuditLog(QString path, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
{}

QString AuditLog::defaultPath()
{
    QString dir = qEnvironmentVariable("HACONSOLE_STATE_DIR");
    if (dir.isEmpty()) {
        QString state = qEnvironmentVariable("XDG_STATE_HOME");
        if (state.isEmpty())
            state = QDir::homePath() + QStringLiteral("/.local/state");
        dir = state + QStringLiteral("/haconsole");
    }
    return dir + QStringLiteral("/audit.jsonl");
}

Result<void> AuditLog::append(const AuditRecord &record)
{
    const QString dir = QFileInfo(m_path).absolutePath();
    if (!QFileInfo::exists(dir)) {
        if (!QDir().mkpath(dir))
            return makeError(ErrorCode::Io, tr("Cannot create the directory %1.").arg(dir));
        ::chmod(QFile::encodeName(dir).constData(), 0700);
    }
    QByteArray line = QJsonDocument(record.toJson()).toJson(QJsonDocument::Compact);
    line.append('\n');
    // open(2) directly: O_APPEND for one atomic append per record, and mode 0600 from the start
    // (QFile would create the file with the umask's mode first).
    const int fd = ::open(QFile::encodeName(m_path).constData(),
                          O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return makeError(ErrorCode::Io, tr("Cannot open the audit log %1: %2")
                                            .arg(m_path, QString::fromLocal8Bit(strerror(errno))));
    const ssize_t written = ::write(fd, line.constData(), static_cast<size_t>(line.size()));
    const int savedErrno = errno;
    ::close(fd);
    if (written != line.size())
        return makeError(ErrorCode::Io,
                         tr("Cannot write to the audit log %1: %2")
                             .arg(m_path, QString::fromLocal8Bit(strerror(savedErrno))));
    emit appended(record);
    return {};
}

Result<QList<AuditRecord>> AuditLog::readTail(const QString &path, int maxRecords)
{
    QList<AuditRecord> records;
    QFile f(path);
    if (!f.exists())
        return records;
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         tr("Cannot read the audit log %1: %2").arg(path, f.errorString()));
    const qint64 start = qMax<qint64>(0, f.size() - kMaxTailBytes);
    f.seek(start);
    QByteArray data = f.readAll();
    if (start > 0) {
        const qsizetype nl = data.indexOf('\n');
        data = nl < 0 ? QByteArray() : data.mid(nl + 1); // drop the partial first line
    }
    const QList<QByteArray> lines = data.split('\n');
    for (const QByteArray &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        if (auto r = AuditRecord::fromJson(line))
            records.append(*r);
    }
    if (maxRecords >= 0 && records.size() > maxRecords)
        records = records.mid(records.size() - maxRecords);
    return records;
}

} // namespace ha
