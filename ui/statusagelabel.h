#pragma once
// The status bar's answer to "is what I see current?": "Data from node1 0.4 s ago", turning into
// a warning once the data is older than kStaleMs. Ticks by itself.

#include "agetext.h"

#include <QDateTime>
#include <QLabel>

class QTimer;

namespace ha::ui {

class StatusAgeLabel : public QLabel
{
    Q_OBJECT
public:
    static constexpr qint64 kStaleMs = 10000;

    explicit StatusAgeLabel(QWidget *parent = nullptr);

    void setLastUpdate(const QDateTime &when, const QString &source);
    void setClock(Clock clock);
    bool isStale() const { return m_stale; }

public slots:
    void refresh();

private:
    Clock m_clock;
    QDateTime m_when;
    QString m_source;
    bool m_stale = false;
    QTimer *m_ticker;
};

} // namespace ha::ui
