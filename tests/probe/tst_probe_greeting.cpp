// The greeting readers, table-driven: real captured greetings, every way a greeting can be cut
// short, and things that are not greetings at all.

#include "fakeservers.h"
#include "probe/greeting.h"

#include <QFile>
#include <QTest>

using namespace ha;
using State = Greeting::State;

Q_DECLARE_METATYPE(ha::Greeting::State)

namespace {

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(HA_SOURCE_DIR "/tests/probe/data/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}

} // namespace

class TstProbeGreeting : public QObject
{
    Q_OBJECT
private slots:
    void mysql_data();
    void mysql();
    void mysqlEveryPrefixIsIncomplete();
    void mysqlDisplayVersion();
    void ssh_data();
    void ssh();
};

void TstProbeGreeting::mysql_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<State>("state");
    QTest::addColumn<QString>("version");
    QTest::addColumn<int>("errorCode");

    QTest::newRow("captured MariaDB 10.11") << fixture("mariadb-10.11-greeting.bin") << State::Ok
                                            << QStringLiteral("5.5.5-10.11.19-MariaDB-0+deb12u1") << 0;
    QTest::newRow("MySQL 8 style") << test::mysqlHandshake("8.0.36") << State::Ok
                                   << QStringLiteral("8.0.36") << 0;
    QTest::newRow("greeting + trailing bytes")
        << test::mysqlHandshake("8.0.36") + QByteArray("xyz") << State::Ok
        << QStringLiteral("8.0.36") << 0;
    QTest::newRow("host blocked error")
        << test::mysqlErrorPacket(1129, "Host '198.18.0.1' is blocked because of many connection errors")
        << State::ServerError << QString() << 1129;
    QTest::newRow("too many connections") << test::mysqlErrorPacket(1040, "Too many connections")
                                          << State::ServerError << QString() << 1040;
    QTest::newRow("empty") << QByteArray() << State::Incomplete << QString() << 0;
    QTest::newRow("header only") << QByteArray("\x10\x00\x00\x00", 4) << State::Incomplete
                                 << QString() << 0;
    QTest::newRow("protocol 9") << test::mysqlPacket(QByteArray("\x09" "4.0\0abcd", 9))
                                << State::Bad << QString() << 0;
    QTest::newRow("sequence id 1") << test::mysqlPacket(QByteArray("\x0a" "8.0\0", 5), 1)
                                   << State::Bad << QString() << 0;
    QTest::newRow("zero length") << QByteArray("\x00\x00\x00\x00", 4) << State::Bad << QString() << 0;
    QTest::newRow("huge length") << QByteArray("\xff\xff\xff\x00", 4) << State::Bad << QString() << 0;
    QTest::newRow("no version terminator")
        << test::mysqlPacket(QByteArray("\x0a" "8.0.36abcdefghijklmnop")) << State::Bad << QString() << 0;
    QTest::newRow("too short after version")
        << test::mysqlPacket(QByteArray("\x0a" "8.0\0abc", 8)) << State::Bad << QString() << 0;
    QTest::newRow("control chars in version")
        << test::mysqlHandshake("8.0\x01\x02") << State::Bad << QString() << 0;
    QTest::newRow("empty version") << test::mysqlHandshake("") << State::Bad << QString() << 0;
    QTest::newRow("HTTP server") << QByteArray("HTTP/1.1 400 Bad Request\r\n\r\n") << State::Bad
                                 << QString() << 0;
    QTest::newRow("SSH server on 3306") << fixture("openssh-9.2-greeting.txt") << State::Bad
                                        << QString() << 0;
}

void TstProbeGreeting::mysql()
{
    QFETCH(QByteArray, data);
    QFETCH(State, state);
    QFETCH(QString, version);
    QFETCH(int, errorCode);
    const Greeting g = parseMysqlGreeting(data);
    QCOMPARE(g.state, state);
    QCOMPARE(g.version, version);
    QCOMPARE(int(g.errorCode), errorCode);
    if (state == State::Bad || state == State::ServerError)
        QVERIFY(!g.message.isEmpty());
    if (errorCode == 1129)
        QVERIFY(g.message.contains(QLatin1String("blocked")));
}

void TstProbeGreeting::mysqlEveryPrefixIsIncomplete()
{
    // TCP may deliver the greeting in any pieces: no prefix may be judged before it is complete.
    const QByteArray full = fixture("mariadb-10.11-greeting.bin");
    for (int n = 0; n < full.size(); ++n)
        QCOMPARE(parseMysqlGreeting(full.left(n)).state, State::Incomplete);
    const Greeting g = parseMysqlGreeting(full);
    QCOMPARE(g.state, State::Ok);
    QCOMPARE(g.connectionId, 9u);
}

void TstProbeGreeting::mysqlDisplayVersion()
{
    QCOMPARE(displayMysqlVersion(QStringLiteral("5.5.5-10.11.19-MariaDB-0+deb12u1")),
             QStringLiteral("10.11.19-MariaDB-0+deb12u1"));
    QCOMPARE(displayMysqlVersion(QStringLiteral("5.5.5-ent")), QStringLiteral("5.5.5-ent"));
    QCOMPARE(displayMysqlVersion(QStringLiteral("8.0.36")), QStringLiteral("8.0.36"));
}

void TstProbeGreeting::ssh_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<State>("state");
    QTest::addColumn<QString>("version");

    QTest::newRow("captured OpenSSH 9.2") << fixture("openssh-9.2-greeting.txt") << State::Ok
                                          << QStringLiteral("OpenSSH_9.2p1 Debian-2+deb12u10");
    QTest::newRow("LF only") << QByteArray("SSH-2.0-dropbear_2022.83\n") << State::Ok
                             << QStringLiteral("dropbear_2022.83");
    QTest::newRow("1.99") << QByteArray("SSH-1.99-Cisco-1.25\r\n") << State::Ok
                          << QStringLiteral("Cisco-1.25");
    QTest::newRow("banner lines first")
        << QByteArray("Authorised users only\r\nSSH-2.0-OpenSSH_8.4\r\n") << State::Ok
        << QStringLiteral("OpenSSH_8.4");
    QTest::newRow("partial") << QByteArray("SSH-2.0-Open") << State::Incomplete << QString();
    QTest::newRow("empty") << QByteArray() << State::Incomplete << QString();
    QTest::newRow("SSH 1.5") << QByteArray("SSH-1.5-old\r\n") << State::Bad << QString();
    QTest::newRow("no software") << QByteArray("SSH-2.0-\r\n") << State::Bad << QString();
    QTest::newRow("no dash") << QByteArray("SSH-2.0\r\n") << State::Bad << QString();
    QTest::newRow("MySQL on 22") << fixture("mariadb-10.11-greeting.bin") << State::Bad << QString();
    QTest::newRow("binary garbage") << QByteArray("\x00\x01\x02\x03\x04", 5) << State::Bad << QString();
    QTest::newRow("endless banner")
        << QByteArray(kMaxGreetingBytes + 10, 'a') << State::Bad << QString();
}

void TstProbeGreeting::ssh()
{
    QFETCH(QByteArray, data);
    QFETCH(State, state);
    QFETCH(QString, version);
    const Greeting g = parseSshGreeting(data);
    QCOMPARE(g.state, state);
    QCOMPARE(g.version, version);
}

QTEST_GUILESS_MAIN(TstProbeGreeting)
#include "tst_probe_greeting.moc"
