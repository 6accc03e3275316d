// The audit log view over the real AuditLog/AuditLogModel: filter, and auto-scroll that follows
// new entries only while the operator is at the bottom.

#include "audit/auditlog.h"
#include "audit/auditlogmodel.h"
#include "auditlogview.h"
#include "guitestutil.h"

#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ha;
using namespace ha::ui;

namespace {

AuditRecord record(int i)
{
    AuditRecord r;
    r.time = QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC).addSecs(i);
    r.node = i % 3 == 0 ? QStringLiteral("node2") : QStringLiteral("node1");
    r.user = QStringLiteral("root");
    r.localUser = QStringLiteral("op");
    r.templateName = QStringLiteral("crm_mon.xml");
    r.commandLine = QStringLiteral("crm_mon -1 --output-as=xml --inactive --failcounts");
    r.exitCode = i % 50 == 49 ? 102 : 0;
    r.durationMs = 110 + i % 40;
    return r;
}

} // namespace

class TstAuditLogView : public QObject
{
    Q_OBJECT
private slots:
    void followsUntilUserScrollsUp();
    void filter();
};

void TstAuditLogView::followsUntilUserScrollsUp()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")));
    for (int i = 0; i < 120; ++i)
        QVERIFY(log.append(record(i)).ok());
    AuditLogModel model(&log);
    QCOMPARE(model.rowCount(), 120);

    AuditLogView view;
    view.setModel(&model);
    view.resize(900, 320);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QScrollBar *bar = view.view()->verticalScrollBar();
    QVERIFY(bar->maximum() > 0);
    QVERIFY(view.isFollowing());
    QCOMPARE(bar->value(), bar->maximum());

    QVERIFY(log.append(record(120)).ok());
    QCOMPARE(model.rowCount(), 121);
    QCoreApplication::processEvents();
    QCOMPARE(bar->value(), bar->maximum());
    QVERIFY(test::saveShot(&view, QStringLiteral("auditlog_following")));

    // The operator scrolls up to read: new entries must not yank the view away.
    bar->setValue(10);
    QVERIFY(!view.isFollowing());
    const auto paused = view.findChild<QPushButton *>(QStringLiteral("follow"));
    QVERIFY(paused->text().contains(QStringLiteral("Paused")));
    for (int i = 121; i < 130; ++i)
        QVERIFY(log.append(record(i)).ok());
    QCoreApplication::processEvents();
    QCOMPARE(bar->value(), 10);
    QVERIFY(test::saveShot(&view, QStringLiteral("auditlog_paused")));

    // Back to following with the button (or by scrolling to the end).
    QTest::mouseClick(paused, Qt::LeftButton);
    QVERIFY(view.isFollowing());
    QCoreApplication::processEvents();
    QCOMPARE(bar->value(), bar->maximum());
    QVERIFY(log.append(record(130)).ok());
    QCoreApplication::processEvents();
    QCOMPARE(bar->value(), bar->maximum());
}

void TstAuditLogView::filter()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")));
    int node2 = 0;
    for (int i = 0; i < 60; ++i) {
        QVERIFY(log.append(record(i)).ok());
        node2 += record(i).node == QStringLiteral("node2") ? 1 : 0;
    }
    AuditLogModel model(&log);
    AuditLogView view;
    view.setModel(&model);
    QTest::keyClicks(view.filterEdit(), QStringLiteral("NODE2"));
    QCOMPARE(view.proxy()->rowCount(), node2);
    view.filterEdit()->clear();
    QCOMPARE(view.proxy()->rowCount(), 60);
    // New records that match the filter show up; others stay out.
    QTest::keyClicks(view.filterEdit(), QStringLiteral("node2"));
    QVERIFY(log.append(record(60)).ok()); // node2 (60 % 3 == 0)
    QVERIFY(log.append(record(61)).ok()); // node1
    QCOMPARE(view.proxy()->rowCount(), node2 + 1);
}

QTEST_MAIN(TstAuditLogView)
#include "tst_auditlog_view.moc"
