#include "sensorhistory.h"

namespace ha {

void SensorHistory::add(const QDateTime &time, const QList<SensorReading> &readings)
{
    const double x = static_cast<double>(time.toMSecsSinceEpoch());
    for (const SensorReading &r : readings) {
        if (!r.hasValue || r.type != QLatin1String("Temperature"))
            continue;
        QList<QPointF> &s = m_series[r.name];
        s.append(QPointF(x, r.value));
        if (s.size() > m_max)
            s.remove(0, s.size() - m_max);
    }
}

} // namespace ha
