// LogViewerWidget over the lab fixture logs of two nodes: highlighting, filters from the bar,
// follow only at the bottom, jumpTo() around a moment, export of the filtered rows, and a
// screenshot (HA_ARTIFACT_DIR/logviewer.png) to look at.
#include "logs/filteredlogmodel.h"
#include "logs/logfile.h"
#include "logs/logmerge.h"
#include "logs/logmodel.h"
#include "logs/logstore.h"
#include "logview/logrowdelegate.h"
#include "logview/logviewerwidget.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ha;
using namespace ha::logs;

class TstLogViewerGui : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void highlightsWhatMatters();
    void filterBarFiltersByTextAndNode();
    void liveTailFollowsOnlyAtTheBottom();
    void jumpToShowsBothNodesAroundTheMoment();
    void exportWritesTheFilteredRows();
    void screenshot();

private:
    std::unique_ptr<LogStore> m_store;
    std::unique_ptr<LogModel> m_model;
    std::unique_ptr<FilteredLogModel> m_filtered;
    std::unique_ptr<ui::LogViewerWidget> m_widget;
    std::vector<LogEntry> m_all;
};

void TstLogViewerGui::init()
{
    const QString data = QStringLiteral(HA_SOURCE_DIR "/tests/logs/data/");
    QList<FileSource> files;
    NodeClock clock;
    clock.referenceDate = QDate(2026, 11, 25);
    files << FileSource{QStringLiteral("node1"), data + QStringLiteral("lab-node1-pacemaker.log"), clock, LogFormat::Unknown}
          << FileSource{QStringLiteral("node1"), data + QStringLiteral("lab-node1-corosync.log"), clock, LogFormat::Unknown}
          << FileSource{QStringLiteral("node2"), data + QStringLiteral("lab-node2-corosync.log"), clock, LogFormat::Unknown};
    auto inputs = loadFiles(files);
    QVERIFY(inputs.ok());
    m_all = mergeStreams(std::move(*inputs));
    QVERIFY(m_all.size() > 500);
    m_store = std::make_unique<LogStore>();
    m_model = std::make_unique<LogModel>(m_store.get());
    m_filtered = std::make_unique<FilteredLogModel>(m_model.get());
    m_widget = std::make_unique<ui::LogViewerWidget>(m_filtered.get());
    m_widget->resize(1400, 700);
    for (const char *n : {"node1", "node2"}) {
        logsource::NodeLogInfo info;
        info.node = QString::fromLatin1(n);
        info.clockKnown = true;
        info.clockOffsetUs = n[4] == '1' ? 1250 : -42000;
        info.roundTripUs = 3000;
        info.files = {QStringLiteral("/var/log/pacemaker/pacemaker.log"), QStringLiteral("/var/log/corosync/corosync.log")};
        m_widget->setNodeInfo(info);
    }
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
    // All but the last 20 lines now; the rest arrive "live" in the tests.
    std::vector<LogEntry> first(m_all.begin(), m_all.end() - 20);
    m_store->append(std::move(first));
}

void TstLogViewerGui::cleanup()
{
    m_widget.reset();
    m_filtered.reset();
    m_model.reset();
    m_store.reset();
    m_all.clear();
}

void TstLogViewerGui::highlightsWhatMatters()
{
    QCOMPARE(m_filtered->rowCount(), int(m_all.size() - 20));
    int highlighted = 0;
    bool sawTransitionOrMembership = false;
    for (int r = 0; r < m_filtered->rowCount(); ++r) {
        const QModelIndex idx = m_filtered->index(r, LogModel::MessageColumn);
        const auto flags = static_cast<LogFlags>(idx.data(LogModel::FlagsRole).toInt());
        const auto sev = static_cast<Severity>(idx.data(LogModel::SeverityRole).toInt());
        const QColor c = ui::highlightFor(flags, sev);
        if (flags != NoFlag)
            QVERIFY2(c.isValid(), qPrintable(idx.data().toString()));
        if (c.isValid())
            ++highlighted;
        sawTransitionOrMembership |= (flags & (Transition | Membership)) != 0;
    }
    QVERIFY(sawTransitionOrMembership);
    QVERIFY(highlighted > 0 && highlighted < m_filtered->rowCount());
    // Fencing outranks everything else on a line.
    QCOMPARE(ui::highlightFor(Fencing | Transition, Severity::Info), ui::highlightFor(Fencing, Severity::Info));
    QVERIFY(ui::highlightFor(Fencing, Severity::Info) != ui::highlightFor(Transition, Severity::Info));
    QVERIFY(!ui::highlightFor(NoFlag, Severity::Info).isValid());
}

