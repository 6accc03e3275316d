#include "agetext.h"

#include <QCoreApplication>

namespace ha::ui {

Clock systemClock()
{
    return [] { return QDateTime::currentDateTimeUtc(); };
}

QString formatAge(qint64 ms)
{
    const auto tr = [](const char *s) { return QCoreApplication::translate("ha::ui::Age", s); };
    if (ms < 0)
        ms = 0;
    if (ms < 10000)
        return tr("%1 s").arg(static_cast<double>(ms) / 1000.0, 0, 'f', 1);
    const qint64 s = ms / 1000;
    if (s < 60)
        return tr("%1 s").arg(s);
    if (s < 3600)
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

} // namespace ha::ui
