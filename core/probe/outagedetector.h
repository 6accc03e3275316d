#pragma once
// Turns a probe's samples into outages: an outage starts at the first failed probe after a
// success (or at the very first probe, if it fails) and ends at the first successful probe after
// it. Finished outages are kept in a bounded ring; memory does not grow with uptime.

#include "probesample.h"
#include "ringbuffer.h"

#include <QList>

#include <optional>

namespace ha {

struct Outage
{
    qint64 startMs = 0;         // start of the first failed probe
    qint64 endMs = -1;          // when the first successful probe got its greeting; -1: ongoing
    ProbeFailure firstFailure = ProbeFailure::None;
    qint64 failedProbes = 0;

    bool ongoing() const { return endMs < 0; }
    qint64 lengthMs(qint64 nowMs) const { return (ongoing() ? nowMs : endMs) - startMs; }
    bool operator==(const Outage &o) const
    {
        return startMs == o.startMs && endMs == o.endMs && firstFailure == o.firstFailure
               && failedProbes == o.failedProbes;
    }
};

class OutageDetector
{
public:
    enum class Change { None, Started, Ended };

    explicit OutageDetector(qsizetype capacity = 1024) : m_finished(capacity) {}

    Change feed(const ProbeSample &s);
    void clear();

    std::optional<Outage> current() const { return m_current; }
    const RingBuffer<Outage> &finished() const { return m_finished; }
    std::optional<Outage> lastFinished() const;
    // Finished outages and the ongoing one, oldest first.
    QList<Outage> outages() const;
    // Outages (including an ongoing one) that intersect [fromMs, toMs].
    QList<Outage> overlapping(qint64 fromMs, qint64 toMs) const;
    // Up or down after the last sample; nullopt before the first sample.
    std::optional<bool> isUp() const { return m_lastUp; }

private:
    RingBuffer<Outage> m_finished;
    std::optional<Outage> m_current;
    std::optional<bool> m_lastUp;
};

} // namespace ha
