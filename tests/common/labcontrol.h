#pragma once
// Drives tests/lab/lab from a lab test while keeping the test's event loop running (sessions
// under test deliver their signals meanwhile). Header-only: shared by the lab tests.

#include "profile/profilestore.h"

#include <QProcess>
#include <QTest>

namespace ha::test {

struct LabRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool ok() const { return exitCode == 0; }
};

inline LabRun lab(const QStringList &args, int timeoutMs = 120000)
{
    QProcess p;
    p.setProgram(QString::fromLocal8Bit(qgetenv("HA_LAB_SCRIPT").isEmpty()
                                            ? QByteArray(HA_LAB_SCRIPT)
                                            : qgetenv("HA_LAB_SCRIPT")));
    p.setArguments(args);
    p.start();
    LabRun r;
    if (!p.waitForStarted(5000))
        return r;
    QElapsedTimer t;
    t.start();
    while (p.state() != QProcess::NotRunning && t.elapsed() < timeoutMs)
        QTest::qWait(50);
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished(2000);
        r.err = "lab " + args.join(u' ').toUtf8() + " timed out";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// Runs a shell command inside a lab node's namespaces.
inline LabRun labExec(const QString &node, const QString &shellCommand, int timeoutMs = 60000)
{
    return lab({QStringLiteral("exec"), node, QStringLiteral("sh"), QStringLiteral("-c"),
                shellCommand},
               timeoutMs);
}

inline Result<ClusterProfile> labProfile()
{
    return ProfileStore().load(QStringLiteral("lab"));
}

} // namespace ha::test

#define HA_LAB_OK(r)                                                                              \
    do {                                                                                          \
        const ha::test::LabRun &lr_ = (r);                                                        \
        QVERIFY2(lr_.ok(), qPrintable(QStringLiteral("lab failed (%1): %2")                       \
                                          .arg(lr_.exitCode)                                      \
                                          .arg(QString::fromUtf8(lr_.err.right(2000)))));         \
    } while (false)
