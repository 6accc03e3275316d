#include "sensorhistory.h"

namespace ha {

void SensorHistory::add(const QDateTime &time, const QList<SensorReading> &readings)
{
    const double x = static_cast<double>(time.toMSecsSinceEpoch());
    for (const SensorReading &r : readings) {
        // The decoder names types in lower case; fakes and other controls may not.
        if (!r.hasValue || r.type.compare(QLatin1String("temperature"), Qt::CaseInsensitive) != 0)
            continue;
        QList<QPointF> &s = m_series[r.name];
        s.append(QPointF(x, r.value));
        if (s.size() > m_max)
            s.remove(0, s.size() - m_max);
    }
}

} // namespace ha
