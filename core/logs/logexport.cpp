#include "logexport.h"

namespace ha::logs {

QByteArray formatEntryLine(const LogEntry &e)
{
    const QByteArrayView msg = e.messageBytes();
    QByteArray line;
    line.reserve(40 + e.node.size() + e.source.size() + msg.size());
    line += formatTimeUs(e.timeUs).toLatin1();
    line += ' ';
    line += e.node.isEmpty() ? QByteArray("-") : e.node.toUtf8();
    line += ' ';
    line += e.source.isEmpty() ? QByteArray("-") : e.source.toUtf8();
    line += ' ';
    line += severityName(e.severity).toLatin1();
    line += ' ';
    line += msg;
    return line;
}

qint64 exportEntries(const LogSnapshot &snapshot, const QList<qint64> &rows, QIODevice *device,
                     const std::atomic<bool> *cancel)
{
    QByteArray buf;
    buf.reserve(1 << 20);
    qint64 written = 0;
    for (const qint64 abs : rows) {
        if (abs < snapshot.firstIndex() || abs >= snapshot.endIndex())
            continue;
        buf += formatEntryLine(snapshot.at(abs));
        buf += '\n';
        ++written;
        if (buf.size() >= (1 << 20)) {
            if ((cancel && cancel->load()) || device->write(buf) != buf.size())
                return -1;
            buf.clear();
        }
    }
    if (!buf.isEmpty() && device->write(buf) != buf.size())
        return -1;
    return written;
}

} // namespace ha::logs
