#pragma once
// Ages as an operator reads them, and the clock widgets read them from (tests replace it so
// that nothing depends on how fast the machine is).

#include <QDateTime>
#include <QString>
#include <functional>

namespace ha::ui {

using Clock = std::function<QDateTime()>;

Clock systemClock();
// "0.4 s", "12 s", "3 min 5 s", "2 h 10 min"; negative ages (clock skew) read as "0.0 s".
QString formatAge(qint64 ms);

} // namespace ha::ui
