// haconsole-cli power/sensors against a real ipmi_sim: status prints the state, a dangerous
// action without --yes on a non-terminal refuses (exit 5) and does nothing, with --yes it acts.

#include "profile/profilestore.h"
#include "simbmc.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ha;

namespace {
const QByteArray kPassword = QByteArrayLiteral("Cli-pw-unique-9931");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};
} // namespace

class TestIpmiCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void statusPrintsState();
    void offWithoutYesRefusesAndDoesNothing();
    void offWithYesActsAndAuditsWithoutSecret();
    void sensorsAndSel();
    void wrongPasswordExitsUnreachable();
    void unknownNodeIsUsageError();

private:
    Run cli(const QStringList &args);
    void writeProfile(const QString &name, const QByteArray &password);

    std::unique_ptr<SimBmc> m_sim;
    QTemporaryDir m_config;
    QTemporaryDir m_state;
};

void TestIpmiCli::writeProfile(const QString &name, const QByteArray &password)
{
    const QString pwFile = m_config.path() + u'/' + name + QStringLiteral(".bmcpw");
    QFile f(pwFile);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(password);
    f.close();
    QVERIFY(QFile::setPermissions(pwFile, QFile::ReadOwner | QFile::WriteOwner));

    ClusterProfile p;
    p.name = name;
    NodeProfile n;
    n.name = QStringLiteral("node1");
    n.address = QStringLiteral("127.0.0.1");
    n.bmc.address = QStringLiteral("127.0.0.1");
    n.bmc.port = m_sim->port();
    n.bmc.user = QStringLiteral("admin");
    n.bmc.passwordFile = pwFile;
    n.bmc.cipherSuite = 3;
    n.bmc.timeoutMs = 300;
    p.nodes << n;
    const Result<void> saved = ProfileStore(m_config.path() + QStringLiteral("/profiles")).save(p);
    QVERIFY(saved.ok());
}

void TestIpmiCli::initTestCase()
{
    QVERIFY(m_config.isValid() && m_state.isValid());
    m_sim = std::make_unique<SimBmc>(QStringLiteral("node1"), kPassword);
    QString error;
    QVERIFY2(m_sim->start(&error), qPrintable(error));
    writeProfile(QStringLiteral("t"), kPassword);
    writeProfile(QStringLiteral("bad"), QByteArrayLiteral("wrong-password"));
}

Run TestIpmiCli::cli(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HACONSOLE_CONFIG_DIR"), m_config.path());
    env.insert(QStringLiteral("HACONSOLE_STATE_DIR"), m_state.path());
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    p.setProcessEnvironment(env);
    p.setStandardInputFile(QProcess::nullDevice()); // not a terminal
    p.start(QStringLiteral(HA_CLI_PATH), args);
    Run r;
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void TestIpmiCli::statusPrintsState()
{
    const Run r = cli({QStringLiteral("--profile"), QStringLiteral("t"), QStringLiteral("power"),
                       QStringLiteral("node1"), QStringLiteral("status")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("node1: power is on")), qPrintable(r.out));
    QVERIFY(!r.out.toUtf8().contains(kPassword) && !r.err.toUtf8().contains(kPassword));
}

void TestIpmiCli::offWithoutYesRefusesAndDoesNothing()
{
    const QStringList before = m_sim->hookLog();
    const Run r = cli({QStringLiteral("--profile"), QStringLiteral("t"), QStringLiteral("power"),
                       QStringLiteral("node1"), QStringLiteral("off")});
    QCOMPARE(r.exitCode, 5);
    // It says what it would have done, and to which node and BMC.
    QVERIFY2(r.out.contains(QStringLiteral("node1")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Hard power-off")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("127.0.0.1:%1").arg(m_sim->port())), qPrintable(r.out));
    QVERIFY(r.err.contains(QStringLiteral("--yes")));
    QCOMPARE(m_sim->hookLog(), before);
    QCOMPARE(m_sim->hookPowerState(), QString()); // the hook was never told to set power
}

void TestIpmiCli::offWithYesActsAndAuditsWithoutSecret()
{
    Run r = cli({QStringLiteral("--profile"), QStringLiteral("t"), QStringLiteral("power"),
                 QStringLiteral("node1"), QStringLiteral("off"), QStringLiteral("--yes")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(m_sim->hookPowerState(), QStringLiteral("0"));
    r = cli({QStringLiteral("--profile"), QStringLiteral("t"), QStringLiteral("power"),
             QStringLiteral("node1"), QStringLiteral("status")});
    QVERIFY2(r.out.contains(QStringLiteral("node1: power is off")), qPrintable(r.out));
    r = cli({QStringLiteral("--profile"), QStringLiteral("t"), QStringLiteral("power"),
             QStringLiteral("node1"), QStringLiteral("on")}); // not dangerous: no --yes needed
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(m_sim->hookPowerState(), QStringLiteral("1"));

    QFile audit(m_state.path() + QStringLiteral("/audit.jsonl"));
    QVERIFY(audit.open(QIODevice::ReadOnly));
    const QByteArray log = audit.readAll();
    QVERIFY(log.contains("ipmi.power.off"));
    QVERIFY(!log.contains(kPassword));
    // Nor in the profile (it names the password file only).
    QFile ini(m_config.path() + QStringLiteral("/profiles/t.ini"));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains(kPassword));
}

void TestIpmiCli::sensorsAndSel()
{
    const Run r = cli({QStringLiteral("--profile"), QStringLiteral("t"), QStringLiteral("sensors"),
                       QStringLiteral("node1"), QStringLiteral("--sel")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("CPU Temp")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("3000")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("going high"), Qt::CaseInsensitive), qPrintable(r.out));
}

void TestIpmiCli::wrongPasswordExitsUnreachable()
{
    const Run r = cli({QStringLiteral("--profile"), QStringLiteral("bad"), QStringLiteral("power"),
                       QStringLiteral("node1"), QStringLiteral("status")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QStringLiteral("password")), qPrintable(r.err));
    QVERIFY(!r.err.contains(QStringLiteral("wrong-password")));
}

void TestIpmiCli::unknownNodeIsUsageError()
{
    const Run r = cli({QStringLiteral("--profile"), QStringLiteral("t"), QStringLiteral("power"),
                       QStringLiteral("node9"), QStringLiteral("reset"), QStringLiteral("--yes")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("node9")));
}

QTEST_GUILESS_MAIN(TestIpmiCli)
#include "tst_ipmi_cli.moc"
