#include "cli.h"

#include <QCoreApplication>

namespace ha::cli {

// Placeholder until cluster operations land; it says so rather than pretending to work.
int cmdOperation(const QString &name, Context &ctx)
{
    ctx.err << QCoreApplication::translate("cli", "'%1' is not available in this build yet.\n")
                   .arg(name);
    return Failed;
}

} // namespace ha::cli
