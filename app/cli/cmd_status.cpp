#include "cli.h"

#include <QCoreApplication>

namespace ha::cli {

// Placeholder until the status command lands; it says so rather than pretending to work.
int cmdStatus(Context &ctx)
{
    ctx.err << QCoreApplication::translate("cli", "'%1' is not available in this build yet.\n")
                   .arg(QStringLiteral("status"));
    return Failed;
}

} // namespace ha::cli
