#pragma once
// Times as crm_mon prints them in failures and the fencing history, for "show the log around
// this moment". Pacemaker 2.1 writes "2026-11-25 08:25:53Z"; other versions add fractions or an
// offset ("+01:00"), older ones write ctime ("Wed Nov 25 08:25:53 2026", local to the node) or
// epoch seconds.
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace ha {

// Invalid when the text is none of those forms. Local times without a zone are read in `zone`.
QDateTime parseCrmTime(const QString &text, const QTimeZone &zone = QTimeZone::utc());

} // namespace ha
