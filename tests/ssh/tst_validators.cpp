// Every validator with its own table: what must pass, and what must be refused, including the
// hostile strings an attacker or a typo would produce.

#include "ssh/validators.h"

#include <QTest>

using namespace ha;

class TstValidators : public QObject
{
    Q_OBJECT
private slots:
    void pacemakerId_data();
    void pacemakerId();
    void nodeName_data();
    void nodeName();
    void isoDuration_data();
    void isoDuration();
    void timestamp_data();
    void timestamp();
    void unitName_data();
    void unitName();
    void absolutePath_data();
    void absolutePath();
    void logPath_data();
    void logPath();
    void attributeValue_data();
    void attributeValue();
};

namespace {

void columns()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
}

void row(const char *name, const QString &input, bool valid)
{
    QTest::newRow(name) << input << valid;
}

// Strings no validator of an identifier may accept.
void hostileRows()
{
    row("empty", QString(), false);
    row("semicolon", QStringLiteral("db; rm -rf /"), false);
    row("subshell", QStringLiteral("$(id)"), false);
    row("backticks", QStringLiteral("`id`"), false);
    row("single quote", QStringLiteral("a'b"), false);
    row("double quote", QStringLiteral("a\"b"), false);
    row("newline", QStringLiteral("db\nid"), false);
    row("trailing newline", QStringLiteral("db\n"), false);
    row("space", QStringLiteral("db group"), false);
    row("leading dash", QStringLiteral("-rf"), false);
    row("double dash option", QStringLiteral("--force"), false);
    row("unicode letter", QStringLiteral("dätenbank"), false);
    row("fullwidth semicolon", QStringLiteral("db\uFF1Bid"), false);
    row("nul", QString(QStringLiteral("db")) + QChar(0) + QStringLiteral("x"), false);
    row("pipe", QStringLiteral("a|b"), false);
    row("glob", QStringLiteral("*"), false);
}

} // namespace

void TstValidators::pacemakerId_data()
{
    columns();
    row("simple", QStringLiteral("db-mysql-p"), true);
    row("underscore first", QStringLiteral("_private"), true);
    row("dots digits", QStringLiteral("ip.1_2-3"), true);
    row("cli constraint", QStringLiteral("cli-prefer-db-group"), true);
    row("single letter", QStringLiteral("a"), true);
    row("max length", QString(255, u'a'), true);
    row("too long", QString(256, u'a'), false);
    row("digit first", QStringLiteral("1db"), false);
    row("dot first", QStringLiteral(".db"), false);
    row("colon", QStringLiteral("ocf:heartbeat"), false);
    row("slash", QStringLiteral("a/b"), false);
    row("arabic digit", QStringLiteral("db\u0661"), false);
    hostileRows();
}

void TstValidators::pacemakerId()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QCOMPARE(validate::pacemakerId(input), valid);
}

void TstValidators::nodeName_data()
{
    columns();
    row("short", QStringLiteral("node1"), true);
    row("fqdn", QStringLiteral("db1.example.com"), true);
    row("dash inside", QStringLiteral("nova-db-01"), true);
    row("digits only label", QStringLiteral("10"), true);
    row("label 63", QString(63, u'a'), true);
    row("label 64", QString(64, u'a'), false);
    row("total 253", QString(QString(63, u'a') + u'.').repeated(3) + QString(61, u'b'), true);
    row("total 254", QString(QString(63, u'a') + u'.').repeated(3) + QString(62, u'b'), false);
    row("trailing dash", QStringLiteral("node-"), false);
    row("label leading dash", QStringLiteral("a.-b"), false);
    row("empty label", QStringLiteral("a..b"), false);
    row("trailing dot", QStringLiteral("node1."), false);
    row("underscore", QStringLiteral("node_1"), false);
    hostileRows();
}

void TstValidators::nodeName()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QCOMPARE(validate::nodeName(input), valid);
}

void TstValidators::isoDuration_data()
{
    columns();
    row("hour", QStringLiteral("PT1H"), true);
    row("day", QStringLiteral("P1D"), true);
    row("week", QStringLiteral("P2W"), true);
    row("full", QStringLiteral("P1Y2M3DT4H5M6S"), true);
    row("minutes", QStringLiteral("PT30M"), true);
    row("month vs minute", QStringLiteral("P1M"), true);
    row("bare P", QStringLiteral("P"), false);
    row("bare PT", QStringLiteral("PT"), false);
    row("dangling T", QStringLiteral("P1DT"), false);
    row("no P", QStringLiteral("1H"), false);
    row("time unit without T", QStringLiteral("P1H"), false);
    row("wrong order", QStringLiteral("PT1S1H"), false);
    row("fraction", QStringLiteral("PT1.5H"), false);
    row("negative", QStringLiteral("-PT1H"), false);
    row("lowercase", QStringLiteral("pt1h"), false);
    row("trailing newline", QStringLiteral("PT1H\n"), false);
    row("arabic digit", QStringLiteral("PT\u0661H"), false);
    hostileRows();
}

void TstValidators::isoDuration()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QCOMPARE(validate::isoDuration(input), valid);
}

