#pragma once
// The OpenIPMI library inside a Qt program: one os_handler_t for the whole process that runs
// the library on the Qt event loop of the thread that first uses it (file descriptors become
// QSocketNotifiers, timers single-shot QTimers; no extra thread, no blocking). The library is
// initialised on first use and shut down once the last connection has closed.

#include <QObject>
#include <QString>

#include <functional>

extern "C" {
typedef struct os_handler_s os_handler_t;
}

namespace ha::ipmi {

enum class LogLevel { Debug, Info, Warning, Error };
using LogHandler = std::function<void(LogLevel level, const QString &message)>;

// Where OpenIPMI's own log lines go. Default (empty handler): the logging category "ha.ipmi",
// never raw to stderr. Tests install a handler to inspect what the library says.
void setLogHandler(LogHandler handler);

class Runtime
{
public:
    // Each user (connection) holds one reference while it has OpenIPMI objects.
    static os_handler_t *acquire();
    static void release();

    // True from the first acquire() until the library has been shut down and freed.
    static bool isActive();
    // Runs `fn` (on the event loop) once the library is shut down; at once if it is not active.
    static void whenIdle(QObject *context, std::function<void()> fn);
};

} // namespace ha::ipmi
