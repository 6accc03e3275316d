#pragma once
// The merged timeline of all nodes: a virtualised table over FilteredLogModel, a filter bar, the
// clock offset and zone of each node, a live tail that follows only while the operator is at the
// bottom, export of what is shown, and jumpTo() for "the log around this event".
#include "logs/logfilter.h"
#include "logsource/nodeprobe.h"

#include <QDateTime>
#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace ha::logs {
class FilteredLogModel;
}
namespace ha::logsource {
class LogController;
}

namespace ha::ui {

class LogViewerWidget : public QWidget
{
    Q_OBJECT
public:
    explicit LogViewerWidget(logs::FilteredLogModel *model, QWidget *parent = nullptr);

    // Nodes offered in the filter and their clocks (also fed by a controller's probes).
    void setNodeInfo(const logsource::NodeLogInfo &info);
    void attach(logsource::LogController *controller);

    QTableView *view() const { return m_view; }
    logs::LogFilterSpec currentSpec() const; // what the filter bar says
    bool isFollowing() const { return m_following; }
    QString clockText() const;
    // Writes the filtered rows; returns lines written or -1 (error in *error).
    qint64 exportTo(const QString &path, QString *error = nullptr) const;

public Q_SLOTS:
    // Shows [when - secondsAround, when + secondsAround] on every node and selects the first line
    // at or after `when`. The live tail stops following until the operator scrolls to the bottom.
    void jumpTo(const QDateTime &when, int secondsAround);
    void applyFilter();
    void exportInteractive();

Q_SIGNALS:
    void filterApplied(const ha::logs::LogFilterSpec &spec);

private:
    void buildFilterBar(QWidget *bar);
    void onRowsAboutToBeInserted();
    void onRowsInserted();
    void onFilteringFinished();
    void updateClockLabel();

    logs::FilteredLogModel *m_model;
    QTableView *m_view = nullptr;
    QComboBox *m_node = nullptr;
    QLineEdit *m_sources = nullptr;
    QComboBox *m_severity = nullptr;
    QLineEdit *m_text = nullptr;
    QLineEdit *m_regex = nullptr;
    QLineEdit *m_resource = nullptr;
    QCheckBox *m_useRange = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QLabel *m_clocks = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_debounce = nullptr;
    QHash<QString, logsource::NodeLogInfo> m_infos;
    bool m_following = true;
    bool m_wasAtBottom = true;
    qint64 m_pendingJumpUs = -1;
};

} // namespace ha::ui
