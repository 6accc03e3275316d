#include "cli.h"

#include <QCoreApplication>

namespace ha::cli {

// Placeholder until the logs command lands; it says so rather than pretending to work.
int cmdLogs(Context &ctx)
{
    ctx.err << QCoreApplication::translate("cli", "'%1' is not available in this build yet.\n")
                   .arg(QStringLiteral("logs"));
    return Failed;
}

} // namespace ha::cli
