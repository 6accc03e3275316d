#include "poweractionswidget.h"

#include "confirmbynamedialog.h"
#include "fencingtestdialog.h"
#include "ipmipanel.h"
#include "monitor/clustermonitor.h"
#include "power/powerguard.h"
#include "power/powermonitor.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>

namespace ha::ui {

PowerActionsWidget::PowerActionsWidget(PowerMonitor *monitor, QString node, QWidget *parent)
    : QWidget(parent), m_monitor(monitor), m_node(std::move(node)),
      m_state(new QLabel(this)), m_result(new QLabel(this)), m_button(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    QFont big = m_state->font();
    big.setBold(true);
    m_state->setFont(big);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_button->setText(tr("Power"));
    m_button->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_button);
    menu->addAction(tr("Read power status"), this, [this] { refreshStatus(); });
    menu->addSeparator();
    const struct { PowerAction a; const char *label; } items[] = {
        {PowerAction::On, QT_TR_NOOP("Power on")},
        {PowerAction::Off, QT_TR_NOOP("Power off (hard)…")},
        {PowerAction::SoftOff, QT_TR_NOOP("Soft off (ACPI shutdown)…")},
        {PowerAction::Reset, QT_TR_NOOP("Reset (hard)…")},
        {PowerAction::Cycle, QT_TR_NOOP("Power cycle…")},
    };
    for (const auto &it : items) {
        const PowerAction a = it.a;
        menu->addAction(tr(it.label), this, [this, a] { trigger(a); });
    }
    menu->addSeparator();
    menu->addAction(tr("IPMI details (sensors, event log)…"), this, [this] { openIpmiPanel(); });
    menu->addAction(tr("Test fencing…"), this, [this] { openFencingTest(); });
    m_button->setMenu(menu);
    layout->addWidget(m_state);
    layout->addWidget(m_result, 1);
    layout->addWidget(m_button);
    connect(m_monitor, &PowerMonitor::nodeChanged, this, [this](const QString &n) {
        if (n == m_node)
            updateState();
    });
    updateState();
}

QString PowerActionsWidget::stateText() const
{
    return m_state->text();
}

QString PowerActionsWidget::resultText() const
{
    return m_result->text();
}

void PowerActionsWidget::updateState()
{
    const NodePower p = m_monitor->state(m_node);
    QString text;
    if (!p.configured)
        text = tr("No BMC configured");
    else if (!p.powerOn.has_value())
        text = p.lastError.isEmpty() ? tr("Power: unknown") : tr("Power: unknown (BMC error)");
    else
        text = *p.powerOn ? tr("Power: ON") : tr("Power: OFF");
    if (p.configured && !p.bmcReachable && p.lastPoll.isValid())
        text += tr(" — BMC unreachable");
    m_state->setText(text);
    m_state->setToolTip(p.lastError);
    m_button->setEnabled(p.configured && !p.busy);
}

void PowerActionsWidget::refreshStatus()
{
    m_monitor->pollNow();
}

void PowerActionsWidget::setClusterMonitor(ClusterMonitor *monitor)
{
    m_cluster = monitor;
}

namespace {

void showRaised(QWidget *w)
{
    w->show();
    w->raise();
    w->activateWindow();
}

} // namespace

IpmiPanel *PowerActionsWidget::openIpmiPanel()
{
    // Parented to the window so it closes with it; one per node, raised when asked again.
    if (!m_panel) {
        m_panel = new IpmiPanel(m_monitor, m_node, window());
        m_panel->setAttribute(Qt::WA_DeleteOnClose);
    }
    showRaised(m_panel);
    return m_panel;
}

FencingTestDialog *PowerActionsWidget::openFencingTest()
{
    if (!m_fencing) {
        m_fencing = new FencingTestDialog(m_monitor, m_cluster, m_node, window());
        m_fencing->setAttribute(Qt::WA_DeleteOnClose);
    }
    showRaised(m_fencing);
    return m_fencing;
}

bool PowerActionsWidget::trigger(PowerAction action)
{
    const ClusterProfile &profile = m_monitor->profile();
    const NodeProfile *n = profile.node(m_node);
    if (!n || !n->bmc.isConfigured())
        return false;
    PowerGuardInput in;
    in.profile = &profile;
    in.node = m_node;
    in.action = action;
    in.status = m_status ? m_status() : nullptr;
    in.viewNode = m_viewNode ? m_viewNode() : QString();
    const PowerGuard g = computePowerGuard(in);
    if (g.needsTypedConfirmation) {
        ConfirmRequest req;
        req.title = tr("%1: %2").arg(m_node, describeAction(action));
        req.actionText = tr("%1 %2").arg(describeAction(action), m_node);
        req.target = m_node;
        req.runsOn = tr("BMC %1:%2 (user %3)").arg(n->bmc.address).arg(n->bmc.port).arg(n->bmc.user);
        req.commands = {g.commandText};
        QStringList lines{g.effect};
        lines << g.warnings;
        req.warning = lines.join(QLatin1Char('\n'));
        if (!ConfirmByNameDialog::confirm(this, req))
            return false;
    }
    m_result->setText(tr("Running: %1 …").arg(g.commandText));
    m_monitor->runAction(m_node, action, this, [this, cmd = g.commandText](Result<void> r) {
        m_result->setText(r.ok() ? tr("Done: %1").arg(cmd)
                                 : tr("FAILED: %1 — %2").arg(cmd, r.error().message));
    });
    return true;
}

} // namespace ha::ui
