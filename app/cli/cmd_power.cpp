#include "cli.h"

#include <QCoreApplication>

namespace ha::cli {

// Placeholder until the power command lands; it says so rather than pretending to work.
int cmdPower(Context &ctx)
{
    ctx.err << QCoreApplication::translate("cli", "'%1' is not available in this build yet.\n")
                   .arg(QStringLiteral("power"));
    return Failed;
}

} // namespace ha::cli

namespace ha::cli {
int cmdSensors(Context &ctx)
{
    ctx.err << QCoreApplication::translate("cli", "'%1' is not available in this build yet.\n")
                   .arg(QStringLiteral("sensors"));
    return Failed;
}
} // namespace ha::cli
