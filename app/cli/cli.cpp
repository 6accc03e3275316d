#include "cli.h"

#include <unistd.h>

namespace ha::cli {

bool takeOption(QStringList &args, const QString &name, QString *value)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == name && i + 1 < args.size()) {
            if (value)
                *value = args.at(i + 1);
            args.remove(i, 2);
            return true;
        }
        if (a.startsWith(name + u'=')) {
            if (value)
                *value = a.mid(name.size() + 1);
            args.removeAt(i);
            return true;
        }
    }
    return false;
}

bool takeFlag(QStringList &args, const QString &name)
{
    return args.removeAll(name) > 0;
}

bool stdinIsTerminal()
{
    return ::isatty(STDIN_FILENO) == 1;
}

} // namespace ha::cli
