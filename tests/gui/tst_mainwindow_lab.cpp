// The real main window on the real lab: what an operator sees right after opening the cluster.

#include "cluster/resourcemodel.h"
#include "logs/filteredlogmodel.h"
#include "logs/logstore.h"
#include "logsource/logcontroller.h"
#include "logview/logviewerwidget.h"
#include "mainwindow.h"
#include "monitor/clustermonitor.h"
#include "nodecard.h"
#include "resourcetreeview.h"
#include "splitbrainbanner.h"

#include <QDateTime>
#include <QDir>
#include <QTableView>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

class TstMainWindowLab : public QObject
{
    Q_OBJECT
private slots:
    void dashboardShowsTheLab();
    void logsTabShowsBothNodesAndJumps();
};

void TstMainWindowLab::dashboardShowsTheLab()
{
    ha::ui::MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openProfile(QStringLiteral("lab")));
    QCOMPARE(w.nodeCards().size(), 2);

    // Both cards turn online, one of them DC; links read from corosync on each node.
    for (ha::ui::NodeCard *card : w.nodeCards()) {
        QTRY_VERIFY_WITH_TIMEOUT(card->verdictText().contains(QStringLiteral("Online")), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!card->state().links.isEmpty(), 10000);
        for (const ha::ui::HeartbeatLink &l : card->state().links)
            QCOMPARE(l.up, ha::ui::TriState::Yes);
    }
    int dcs = 0;
    for (ha::ui::NodeCard *card : w.nodeCards())
        dcs += card->state().dc ? 1 : 0;
    QCOMPARE(dcs, 1);
    // Power and the BMC's sensors on every card (the lab BMCs have four sensors).
    for (ha::ui::NodeCard *card : w.nodeCards()) {
        QTRY_COMPARE_WITH_TIMEOUT(card->state().powerOn, ha::ui::TriState::Yes, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(card->state().sensorSummary.startsWith(QStringLiteral("all 4 ok")), 15000);
    }
    QCOMPARE(w.banner()->level(), ha::ui::SplitBrainBanner::Level::None);

    // The resource tree holds the database group with its four members, all started.
    QAbstractItemModel *m = w.resourceView()->model();
    QTRY_VERIFY_WITH_TIMEOUT(static_cast<ha::ResourceModel *>(m)->indexOf(QStringLiteral("db-group")).isValid(), 10000);
    const QModelIndex group = static_cast<ha::ResourceModel *>(m)->indexOf(QStringLiteral("db-group"));
    QCOMPARE(m->rowCount(group), 4);
    const QString state = m->index(group.row(), ha::ResourceModel::StateColumn, group.parent()).data().toString();
    QVERIFY2(state.contains(QStringLiteral("Started")), qPrintable(state));

    QTest::qWait(1500); // let the age label and the probe charts tick once
    QDir().mkpath(QStringLiteral(HA_ARTIFACT_DIR));
    QVERIFY(w.grab().save(QStringLiteral(HA_ARTIFACT_DIR "/mainwindow_lab.png")));
    w.tabs()->setCurrentIndex(1);
    QTest::qWait(3000);
    QVERIFY(w.grab().save(QStringLiteral(HA_ARTIFACT_DIR "/mainwindow_lab_service_health.png")));
}

void TstMainWindowLab::logsTabShowsBothNodesAndJumps()
{
    ha::ui::MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openProfile(QStringLiteral("lab")));
    QVERIFY(w.logController());
    QVERIFY(w.logViewer());
    QVERIFY(w.tabs()->indexOf(w.logViewer()) >= 0);

    // The last hour of both nodes' pacemaker and corosync logs arrives on its own.
    auto nodesSeen = [&w] {
        QSet<QString> nodes;
        const ha::logs::LogStore *s = w.logController()->store();
        for (qsizetype i = 0; i < s->size(); ++i)
            nodes.insert(s->at(i).node);
        return nodes;
    };
    QTRY_VERIFY_WITH_TIMEOUT(nodesSeen().contains(QStringLiteral("node1")) && nodesSeen().contains(QStringLiteral("node2")),
                             30000);
    QVERIFY(w.logViewer()->clockText().contains(QStringLiteral("node1")));

    // "Show the log around" a moment: the Logs tab opens on a window around it.
    const QDateTime when = QDateTime::currentDateTimeUtc().addSecs(-30);
    QVERIFY(w.showLogAround(when));
    QCOMPARE(w.tabs()->currentWidget(), static_cast<QWidget *>(w.logViewer()));
    const ha::logs::LogFilterSpec spec = w.logViewer()->currentSpec();
    const qint64 whenUs = when.toMSecsSinceEpoch() * 1000;
    QVERIFY(spec.fromUs <= whenUs && spec.fromUs >= whenUs - 121 * 1000000LL);
    QVERIFY(spec.toUs >= whenUs && spec.toUs <= whenUs + 121 * 1000000LL);
    QVERIFY(!w.showLogAround(QDateTime()));
    QTRY_VERIFY_WITH_TIMEOUT(w.logViewer()->view()->model()->rowCount() > 0, 10000);
    QTest::qWait(500);
    QDir().mkpath(QStringLiteral(HA_ARTIFACT_DIR));
    QVERIFY(w.grab().save(QStringLiteral(HA_ARTIFACT_DIR "/mainwindow_lab_logs.png")));
    // With every tab filled (two nodes' log files named in the clock line), the window still
    // fits a 1366x768 laptop screen.
    const QSize min = w.minimumSizeHint();
    QVERIFY2(min.width() <= 1366 && min.height() <= 740,
             qPrintable(QStringLiteral("minimum %1x%2").arg(min.width()).arg(min.height())));
}

QTEST_MAIN(TstMainWindowLab)
#include "tst_mainwindow_lab.moc"
