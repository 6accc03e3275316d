#include "cli.h"

#include "profile/profilestore.h"
#include "ssh/nodesession.h"

#include <QCoreApplication>
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

Result<ClusterProfile> loadProfile(const QString &name)
{
    ProfileStore store;
    if (!name.isEmpty())
        return store.load(name);
    const QStringList names = store.names();
    if (names.size() == 1)
        return store.load(names.first());
    if (names.isEmpty())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("cli", "No cluster profile exists yet (looked in %1). Add a cluster in the "
                            "console, or start the lab with tests/lab/lab up.")
                             .arg(store.directory()));
    return makeError(ErrorCode::InvalidInput,
                     QCoreApplication::translate("cli", "Several profiles exist (%1): choose one with --profile NAME.")
                         .arg(names.join(QStringLiteral(", "))));
}

int profileError(Context &ctx, const Error &error)
{
    ctx.err << error.message << '\n';
    return error.code == ErrorCode::Parse ? BadInput : Usage;
}

void refuseUnknownHostKeys(NodeSession *session, QTextStream &err, QObject *context)
{
    QObject::connect(session, &NodeSession::hostKeyUnknown, context,
                     [&err, session](const QString &fp, const QString &type) {
                         err << QCoreApplication::translate(
                                    "cli", "%1: unknown %2 host key %3. Verify it on the node and "
                                           "connect once from the console (or with ssh) to trust "
                                           "it; refusing.\n")
                                    .arg(session->nodeName(), type, fp);
                         session->rejectHostKey();
                     });
}

} // namespace ha::cli
