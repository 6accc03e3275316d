#pragma once
// Merges per-node streams into one timeline. Each stream keeps its own order (a file is never
// reordered, even where its clock stepped back); across streams the earlier time goes first and
// equal times keep the order of the inputs, so the result is stable and reproducible.

#include "logstream.h"

#include <functional>
#include <vector>

namespace ha::logs {

struct MergeInput
{
    EntryQueue entries;
    qint64 clockOffsetUs = 0; // node clock minus workstation clock; subtracted from every entry
};

// Calls sink with consecutive batches of at most batchSize entries, in timeline order. Inputs are
// consumed from the front, so peak memory stays near one copy of the data.
void mergeStreams(std::vector<MergeInput> inputs, qsizetype batchSize,
                  const std::function<void(std::vector<LogEntry> &&)> &sink);

// Convenience for small data and tests.
std::vector<LogEntry> mergeStreams(std::vector<MergeInput> inputs);

} // namespace ha::logs
