// Cluster profiles on disk: what is saved comes back, hostile or broken files are refused with a
// message naming the problem, and nothing secret is ever written.
#include "profile/profilestore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ha;

namespace {

ClusterProfile sample()
{
    ClusterProfile p;
    p.name = QStringLiteral("prod-db");
    p.serviceAddress = QStringLiteral("198.18.0.100");
    p.serviceGroup = QStringLiteral("db-group");
    for (int i = 1; i <= 2; ++i) {
        NodeProfile n;
        n.name = QStringLiteral("node%1").arg(i);
        n.address = QStringLiteral("198.18.0.1%1").arg(i);
        n.auth = SshAuth::Key;
        n.identityFile = QStringLiteral("/root/.ssh/id_ed25519");
        n.bmc.address = QStringLiteral("198.18.0.20%1").arg(i);
        n.bmc.user = QStringLiteral("admin");
        p.nodes << n;
    }
    p.nodes[1].logFiles = {QStringLiteral("/var/log/cluster/corosync.log"), QStringLiteral("/var/log/messages")};
    return p;
}

} // namespace

class TstProfileStore : public QObject
{
    Q_OBJECT
private slots:
    void roundTripKeepsLogFiles()
    {
        QTemporaryDir dir;
        ProfileStore store(dir.path());
        QVERIFY(store.save(sample()).ok());
        QCOMPARE(store.names(), QStringList{QStringLiteral("prod-db")});
        const Result<ClusterProfile> p = store.load(QStringLiteral("prod-db"));
        QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().message));
        QCOMPARE(p.value().nodes.size(), 2);
        QVERIFY(p.value().nodes.at(0).logFiles.isEmpty()); // defaults apply
        QCOMPARE(p.value().nodes.at(1).logFiles, sample().nodes.at(1).logFiles);
        QCOMPARE(p.value().nodes.at(1).bmc.address, QStringLiteral("198.18.0.202"));
        QCOMPARE(p.value().serviceGroup, QStringLiteral("db-group"));
    }

    void logFileOutsideTheLogDirectoriesIsRefused_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("shadow") << QStringLiteral("/etc/shadow");
        QTest::newRow("escape") << QStringLiteral("/var/log/pacemaker/../../../etc/shadow");
        QTest::newRow("relative") << QStringLiteral("pacemaker.log");
        QTest::newRow("shell") << QStringLiteral("/var/log/syslog; rm -rf /");
    }
    void logFileOutsideTheLogDirectoriesIsRefused()
    {
        QFETCH(QString, path);
        QTemporaryDir dir;
        ProfileStore store(dir.path());
        ClusterProfile p = sample();
        p.nodes[0].logFiles = {path};
        QVERIFY(store.save(p).ok());
        const Result<ClusterProfile> back = store.load(p.name);
        QVERIFY(!back.ok());
        QCOMPARE(back.error().code, ErrorCode::Parse);
        QVERIFY2(back.error().message.contains(path), qPrintable(back.error().message));
    }

    void unknownProfileNamesTheName()
    {
        QTemporaryDir dir;
        const Result<ClusterProfile> p = ProfileStore(dir.path()).load(QStringLiteral("nope"));
        QVERIFY(!p.ok());
        QCOMPARE(p.error().code, ErrorCode::NotFound);
        QVERIFY(p.error().message.contains(QLatin1String("nope")));
    }

    void noSecretInTheFile()
    {
        QTemporaryDir dir;
        ProfileStore store(dir.path());
        ClusterProfile p = sample();
        p.nodes[0].bmc.passwordFile = QStringLiteral("/root/bmc-password");
        QVERIFY(store.save(p).ok());
        const QStringList files = QDir(dir.path()).entryList(QDir::Files);
        QCOMPARE(files.size(), 1);
        QFile f(dir.filePath(files.first()));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll().toLower();
        // Only the path of a password file may be named; no key holds a password itself.
        QVERIFY(!text.contains("password="));
        QVERIFY(text.contains("passwordfile=/root/bmc-password"));
    }
};

QTEST_GUILESS_MAIN(TstProfileStore)
#include "tst_profilestore.moc"
