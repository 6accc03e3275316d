// The known_hosts line finder that lets a changed-key refusal name the line to fix: plain,
// bracketed-port, comma lists, markers, and hashed entries (hashed by OpenSSH's own ssh-keygen).

#include "ssh/knownhosts.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ha;

class TstKnownHosts : public QObject
{
    Q_OBJECT
private slots:
    void pattern();
    void plainEntries();
    void hashedEntries();
};

namespace {

const QByteArray kKey =
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl";

void write(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(data);
}

} // namespace

void TstKnownHosts::pattern()
{
    QCOMPARE(knownhosts::hostPattern(QStringLiteral("node1"), 22), QStringLiteral("node1"));
    QCOMPARE(knownhosts::hostPattern(QStringLiteral("10.0.0.1"), 2222),
             QStringLiteral("[10.0.0.1]:2222"));
}

void TstKnownHosts::plainEntries()
{
    QTemporaryDir dir;
    const QString file = dir.path() + QStringLiteral("/known_hosts");
    write(file, "# comment\n"
                "node2 " +
                    kKey +
                    "\n"
                    "\n"
                    "node1,198.18.0.11 " +
                    kKey +
                    "\n"
                    "[node1]:2222 " +
                    kKey +
                    "\n"
                    "@cert-authority node1 " +
                    kKey +
                    "\n"
                    "node10 " +
                    kKey + "\n");
    QCOMPARE(knownhosts::linesForHost(file, QStringLiteral("node1"), 22), (QList<int>{4, 6}));
    QCOMPARE(knownhosts::linesForHost(file, QStringLiteral("198.18.0.11"), 22), QList<int>{4});
    QCOMPARE(knownhosts::linesForHost(file, QStringLiteral("node1"), 2222), QList<int>{5});
    QVERIFY(knownhosts::linesForHost(file, QStringLiteral("node3"), 22).isEmpty());
    QVERIFY(knownhosts::linesForHost(dir.path() + QStringLiteral("/none"), QStringLiteral("n"), 22)
                .isEmpty());
}

void TstKnownHosts::hashedEntries()
{
    QTemporaryDir dir;
    const QString file = dir.path() + QStringLiteral("/known_hosts");
    write(file, "node2 " + kKey + "\n[127.0.0.1]:2200 " + kKey + "\nnode1 " + kKey + "\n");
    QProcess keygen;
    keygen.start(QStringLiteral("ssh-keygen"), {QStringLiteral("-H"), QStringLiteral("-f"), file});
    QVERIFY(keygen.waitForFinished(10000));
    QCOMPARE(keygen.exitCode(), 0);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().startsWith("|1|")); // really hashed now
    QCOMPARE(knownhosts::linesForHost(file, QStringLiteral("node1"), 22), QList<int>{3});
    QCOMPARE(knownhosts::linesForHost(file, QStringLiteral("127.0.0.1"), 2200), QList<int>{2});
    QVERIFY(knownhosts::linesForHost(file, QStringLiteral("127.0.0.1"), 22).isEmpty());
}

QTEST_GUILESS_MAIN(TstKnownHosts)
#include "tst_knownhosts.moc"
