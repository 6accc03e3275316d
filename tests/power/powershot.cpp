#include "powershot.h"

#include <QDir>
#include <QLayout>
#include <QTest>
#include <QWidget>

namespace ha::test {

void saveShotIfAsked(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("HA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    if (w->layout())
        w->layout()->activate(); // texts changed since the last layout pass
    QVERIFY(w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

} // namespace ha::test
