#include "mainwindow.h"

#include "profile/profilestore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("haconsole"));
    QApplication::setOrganizationName(QStringLiteral("haconsole"));
    QApplication::setApplicationDisplayName(QStringLiteral("HA Console"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("haconsole"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Console for Pacemaker + Corosync clusters"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(
        QStringLiteral("profile"), QApplication::translate("main", "Open the cluster profile NAME."),
        QStringLiteral("NAME"));
    parser.addOption(profileOption);
    parser.process(app);

    ha::ui::MainWindow window;
    window.show();
    const QString profile = parser.value(profileOption);
    QTimer::singleShot(0, &window, [&window, profile] {
        if (!profile.isEmpty()) {
            window.openProfile(profile);
            return;
        }
        const QStringList names = ha::ProfileStore().names();
        if (names.size() == 1)
            window.openProfile(names.first());
        else if (names.isEmpty())
            window.addCluster();
    });
    return app.exec();
}
