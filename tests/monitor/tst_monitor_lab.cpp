// The live monitor against the real lab cluster: what the operator would see when the cluster
// changes under them. Every change here is made by hand (through the lab), not by the console.

#include "audit/auditlog.h"
#include "labcontrol.h"
#include "monitor/clustermonitor.h"
#include "monitor/nodewatcher.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace ha;

namespace {

const QString kGroup = QStringLiteral("db-group");

QString groupLocation(const NodeSnapshot &v)
{
    if (!v.status)
        return {};
    const Resource *g = v.status->resource(kGroup);
    return g && g->active && g->nodes.size() == 1 ? g->nodes.first() : QString();
}

bool nodeOnline(const NodeSnapshot &v, const QString &node)
{
    if (!v.status)
        return false;
    // A corosync member without Pacemaker is "pending": online in crm_mon's XML, yet not a
    // node the cluster can run anything on.
    const NodeState *n = v.status->node(node);
    return n && n->online && !n->pending;
}

// What the node's own corosync says about nodeId on a link ("connected", "disconnected").
QString linkState(const NodeSnapshot &v, int link, int nodeId)
{
    if (!v.links)
        return {};
    for (const CorosyncLink &l : v.links->links) {
        if (l.id == link)
            return l.peers.value(nodeId);
    }
    return {};
}

} // namespace

class TstMonitorLab : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void healthyClusterFromBothNodes();
    void manualMoveIsShown();
    void heartbeatLinkDownIsShown();
    void pacemakerStoppedIsShown();
    void sshdKilledReconnects();
    void changedHostKeyIsRefused();
    void splitBrainRaisesAlarm();
    void crashedNodeIsShownOffline();

private:
    const NodeSnapshot &view(const QString &node) const { return m_monitor->watcher(node)->view(); }
    bool allHaveStatus() const;

    QTemporaryDir m_dir;
    ClusterProfile m_profile;
    AuditLog *m_audit = nullptr;
    ClusterMonitor *m_monitor = nullptr;
};

bool TstMonitorLab::allHaveStatus() const
{
    for (const NodeWatcher *w : m_monitor->watchers()) {
        if (!w->view().reachable() || !w->view().status)
            return false;
    }
    return true;
}

void TstMonitorLab::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Result<ClusterProfile> p = test::labProfile();
    QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().message));
    m_profile = p.value();
    QCOMPARE(m_profile.nodes.size(), 2);
    m_audit = new AuditLog(m_dir.filePath(QStringLiteral("audit.jsonl")), this);
    m_monitor = new ClusterMonitor(m_profile, m_audit, nullptr, this);
    // The lab's known_hosts already holds every node's key: no question may be asked.
    connect(m_monitor, &ClusterMonitor::hostKeyUnknown, this,
            [](const QString &node, const QString &, const QString &) {
                QFAIL(qPrintable(QStringLiteral("unexpected host key prompt for %1").arg(node)));
            });
    m_monitor->start();
    QTRY_VERIFY_WITH_TIMEOUT(allHaveStatus(), 20000);
}

void TstMonitorLab::cleanupTestCase()
{
    if (m_monitor)
        m_monitor->stop();
    // Whatever failed above, the next test must find fencing on.
    test::labExec(QStringLiteral("node1"),
                  QStringLiteral("crm_attribute --type crm_config --name stonith-enabled --update true"));
}

void TstMonitorLab::healthyClusterFromBothNodes()
{
    QTRY_VERIFY_WITH_TIMEOUT(!groupLocation(view(QStringLiteral("node1"))).isEmpty(), 20000);
    for (const QString &n : {QStringLiteral("node1"), QStringLiteral("node2")}) {
        const NodeSnapshot &v = view(n);
        QVERIFY(v.status->pacemakerRunning);
        QVERIFY(v.status->summary.dcPresent);
        QVERIFY(v.status->summary.quorum);
        QVERIFY(nodeOnline(v, QStringLiteral("node1")));
        QVERIFY(nodeOnline(v, QStringLiteral("node2")));
        QCOMPARE(v.status->resource(QStringLiteral("db-mysql-p"))->role, QStringLiteral("Started"));
        QTRY_VERIFY_WITH_TIMEOUT(!view(n).linkText.isEmpty(), 10000);
        const int peer = n == QLatin1String("node1") ? 2 : 1;
        QCOMPARE(linkState(view(n), 0, peer), QStringLiteral("connected"));
        QCOMPARE(linkState(view(n), 1, peer), QStringLiteral("connected"));
    }
    QCOMPARE(groupLocation(view(QStringLiteral("node1"))), groupLocation(view(QStringLiteral("node2"))));
    // Every command the monitor ran is in the audit log.
    const auto records = AuditLog::readTail(m_audit->path(), 1000);
    QVERIFY(records.ok());
    QVERIFY(records->size() >= 4);
}

