#include "chartlabels.h"

#include <QAbstractSeries>
#include <QChart>
#include <QFont>
#include <QGraphicsSimpleTextItem>

namespace ha {

ChartLabels::ChartLabels(QChart *chart) : m_chart(chart)
{
    QObject::connect(chart, &QChart::plotAreaChanged, chart, [this] { reposition(); });
}

ChartLabels::~ChartLabels()
{
    qDeleteAll(m_items);
}

void ChartLabels::set(const QList<QPair<QPointF, QString>> &labels, QAbstractSeries *series)
{
    qDeleteAll(m_items);
    m_items.clear();
    m_values.clear();
    m_series = series;
    QFont f = m_chart->font();
    f.setBold(true);
    for (const auto &l : labels) {
        auto *item = new QGraphicsSimpleTextItem(l.second, m_chart);
        item->setFont(f);
        item->setZValue(10);
        m_items.append(item);
        m_values.append(l.first);
    }
    reposition();
}

void ChartLabels::reposition()
{
    const QRectF plot = m_chart->plotArea();
    for (int i = 0; i < m_items.size(); ++i) {
        QGraphicsSimpleTextItem *item = m_items.at(i);
        const QPointF p = m_chart->mapToPosition(m_values.at(i), m_series);
        const QRectF r = item->boundingRect();
        QPointF at(p.x() - r.width() / 2, p.y() - r.height() - 2);
        // Keep it inside the plot; before the first layout the plot area may be empty.
        at.setX(qMax(plot.left(), qMin(at.x(), plot.right() - r.width())));
        at.setY(qMax(plot.top(), qMin(at.y(), plot.bottom() - r.height())));
        item->setPos(at);
        item->setVisible(plot.contains(p) || plot.adjusted(-1, -1, 1, 1).contains(p));
    }
}

QStringList ChartLabels::texts() const
{
    QStringList out;
    for (const QGraphicsSimpleTextItem *i : m_items)
        out.append(i->text());
    return out;
}

} // namespace ha