void TstLogViewerGui::filterBarFiltersByTextAndNode()
{
    QSignalSpy done(m_filtered.get(), &FilteredLogModel::filteringFinished);
    auto *node = m_widget->findChild<QComboBox *>(QStringLiteral("nodeFilter"));
    QVERIFY(node);
    node->setCurrentIndex(node->findData(QStringLiteral("node2")));
    m_widget->applyFilter();
    QVERIFY(done.wait(5000));
    QVERIFY(m_filtered->rowCount() > 0);
    for (int r = 0; r < m_filtered->rowCount(); ++r)
        QCOMPARE(m_filtered->index(r, LogModel::NodeColumn).data().toString(), QStringLiteral("node2"));

    node->setCurrentIndex(0);
    auto *text = m_widget->findChild<QLineEdit *>(QStringLiteral("textFilter"));
    text->setText(QStringLiteral("totem"));
    m_widget->applyFilter();
    QVERIFY(done.wait(5000));
    QVERIFY(m_filtered->rowCount() > 0);
    for (int r = 0; r < m_filtered->rowCount(); ++r)
        QVERIFY(m_filtered->index(r, LogModel::MessageColumn).data().toString().contains(QLatin1String("TOTEM")));

    auto *regex = m_widget->findChild<QLineEdit *>(QStringLiteral("regexFilter"));
    regex->setText(QStringLiteral("(unclosed"));
    m_widget->applyFilter();
    QVERIFY(!m_filtered->filterError().isEmpty()); // said, not crashed
}

void TstLogViewerGui::liveTailFollowsOnlyAtTheBottom()
{
    QTableView *view = m_widget->view();
    QScrollBar *sb = view->verticalScrollBar();
    view->scrollToBottom();
    QTRY_COMPARE(sb->value(), sb->maximum());
    m_store->append(std::vector<LogEntry>(m_all.end() - 20, m_all.end() - 10));
    QTRY_COMPARE(sb->value(), sb->maximum()); // carried along
    QVERIFY(m_widget->isFollowing());

    sb->setValue(sb->maximum() / 2); // the operator reads older lines
    const int kept = sb->value();
    QVERIFY(!m_widget->isFollowing());
    m_store->append(std::vector<LogEntry>(m_all.end() - 10, m_all.end()));
    QCOMPARE(m_filtered->rowCount(), int(m_all.size()));
    QTest::qWait(50);
    QCOMPARE(sb->value(), kept);
}

void TstLogViewerGui::jumpToShowsBothNodesAroundTheMoment()
{
    // The moment of a corosync line of node2 in the middle of the data.
    qint64 whenUs = 0;
    for (size_t i = m_all.size() / 2; i < m_all.size(); ++i) {
        if (m_all[i].node == QLatin1String("node2")) {
            whenUs = m_all[i].timeUs;
            break;
        }
    }
    QVERIFY(whenUs != 0);
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(whenUs / 1000, QTimeZone::utc());
    QSignalSpy done(m_filtered.get(), &FilteredLogModel::filteringFinished);
    m_widget->jumpTo(when, 30);
    QVERIFY(done.wait(5000));
    QVERIFY(m_filtered->rowCount() > 0);
    QSet<QString> nodes;
    for (int r = 0; r < m_filtered->rowCount(); ++r) {
        const qint64 t = m_filtered->index(r, 0).data(LogModel::TimeUsRole).toLongLong();
        QVERIFY(t >= whenUs - 31000000 && t <= whenUs + 31000000);
        nodes.insert(m_filtered->index(r, LogModel::NodeColumn).data().toString());
    }
    QVERIFY(nodes.contains(QStringLiteral("node2")));
    const QModelIndex current = m_widget->view()->currentIndex();
    QVERIFY(current.isValid());
    QVERIFY(current.data(LogModel::TimeUsRole).toLongLong() >= whenUs / 1000 * 1000);
    QVERIFY(!m_widget->isFollowing());
}

void TstLogViewerGui::exportWritesTheFilteredRows()
{
    QSignalSpy done(m_filtered.get(), &FilteredLogModel::filteringFinished);
    m_widget->findChild<QLineEdit *>(QStringLiteral("textFilter"))->setText(QStringLiteral("KNET"));
    m_widget->applyFilter();
    QVERIFY(done.wait(5000));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.txt"));
    QString error;
    const qint64 n = m_widget->exportTo(path, &error);
    QCOMPARE(n, qint64(m_filtered->rowCount()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    QVERIFY(n > 0);
    for (qint64 i = 0; i < n; ++i)
        QVERIFY2(lines.at(i).toLower().contains("knet"), lines.at(i).constData()); // case-insensitive text filter
    QVERIFY(m_widget->exportTo(QStringLiteral("/nonexistent/dir/x.txt"), &error) < 0);
    QVERIFY(!error.isEmpty());
}

void TstLogViewerGui::screenshot()
{
    QVERIFY(m_widget->clockText().contains(QLatin1String("node2: clock -42.0 ms")));
    m_widget->view()->scrollTo(m_filtered->index(m_filtered->rowCount() / 3, 0), QAbstractItemView::PositionAtTop);
    QTest::qWait(50);
    const QString dir = qEnvironmentVariable("HA_ARTIFACT_DIR", QStringLiteral(HA_ARTIFACT_DIR));
    QDir().mkpath(dir);
    QVERIFY(m_widget->grab().save(dir + QStringLiteral("/logviewer.png")));
}

QTEST_MAIN(TstLogViewerGui)
#include "tst_logviewer_gui.moc"
