// The operation dialog against the real lab, driven like an operator would: the move dialog
// shows Pacemaker's simulated plan, confirming (through the confirmation seam) runs it, the group
// ends on the other node with no cli-prefer left, and the report shows the downtime. A move to a
// node in standby is refused in the dialog and leaves no constraint. Screenshots of the dialog go
// to HA_ARTIFACT_DIR.

#include "labcontrol.h"

#include "ops/operationdialog.h"
#include "ops/opsactions.h"

#include "audit/auditlog.h"
#include "confirmbynamedialog.h"
#include "monitor/clustermonitor.h"

#include <QDir>
#include <QElapsedTimer>

#include <functional>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace ha;
using namespace ha::ui;

class TestOpsGuiLab : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<AuditLog> m_audit;
    ClusterProfile m_profile;
    ClusterMonitor *m_monitor = nullptr;
    QString m_group;

    // Waits until the monitor shows a status in which `pred` holds (fresh reads each time).
    bool waitStatus(const std::function<bool(const NodeSnapshot &)> &pred, int timeoutMs = 60000)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            const NodeSnapshot *v = m_monitor->primaryView();
            if (v && v->status && pred(*v))
                return true;
            m_monitor->refreshNow();
            QTest::qWait(1000);
        }
        return false;
    }

    QString groupNode()
    {
        const NodeSnapshot *v = m_monitor->primaryView();
        const Resource *r = v && v->status ? v->status->resource(m_group) : nullptr;
        return r && r->active && r->nodes.size() == 1 ? r->nodes.first() : QString();
    }

    static bool hasCliConstraint(const NodeSnapshot &v)
    {
        return v.constraintsXml.contains("cli-prefer-") || v.constraintsXml.contains("cli-ban-");
    }

    QString other(const QString &node) const
    {
        for (const NodeProfile &n : m_profile.nodes) {
            if (n.name != node)
                return n.name;
        }
        return {};
    }

    static void savePng(QWidget *w, const QString &name)
    {
        QDir().mkpath(QString::fromLocal8Bit(HA_ARTIFACT_DIR));
        const QString path = QString::fromLocal8Bit(HA_ARTIFACT_DIR) + u'/' + name;
        QVERIFY2(w->grab().save(path), qPrintable(path));
    }

    // Opens the move dialog through the actions, as the context menu does, and waits for the
    // preview to be shown.
    OperationDialog *openMove(OpsActions &actions, const QString &target, bool &prepared)
    {
        QSignalSpy opened(&actions, &OpsActions::dialogOpened);
        actions.move(m_group, target);
        OperationDialog *d = actions.currentDialog();
        if (!d)
            return nullptr;
        d->resize(900, 700);
        QSignalSpy shown(d, &OperationDialog::preparedShown);
        if (shown.isEmpty() && !shown.wait(90000))
            return nullptr;
        prepared = shown.first().first().toBool();
        return d;
    }

