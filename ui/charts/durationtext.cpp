#include "durationtext.h"

#include <QCoreApplication>

namespace ha {

QString chartDurationText(qint64 ms)
{
    if (ms < 1000)
        return QCoreApplication::translate("ha::Charts", "%1 ms").arg(ms);
    if (ms < 60000)
        return QCoreApplication::translate("ha::Charts", "%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
    return QCoreApplication::translate("ha::Charts", "%1 min %2 s").arg(ms / 60000).arg((ms % 60000) / 1000);
}

} // namespace ha
