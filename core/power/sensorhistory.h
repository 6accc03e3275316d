#pragma once
// Temperature readings over time, per sensor, bounded: the model behind the IPMI panel's chart.

#include "ipmi/powercontrol.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QPointF>

namespace ha {

class SensorHistory
{
public:
    explicit SensorHistory(int maxPoints = 720) : m_max(maxPoints) {}

    // Keeps every temperature sensor with a value; other sensors are ignored.
    void add(const QDateTime &time, const QList<SensorReading> &readings);
    QStringList sensors() const { return m_series.keys(); }
    // x: ms since epoch, y: degrees.
    QList<QPointF> series(const QString &sensor) const { return m_series.value(sensor); }
    bool isEmpty() const { return m_series.isEmpty(); }

private:
    int m_max;
    QMap<QString, QList<QPointF>> m_series;
};

} // namespace ha
