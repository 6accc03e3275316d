#include "fencingtestdialog.h"

#include "confirmbynamedialog.h"
#include "messagebox.h"
#include "power/fencingtest.h"
#include "power/powerguard.h"
#include "power/powermonitor.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ha::ui {

namespace {

QColor stateColor(FencingStep::State s)
{
    switch (s) {
    case FencingStep::State::Passed:
        return QColor(0x2e, 0x7d, 0x32);
    case FencingStep::State::Failed:
        return QColor(0xc6, 0x28, 0x28);
    case FencingStep::State::Warning:
        return QColor(0xef, 0x6c, 0x00);
    case FencingStep::State::Running:
        return QColor(0x15, 0x65, 0xc0);
    case FencingStep::State::Pending:
    case FencingStep::State::Skipped:
        break;
    }
    return QColor(0x75, 0x75, 0x75);
}

// A symbol as well as a colour: readable on a monochrome screen and by colour-blind operators.
QString stateLabel(FencingStep::State s)
{
    switch (s) {
    case FencingStep::State::Passed:
        return QStringLiteral("✔ ") % fencingStepStateName(s);
    case FencingStep::State::Failed:
        return QStringLiteral("✘ ") % fencingStepStateName(s);
    case FencingStep::State::Warning:
        return QStringLiteral("⚠ ") % fencingStepStateName(s);
    case FencingStep::State::Running:
        return QStringLiteral("… ") % fencingStepStateName(s);
    case FencingStep::State::Pending:
    case FencingStep::State::Skipped:
        break;
    }
    return fencingStepStateName(s);
}

} // namespace

FencingTestDialog::FencingTestDialog(PowerMonitor *power, ClusterMonitor *cluster, QString node,
                                     QWidget *parent)
    : QDialog(parent), m_power(power), m_node(std::move(node)),
      m_test(new FencingTest(power->profile(), m_node, power, power->auditLog(), this)),
      m_intro(new QLabel(this)), m_summary(new QLabel(this)), m_steps(new QTreeWidget(this)),
      m_checks(new QPushButton(tr("Run checks"), this)),
      m_reset(new QPushButton(tr("Reset %1 now…").arg(m_node), this)),
      m_cancel(new QPushButton(tr("Stop watching"), this)),
      m_copy(new QPushButton(tr("Copy report"), this))
{
    if (cluster)
        m_test->attach(cluster);
    setWindowTitle(tr("Test fencing — %1").arg(m_node));
    resize(960, 560);

    m_intro->setWordWrap(true);
    m_intro->setText(
        tr("<b>Can the cluster fence %1?</b> The checks only read: the fence device in the "
           "cluster configuration against the BMC in this profile, what %2 would use to fence "
           "%1, and the fencing history. <br>The guided test <b>resets %1 for real</b> and "
           "watches until it is back and the service runs again; its result goes to the audit "
           "log.")
            .arg(m_node.toHtmlEscaped(), m_test->peer().toHtmlEscaped()));

    QFont big = m_summary->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_summary->setFont(big);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_steps->setColumnCount(4);
    m_steps->setHeaderLabels({tr("Started"), tr("Result"), tr("Step"), tr("Took")});
    m_steps->setRootIsDecorated(true);
    m_steps->setWordWrap(true);
    m_steps->setAlternatingRowColors(true);
    m_steps->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_steps->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_steps->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_steps->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_steps->header()->setStretchLastSection(false);

    m_reset->setToolTip(tr("Asks you to type the node's name first."));
    m_cancel->setToolTip(tr("Stops waiting for the cluster; the reset itself cannot be undone."));

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_checks);
    actions->addWidget(m_reset);
    actions->addWidget(m_cancel);
    actions->addStretch(1);
    actions->addWidget(m_copy);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(actions);
    layout->addWidget(m_summary);
    layout->addWidget(m_steps, 1);
    layout->addWidget(buttons);

    connect(m_checks, &QPushButton::clicked, this, &FencingTestDialog::runChecks);
    connect(m_reset, &QPushButton::clicked, this, [this] { startReset(); });
    connect(m_cancel, &QPushButton::clicked, m_test, &FencingTest::cancel);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_test->report());
    });
    connect(m_test, &FencingTest::stepsChanged, this, &FencingTestDialog::updateView);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        // Only the "Took" cells: rebuilding the tree every second would lose the scroll position.
        const QList<FencingStep> steps = m_test->steps();
        for (int i = 0; i < steps.size() && i < m_steps->topLevelItemCount(); ++i) {
            if (steps.at(i).state == FencingStep::State::Running)
                m_steps->topLevelItem(i)->setText(
                    3, tr("%1 s").arg(double(steps.at(i).durationMs()) / 1000.0, 0, 'f', 0));
        }
    });
    updateView();

    // Goes with the PowerMonitor it was opened for (the main window replaces it on a profile
    // change); a running guided test is then recorded as cancelled.
    connect(power, &QObject::destroyed, this, [this] {
        m_test->cancel();
        hide();
        deleteLater();
    });
}

