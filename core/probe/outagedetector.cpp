#include "outagedetector.h"

#include <cmath>

namespace ha {

OutageDetector::Change OutageDetector::feed(const ProbeSample &s)
{
    m_lastUp = s.up;
    if (!s.up) {
        if (m_current) {
            ++m_current->failedProbes;
            return Change::None;
        }
        m_current = Outage{s.timeMs, -1, s.failure, 1};
        return Change::Started;
    }
    if (!m_current)
        return Change::None;
    Outage done = *m_current;
    // The service was seen back when the greeting arrived, not when the probe was sent.
    done.endMs = s.timeMs + static_cast<qint64>(std::lround(s.latencyMs));
    m_finished.append(done);
    m_current.reset();
    return Change::Ended;
}

void OutageDetector::clear()
{
    m_finished.clear();
    m_current.reset();
    m_lastUp.reset();
}

std::optional<Outage> OutageDetector::lastFinished() const
{
    if (m_finished.isEmpty())
        return std::nullopt;
    return m_finished.last();
}

QList<Outage> OutageDetector::outages() const
{
    QList<Outage> out;
    out.reserve(m_finished.size() + 1);
    for (qsizetype i = 0; i < m_finished.size(); ++i)
        out.append(m_finished.at(i));
    if (m_current)
        out.append(*m_current);
    return out;
}

QList<Outage> OutageDetector::overlapping(qint64 fromMs, qint64 toMs) const
{
    QList<Outage> out;
    const QList<Outage> all = outages();
    for (const Outage &o : all) {
        if (o.startMs <= toMs && (o.ongoing() || o.endMs >= fromMs))
            out.append(o);
    }
    return out;
}

} // namespace ha
