// Cluster operations against the real lab cluster (run through tests/lab/with-lab, which
// restores the healthy baseline first). Each test leaves the group running with no cli-*
// constraint and no node in standby.

#include "audit/auditlog.h"
#include "cluster/crmmonparser.h"
#include "labcontrol.h"
#include "monitor/nodewatcher.h"
#include "ops/moveoperation.h"
#include "ops/resourceoperations.h"
#include "ops/servicecheck.h"
#include "ssh/commandtemplates.h"
#include "ssh/nodesession.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ha;

class TestOpsLab : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<AuditLog> m_audit;
    ClusterProfile m_profile;
    QList<NodeSession *> m_sessions;
    QString m_group;

    OpsContext ctx() const { return OpsContext{m_profile, m_sessions}; }

    std::optional<ClusterSnapshot> snapshot()
    {
        NodeSession *s = ctx().runner();
        if (!s)
            return std::nullopt;
        ClusterSnapshot snap;
        QSignalSpy spy(s, &NodeSession::finished);
        const quint64 a = s->run(CommandTemplates::crmMonXml());
        const quint64 b = s->run(CommandTemplates::cibQueryConstraints());
        QByteArray status, constraints;
        QElapsedTimer t;
        t.start();
        while ((status.isEmpty() || constraints.isEmpty()) && t.elapsed() < 20000) {
            if (!spy.wait(1000))
                continue;
            while (!spy.isEmpty()) {
                const auto args = spy.takeFirst();
                const auto r = args.at(1).value<CommandResult>();
                if (args.at(0).toULongLong() == a)
                    status = r.stdOut.isEmpty() ? QByteArray("-") : r.stdOut;
                if (args.at(0).toULongLong() == b)
                    constraints = r.stdOut.isEmpty() ? QByteArray("-") : r.stdOut;
            }
        }
        auto st = CrmMonParser::parse(status);
        auto cli = parseCliConstraints(constraints);
        if (!st.ok() || !cli.ok())
            return std::nullopt;
        snap.status = st.value();
        snap.cliConstraints = cli.value();
        return snap;
    }

    QString groupNode()
    {
        const auto s = snapshot();
        const Resource *r = s ? s->status.resource(m_group) : nullptr;
        return r && r->active && r->nodes.size() == 1 ? r->nodes.first() : QString();
    }

    // prepare(); execute() when it may run; returns whether it finished ok.
    bool runOp(Operation &op, bool expectPrepared = true)
    {
        QSignalSpy prepared(&op, &Operation::prepared);
        op.prepare();
        if (!prepared.wait(60000) && prepared.isEmpty())
            return false;
        if (prepared.first().first().toBool() != expectPrepared)
            qWarning().noquote() << op.report().toText();
        if (!prepared.first().first().toBool())
            return false;
        QSignalSpy finished(&op, &Operation::finished);
        op.execute();
        if (finished.isEmpty() && !finished.wait(300000))
            return false;
        qInfo().noquote() << op.report().toText();
        return finished.first().first().toBool();
    }

    bool serviceAnswers()
    {
        ServiceCheck c(m_profile.serviceAddress, m_profile.servicePort, 2000);
        QSignalSpy spy(&c, &ServiceCheck::finished);
        c.start();
        return spy.wait(5000) && spy.first().first().value<ServiceAnswer>().up;
    }

    QString other(const QString &node) const
    {
        for (const NodeProfile &n : m_profile.nodes) {
            if (n.name != node)
                return n.name;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        auto p = test::labProfile();
        QVERIFY2(p.ok(), "the lab profile is missing: is the lab up?");
        m_profile = p.value();
        m_group = m_profile.serviceGroup;
        QVERIFY(!m_group.isEmpty());
        m_audit = std::make_unique<AuditLog>(m_dir.filePath(QStringLiteral("audit.jsonl")));
        for (const NodeProfile &n : m_profile.nodes) {
            auto *s = new NodeSession(n.name, NodeWatcher::endpointFor(m_profile, n), m_audit.get(),
                                      this);
            m_sessions << s;
            s->open();
        }
        for (NodeSession *s : m_sessions) {
            QTRY_VERIFY_WITH_TIMEOUT(s->state() == NodeSession::State::Connected, 20000);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!groupNode().isEmpty(), 60000);
    }

    void moveGroupNode1ToNode2()
    {
        const QString n1 = m_profile.nodes.at(0).name, n2 = m_profile.nodes.at(1).name;
        if (groupNode() != n1) {
            MoveOperation back(ctx(), m_group, n1, {});
            QVERIFY(runOp(back));
        }
        QCOMPARE(groupNode(), n1);
        MoveOperation op(ctx(), m_group, n2, {});
        QSignalSpy prepared(&op, &Operation::prepared);
        op.prepare();
        QVERIFY(prepared.wait(60000));
        QVERIFY2(prepared.first().first().toBool(), qPrintable(op.report().toText()));
        // Pacemaker's plan: every member of the group moves n1 → n2.
        QVERIFY(op.plan().has_value());
        QCOMPARE(op.plan()->actions.size(), 4);
        for (const PlannedAction &a : op.plan()->actions) {
            QCOMPARE(a.kind, PlannedAction::Kind::Move);
            QCOMPARE(a.fromNode, n1);
            QCOMPARE(a.toNode, n2);
        }
        QVERIFY(op.isDangerous());
        QVERIFY(op.confirmationText().contains(n1) && op.confirmationText().contains(n2));
        bool previewHasMove = false;
        for (const PreviewCommand &c : op.preview())
            previewHasMove = previewHasMove || c.commandLine.contains(QLatin1String("--move"));
        QVERIFY(previewHasMove);

        QSignalSpy finished(&op, &Operation::finished);
        op.execute();
        QVERIFY(finished.wait(300000));
        const QString text = op.report().toText();
        qInfo().noquote() << text;
        QVERIFY2(finished.first().first().toBool(), qPrintable(text));
        QCOMPARE(groupNode(), n2);
        QVERIFY(serviceAnswers());
        const auto snap = snapshot();
        QVERIFY(snap);
        QVERIFY2(snap->cliConstraintsFor(m_group).isEmpty(), "a cli- constraint was left behind");
        // Downtime measured and reported.
        QVERIFY(op.serviceBackMs() > 0);
        QVERIFY(op.serviceOutageSeen());
        QVERIFY(text.contains(QLatin1String("downtime")));
        // The audit log has the commands that ran.
        const auto records = AuditLog::readTail(m_audit->path(), 1000);
        QVERIFY(records.ok());
        QStringList lines;
        for (const AuditRecord &r : records.value())
            lines << r.commandLine;
        const QString all = lines.join(u'\n');
        QVERIFY(all.contains(
            QStringLiteral("crm_resource --move --resource %1 --node %2").arg(m_group, n2)));
        QVERIFY(all.contains(
            QStringLiteral("crm_resource --clear --resource %1 --node %2").arg(m_group, n2)));
        QVERIFY(all.contains(QLatin1String("crm_simulate")));
    }

    void standbyMovesAwayAndMoveToStandbyIsRefused()
    {
        const QString active = groupNode();
        QVERIFY(!active.isEmpty());
        const QString spare = other(active);
        StandbyOperation standby(ctx(), active, true);
        QVERIFY(runOp(standby));
        QCOMPARE(groupNode(), spare);
        QVERIFY(serviceAnswers());

        MoveOperation move(ctx(), m_group, active, {});
        QSignalSpy prepared(&move, &Operation::prepared);
        move.prepare();
        QVERIFY(prepared.wait(60000));
        QCOMPARE(prepared.first().first().toBool(), false);
        QVERIFY(move.blockers().join(u' ').contains(QLatin1String("standby")));
        QSignalSpy finished(&move, &Operation::finished);
        move.execute(); // refused: runs nothing
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), false);
        const auto snap = snapshot();
        QVERIFY(snap);
        QVERIFY(snap->cliConstraintsFor(m_group).isEmpty());

        StandbyOperation online(ctx(), active, false);
        QVERIFY(runOp(online));
        const auto after = snapshot();
        QVERIFY(after && after->status.node(active) && !after->status.node(active)->standby);
    }

    void cleanupClearsARealFailure()
    {
        const QString active = groupNode();
        QVERIFY(!active.isEmpty());
        HA_LAB_OK(
            test::labExec(active, QStringLiteral("pkill -9 mysqld_safe; pkill -9 mariadbd; true")));
        QTRY_VERIFY_WITH_TIMEOUT(snapshot() && !snapshot()->status.failures.isEmpty(), 90000);
        CleanupOperation cleanup(ctx(), m_group);
        QVERIFY(runOp(cleanup));
        const auto snap = snapshot();
        QVERIFY(snap);
        QVERIFY(snap->status.failures.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!groupNode().isEmpty(), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(serviceAnswers(), 60000);
    }

    void cliMoveNeedsYes()
    {
        const QString active = groupNode();
        const QString target = other(active);
        QProcess cli;
        cli.setProgram(QStringLiteral(HA_CLI_PATH));
        cli.setArguments({QStringLiteral("--profile"), QStringLiteral("lab"),
                          QStringLiteral("move"), m_group, target});
        cli.setStandardInputFile(QProcess::nullDevice());
        cli.start();
        QVERIFY(cli.waitForFinished(120000));
        QCOMPARE(cli.exitCode(), 5);
        QVERIFY(QString::fromUtf8(cli.readAllStandardOutput()).contains(QLatin1String("Move")));
        QCOMPARE(groupNode(), active);
        QVERIFY(snapshot()->cliConstraintsFor(m_group).isEmpty());

        cli.setArguments(cli.arguments() << QStringLiteral("--yes"));
        cli.start();
        QVERIFY(cli.waitForFinished(300000));
        const QString out = QString::fromUtf8(cli.readAllStandardOutput());
        QVERIFY2(cli.exitCode() == 0,
                 qPrintable(out + QString::fromUtf8(cli.readAllStandardError())));
        QCOMPARE(groupNode(), target);
        QVERIFY(snapshot()->cliConstraintsFor(m_group).isEmpty());
        QVERIFY(out.contains(QLatin1String("downtime")));
    }

    void cleanupTestCase()
    {
        for (NodeSession *s : m_sessions)
            s->close();
    }
};

QTEST_GUILESS_MAIN(TestOpsLab)
#include "tst_ops_lab.moc"
