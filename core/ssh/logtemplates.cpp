// Command templates of the log viewer that need more than one program: kept apart from
// commandtemplates.cpp because their scripts are fixed text and only validated paths vary.
#include "commandtemplates.h"

#include "validators.h"

#include <QCoreApplication>

namespace ha {

Result<RemoteCommand> CommandTemplates::logProbe(const QStringList &paths)
{
    if (paths.size() > 64)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("ha::CommandTemplates",
                                                     "%1 log files are more than 64.")
                             .arg(paths.size()));
    for (const QString &p : paths) {
        if (!validate::logPath(p))
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("ha::CommandTemplates",
                                                         "“%1” is not a log file the console may read.")
                                 .arg(p));
    }
    // One channel instead of one per candidate: sshd allows 10 sessions per connection
    // (MaxSessions) and the monitor already holds some. The clock is read first so the round
    // trip that bounds its error is short. journald counts only when it holds cluster entries:
    // journalctl without a journal still exits 0. Files are tested with the same `tail` that
    // will follow them, so what the probe accepts can be followed (`-n 0` would not even open
    // the file: GNU tail then succeeds for a file that does not exist).
    const QString script = QStringLiteral(
        "date +%s.%N; date +%z; "
        "z=$(readlink /etc/localtime 2>/dev/null) && echo \"zone ${z#*zoneinfo/}\"; "
        "if journalctl -q --no-pager -n 1 -o cat -u pacemaker.service -u corosync.service "
        "2>/dev/null | grep -q .; then echo journal; fi; "
        "for f; do tail -c 1 -- \"$f\" >/dev/null 2>&1 && printf 'file %s\\n' \"$f\"; done; exit 0");
    QStringList argv{QStringLiteral("sh"), QStringLiteral("-c"), script,
                     QStringLiteral("haconsole-logprobe")};
    argv << paths;
    return make("logs.probe", argv);
}

} // namespace ha
