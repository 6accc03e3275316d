// The templates: the exact argv each produces, that bad arguments are refused with
// InvalidInput before anything could run, and that the quoted command line a shell parses
// gives back exactly the argv (checked with a real /bin/sh, not by comparing quote styles).

#include "ssh/commandtemplates.h"

#include <QProcess>
#include <QTest>

using namespace ha;

Q_DECLARE_METATYPE(ha::Result<ha::RemoteCommand>)

class TstCommandTemplates : public QObject
{
    Q_OBJECT
private slots:
    void argv_data();
    void argv();
    void refused_data();
    void refused();
    void shellSeesArgv_data();
    void shellSeesArgv();
    void sudoPrefixOnlyForPrivileged();
    void emptyCommandIsInvalid();
};

namespace {

QStringList words(const char *s)
{
    return QString::fromUtf8(s).split(u' ');
}

JournalQuery journalQuery()
{
    JournalQuery q;
    q.units = {QStringLiteral("pacemaker"), QStringLiteral("corosync.service")};
    q.since = QStringLiteral("2024-01-01 10:00");
    q.until = QStringLiteral("now");
    q.json = true;
    q.lines = 100;
    q.grep = QStringLiteral("-x; $(id)");
    return q;
}

} // namespace

void TstCommandTemplates::argv_data()
{
    QTest::addColumn<Result<RemoteCommand>>("cmd");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<bool>("privileged");

    auto add = [](const char *row, Result<RemoteCommand> c, const char *name, QStringList argv,
                  bool priv = true) {
        QTest::newRow(row) << c << QString::fromLatin1(name) << argv << priv;
    };
    add("crm_mon xml", CommandTemplates::crmMonXml(), "crm_mon.xml",
        words("crm_mon -1 --output-as=xml --inactive"));
    add("crm_mon legacy", CommandTemplates::crmMonXmlLegacy(), "crm_mon.xml-legacy",
        words("crm_mon -1 --as-xml --inactive"));
    add("crm_mon watch", CommandTemplates::crmMonTextWatch(1000), "crm_mon.text-watch",
        words("crm_mon --output-as=text -i 1"));
    add("crm_mon watch ms", CommandTemplates::crmMonTextWatch(500), "crm_mon.text-watch",
        words("crm_mon --output-as=text -i 500ms"));
    add("cibadmin", CommandTemplates::cibQuery(), "cibadmin.query", words("cibadmin -Q"));
    add("cibadmin constraints", CommandTemplates::cibQueryConstraints(),
        "cibadmin.query-constraints", words("cibadmin -Q -o constraints"));
    add("move", CommandTemplates::resourceMove(QStringLiteral("db-group"), QStringLiteral("node2")),
        "crm_resource.move", words("crm_resource --move --resource db-group --node node2"));
    add("move lifetime",
        CommandTemplates::resourceMove(QStringLiteral("db-group"), QStringLiteral("node2"),
                                       QStringLiteral("PT1H")),
        "crm_resource.move",
        words("crm_resource --move --resource db-group --node node2 --lifetime PT1H"));
    add("ban", CommandTemplates::resourceBan(QStringLiteral("db"), QStringLiteral("node1")),
        "crm_resource.ban", words("crm_resource --ban --resource db --node node1"));
    add("clear", CommandTemplates::resourceClear(QStringLiteral("db")), "crm_resource.clear",
        words("crm_resource --clear --resource db"));
    add("cleanup all", CommandTemplates::resourceCleanup(), "crm_resource.cleanup",
        words("crm_resource --cleanup"));
    add("cleanup one",
        CommandTemplates::resourceCleanup(QStringLiteral("db"), QStringLiteral("node1")),
        "crm_resource.cleanup", words("crm_resource --cleanup --resource db --node node1"));
    add("locate", CommandTemplates::resourceLocate(QStringLiteral("vip")), "crm_resource.locate",
        words("crm_resource --locate --resource vip"));
    add("property query", CommandTemplates::attributeQuery(QStringLiteral("stonith-enabled")),
        "crm_attribute.query",
        words("crm_attribute --type crm_config --name stonith-enabled --query"));
    add("node attr update",
        CommandTemplates::attributeUpdate(QStringLiteral("site"), QStringLiteral("-a b"),
                                          QStringLiteral("node1")),
        "crm_attribute.update",
        {QStringLiteral("crm_attribute"), QStringLiteral("--node"), QStringLiteral("node1"),
         QStringLiteral("--name"), QStringLiteral("site"), QStringLiteral("--update=-a b")});
    add("attr delete", CommandTemplates::attributeDelete(QStringLiteral("x"), QStringLiteral("n1")),
        "crm_attribute.delete", words("crm_attribute --node n1 --name x --delete"));
    add("standby on", CommandTemplates::standby(QStringLiteral("node1"), true),
        "crm_attribute.standby", words("crm_attribute --node node1 --name standby --update on"));
    add("standby query", CommandTemplates::standbyQuery(QStringLiteral("node1")),
        "crm_attribute.standby-query", words("crm_attribute --node node1 --name standby --query"));
    add("crm_node -l", CommandTemplates::nodeList(), "crm_node.list", words("crm_node -l"));
    add("crm_node -n", CommandTemplates::nodeName(), "crm_node.name", words("crm_node -n"));
    add("cfgtool -s", CommandTemplates::corosyncLinkStatus(), "corosync-cfgtool.status",
        words("corosync-cfgtool -s"));
    add("cfgtool -n", CommandTemplates::corosyncNodeLinks(), "corosync-cfgtool.nodes",
        words("corosync-cfgtool -n"));
    add("quorumtool", CommandTemplates::corosyncQuorum(), "corosync-quorumtool.status",
        words("corosync-quorumtool -s"));
    add("corosync.conf", CommandTemplates::corosyncConf(), "corosync.conf",
        words("cat /etc/corosync/corosync.conf"));
    add("journal", CommandTemplates::journal(journalQuery()), "journalctl",
        {QStringLiteral("journalctl"), QStringLiteral("--no-pager"), QStringLiteral("-u"),
         QStringLiteral("pacemaker"), QStringLiteral("-u"), QStringLiteral("corosync.service"),
         QStringLiteral("--since=2024-01-01 10:00"), QStringLiteral("--until=now"),
         QStringLiteral("-n"), QStringLiteral("100"), QStringLiteral("-o"), QStringLiteral("json"),
         QStringLiteral("--grep=-x; $(id)")});
    add("tail",
        CommandTemplates::tailLog(QStringLiteral("/var/log/pacemaker/pacemaker.log"), 50, true),
        "tail.follow", words("tail -n 50 -F -- /var/log/pacemaker/pacemaker.log"));
    add("stonith list", CommandTemplates::stonithList(QStringLiteral("node1")),
        "stonith_admin.list", words("stonith_admin --list node1"));
    add("stonith history all", CommandTemplates::stonithHistory(), "stonith_admin.history",
        words("stonith_admin --history *"));
    add("stonith query", CommandTemplates::stonithQuery(QStringLiteral("fence-node1")),
        "stonith_admin.query", words("stonith_admin --query fence-node1"));
    add("simulate",
        CommandTemplates::simulate(QStringLiteral("/tmp/cib.xml"), QStringLiteral("node1")),
        "crm_simulate", words("crm_simulate -x /tmp/cib.xml -S --node-fail node1"), false);
    add("uname", CommandTemplates::hostName(), "uname", words("uname -n"), false);
    add("clock", CommandTemplates::clock(), "date.clock", words("date +%s.%N"), false);
}

