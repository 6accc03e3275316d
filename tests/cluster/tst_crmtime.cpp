// Times as crm_mon writes them (failures, fencing history) read back to UTC, so the console can
// open the log around a failure; text it cannot read stays invalid rather than becoming "now".
#include "cluster/crmtime.h"

#include <QTest>
#include <QTimeZone>

using namespace ha;

class TstCrmTime : public QObject
{
    Q_OBJECT
private slots:
    void forms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("utc"); // ISO with ms, or empty for invalid
        // As the lab's Pacemaker 2.1.5 writes them (corpus/lab-samples).
        QTest::newRow("2.1 failure") << QStringLiteral("2026-11-25 08:25:53Z") << QStringLiteral("2026-11-25T08:25:53.000Z");
        QTest::newRow("fraction") << QStringLiteral("2026-11-25 08:25:53.123456Z") << QStringLiteral("2026-11-25T08:25:53.123Z");
        QTest::newRow("offset") << QStringLiteral("2026-11-25 09:25:53 +01:00") << QStringLiteral("2026-11-25T08:25:53.000Z");
        QTest::newRow("offset no colon") << QStringLiteral("2026-11-25 03:25:53-0500") << QStringLiteral("2026-11-25T08:25:53.000Z");
        QTest::newRow("no zone is the given zone (UTC)") << QStringLiteral("2026-11-25 08:25:53") << QStringLiteral("2026-11-25T08:25:53.000Z");
        QTest::newRow("ctime") << QStringLiteral("Wed Nov 25 08:25:53 2026") << QStringLiteral("2026-11-25T08:25:53.000Z");
        QTest::newRow("ctime padded day") << QStringLiteral("Sun Nov  1 08:25:53 2026") << QStringLiteral("2026-11-01T08:25:53.000Z");
        QTest::newRow("epoch") << QStringLiteral("1795595082") << QStringLiteral("2026-11-25T08:24:42.000Z");
        QTest::newRow("epoch zero") << QStringLiteral("0") << QString();
        QTest::newRow("empty (pending fence)") << QString() << QString();
        QTest::newRow("words") << QStringLiteral("(not finished)") << QString();
        QTest::newRow("bad date") << QStringLiteral("2026-13-45 08:25:53Z") << QString();
        QTest::newRow("hostile") << QStringLiteral("2026-11-25 08:25:53Z; rm -rf /") << QString();
    }
    void forms()
    {
        QFETCH(QString, text);
        QFETCH(QString, utc);
        const QDateTime t = parseCrmTime(text);
        if (utc.isEmpty()) {
            QVERIFY2(!t.isValid(), qPrintable(t.toString(Qt::ISODateWithMs)));
            return;
        }
        QVERIFY(t.isValid());
        QCOMPARE(t.toUTC().toString(Qt::ISODateWithMs), utc);
    }
    void localTimeInNodeZone()
    {
        const QTimeZone berlin("Europe/Berlin");
        QVERIFY(berlin.isValid());
        QCOMPARE(parseCrmTime(QStringLiteral("2026-07-01 10:00:00"), berlin).toUTC().toString(Qt::ISODate),
                 QStringLiteral("2026-07-01T08:00:00Z"));
    }
};

QTEST_GUILESS_MAIN(TstCrmTime)
#include "tst_crmtime.moc"
