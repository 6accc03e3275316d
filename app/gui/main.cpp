#include "mainwindow.h"

#include <QApplication>
#include <QLocale>
#include <QTranslator>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("haconsole"));
    QApplication::setOrganizationName(QStringLiteral("haconsole"));
    QApplication::setApplicationDisplayName(QStringLiteral("HA Console"));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("haconsole"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    ha::ui::MainWindow window;
    window.show();
    return app.exec();
}
