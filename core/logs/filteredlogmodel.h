#pragma once
// What the view shows: the LogModel's rows that match the current filter, as a proxy over a
// sorted list of absolute entry indices. A new filter is evaluated on a worker thread (the old
// rows stay visible until the new result arrives, then one reset); live appends are matched
// incrementally (rowsInserted at the end) and evictions remove rows at the head.

#include "logfilter.h"
#include "logfilterrunner.h"

#include <QAbstractProxyModel>
#include <QIODevice>

namespace ha::logs {

class LogModel;
class LogStore;

class FilteredLogModel : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit FilteredLogModel(LogModel *source, QObject *parent = nullptr);

    void setFilter(const LogFilterSpec &spec);
    const LogFilterSpec &filter() const { return m_matcher->spec(); }
    QString filterError() const { return m_matcher->errorString(); }
    bool isFiltering() const { return m_runner.isRunning(); }

    qint64 absoluteIndex(int row) const { return m_rows.at(row); }
    int rowForAbsoluteIndex(qint64 absoluteIndex) const; // -1 if not shown
    // The first shown row at or after the time: "jump to the log around that moment".
    int rowAtOrAfter(qint64 timeUs) const;

    // Writes the shown rows as text, one line each (formatEntryLine). Synchronous.
    qint64 exportText(QIODevice *device) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

Q_SIGNALS:
    void filteringStarted();
    void filteringFinished(qsizetype matches);

private:
    void onAboutToEvict(qsizetype count);
    void onAppended();
    void onFinished(quint64 runId, const QList<qint64> &matches, qint64 from, qint64 to);
    void catchUp();
    void appendMatches(const QList<qint64> &matches);

    static constexpr qint64 kSyncLimit = 20000; // live batches this small are matched inline

    LogStore *m_store;
    LogFilterRunner m_runner;
    std::shared_ptr<const LogMatcher> m_matcher;
    QList<qint64> m_rows;    // absolute indices, ascending
    qint64 m_scannedEnd = 0; // entries below this were evaluated with m_matcher
    quint64 m_fullRun = 0;   // id of the run that replaces all rows (0: none pending)
};

} // namespace ha::logs
