// Decoding of SDRs, sensor readings and SEL records from bytes, without a BMC.

#include "ipmi/ipmirecords.h"

#include <QTest>

using namespace ha;
using namespace ha::ipmi;

namespace {

// A full sensor record (type 0x01) with the fields the decoder reads.
QByteArray fullRecord(quint8 number, quint8 sensorType, quint8 units1, quint8 baseUnit, int m,
                      int b, int rExp, int bExp, const QByteArray &name)
{
    QByteArray r(48, '\0');
    r[0] = 0x07; r[1] = 0x00; r[2] = 0x51; r[3] = 0x01;
    r[5] = 0x20; r[6] = 0x00; r[7] = static_cast<char>(number);
    r[12] = static_cast<char>(sensorType);
    r[13] = 0x01; // threshold
    r[20] = static_cast<char>(units1);
    r[21] = static_cast<char>(baseUnit);
    r[24] = static_cast<char>(m & 0xff);
    r[25] = static_cast<char>((m >> 2) & 0xc0);
    r[26] = static_cast<char>(b & 0xff);
    r[27] = static_cast<char>((b >> 2) & 0xc0);
    r[29] = static_cast<char>(((rExp & 0x0f) << 4) | (bExp & 0x0f));
    r[47] = static_cast<char>(0xc0 | name.size());
    r += name;
    r[4] = static_cast<char>(r.size() - 5);
    return r;
}

} // namespace

class TestIpmiRecords : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void conversion_data();
    void conversion();
    void thresholdStates_data();
    void thresholdStates();
    void unavailableReading();
    void nonSensorRecordsSkipped();
    void compactRecordName();
    void selRecord();
    void selPreInitTimestamp();
    void completionCodes();
};

void TestIpmiRecords::conversion_data()
{
    QTest::addColumn<quint8>("units1");
    QTest::addColumn<int>("m");
    QTest::addColumn<int>("b");
    QTest::addColumn<int>("rExp");
    QTest::addColumn<int>("bExp");
    QTest::addColumn<int>("raw");
    QTest::addColumn<double>("expected");
    QTest::newRow("identity") << quint8(0x00) << 1 << 0 << 0 << 0 << 45 << 45.0;
    QTest::newRow("fan M=50") << quint8(0x00) << 50 << 0 << 0 << 0 << 60 << 3000.0;
    QTest::newRow("volts Rexp=-1") << quint8(0x00) << 1 << 0 << -1 << 0 << 120 << 12.0;
    QTest::newRow("offset B=-40") << quint8(0x00) << 1 << -40 << 0 << 0 << 100 << 60.0;
    QTest::newRow("B with Bexp=1") << quint8(0x00) << 1 << 2 << 0 << 1 << 5 << 25.0;
    QTest::newRow("negative M") << quint8(0x00) << -2 << 0 << 0 << 0 << 10 << -20.0;
    QTest::newRow("large M 10-bit") << quint8(0x00) << 300 << 0 << -2 << 0 << 10 << 30.0;
    QTest::newRow("two's complement") << quint8(0x80) << 1 << 0 << 0 << 0 << 0xf6 << -10.0;
    QTest::newRow("ones' complement") << quint8(0x40) << 1 << 0 << 0 << 0 << 0xf5 << -10.0;
}

void TestIpmiRecords::conversion()
{
    QFETCH(quint8, units1);
    QFETCH(int, m);
    QFETCH(int, b);
    QFETCH(int, rExp);
    QFETCH(int, bExp);
    QFETCH(int, raw);
    QFETCH(double, expected);
    const auto s = parseSdr(fullRecord(4, 0x01, units1, 1, m, b, rExp, bExp, "T"));
    QVERIFY(s.has_value());
    QCOMPARE(s->m, m);
    QCOMPARE(s->b, b);
    QCOMPARE(s->rExp, rExp);
    QCOMPARE(s->bExp, bExp);
    QCOMPARE(convertReading(*s, static_cast<quint8>(raw)), expected);
}

void TestIpmiRecords::thresholdStates_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("state");
    QTest::addColumn<int>("severity");
    QTest::newRow("ok") << 0x00 << QStringLiteral("ok") << int(SensorSeverity::Ok);
    QTest::newRow("unc") << 0x08 << QStringLiteral("upper non-critical") << int(SensorSeverity::Warning);
    QTest::newRow("uc beats unc") << 0x18 << QStringLiteral("upper critical") << int(SensorSeverity::Critical);
    QTest::newRow("lnr") << 0x04 << QStringLiteral("lower non-recoverable") << int(SensorSeverity::Critical);
    QTest::newRow("lnc") << 0x01 << QStringLiteral("lower non-critical") << int(SensorSeverity::Warning);
}