void TstMonitorLab::manualMoveIsShown()
{
    const QString from = groupLocation(view(QStringLiteral("node1")));
    QVERIFY(!from.isEmpty());
    const QString to = from == QLatin1String("node1") ? QStringLiteral("node2") : QStringLiteral("node1");
    QElapsedTimer t;
    t.start();
    HA_LAB_OK(test::labExec(from, QStringLiteral("crm_resource --resource db-group --move --node ") + to));
    // The move constraint alone is a CIB change the console must show before the group moves.
    QTRY_VERIFY_WITH_TIMEOUT(view(QStringLiteral("node1")).constraintsXml.contains("cli-prefer-db-group"), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(groupLocation(view(QStringLiteral("node1"))), to, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(groupLocation(view(QStringLiteral("node2"))), to, 10000);
    qInfo("group moved %s -> %s, shown after %lld ms", qPrintable(from), qPrintable(to),
          static_cast<long long>(t.elapsed()));
    HA_LAB_OK(test::labExec(to, QStringLiteral("crm_resource --resource db-group --clear")));
    QTRY_VERIFY_WITH_TIMEOUT(!view(QStringLiteral("node2")).constraintsXml.contains("cli-prefer-db-group"), 10000);
}

void TstMonitorLab::heartbeatLinkDownIsShown()
{
    HA_LAB_OK(test::lab({QStringLiteral("link"), QStringLiteral("node2"), QStringLiteral("1"),
                         QStringLiteral("down")}));
    // crm_mon shows nothing for a dead link; the console reads it from corosync itself.
    QTRY_COMPARE_WITH_TIMEOUT(linkState(view(QStringLiteral("node1")), 1, 2),
                              QStringLiteral("disconnected"), 20000);
    QCOMPARE(linkState(view(QStringLiteral("node1")), 0, 2), QStringLiteral("connected"));
    HA_LAB_OK(test::lab({QStringLiteral("link"), QStringLiteral("node2"), QStringLiteral("1"),
                         QStringLiteral("up")}));
    QTRY_COMPARE_WITH_TIMEOUT(linkState(view(QStringLiteral("node1")), 1, 2),
                              QStringLiteral("connected"), 30000);
}

void TstMonitorLab::pacemakerStoppedIsShown()
{
    HA_LAB_OK(test::labExec(QStringLiteral("node2"), QStringLiteral("pkill -TERM -x pacemakerd")));
    // node2 itself: a document saying Pacemaker is not running, which is a state, not an error.
    QTRY_VERIFY_WITH_TIMEOUT(view(QStringLiteral("node2")).status
                                 && !view(QStringLiteral("node2")).status->pacemakerRunning,
                             60000);
    QVERIFY(view(QStringLiteral("node2")).reachable());
    QVERIFY(view(QStringLiteral("node2")).statusError.isEmpty());
    // node1 sees node2 leave.
    QTRY_VERIFY_WITH_TIMEOUT(!nodeOnline(view(QStringLiteral("node1")), QStringLiteral("node2")), 90000);
    HA_LAB_OK(test::lab({QStringLiteral("reset")}, 180000));
    QTRY_VERIFY_WITH_TIMEOUT(view(QStringLiteral("node2")).status
                                 && view(QStringLiteral("node2")).status->pacemakerRunning
                                 && nodeOnline(view(QStringLiteral("node2")), QStringLiteral("node2")),
                             60000);
}

void TstMonitorLab::sshdKilledReconnects()
{
    NodeWatcher *w = m_monitor->watcher(QStringLiteral("node1"));
    QVERIFY(w->view().reachable());
    HA_LAB_OK(test::labExec(QStringLiteral("node1"), QStringLiteral("pkill -KILL -x sshd")));
    QTRY_VERIFY_WITH_TIMEOUT(!w->view().reachable(), 20000);
    QVERIFY(!w->view().connectionMessage.isEmpty());
    // The other node's view is not affected by node1's session.
    QVERIFY(view(QStringLiteral("node2")).reachable());
    HA_LAB_OK(test::lab({QStringLiteral("start-node"), QStringLiteral("node1")}));
    const QDateTime before = QDateTime::currentDateTimeUtc();
    QTRY_VERIFY_WITH_TIMEOUT(w->view().reachable(), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(w->view().lastStatus >= before, 15000);
}

void TstMonitorLab::changedHostKeyIsRefused()
{
    // A known_hosts whose entry for node1 is some other key: what a replaced server (or a
    // man in the middle) looks like.
    const QString khPath = m_dir.filePath(QStringLiteral("known_hosts_changed"));
    const QString keyPath = m_dir.filePath(QStringLiteral("otherkey"));
    QProcess keygen;
    keygen.start(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-t"),
                                                QStringLiteral("ed25519"), QStringLiteral("-N"),
                                                QString(), QStringLiteral("-f"), keyPath});
    QVERIFY(keygen.waitForFinished(10000));
    QFile pub(keyPath + QStringLiteral(".pub"));
    QVERIFY(pub.open(QIODevice::ReadOnly));
    const QByteArray otherKey = pub.readAll().split(' ').mid(0, 2).join(' ');
    QFile kh(khPath);
    QVERIFY(kh.open(QIODevice::WriteOnly));
    kh.write(m_profile.nodes.at(0).address.toUtf8() + ' ' + otherKey + '\n');
    kh.close();

    ClusterProfile p = m_profile;
    p.knownHostsFile = khPath;
    AuditLog audit(m_dir.filePath(QStringLiteral("audit-changed.jsonl")));
    NodeWatcher w(p, p.nodes.at(0), &audit, nullptr);
    QString rejected;
    connect(&w, &NodeWatcher::hostKeyRejected, this, [&rejected](const QString &m) { rejected = m; });
    bool prompted = false;
    connect(&w, &NodeWatcher::hostKeyUnknown, this, [&prompted] { prompted = true; });
    w.start();
    QTRY_VERIFY_WITH_TIMEOUT(!rejected.isEmpty(), 15000);
    QVERIFY(!prompted);
    QVERIFY(!w.view().reachable());
    QVERIFY(w.session()->lastError().has_value());
    QCOMPARE(w.session()->lastError()->code, ErrorCode::HostKeyChanged);
    QTest::qWait(500);
    QVERIFY(!w.view().status.has_value());
    const auto records = AuditLog::readTail(audit.path(), 100);
    QVERIFY(!records.ok() || records->isEmpty()); // nothing ran on the impostor
    w.stop();
}

void TstMonitorLab::splitBrainRaisesAlarm()
{
    QVERIFY(!m_monitor->comparison().splitBrain);
    // Latch: fencing ends the split brain within seconds, the alarm must have been raised
    // while it lasted.
    bool alarm = false;
    QString text;
    const QMetaObject::Connection c = connect(m_monitor, &ClusterMonitor::changed, this, [&] {
        const ViewComparison cmp = m_monitor->comparison();
        if (cmp.splitBrain && !alarm) {
            alarm = true;
            for (const ViewFinding &f : cmp.findings)
                text += f.text + u'\n';
        }
    });
    // Both heartbeat links fail while the management network stays up: node2 loses its routes
    // to node1's two heartbeat addresses, so corosync's knet traffic stops both ways while the
    // console (on the bridge address) still reaches both nodes over SSH and can compare what
    // each of them believes.
    // With fencing on, node2 is powered off before it can act on its own; the alarm is for the
    // case where fencing does not save the day, so it is off for this test only.
    HA_LAB_OK(test::labExec(QStringLiteral("node1"),
                            QStringLiteral("crm_attribute --type crm_config --name stonith-enabled --update false")));
    HA_LAB_OK(test::labExec(QStringLiteral("node2"),
                            QStringLiteral("ip route add blackhole 198.18.0.11/32 && "
                                           "ip route add blackhole 198.18.0.141/32")));
    QTRY_VERIFY_WITH_TIMEOUT(alarm, 30000);
    disconnect(c);
    // End it the way fencing would have: power node2 off (its namespace and routes go with
    // it), turn fencing back on, and let the lab bring node2 back.
    HA_LAB_OK(test::lab({QStringLiteral("crash"), QStringLiteral("node2")}));
    HA_LAB_OK(test::labExec(QStringLiteral("node1"),
                            QStringLiteral("crm_attribute --type crm_config --name stonith-enabled --update true")));
    // The cluster may still be fencing the node the lab is starting again: one more try.
    if (!test::lab({QStringLiteral("reset")}, 240000).ok()) {
        QTest::qWait(5000);
        HA_LAB_OK(test::lab({QStringLiteral("reset")}, 240000));
    }
    QTRY_VERIFY_WITH_TIMEOUT(allHaveStatus() && !m_monitor->comparison().splitBrain, 90000);
}

void TstMonitorLab::crashedNodeIsShownOffline()
{
    HA_LAB_OK(test::lab({QStringLiteral("crash"), QStringLiteral("node2")}));
    QTRY_VERIFY_WITH_TIMEOUT(!view(QStringLiteral("node2")).reachable(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!nodeOnline(view(QStringLiteral("node1")), QStringLiteral("node2")), 60000);
    // The survivor takes over the group (after fencing confirms node2 is off).
    QTRY_COMPARE_WITH_TIMEOUT(groupLocation(view(QStringLiteral("node1"))), QStringLiteral("node1"), 60000);
    // The fencer may still be working on node2 while the lab starts it again: one more try.
    if (!test::lab({QStringLiteral("reset")}, 180000).ok()) {
        QTest::qWait(5000);
        HA_LAB_OK(test::lab({QStringLiteral("reset")}, 180000));
    }
    QTRY_VERIFY_WITH_TIMEOUT(view(QStringLiteral("node2")).reachable(), 60000);
}

QTEST_GUILESS_MAIN(TstMonitorLab)
#include "tst_monitor_lab.moc"
