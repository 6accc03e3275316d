#include "statusagelabel.h"

#include "statebadge.h"

#include <QTimer>

namespace ha::ui {

StatusAgeLabel::StatusAgeLabel(QWidget *parent)
    : QLabel(parent)
    , m_clock(systemClock())
    , m_ticker(new QTimer(this))
{
    setObjectName(QStringLiteral("statusAge"));
    setMargin(2);
    // Tenths of a second are shown below 10 s; a faster tick would only cost CPU.
    m_ticker->setInterval(200);
    connect(m_ticker, &QTimer::timeout, this, &StatusAgeLabel::refresh);
    m_ticker->start();
    refresh();
}

void StatusAgeLabel::setLastUpdate(const QDateTime &when, const QString &source)
{
    m_when = when;
    m_source = source;
    refresh();
}

void StatusAgeLabel::setClock(Clock clock)
{
    m_clock = std::move(clock);
    refresh();
}

void StatusAgeLabel::refresh()
{
    if (!m_when.isValid()) {
        m_stale = false;
        setText(tr("No data yet"));
        setStyleSheet(QString());
        return;
    }
    const qint64 ms = m_when.msecsTo(m_clock());
    const bool stale = ms > kStaleMs;
    const QString age = formatAge(ms);
    if (stale) {
        setText(QStringLiteral("⚠ ") + tr("STALE: data from %1 is %2 old").arg(m_source, age));
    } else {
        setText(tr("Data from %1 %2 ago").arg(m_source, age));
    }
    if (stale != m_stale || styleSheet().isEmpty() == stale) {
        setStyleSheet(
            stale ? QStringLiteral("QLabel { background: %1; color: %2; font-weight: bold; }")
                        .arg(severityBackground(Severity::Warning).name(),
                             severityForeground(Severity::Warning).name())
                  : QString());
    }
    m_stale = stale;
}

} // namespace ha::ui
