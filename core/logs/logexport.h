#pragma once
// The text form of the timeline, shared by the export, the CLI and the benchmark:
//   2026-11-25T09:01:23.117000Z node1 pacemaker-controld notice Initiating start operation ...

#include "logstore.h"

#include <QIODevice>
#include <QList>

#include <atomic>

namespace ha::logs {

// UTF-8, no newline.
QByteArray formatEntryLine(const LogEntry &e);

// Writes the given entries (absolute indices into the snapshot), one per line. Safe on a worker
// thread (snapshot and device owned by the caller). Returns lines written, -1 on a write error
// or cancellation.
qint64 exportEntries(const LogSnapshot &snapshot, const QList<qint64> &rows, QIODevice *device,
                     const std::atomic<bool> *cancel = nullptr);

} // namespace ha::logs