void TestIpmiRecords::thresholdStates()
{
    QFETCH(int, status);
    QFETCH(QString, state);
    QFETCH(int, severity);
    const auto s = parseSdr(fullRecord(1, 0x01, 0x00, 1, 1, 0, 0, 0, "CPU Temp"));
    QVERIFY(s.has_value());
    QCOMPARE(s->name, QStringLiteral("CPU Temp"));
    QByteArray resp;
    resp.append(char(70)).append(char(0xc0)).append(static_cast<char>(status));
    const SensorReading r = decodeReading(*s, resp);
    QVERIFY(r.hasValue);
    QCOMPARE(r.value, 70.0);
    QCOMPARE(r.unit, QString(QChar(0xb0)) + u'C');
    QCOMPARE(r.state, state);
    QCOMPARE(int(r.severity), severity);
}

void TestIpmiRecords::unavailableReading()
{
    const auto s = parseSdr(fullRecord(1, 0x01, 0x00, 1, 1, 0, 0, 0, "CPU Temp"));
    QByteArray resp;
    resp.append(char(70)).append(char(0x60)).append(char(0)); // scanning on, unavailable
    const SensorReading r = decodeReading(*s, resp);
    QVERIFY(!r.hasValue);
    QCOMPARE(r.severity, SensorSeverity::Unknown);
    QByteArray noScan;
    noScan.append(char(70)).append(char(0x00)).append(char(0)); // scanning disabled
    QVERIFY(!decodeReading(*s, noScan).hasValue);
    QVERIFY(!decodeReading(*s, QByteArray()).hasValue);
}

void TestIpmiRecords::nonSensorRecordsSkipped()
{
    QByteArray mcLocator(20, '\0');
    mcLocator[3] = 0x12;
    mcLocator[4] = 15;
    QVERIFY(!parseSdr(mcLocator).has_value());
    QVERIFY(!parseSdr(QByteArray(3, '\0')).has_value());
    QByteArray truncatedFull = fullRecord(1, 1, 0, 1, 1, 0, 0, 0, "X").left(30);
    QVERIFY(!parseSdr(truncatedFull).has_value());
}

void TestIpmiRecords::compactRecordName()
{
    QByteArray r(32, '\0');
    r[3] = 0x02;
    r[5] = 0x20;
    r[7] = 9;
    r[12] = 0x08;  // power supply
    r[13] = 0x6f;  // sensor-specific discrete
    r[31] = static_cast<char>(0xc0 | 4);
    r += "PSU1";
    const auto s = parseSdr(r);
    QVERIFY(s.has_value());
    QCOMPARE(s->name, QStringLiteral("PSU1"));
    QCOMPARE(s->number, quint8(9));
    QVERIFY(!s->isThreshold());
    QByteArray resp;
    resp.append(char(0)).append(char(0xc0)).append(char(0x01)).append(char(0)); // state 0
    const SensorReading reading = decodeReading(*s, resp);
    QVERIFY(!reading.hasValue);
    QVERIFY2(reading.state.contains(QStringLiteral("presence"), Qt::CaseInsensitive),
             qPrintable(reading.state));
}

void TestIpmiRecords::selRecord()
{
    // Record 0x0102, system event, 2023-11-14T22:13:20Z, sensor type temperature, sensor 1,
    // threshold assertion, offset 9 = upper critical going high.
    const quint32 ts = 1700000000;
    QByteArray r;
    r.append(char(0x02)).append(char(0x01)).append(char(0x02));
    for (int i = 0; i < 4; ++i)
        r.append(static_cast<char>((ts >> (8 * i)) & 0xff));
    r.append(char(0x20)).append(char(0x00)).append(char(0x04));
    r.append(char(0x01)).append(char(0x01)).append(char(0x01)).append(char(0x59));
    r.append(char(0x00)).append(char(0x00));
    const auto rec = parseSel(r);
    QVERIFY(rec.has_value());
    QCOMPARE(rec->entry.recordId, 0x0102);
    QCOMPARE(rec->sensorNumber, 1);
    QCOMPARE(rec->entry.time, QDateTime::fromSecsSinceEpoch(ts, Qt::UTC));
    QVERIFY2(rec->entry.event.contains(QStringLiteral("upper critical"), Qt::CaseInsensitive),
             qPrintable(rec->entry.event));
    QVERIFY(!rec->entry.deassertion);
    r[12] = static_cast<char>(0x81); // deassertion
    QVERIFY(parseSel(r)->entry.deassertion);
    QVERIFY(!parseSel(r.left(10)).has_value());
}

void TestIpmiRecords::selPreInitTimestamp()
{
    QByteArray r(16, '\0');
    r[2] = 0x02;
    r[3] = 0x10; // 16 s after BMC start: no calendar time
    const auto rec = parseSel(r);
    QVERIFY(rec.has_value());
    QVERIFY(!rec->entry.time.isValid());
}

void TestIpmiRecords::completionCodes()
{
    QVERIFY(completionCodeText(0xd4).contains(QStringLiteral("insufficient privilege")));
    QVERIFY(completionCodeText(0xd4).contains(QStringLiteral("0xd4")));
    QVERIFY(completionCodeText(0xc1).contains(QStringLiteral("not supported")));
    QVERIFY(completionCodeText(0x42).contains(QStringLiteral("0x42")));
}

QTEST_GUILESS_MAIN(TestIpmiRecords)
#include "tst_ipmi_records.moc"