void FencingTestDialog::runChecks()
{
    m_test->runChecks();
}

bool FencingTestDialog::startReset()
{
    QString why;
    if (!m_test->canStartReset(&why)) {
        MessageBox::warning(this, tr("Cannot test fencing of %1 now").arg(m_node), why);
        m_summary->setText(tr("Not started: %1").arg(why));
        return false;
    }
    const ClusterProfile &profile = m_power->profile();
    const NodeProfile *n = profile.node(m_node);
    const QString peer = m_test->peer();
    const std::optional<ClusterStatus> st = m_test->statusFrom(peer);
    PowerGuardInput in;
    in.profile = &profile;
    in.node = m_node;
    in.action = PowerAction::Reset;
    in.status = st ? &*st : nullptr;
    in.viewNode = peer;
    const PowerGuard g = computePowerGuard(in);

    ConfirmRequest req;
    req.title = tr("Test fencing: reset %1").arg(m_node);
    req.actionText = tr("Reset %1 now").arg(m_node);
    req.target = m_node;
    req.runsOn = tr("BMC %1:%2 (user %3)").arg(n->bmc.address).arg(n->bmc.port).arg(n->bmc.user);
    req.commands = {g.commandText};
    QStringList lines{g.effect};
    lines << g.warnings;
    lines << tr("After the reset the console watches from %1 until %2 is back online and %3 "
                "runs again, and records the result in the audit log.")
                 .arg(peer, m_node,
                      profile.serviceGroup.isEmpty() ? tr("the service") : profile.serviceGroup);
    req.warning = lines.join(QLatin1Char('\n'));
    if (!ConfirmByNameDialog::confirm(this, req)) {
        m_summary->setText(tr("Not started: the reset was not confirmed."));
        return false;
    }
    m_test->runReset();
    return true;
}

void FencingTestDialog::reject()
{
    if (m_test->isRunning()
        && !MessageBox::confirm(this, tr("Stop watching %1?").arg(m_node),
                                tr("The guided test is still watching the cluster. If you close "
                                   "this window it stops and is recorded as cancelled."),
                                QString(), tr("Stop and close"))) {
        return;
    }
    m_test->cancel();
    QDialog::reject();
}

QString FencingTestDialog::summaryText() const
{
    return m_summary->text();
}

void FencingTestDialog::updateView()
{
    const QList<FencingStep> steps = m_test->steps();
    m_steps->clear();
    int failed = 0, warned = 0, passed = 0;
    for (const FencingStep &s : steps) {
        auto *item = new QTreeWidgetItem(m_steps);
        item->setText(0, s.started.isValid()
                             ? s.started.toLocalTime().toString(QStringLiteral("HH:mm:ss"))
                             : QString());
        item->setText(1, stateLabel(s.state));
        item->setForeground(1, stateColor(s.state));
        QFont f = item->font(1);
        f.setBold(s.state == FencingStep::State::Failed || s.state == FencingStep::State::Running);
        item->setFont(1, f);
        item->setText(2, s.title);
        if (s.started.isValid())
            item->setText(3, tr("%1 s").arg(double(s.durationMs()) / 1000.0, 0, 'f', 1));
        // Details as child lines, open: the operator should not have to click to see why.
        const QStringList detail = s.detail.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &l : detail) {
            auto *child = new QTreeWidgetItem(item);
            child->setText(2, l);
            child->setToolTip(2, l);
            child->setFirstColumnSpanned(false);
        }
        item->setExpanded(true);
        failed += s.state == FencingStep::State::Failed;
        warned += s.state == FencingStep::State::Warning;
        passed += s.state == FencingStep::State::Passed;
    }

    const bool running = m_test->isRunning();
    QString summary;
    QString color = QStringLiteral("#616161");
    if (steps.isEmpty()) {
        summary = tr("Nothing run yet. Start with “Run checks”: they change nothing.");
    } else if (running) {
        const FencingStep *cur = nullptr;
        for (const FencingStep &s : steps) {
            if (s.state == FencingStep::State::Running)
                cur = &s;
        }
        summary = cur ? tr("Running: %1 …").arg(cur->title) : tr("Running …");
        color = QStringLiteral("#1565c0");
    } else if (failed > 0) {
        summary = tr("FAILED: %n step(s) failed — see the red lines below.", nullptr, failed);
        color = QStringLiteral("#c62828");
    } else if (warned > 0) {
        summary = tr("Passed with %n warning(s).", nullptr, warned);
        color = QStringLiteral("#ef6c00");
    } else {
        summary = tr("PASSED: all %n step(s) passed.", nullptr, passed);
        color = QStringLiteral("#2e7d32");
    }
    m_summary->setText(summary);
    m_summary->setStyleSheet(QStringLiteral("color: %1;").arg(color));
    m_checks->setEnabled(!running);
    m_reset->setEnabled(!running);
    m_cancel->setEnabled(running);
    if (running && !m_tick.isActive())
        m_tick.start();
    else if (!running)
        m_tick.stop();
    m_copy->setEnabled(!steps.isEmpty());
}

} // namespace ha::ui
