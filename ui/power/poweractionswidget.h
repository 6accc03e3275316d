#pragma once
// A node's power controls: state line, a menu of actions (status, on, off, soft off, reset,
// cycle), and the outcome. Thin over PowerMonitor and computePowerGuard: every action that takes
// the node down goes through ConfirmByNameDialog with the exact command, the BMC and the warnings.

#include "ipmi/powercontrol.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QToolButton;

namespace ha {
class ClusterMonitor;
class PowerMonitor;
struct ClusterStatus;
}

namespace ha::ui {

class FencingTestDialog;
class IpmiPanel;

class PowerActionsWidget : public QWidget
{
    Q_OBJECT
public:
    // `status`/`viewNode` supply the cluster as last seen (for the warnings); may return null/empty.
    using StatusSource = std::function<const ha::ClusterStatus *()>;
    using ViewNodeSource = std::function<QString()>;

    PowerActionsWidget(PowerMonitor *monitor, QString node, QWidget *parent = nullptr);

    void setStatusSource(StatusSource s) { m_status = std::move(s); }
    void setViewNodeSource(ViewNodeSource s) { m_viewNode = std::move(s); }
    // The live cluster, for "Test fencing…" (runs stonith_admin over its SSH sessions and
    // watches its views). Without it the fencing checks say there is no connection.
    void setClusterMonitor(ClusterMonitor *monitor);

    // Asks (typed confirmation when needed) and runs. Returns false when not confirmed.
    bool trigger(ha::PowerAction action);
    void refreshStatus();
    // Open (or raise) the node's non-modal windows; they live until closed.
    IpmiPanel *openIpmiPanel();
    FencingTestDialog *openFencingTest();

    QString stateText() const;
    QString resultText() const;
    QToolButton *menuButton() const { return m_button; }

private:
    void updateState();

    PowerMonitor *m_monitor;
    QString m_node;
    StatusSource m_status;
    ViewNodeSource m_viewNode;
    QPointer<ClusterMonitor> m_cluster;
    QPointer<IpmiPanel> m_panel;
    QPointer<FencingTestDialog> m_fencing;
    QLabel *m_state;
    QLabel *m_result;
    QToolButton *m_button;
};

} // namespace ha::ui
