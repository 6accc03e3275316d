#pragma once
// Reads a local log file into entries (used for saved logs, the CLI's --file and the benchmark).
// Runs on whatever thread calls it; loading several files in parallel is the caller's choice.

#include "logmerge.h"
#include "logstream.h"

#include "util/result.h"

#include <QString>

#include <atomic>

namespace ha::logs {

struct LoadedFile
{
    EntryQueue entries;
    LogFormat format = LogFormat::Unknown;
    qint64 bytes = 0;          // bytes consumed: a following tail resumes here
    QByteArray lastLine;       // for the follower's overlap check
    quint64 nextSequence = 1;
};

// If options.clock.referenceDate is not set, the file's modification date is used: year-less
// lines are then taken as written in the year before the file was last written to.
Result<LoadedFile> loadLogFile(const QString &path, StreamOptions options,
                               const std::atomic<bool> *cancel = nullptr);

// The same, over bytes already in memory (tests, text received over SSH).
LoadedFile parseLogText(QByteArrayView text, StreamOptions options);

} // namespace ha::logs

namespace ha::logs {

struct FileSource
{
    QString node;
    QString path;
    NodeClock clock;
    LogFormat format = LogFormat::Unknown; // Unknown: detect
};

// Loads several files in parallel (a thread each, at most the machine's cores) and returns them
// ready for mergeStreams(), clock offsets set. Blocks the caller: not for the UI thread.
Result<std::vector<MergeInput>> loadFiles(const QList<FileSource> &files,
                                                 QList<LoadedFile> *meta = nullptr);

} // namespace ha::logs
