#include "cli.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

namespace {

QString usage()
{
    return QCoreApplication::translate(
        "cli",
        "Usage: haconsole-cli [--profile NAME] COMMAND [ARGS]\n"
        "\n"
        "Commands:\n"
        "  status [--json]                      cluster state from every node\n"
        "  status --from-xml FILE [--json]      read a saved crm_mon XML document\n"
        "  move RESOURCE NODE [--lifetime ISO8601] [--keep-constraint] [--yes]\n"
        "  ban RESOURCE NODE [--yes] | clear RESOURCE | cleanup [RESOURCE]\n"
        "  standby NODE | online NODE | maintenance on|off [NODE]\n"
        "  power NODE status|on|off|soft|reset|cycle [--yes]\n"
        "  sensors NODE\n"
        "  logs [--node NODE] [--since TIME] [--until TIME] [--grep RE] [--source S] [--follow]\n"
        "\n"
        "Exit codes: 0 ok; 1 failed or cluster unhealthy; 2 usage; 3 node or BMC unreachable\n"
        "or login refused; 4 unreadable input; 5 a dangerous action needs --yes.\n");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("haconsole"));
    QCoreApplication::setOrganizationName(QStringLiteral("haconsole"));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("haconsole"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = app.arguments().mid(1);
    ha::cli::Context ctx{QString(), {}, out, err};
    ha::cli::takeOption(args, QStringLiteral("--profile"), &ctx.profile);

    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        (args.isEmpty() ? err : out) << usage();
        return args.isEmpty() ? ha::cli::Usage : ha::cli::Ok;
    }
    const QString command = args.takeFirst();
    ctx.args = args;

    int rc = ha::cli::Usage;
    if (command == QLatin1String("status"))
        rc = ha::cli::cmdStatus(ctx);
    else if (command == QLatin1String("power"))
        rc = ha::cli::cmdPower(ctx);
    else if (command == QLatin1String("sensors"))
        rc = ha::cli::cmdSensors(ctx);
    else if (command == QLatin1String("logs"))
        rc = ha::cli::cmdLogs(ctx);
    else if (QStringList{QStringLiteral("move"), QStringLiteral("ban"), QStringLiteral("clear"),
                         QStringLiteral("cleanup"), QStringLiteral("standby"),
                         QStringLiteral("online"), QStringLiteral("maintenance")}
                 .contains(command))
        rc = ha::cli::cmdOperation(command, ctx);
    else
        err << QCoreApplication::translate("cli", "Unknown command: %1\n").arg(command) << usage();
    out.flush();
    err.flush();
    return rc;
}
