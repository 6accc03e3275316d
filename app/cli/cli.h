#pragma once
// haconsole-cli: shared plumbing of the subcommands. Each subcommand lives in cmd_<name>.cpp.

#include "profile/clusterprofile.h"
#include "util/result.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

class QObject;

namespace ha {
class NodeSession;
}

namespace ha::cli {

// Exit codes (documented in README.md and `haconsole-cli --help`).
enum Exit : int {
    Ok = 0,
    Failed = 1,          // the action ran and failed, or the cluster is not healthy (status)
    Usage = 2,           // wrong arguments
    Unreachable = 3,     // could not connect or authenticate to a node/BMC
    BadInput = 4,        // a document could not be read (malformed XML, missing file)
    NeedsConfirmation = 5, // a dangerous action without --yes on a non-terminal
};

struct Context
{
    QString profile;     // --profile NAME, given before or after the subcommand
    QStringList args;    // the subcommand's own arguments
    QTextStream &out;
    QTextStream &err;
};

int cmdStatus(Context &ctx);
int cmdPower(Context &ctx);
int cmdSensors(Context &ctx);
int cmdLogs(Context &ctx);
int cmdOperation(const QString &name, Context &ctx); // move, ban, clear, cleanup, standby, ...

// Takes "--name VALUE" or "--name=VALUE" out of args; returns true if present.
bool takeOption(QStringList &args, const QString &name, QString *value);
bool takeFlag(QStringList &args, const QString &name);
bool stdinIsTerminal();

// The profile named by --profile, or the only one there is; a plain message otherwise.
Result<ClusterProfile> loadProfile(const QString &name);
// Prints why the profile could not be loaded; returns the exit code for it.
int profileError(Context &ctx, const Error &error);
// Scripts never trust a host key on their own: an unknown key is refused with what the operator
// needs to check it (for as long as `context` lives).
void refuseUnknownHostKeys(NodeSession *session, QTextStream &err, QObject *context);

} // namespace ha::cli
