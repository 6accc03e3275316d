#pragma once
// Text pinned to data coordinates of a chart (outage lengths, failover downtimes). Qt Charts 6.4
// has no per-point label text, so these are plain text items re-placed whenever the plot area
// changes.

#include <QList>
#include <QPointF>
#include <QString>

class QAbstractSeries;
class QChart;
class QGraphicsSimpleTextItem;

namespace ha {

class ChartLabels
{
public:
    explicit ChartLabels(QChart *chart);
    ~ChartLabels();
    ChartLabels(const ChartLabels &) = delete;
    ChartLabels &operator=(const ChartLabels &) = delete;

    // value: in the coordinates of series' axes; the text's bottom centre goes there.
    void set(const QList<QPair<QPointF, QString>> &labels, QAbstractSeries *series);
    void reposition();
    QStringList texts() const;

private:
    QChart *m_chart;
    QAbstractSeries *m_series = nullptr;
    QList<QPointF> m_values;
    QList<QGraphicsSimpleTextItem *> m_items;
};

} // namespace ha
