// Leftover move/ban constraints: produced for real by crm_resource on a copy of the lab CIB,
// read back with cibadmin, parsed, and shown by ConstraintModel.

#include "cluster/constraintmodel.h"
#include "cluster/constraintsparser.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ha;

namespace {

QByteArray runWithCib(const QString &cib, const QString &program, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CIB_file"), cib);
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(30000))
        return {};
    return p.readAllStandardOutput();
}

const LocationConstraint *byId(const QList<LocationConstraint> &list, const QString &id)
{
    for (const LocationConstraint &c : list) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

} // namespace

class TestConstraints : public QObject
{
    Q_OBJECT

private slots:
    void fromCrmResource();
    void handWritten();
    void badInput();
    void modelShowsOnlyLeftovers();
};

void TestConstraints::fromCrmResource()
{
    QTemporaryDir dir;
    const QString cib = dir.filePath(QStringLiteral("cib.xml"));
    QVERIFY(QFile::copy(QStringLiteral(HA_CORPUS_DIR "/lab-samples/cib-healthy.xml"), cib));
    runWithCib(cib, QStringLiteral("crm_resource"),
               {QStringLiteral("--move"), QStringLiteral("-r"), QStringLiteral("db-group"),
                QStringLiteral("-N"), QStringLiteral("node1"), QStringLiteral("--lifetime"),
                QStringLiteral("PT1H")});
    runWithCib(cib, QStringLiteral("crm_resource"),
               {QStringLiteral("--ban"), QStringLiteral("-r"), QStringLiteral("db-group"),
                QStringLiteral("-N"), QStringLiteral("node2"), QStringLiteral("--promoted")});
    const QByteArray xml = runWithCib(cib, QStringLiteral("cibadmin"),
                                      {QStringLiteral("-Q"), QStringLiteral("-o"), QStringLiteral("constraints")});
    QVERIFY2(xml.contains("cli-prefer-db-group"), xml.constData());

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto r = ConstraintsParser::parse(xml, now);
    QVERIFY(r.ok());
    QCOMPARE(r->size(), 2);
    const LocationConstraint *prefer = byId(*r, QStringLiteral("cli-prefer-db-group"));
    QVERIFY(prefer);
    QCOMPARE(prefer->kind, LocationConstraint::Kind::CliPrefer);
    QCOMPARE(prefer->resource, QStringLiteral("db-group"));
    QCOMPARE(prefer->node, QStringLiteral("node1")); // from the #uname rule expression
    QCOMPARE(prefer->score, QStringLiteral("INFINITY"));
    QVERIFY(prefer->hasRule);
    QVERIFY(prefer->expires.isValid());
    QVERIFY(prefer->expires > now.addSecs(50 * 60) && prefer->expires <= now.addSecs(61 * 60));
    QVERIFY(!prefer->expired);
    // Two hours later the lifetime is over.
    const auto later = ConstraintsParser::parse(xml, now.addSecs(7200));
    QVERIFY(byId(*later, QStringLiteral("cli-prefer-db-group"))->expired);

    const LocationConstraint *ban = byId(*r, QStringLiteral("cli-ban-db-group-on-node2"));
    QVERIFY(ban);
    QCOMPARE(ban->kind, LocationConstraint::Kind::CliBan);
    QCOMPARE(ban->node, QStringLiteral("node2"));
    QCOMPARE(ban->score, QStringLiteral("-INFINITY"));
    QCOMPARE(ban->role, QStringLiteral("Promoted"));
    QVERIFY(!ban->expires.isValid());
}

void TestConstraints::handWritten()
{
    const QByteArray xml = R"(<constraints>
  <rsc_location id="loc-fence" rsc="fence-node1" node="node1" score="-INFINITY"/>
  <rsc_location id="loc-pattern" rsc-pattern="^db-.*" node="node3" score="-100"/>
  <rsc_location id="cli-prefer-vip" rsc="vip" role="Started">
    <rule id="r" score="INFINITY" boolean-op="and">
      <expression id="e" attribute="#uname" operation="eq" value="node2" type="string"/>
      <date_expression id="d" operation="lt" end="2020-01-01 00:00:00 +00:00"/>
    </rule>
  </rsc_location>
  <rsc_colocation id="col" rsc="a" with-rsc="b" score="INFINITY"/>
</constraints>)";
    const auto r = ConstraintsParser::parse(xml, QDateTime::currentDateTimeUtc());
    QVERIFY(r.ok());
    QCOMPARE(r->size(), 3);
    QVERIFY(!r->at(0).isCliLeftover());
    QCOMPARE(r->at(1).resource, QStringLiteral("^db-.*"));
    QCOMPARE(r->at(2).node, QStringLiteral("node2"));
    QCOMPARE(r->at(2).expires, QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC));
    QVERIFY(r->at(2).expired);

    // A whole CIB is accepted too.
    QFile f(QStringLiteral(HA_CORPUS_DIR "/lab-samples/cib-healthy.xml"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const auto whole = ConstraintsParser::parse(f.readAll());
    QVERIFY(whole.ok());
    QVERIFY(whole->isEmpty());
}

void TestConstraints::badInput()
{
    for (const QByteArray &doc : {QByteArray(), QByteArray("<constraints><rsc_location"),
                                  QByteArray("<pacemaker-result/>")}) {
        const auto r = ConstraintsParser::parse(doc);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Parse);
        QVERIFY(!r.error().message.isEmpty());
    }
}

void TestConstraints::modelShowsOnlyLeftovers()
{
    const QByteArray xml = R"(<constraints>
  <rsc_location id="loc-fence" rsc="fence-node1" node="node1" score="-INFINITY"/>
  <rsc_location id="cli-ban-db-group-on-node2" rsc="db-group" node="node2" score="-INFINITY"/>
</constraints>)";
    ConstraintModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.update(*ConstraintsParser::parse(xml));
    QCOMPARE(m.rowCount(), 1);
    QCOMPARE(m.index(0, ConstraintModel::KindColumn).data().toString(), QStringLiteral("ban"));
    QCOMPARE(m.index(0, ConstraintModel::NodeColumn).data().toString(), QStringLiteral("node2"));
    QCOMPARE(m.index(0, ConstraintModel::ExpiresColumn).data().toString(), QStringLiteral("never"));
    QCOMPARE(ItemState(m.index(0, 0).data(StateRole).toInt()), ItemState::Warning);
    QVERIFY(m.index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("crm_resource --clear -r db-group")));

    QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&m, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
    m.update(*ConstraintsParser::parse(xml));
    QCOMPARE(changed.size() + removed.size() + reset.size(), 0);
    m.update({});
    QCOMPARE(removed.size(), 1);
    QCOMPARE(m.rowCount(), 0);
    QCOMPARE(reset.size(), 0);
}

QTEST_GUILESS_MAIN(TestConstraints)
#include "tst_constraints.moc"