void TstCommandTemplates::argv()
{
    QFETCH(Result<RemoteCommand>, cmd);
    QFETCH(QString, name);
    QFETCH(QStringList, expected);
    QFETCH(bool, privileged);
    QVERIFY2(cmd.ok(), cmd.ok() ? "" : qPrintable(cmd.error().message));
    QVERIFY(cmd->isValid());
    QCOMPARE(cmd->templateName(), name);
    QCOMPARE(cmd->argv(), expected);
    QCOMPARE(cmd->privileged(), privileged);
}

void TstCommandTemplates::refused_data()
{
    QTest::addColumn<Result<RemoteCommand>>("cmd");
    const QString evil = QStringLiteral("db; reboot");
    QTest::newRow("move bad resource")
        << CommandTemplates::resourceMove(evil, QStringLiteral("n1"));
    QTest::newRow("move bad node")
        << CommandTemplates::resourceMove(QStringLiteral("db"), QStringLiteral("$(reboot)"));
    QTest::newRow("move missing node")
        << CommandTemplates::resourceMove(QStringLiteral("db"), QString());
    QTest::newRow("move bad lifetime") << CommandTemplates::resourceMove(
        QStringLiteral("db"), QStringLiteral("n1"), QStringLiteral("1 hour"));
    QTest::newRow("ban option injection")
        << CommandTemplates::resourceBan(QStringLiteral("--force"), QStringLiteral("n1"));
    QTest::newRow("clear backticks") << CommandTemplates::resourceClear(QStringLiteral("`id`"));
    QTest::newRow("cleanup newline")
        << CommandTemplates::resourceCleanup(QStringLiteral("db\nreboot"));
    QTest::newRow("locate quote") << CommandTemplates::resourceLocate(QStringLiteral("a'b"));
    QTest::newRow("attr bad name") << CommandTemplates::attributeQuery(QStringLiteral("a b"));
    QTest::newRow("attr value newline")
        << CommandTemplates::attributeUpdate(QStringLiteral("a"), QStringLiteral("x\ny"));
    QTest::newRow("standby unicode node")
        << CommandTemplates::standby(QStringLiteral("nöde"), true);
    QTest::newRow("watch interval 0") << CommandTemplates::crmMonTextWatch(0);
    QTest::newRow("watch interval 99 ms") << CommandTemplates::crmMonTextWatch(99);
    JournalQuery badUnit;
    badUnit.units = {QStringLiteral("-x")};
    QTest::newRow("journal bad unit") << CommandTemplates::journal(badUnit);
    JournalQuery badSince;
    badSince.since = QStringLiteral("yesterday; reboot");
    QTest::newRow("journal bad since") << CommandTemplates::journal(badSince);
    QTest::newRow("tail outside allowlist")
        << CommandTemplates::tailLog(QStringLiteral("/etc/shadow"), 10, false);
    QTest::newRow("tail dotdot") << CommandTemplates::tailLog(
        QStringLiteral("/var/log/pacemaker/../../../etc/shadow"), 10, false);
    QTest::newRow("stonith bad node") << CommandTemplates::stonithList(QStringLiteral("*"));
    QTest::newRow("simulate relative") << CommandTemplates::simulate(QStringLiteral("cib.xml"));
}

