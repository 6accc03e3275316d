// NodeSession against the real lab cluster (tests/lab/lab up): the profile `lab` written by
// the lab script, both nodes at once, the real Pacemaker/Corosync tools through the templates.
// Read-only: it changes nothing on the cluster.

#include "audit/auditlog.h"
#include "ssh/commandtemplates.h"
#include "ssh/nodesession.h"

#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace ha;
using State = NodeSession::State;

class TstNodeSessionLab : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void bothNodesAnswerWithRealTools();
    void changedHostKeyOfARealNodeIsRefused();

private:
    struct Node
    {
        QString name;
        SshEndpoint endpoint;
    };
    bool waitFor(quint64 id, int timeoutMs = 20000);

    QList<Node> m_nodes;
    QHash<quint64, CommandResult> m_results;
    QTemporaryDir m_tmp;
};

bool TstNodeSessionLab::waitFor(quint64 id, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!m_results.contains(id) && t.elapsed() < timeoutMs)
        QTest::qWait(10);
    return m_results.contains(id);
}

void TstNodeSessionLab::initTestCase()
{
    QString dir = qEnvironmentVariable("HACONSOLE_CONFIG_DIR");
    if (dir.isEmpty()) {
        const QString xdg = qEnvironmentVariable("XDG_CONFIG_HOME");
        dir = (xdg.isEmpty() ? QDir::homePath() + QStringLiteral("/.config") : xdg) +
              QStringLiteral("/haconsole");
    }
    const QString file = dir + QStringLiteral("/profiles/lab.ini");
    if (!QFile::exists(file))
        QSKIP("no lab profile: run `tests/lab/lab up` first");
    QSettings ini(file, QSettings::IniFormat);
    const QString knownHosts = ini.value(QStringLiteral("knownHostsFile")).toString();
    const int n = ini.beginReadArray(QStringLiteral("nodes"));
    for (int i = 0; i < n; ++i) {
        ini.setArrayIndex(i);
        Node node;
        node.name = ini.value(QStringLiteral("name")).toString();
        node.endpoint.host = ini.value(QStringLiteral("address")).toString();
        node.endpoint.port = static_cast<quint16>(ini.value(QStringLiteral("port"), 22).toUInt());
        node.endpoint.user = ini.value(QStringLiteral("user")).toString();
        node.endpoint.auth = SshEndpoint::AuthMethod::Key;
        node.endpoint.identityFile = ini.value(QStringLiteral("identityFile")).toString();
        node.endpoint.knownHostsFile = knownHosts;
        node.endpoint.processSshConfig = false;
        m_nodes << node;
    }
    ini.endArray();
    QVERIFY2(m_nodes.size() >= 2, "the lab profile lists fewer than two nodes");
}

void TstNodeSessionLab::bothNodesAnswerWithRealTools()
{
    AuditLog audit(m_tmp.path() + QStringLiteral("/audit.jsonl"));
    std::vector<std::unique_ptr<NodeSession>> sessions;
    for (const Node &n : std::as_const(m_nodes)) {
        sessions.push_back(std::make_unique<NodeSession>(n.name, n.endpoint, &audit));
        connect(sessions.back().get(), &NodeSession::finished, this,
                [this](quint64 id, const CommandResult &r) { m_results.insert(id, r); });
        sessions.back()->open();
    }
    for (auto &s : sessions)
        QTRY_COMPARE_WITH_TIMEOUT(s->state(), State::Connected, 15000);

    for (size_t i = 0; i < sessions.size(); ++i) {
        NodeSession &s = *sessions[i];
        const quint64 uname = s.run(CommandTemplates::hostName());
        const quint64 mon = s.run(CommandTemplates::crmMonXml());
        const quint64 links = s.run(CommandTemplates::corosyncLinkStatus());
        const quint64 quorum = s.run(CommandTemplates::corosyncQuorum());
        for (quint64 id : {uname, mon, links, quorum}) {
            QVERIFY(waitFor(id));
            QVERIFY2(!m_results.value(id).error,
                     qPrintable(m_results.value(id).error ? m_results.value(id).error->message
                                                          : QString()));
        }
        // Pacemaker's node name is `uname -n`: the session reached the node it claims.
        QCOMPARE(QString::fromUtf8(m_results.value(uname).stdOut.trimmed()), s.nodeName());
        QCOMPARE(m_results.value(mon).exitCode, 0);
        QVERIFY(m_results.value(mon).stdOut.contains("<pacemaker-result"));
        QVERIFY(m_results.value(mon).stdOut.contains(
            QByteArray("name=\"" + s.nodeName().toUtf8() + '"')));
        QVERIFY(m_results.value(links).stdOut.contains("LINK ID 0"));
        QVERIFY(m_results.value(quorum).stdOut.contains("Quorate"));
    }
    QCOMPARE(AuditLog::readTail(audit.path(), 100)->size(), 4 * static_cast<int>(sessions.size()));
}

void TstNodeSessionLab::changedHostKeyOfARealNodeIsRefused()
{
    // A known_hosts that pins another node's key for node1's address: what a reinstalled (or
    // impersonated) node looks like.
    const Node &a = m_nodes.at(0);
    QFile real(a.endpoint.knownHostsFile);
    QVERIFY(real.open(QIODevice::ReadOnly));
    QByteArray otherKey;
    const QList<QByteArray> lines = real.readAll().split('\n');
    for (const QByteArray &l : lines) {
        if (!l.isEmpty() && !l.startsWith(QByteArray(a.endpoint.host.toUtf8() + ' ')))
            otherKey = l.mid(l.indexOf(' '));
    }
    QVERIFY(!otherKey.isEmpty());
    const QString fake = m_tmp.path() + QStringLiteral("/known_hosts");
    QFile f(fake);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(a.endpoint.host.toUtf8() + otherKey + '\n');
    f.close();

    SshEndpoint ep = a.endpoint;
    ep.knownHostsFile = fake;
    NodeSession s(a.name, ep, nullptr);
    s.open();
    QTRY_COMPARE_WITH_TIMEOUT(s.state(), State::Failed, 15000);
    QCOMPARE(s.lastError()->code, ErrorCode::HostKeyChanged);
    QVERIFY2(s.lastError()->message.contains(fake + QStringLiteral(" line 1")),
             qPrintable(s.lastError()->message));
}

QTEST_GUILESS_MAIN(TstNodeSessionLab)
#include "tst_nodesession_lab.moc"
