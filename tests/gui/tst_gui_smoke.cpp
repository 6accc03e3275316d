// Starts the real main window offscreen and saves what it shows.

#include "mainwindow.h"

#include <QDir>
#include <QTest>

class TstGuiSmoke : public QObject
{
    Q_OBJECT
private slots:
    void mainWindowShows();
};

void TstGuiSmoke::mainWindowShows()
{
    ha::ui::MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.windowTitle().contains(QStringLiteral("HA Console")));
    const QImage shot = w.grab().toImage();
    QVERIFY(!shot.isNull());
    QDir().mkpath(QStringLiteral(HA_ARTIFACT_DIR));
    QVERIFY(shot.save(QStringLiteral(HA_ARTIFACT_DIR "/gui_smoke_mainwindow.png")));
}

QTEST_MAIN(TstGuiSmoke)
#include "tst_gui_smoke.moc"
