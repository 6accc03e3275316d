#pragma once
#include <QString>
#include <QtGlobal>

namespace ha {
// "850 ms", "7.3 s", "2 min 5 s": short enough for a chart label.
QString chartDurationText(qint64 ms);
} // namespace ha