void TstCommandTemplates::refused()
{
    QFETCH(Result<RemoteCommand>, cmd);
    QVERIFY(!cmd.ok());
    QCOMPARE(cmd.error().code, ErrorCode::InvalidInput);
    QVERIFY(!cmd.error().message.isEmpty());
}

void TstCommandTemplates::shellSeesArgv_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::newRow("semicolon") << QStringLiteral("a; touch /tmp/ha-pwned");
    QTest::newRow("subshell") << QStringLiteral("$(touch /tmp/ha-pwned)");
    QTest::newRow("backticks") << QStringLiteral("`touch /tmp/ha-pwned`");
    QTest::newRow("quotes") << QStringLiteral("it's \"quoted\"");
    QTest::newRow("newline") << QStringLiteral("a\nb");
    QTest::newRow("unicode") << QStringLiteral("Störung ⚠ 😀");
    QTest::newRow("leading dash") << QStringLiteral("--output=/etc/passwd");
}

void TstCommandTemplates::shellSeesArgv()
{
    QFETCH(QString, pattern);
    JournalQuery q;
    q.grep = pattern;
    const auto cmd = CommandTemplates::journal(q);
    QVERIFY(cmd.ok());
    // Replace the program by printf so the shell prints the words it built.
    const QString line = cmd->commandLine();
    QVERIFY(line.startsWith(QLatin1String("journalctl ")));
    const QString script = QStringLiteral("printf '%s\\0'") + line.mid(line.indexOf(u' '));
    QProcess sh;
    sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
    QVERIFY(sh.waitForFinished(5000));
    QCOMPARE(sh.exitCode(), 0);
    QByteArray out = sh.readAllStandardOutput();
    out.chop(1);
    QStringList got;
    const QList<QByteArray> parts = out.split('\0');
    for (const QByteArray &p : parts)
        got << QString::fromUtf8(p);
    QCOMPARE(got, cmd->argv().mid(1));
}

void TstCommandTemplates::sudoPrefixOnlyForPrivileged()
{
    const RemoteCommand mon = CommandTemplates::crmMonXml();
    QCOMPARE(mon.commandLine(true),
             QStringLiteral("sudo -n crm_mon -1 --output-as=xml --inactive"));
    QCOMPARE(mon.commandLine(false), QStringLiteral("crm_mon -1 --output-as=xml --inactive"));
    QCOMPARE(CommandTemplates::hostName().commandLine(true), QStringLiteral("uname -n"));
}

void TstCommandTemplates::emptyCommandIsInvalid()
{
    QVERIFY(!RemoteCommand().isValid());
}

QTEST_GUILESS_MAIN(TstCommandTemplates)
#include "tst_commandtemplates.moc"
