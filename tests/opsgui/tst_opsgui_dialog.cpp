// OperationDialog and OpsActions without a cluster: an operation that cannot reach any node is
// refused in the dialog (no action possible, Cancel stays the default) and the actions offered
// to menus carry the shortcuts operators expect.

#include "ops/operationdialog.h"
#include "ops/opsactions.h"

#include "monitor/clustermonitor.h"
#include "ops/moveoperation.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QWidget>

using namespace ha;
using namespace ha::ui;

class TestOpsGuiDialog : public QObject
{
    Q_OBJECT

    static ClusterProfile profile()
    {
        ClusterProfile p;
        p.name = QStringLiteral("unit");
        NodeProfile a;
        a.name = QStringLiteral("node1");
        a.address = QStringLiteral("127.0.0.1");
        NodeProfile b = a;
        b.name = QStringLiteral("node2");
        p.nodes = {a, b};
        p.serviceGroup = QStringLiteral("db-group");
        return p;
    }

private slots:
    void refusedWithoutSessions()
    {
        QList<MoveOperation::Options> built;
        OperationDialog d(
            [&built](const MoveOperation::Options &o) {
                built << o;
                return new MoveOperation(OpsContext{profile(), {}}, QStringLiteral("db-group"),
                                         QStringLiteral("node2"), o);
            },
            true);
        QSignalSpy shown(&d, &OperationDialog::preparedShown);
        d.start();
        if (shown.isEmpty())
            QVERIFY(shown.wait(10000));
        QCOMPARE(shown.first().first().toBool(), false);
        QCOMPARE(d.actionButton()->text(), QStringLiteral("Move db-group to node2"));
        QVERIFY(!d.actionButton()->isEnabled());
        QVERIFY(d.cancelButton()->isDefault());
        QVERIFY2(!d.blockersText().isEmpty(), "a refusal must say why");
        // Confirming a refused operation does nothing.
        d.confirmAndRun();
        QVERIFY(!d.isRunning());
        QCOMPARE(d.operation()->phase() == Operation::Phase::Running, false);

        // The keep-constraint option rebuilds the operation with the option set.
        QVERIFY(d.keepConstraintBox());
        d.keepConstraintBox()->setChecked(true);
        QCOMPARE(built.size(), 2);
        QVERIFY(!built.first().keepConstraint);
        QVERIFY(built.last().keepConstraint);
    }

    void actionsForMenus()
    {
        ClusterMonitor monitor(profile(), nullptr, nullptr);
        QWidget parent;
        OpsActions actions(&monitor, &parent);
        actions.setShowDialogs(false);
        const QList<QAction *> res = actions.resourceActions(QStringLiteral("db-group"));
        QStringList texts;
        for (QAction *a : res)
            texts << a->text();
        QVERIFY2(texts.contains(QStringLiteral("Fail over now")), qPrintable(texts.join(u',')));
        QVERIFY(texts.contains(QStringLiteral("Move to node2…")));
        QVERIFY(texts.contains(QStringLiteral("Ban from node1…")));
        QVERIFY(texts.contains(QStringLiteral("Clear constraints…")));
        QVERIFY(texts.contains(QStringLiteral("Stop…")));
        QAction *failover = res.at(static_cast<int>(texts.indexOf(QStringLiteral("Fail over now"))));
        QCOMPARE(failover->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_M));
        QAction *clear = res.at(static_cast<int>(texts.indexOf(QStringLiteral("Clear constraints…"))));
        QCOMPARE(clear->shortcut(), QKeySequence(QKeySequence::Delete));

        QCOMPARE(actions.nodeActions(QStringLiteral("node1")).size(), 2);
        QCOMPARE(actions.clusterActions().size(), 3);
        const auto multi = actions.resourcesActions({QStringLiteral("a"), QStringLiteral("b")});
        QCOMPARE(multi.size(), 1);
        QVERIFY(multi.first()->text().contains(u'2'));

        // Triggering opens a dialog named after the action.
        QSignalSpy opened(&actions, &OpsActions::dialogOpened);
        actions.move(QStringLiteral("db-group"), QStringLiteral("node2"));
        QCOMPARE(opened.size(), 1);
        QVERIFY(actions.currentDialog());
        QCOMPARE(actions.currentDialog()->actionButton()->text(),
                 QStringLiteral("Move db-group to node2"));
        actions.clearConstraints(QStringLiteral("db-group"));
        QCOMPARE(opened.size(), 2);
        QVERIFY(actions.currentDialog()->windowTitle().contains(QStringLiteral("db-group")));
    }
};

QTEST_MAIN(TestOpsGuiDialog)
#include "tst_opsgui_dialog.moc"
