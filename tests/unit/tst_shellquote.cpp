// shellQuote must turn any string into exactly one word for /bin/sh. Checked by letting a real
// shell parse the quoted text and print what it received, not by comparing with expected quotes.

#include "util/shellquote.h"

#include <QProcess>
#include <QTest>

class TstShellQuote : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data();
    void roundTrip();
    void plainWordsStayReadable();
    void joinKeepsArgumentsApart();
};

void TstShellQuote::roundTrip_data()
{
    QTest::addColumn<QString>("arg");
    QTest::newRow("empty") << QString();
    QTest::newRow("space") << QStringLiteral("a b");
    QTest::newRow("semicolon") << QStringLiteral("x; touch /tmp/ha-pwned");
    QTest::newRow("subshell") << QStringLiteral("$(touch /tmp/ha-pwned)");
    QTest::newRow("backticks") << QStringLiteral("`id`");
    QTest::newRow("single quote") << QStringLiteral("it's");
    QTest::newRow("quotes mixed") << QStringLiteral("'\"'\"");
    QTest::newRow("newline") << QStringLiteral("a\nb; id");
    QTest::newRow("glob") << QStringLiteral("*");
    QTest::newRow("dash option") << QStringLiteral("-rf");
    QTest::newRow("backslash") << QStringLiteral("a\\b\\");
    QTest::newRow("unicode") << QStringLiteral("Datenbank-Knoten-ä-😀");
    QTest::newRow("dollar var") << QStringLiteral("$HOME");
    QTest::newRow("redirect") << QStringLiteral("> /tmp/x");
    QTest::newRow("tab") << QStringLiteral("a\tb");
}

void TstShellQuote::roundTrip()
{
    QFETCH(QString, arg);
    // printf '%s\0' prints each word the shell saw, NUL-terminated: exactly one is expected.
    QProcess sh;
    sh.start(QStringLiteral("/bin/sh"),
             {QStringLiteral("-c"), QStringLiteral("printf '%s\\0' ") + ha::shellQuote(arg)});
    QVERIFY(sh.waitForFinished(5000));
    QCOMPARE(sh.exitCode(), 0);
    const QByteArray out = sh.readAllStandardOutput();
    QCOMPARE(out.count('\0'), 1);
    QCOMPARE(QString::fromUtf8(out.left(out.size() - 1)), arg);
}

void TstShellQuote::plainWordsStayReadable()
{
    QCOMPARE(ha::shellQuote(QStringLiteral("crm_mon")), QStringLiteral("crm_mon"));
    QCOMPARE(ha::shellQuote(QStringLiteral("--output-as=xml")), QStringLiteral("--output-as=xml"));
    QCOMPARE(ha::shellQuote(QStringLiteral("a b")), QStringLiteral("'a b'"));
}

void TstShellQuote::joinKeepsArgumentsApart()
{
    const QStringList argv{QStringLiteral("echo"), QStringLiteral("a;b"), QStringLiteral(""),
                           QStringLiteral("c d")};
    QProcess sh;
    sh.start(QStringLiteral("/bin/sh"),
             {QStringLiteral("-c"), QStringLiteral("printf '%s\\0' ") + ha::shellJoin(argv.mid(1))});
    QVERIFY(sh.waitForFinished(5000));
    QCOMPARE(sh.readAllStandardOutput(), QByteArray("a;b\0\0c d\0", 9));
}

QTEST_GUILESS_MAIN(TstShellQuote)
#include "tst_shellquote.moc"
