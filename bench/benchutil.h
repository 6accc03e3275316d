#pragma once
// Helpers the lab benchmarks share (bench_monitor, bench_move): printing, waiting with the
// event loop running, the lab script. Benchmarks print figures; they assert nothing.

#include <QString>
#include <QTextStream>

#include <functional>

namespace ha::bench {

// tests/lab/lab of this checkout.
QString labScript();

// stdout; flush after each line a reader should see at once.
QTextStream &out();

// Runs the event loop until pred() holds or timeoutMs passes; true when pred() held. pred() is
// checked every 2 ms.
bool waitFor(const std::function<bool()> &pred, int timeoutMs);

// Runs the event loop for ms milliseconds.
void pause(int ms);

} // namespace ha::bench
