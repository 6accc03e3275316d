#include "logmerge.h"

#include <queue>

namespace ha::logs {

void mergeStreams(std::vector<MergeInput> inputs, qsizetype batchSize,
                  const std::function<void(std::vector<LogEntry> &&)> &sink)
{
    struct Head
    {
        qint64 timeUs;
        size_t stream;
        bool operator>(const Head &o) const
        {
            return timeUs != o.timeUs ? timeUs > o.timeUs : stream > o.stream;
        }
    };
    std::priority_queue<Head, std::vector<Head>, std::greater<Head>> heads;
    for (size_t i = 0; i < inputs.size(); ++i) {
        if (!inputs[i].entries.empty())
            heads.push({inputs[i].entries.front().timeUs - inputs[i].clockOffsetUs, i});
    }
    if (batchSize < 1)
        batchSize = 1;
    std::vector<LogEntry> batch;
    batch.reserve(static_cast<size_t>(batchSize));
    while (!heads.empty()) {
        const Head h = heads.top();
        heads.pop();
        MergeInput &in = inputs[h.stream];
        LogEntry e = std::move(in.entries.front());
        in.entries.pop_front();
        e.timeUs = h.timeUs;
        batch.push_back(std::move(e));
        if (!in.entries.empty())
            heads.push({in.entries.front().timeUs - in.clockOffsetUs, h.stream});
        if (static_cast<qsizetype>(batch.size()) >= batchSize) {
            sink(std::move(batch));
            batch = std::vector<LogEntry>();
            batch.reserve(static_cast<size_t>(batchSize));
        }
    }
    if (!batch.empty())
        sink(std::move(batch));
}

std::vector<LogEntry> mergeStreams(std::vector<MergeInput> inputs)
{
    std::vector<LogEntry> all;
    mergeStreams(std::move(inputs), 4096, [&all](std::vector<LogEntry> &&b) {
        for (LogEntry &e : b)
            all.push_back(std::move(e));
    });
    return all;
}

} // namespace ha::logs