void TstValidators::timestamp_data()
{
    columns();
    row("date", QStringLiteral("2024-02-29"), true);
    row("date time", QStringLiteral("2024-02-29 13:05"), true);
    row("date time seconds", QStringLiteral("2024-02-29 13:05:59"), true);
    row("iso T", QStringLiteral("2024-02-29T13:05:59"), true);
    row("iso Z", QStringLiteral("2024-02-29T13:05:59Z"), true);
    row("iso offset", QStringLiteral("2024-02-29T13:05:59+02:00"), true);
    row("epoch", QStringLiteral("@1700000000"), true);
    row("now", QStringLiteral("now"), true);
    row("today", QStringLiteral("today"), true);
    row("yesterday", QStringLiteral("yesterday"), true);
    row("relative hours", QStringLiteral("-1h"), true);
    row("relative minutes", QStringLiteral("-30min"), true);
    row("not a leap day", QStringLiteral("2023-02-29"), false);
    row("month 13", QStringLiteral("2024-13-01"), false);
    row("hour 24", QStringLiteral("2024-01-01 24:00"), false);
    row("minute 60", QStringLiteral("2024-01-01 10:60"), false);
    row("zone on space form", QStringLiteral("2024-01-01 10:00Z"), false);
    row("offset 15h", QStringLiteral("2024-01-01T10:00+15:00"), false);
    row("short year", QStringLiteral("24-01-01"), false);
    row("relative unknown unit", QStringLiteral("-1y"), false);
    row("relative no number", QStringLiteral("-h"), false);
    row("tomorrow", QStringLiteral("tomorrow"), false);
    row("trailing newline", QStringLiteral("2024-01-01\n"), false);
    hostileRows();
}

void TstValidators::timestamp()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QCOMPARE(validate::timestamp(input), valid);
}

void TstValidators::unitName_data()
{
    columns();
    row("bare", QStringLiteral("pacemaker"), true);
    row("service", QStringLiteral("corosync.service"), true);
    row("template instance", QStringLiteral("getty@tty1.service"), true);
    row("escaped", QStringLiteral("dev-disk-by\\x2duuid.device"), true);
    row("colon", QStringLiteral("systemd-fsck@dev:sda1.service"), true);
    row("dot first", QStringLiteral(".hidden"), false);
    row("too long", QString(257, u'a'), false);
    row("slash", QStringLiteral("a/b.service"), false);
    hostileRows();
}

void TstValidators::unitName()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QCOMPARE(validate::unitName(input), valid);
}

void TstValidators::absolutePath_data()
{
    columns();
    row("root file", QStringLiteral("/tmp/cib.xml"), true);
    row("deep", QStringLiteral("/var/lib/pacemaker/cib/cib.xml"), true);
    row("space is fine (quoted)", QStringLiteral("/tmp/my cib.xml"), true);
    row("dots in name", QStringLiteral("/tmp/cib..xml"), true);
    row("relative", QStringLiteral("tmp/cib.xml"), false);
    row("dotdot", QStringLiteral("/var/log/../../etc/shadow"), false);
    row("trailing dotdot", QStringLiteral("/var/log/.."), false);
    row("dot component", QStringLiteral("/var/./log"), false);
    row("newline", QStringLiteral("/tmp/a\nb"), false);
    row("tab", QStringLiteral("/tmp/a\tb"), false);
    row("empty", QString(), false);
    row("leading dash", QStringLiteral("-rf"), false);
    row("too long", u'/' + QString(4096, u'a'), false);
}

void TstValidators::absolutePath()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QCOMPARE(validate::absolutePath(input), valid);
}

void TstValidators::logPath_data()
{
    columns();
    row("pacemaker log", QStringLiteral("/var/log/pacemaker/pacemaker.log"), true);
    row("corosync log", QStringLiteral("/var/log/corosync/corosync.log"), true);
    row("mysql error log", QStringLiteral("/var/log/mysql/error.log"), true);
    row("syslog file", QStringLiteral("/var/log/syslog"), true);
    row("messages", QStringLiteral("/var/log/messages"), true);
    row("shadow", QStringLiteral("/etc/shadow"), false);
    row("escape with dotdot", QStringLiteral("/var/log/pacemaker/../../../etc/shadow"), false);
    row("prefix trick", QStringLiteral("/var/log/pacemaker-evil/x.log"), false);
    row("the directory itself", QStringLiteral("/var/log/pacemaker"), false);
    row("directory slash", QStringLiteral("/var/log/pacemaker/"), false);
    row("double slash", QStringLiteral("/var/log/pacemaker//x"), false);
    row("other log dir", QStringLiteral("/var/log/apt/history.log"), false);
    row("relative", QStringLiteral("var/log/syslog"), false);
    row("newline", QStringLiteral("/var/log/pacemaker/a\nb"), false);
}

void TstValidators::logPath()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QCOMPARE(validate::logPath(input), valid);
}

void TstValidators::attributeValue_data()
{
    columns();
    row("word", QStringLiteral("on"), true);
    row("shell chars are quoted later", QStringLiteral("a;b $(c) `d`"), true);
    row("unicode", QStringLiteral("Größe ✓"), true);
    row("leading dash", QStringLiteral("-1"), true);
    row("max", QString(1024, u'x'), true);
    row("too long", QString(1025, u'x'), false);
    row("empty", QString(), false);
    row("newline", QStringLiteral("a\nb"), false);
    row("carriage return", QStringLiteral("a\rb"), false);
    row("escape", QStringLiteral("a\x1b[31m"), false);
    row("line separator", QStringLiteral("a\u2028b"), false);
}

void TstValidators::attributeValue()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QCOMPARE(validate::attributeValue(input), valid);
}

QTEST_GUILESS_MAIN(TstValidators)
#include "tst_validators.moc"