private slots:
    void initTestCase()
    {
        auto p = test::labProfile();
        QVERIFY2(p.ok(), "the lab profile is missing: is the lab up?");
        m_profile = p.value();
        m_group = m_profile.serviceGroup;
        m_audit = std::make_unique<AuditLog>(m_dir.filePath(QStringLiteral("audit.jsonl")));
        m_monitor = new ClusterMonitor(m_profile, m_audit.get(), nullptr, this);
        m_monitor->start();
        QVERIFY2(waitStatus([this](const NodeSnapshot &) { return !groupNode().isEmpty(); }),
                 "the monitor never showed the group running");
    }

    void moveThroughDialog()
    {
        const QString from = groupNode();
        const QString to = other(from);
        QWidget parent;
        OpsActions actions(m_monitor, &parent);
        QSignalSpy done(&actions, &OpsActions::operationFinished);
        bool prepared = false;
        OperationDialog *d = openMove(actions, to, prepared);
        QVERIFY(d);
        QVERIFY2(prepared, qPrintable(d->blockersText()));
        QCOMPARE(d->actionButton()->text(), QStringLiteral("Move %1 to %2").arg(m_group, to));
        QVERIFY(d->cancelButton()->isDefault());
        QVERIFY2(d->commandsText().contains(QStringLiteral("crm_resource")), qPrintable(d->commandsText()));

        // The plan: the group's members move from → to.
        QTableWidget *plan = d->planTable();
        QVERIFY(plan->rowCount() >= 4);
        bool sawMove = false;
        for (int r = 0; r < plan->rowCount(); ++r) {
            const auto *where = plan->item(r, 2);
            if (where && where->text() == QStringLiteral("%1 → %2").arg(from, to))
                sawMove = true;
        }
        QVERIFY2(sawMove, "the plan table shows no move from the current node to the target");
        savePng(d, QStringLiteral("opsgui-move-plan.png"));

        // Confirm through the seam: the typed-name dialog answers yes without being shown.
        ConfirmByNameDialog::setNextAnswer(true);
        d->confirmAndRun();
        QVERIFY(d->isRunning());
        const ConfirmRequest req = ConfirmByNameDialog::lastRequest();
        QCOMPARE(req.target, m_group);
        QVERIFY(req.warning.contains(from) && req.warning.contains(to));
        if (done.isEmpty())
            QVERIFY(done.wait(300000));
        QVERIFY(d->isFinished());
        const QString report = d->reportText();
        QVERIFY2(d->operation()->report().outcome() == StepStatus::Success, qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("answered again")), qPrintable(report));
        QVERIFY(!d->progressLines().isEmpty());
        savePng(d, QStringLiteral("opsgui-move-report.png"));

        QVERIFY2(waitStatus([this, to](const NodeSnapshot &v) {
                     return groupNode() == to && !v.constraintsXml.isEmpty() && !hasCliConstraint(v);
                 }),
                 "the group is not on the target, or a cli-* constraint remains");
        d->close();
    }

    void refusedMoveToStandbyNode()
    {
        const QString from = groupNode();
        const QString to = other(from);
        QVERIFY(!to.isEmpty());
        const auto sb = test::labExec(from, QStringLiteral("crm_attribute -N %1 -n standby -v on -l forever").arg(to));
        QVERIFY2(sb.ok(), sb.err.constData());
        QVERIFY(waitStatus([to](const NodeSnapshot &v) {
            for (const NodeState &n : v.status->nodes) {
                if (n.name == to)
                    return n.standby;
            }
            return false;
        }));

        QWidget parent;
        OpsActions actions(m_monitor, &parent);
        bool prepared = true;
        OperationDialog *d = openMove(actions, to, prepared);
        QVERIFY(d);
        const QString blockers = d->blockersText();
        QVERIFY2(!prepared, "a move to a node in standby was not refused");
        QVERIFY2(blockers.contains(to), qPrintable(blockers));
        QVERIFY(!d->actionButton()->isEnabled());
        savePng(d, QStringLiteral("opsgui-move-refused.png"));
        d->close();

        const auto on = test::labExec(from, QStringLiteral("crm_attribute -N %1 -n standby -D -l forever").arg(to));
        QVERIFY2(on.ok(), on.err.constData());
        QVERIFY2(waitStatus([this, from](const NodeSnapshot &v) {
                     bool standby = false;
                     for (const NodeState &n : v.status->nodes)
                         standby = standby || n.standby;
                     return !standby && groupNode() == from && !v.constraintsXml.isEmpty()
                         && !hasCliConstraint(v);
                 }),
                 "after the refused move a constraint remained or the group moved");
    }

    void cleanupTestCase()
    {
        if (QTest::currentTestFailed())
            test::lab({QStringLiteral("reset")});
    }
};

QTEST_MAIN(TestOpsGuiLab)
#include "tst_opsgui_lab.moc"
