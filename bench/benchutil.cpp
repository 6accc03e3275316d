#include "benchutil.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

namespace ha::bench {

QString labScript()
{
    return QStringLiteral(HA_SOURCE_DIR "/tests/lab/lab");
}

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

bool waitFor(const std::function<bool()> &pred, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!pred()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(2, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

void pause(int ms)
{
    waitFor([] { return false; }, ms);
}

} // namespace ha::bench
