#include "operationdialog.h"

#include "confirmbynamedialog.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ha::ui {

namespace {

QPlainTextEdit *monospaceView(QWidget *parent)
{
    auto *e = new QPlainTextEdit(parent);
    e->setReadOnly(true);
    e->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    e->setLineWrapMode(QPlainTextEdit::NoWrap);
    return e;
}

QString bulletList(const QStringList &lines)
{
    QStringList out;
    for (const QString &l : lines)
        out << QStringLiteral("• ") + l;
    return out.join(u'\n');
}

} // namespace

OperationDialog::OperationDialog(Factory factory, bool moveOptions, QWidget *parent)
    : QDialog(parent), m_factory(std::move(factory))
{
    setWindowTitle(tr("Cluster operation"));
    setModal(true);
    resize(760, 640);

    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    m_title->setFont(f);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_state = new QLabel(this);
    m_state->setWordWrap(true);
    layout->addWidget(m_state);

    auto *cmdBox = new QGroupBox(tr("Commands that will run"), this);
    auto *cmdLayout = new QVBoxLayout(cmdBox);
    m_commands = monospaceView(cmdBox);
    m_commands->setMaximumHeight(110);
    cmdLayout->addWidget(m_commands);
    layout->addWidget(cmdBox);

    auto *planBox = new QGroupBox(tr("What Pacemaker will do (simulated with crm_simulate)"), this);
    auto *planLayout = new QVBoxLayout(planBox);
    m_plan = new QTableWidget(0, 4, planBox);
    m_plan->setHorizontalHeaderLabels({tr("Resource"), tr("Action"), tr("From → To"), tr("Note")});
    m_plan->horizontalHeader()->setStretchLastSection(true);
    m_plan->verticalHeader()->hide();
    m_plan->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_plan->setSelectionMode(QAbstractItemView::NoSelection);
    planLayout->addWidget(m_plan);
    m_planNote = new QLabel(planBox);
    m_planNote->setWordWrap(true);
    planLayout->addWidget(m_planNote);
    layout->addWidget(planBox, 1);

    m_warnings = new QLabel(this);
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    layout->addWidget(m_warnings);
    m_blockers = new QLabel(this);
    m_blockers->setWordWrap(true);
    m_blockers->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    layout->addWidget(m_blockers);

    if (moveOptions) {
        auto *opts = new QFormLayout;
        m_keep = new QCheckBox(tr("Keep the move constraint (cli-prefer) after the move"), this);
        opts->addRow(m_keep);
        m_lifetime = new QLineEdit(this);
        m_lifetime->setPlaceholderText(tr("none (e.g. PT1H)"));
        m_lifetime->setToolTip(tr("ISO 8601 duration after which the move constraint expires"));
        opts->addRow(tr("Constraint lifetime:"), m_lifetime);
        layout->addLayout(opts);
        connect(m_keep, &QCheckBox::toggled, this, [this] { rebuild(); });
        connect(m_lifetime, &QLineEdit::editingFinished, this, [this] {
            if (m_op && !m_running && !m_finished)
                rebuild();
        });
    }

    m_progress = new QListWidget(this);
    m_progress->setMaximumHeight(120);
    m_progress->hide();
    layout->addWidget(m_progress);
    m_report = monospaceView(this);
    m_report->hide();
    layout->addWidget(m_report, 2);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_action = new QPushButton(this);
    m_action->setEnabled(false);
    m_action->setAutoDefault(false);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setDefault(true);
    buttons->addWidget(m_action);
    buttons->addWidget(m_cancel);
    layout->addLayout(buttons);

    connect(m_action, &QPushButton::clicked, this, &OperationDialog::confirmAndRun);
    connect(m_cancel, &QPushButton::clicked, this, &OperationDialog::reject);
}

OperationDialog::~OperationDialog() = default;

void OperationDialog::start()
{
    rebuild();
}

void OperationDialog::rebuild()
{
    if (m_running || m_finished)
        return;
    MoveOperation::Options opts;
    if (m_keep)
        opts.keepConstraint = m_keep->isChecked();
    if (m_lifetime)
        opts.lifetime = m_lifetime->text().trimmed();
    if (m_op) {
        m_op->disconnect(this);
        m_op->deleteLater();
    }
    m_op = m_factory(opts);
    if (!m_op)
        return;
    m_op->setParent(this);
    m_prepared = false;
    m_title->setText(m_op->description());
    setWindowTitle(m_op->description());
    m_state->setText(tr("Reading the cluster and simulating the change…"));
    m_action->setText(m_op->description());
    m_action->setEnabled(false);
    m_commands->clear();
    m_plan->setRowCount(0);
    m_planNote->clear();
    m_warnings->clear();
    m_blockers->clear();
    connect(m_op, &Operation::prepared, this, &OperationDialog::onPrepared);
    connect(m_op, &Operation::progress, this,
            [this](const QString &title) { m_state->setText(title); });
    connect(m_op, &Operation::stepFinished, this, &OperationDialog::onStepFinished);
    connect(m_op, &Operation::finished, this, &OperationDialog::onFinished);
    m_op->prepare();
}

void OperationDialog::onPrepared(bool ok)
{
    m_prepared = true;
    QStringList cmds;
    for (const PreviewCommand &c : m_op->preview()) {
        cmds << QStringLiteral("# %1 — on %2").arg(c.purpose, c.node.isEmpty() ? tr("any node") : c.node);
        cmds << c.commandLine;
    }
    m_commands->setPlainText(cmds.join(u'\n'));
    fillPlan();
    const QStringList w = m_op->warnings();
    m_warnings->setText(w.isEmpty() ? QString() : tr("Warnings:\n%1").arg(bulletList(w)));
    const QStringList b = m_op->blockers();
    m_blockers->setText(b.isEmpty() ? QString() : tr("Refused:\n%1").arg(bulletList(b)));
    const bool canRun = ok && b.isEmpty();
    if (canRun) {
        m_state->setText(m_op->isDangerous()
                             ? tr("Ready. This can interrupt the service; check the plan.")
                             : tr("Ready."));
    } else {
        m_state->setText(tr("This operation cannot run. Nothing was changed."));
        if (b.isEmpty())
            m_blockers->setText(tr("Refused:\n%1").arg(m_op->report().summary().isEmpty()
                                                           ? m_op->report().toText()
                                                           : m_op->report().summary()));
    }
    m_action->setEnabled(canRun);
    emit preparedShown(canRun);
}

void OperationDialog::fillPlan()
{
    const auto &plan = m_op->plan();
    if (!plan) {
        m_planNote->setText(tr("No simulation for this operation."));
        return;
    }
    const QList<PlannedAction> &acts = plan->actions;
    m_plan->setRowCount(static_cast<int>(acts.size() + plan->unparsed.size()));
    int row = 0;
    for (const PlannedAction &a : acts) {
        QString where;
        if (!a.fromNode.isEmpty() && !a.toNode.isEmpty() && a.fromNode != a.toNode)
            where = a.fromNode + QStringLiteral(" → ") + a.toNode;
        else
            where = a.toNode.isEmpty() ? a.fromNode : a.toNode;
        QString note = a.reason;
        if (a.blocked)
            note = tr("blocked") + (note.isEmpty() ? QString() : QStringLiteral("; ") + note);
        const QStringList cells{a.resource, a.verb, where, note};
        for (int c = 0; c < cells.size(); ++c)
            m_plan->setItem(row, c, new QTableWidgetItem(cells.at(c)));
        ++row;
    }
    for (const QString &raw : plan->unparsed) {
        m_plan->setItem(row, 0, new QTableWidgetItem(raw));
        m_plan->setSpan(row, 0, 1, 4);
        ++row;
    }
    m_plan->resizeColumnsToContents();
    m_planNote->setText(plan->isEmpty() ? tr("Pacemaker plans no resource changes.")
                                        : tr("%n action(s) planned.", nullptr,
                                             static_cast<int>(acts.size())));
}

void OperationDialog::confirmAndRun()
{
    if (!m_op || !m_prepared || m_running || m_finished || !m_op->blockers().isEmpty())
        return;
    if (m_op->isDangerous() && !m_op->confirmationText().isEmpty()) {
        ConfirmRequest req;
        req.title = m_op->description();
        req.actionText = m_op->description();
        req.target = m_confirmTarget.isEmpty() ? m_op->targetNodes().value(0) : m_confirmTarget;
        QStringList nodes;
        QStringList cmds;
        for (const PreviewCommand &c : m_op->preview()) {
            cmds << c.commandLine;
            if (!nodes.contains(c.node))
                nodes << c.node;
        }
        req.runsOn = nodes.join(QStringLiteral(", "));
        req.commands = cmds;
        req.warning = m_op->confirmationText();
        if (!req.target.isEmpty() && !ConfirmByNameDialog::confirm(this, req))
            return;
    }
    m_running = true;
    m_action->setEnabled(false);
    if (m_keep)
        m_keep->setEnabled(false);
    if (m_lifetime)
        m_lifetime->setEnabled(false);
    m_cancel->setText(tr("Cancel operation"));
    m_cancel->setDefault(false);
    m_progress->show();
    m_state->setText(tr("Running…"));
    m_op->execute();
}

void OperationDialog::onStepFinished(int index)
{
    const QList<ReportStep> &steps = m_op->report().steps();
    if (index < 0 || index >= steps.size())
        return;
    const ReportStep &s = steps.at(index);
    const QString line = QStringLiteral("%1 — %2 (%3 ms)")
                             .arg(s.title, stepStatusName(s.status))
                             .arg(s.durationMs);
    if (m_prepared || m_running)
        m_progress->addItem(line);
    m_progress->scrollToBottom();
}

QString OperationDialog::serviceLine() const
{
    const auto *move = qobject_cast<const MoveOperation *>(m_op);
    if (!move || move->serviceBackMs() < 0)
        return {};
    const QString where = m_serviceEndpoint.isEmpty() ? tr("its address") : m_serviceEndpoint;
    return tr("The service answered again on %1 after %2 s.")
        .arg(where)
        .arg(static_cast<double>(move->serviceBackMs()) / 1000.0, 0, 'f', 1);
}

void OperationDialog::onFinished(bool ok)
{
    if (!m_running) // finished() during prepare (refusal) is shown by onPrepared
        return;
    m_running = false;
    m_finished = true;
    QString head = m_op->report().summary();
    const QString service = serviceLine();
    if (!service.isEmpty())
        head += u'\n' + service;
    m_state->setText(head);
    m_state->setStyleSheet(ok ? QStringLiteral("color: #1b5e20; font-weight: bold;")
                              : QStringLiteral("color: #b00020; font-weight: bold;"));
    m_report->setPlainText(m_op->report().toText());
    m_report->show();
    m_cancel->setText(tr("Close"));
    m_cancel->setEnabled(true);
    m_cancel->setDefault(true);
    emit operationFinished(m_op->report(), ok);
}

void OperationDialog::reject()
{
    if (m_running) {
        m_state->setText(tr("Cancelling… the report will say what state the cluster is in."));
        m_cancel->setEnabled(false);
        m_op->cancel();
        return;
    }
    QDialog::reject();
}

QString OperationDialog::commandsText() const { return m_commands->toPlainText(); }
QString OperationDialog::warningsText() const { return m_warnings->text(); }
QString OperationDialog::blockersText() const { return m_blockers->text(); }
QString OperationDialog::reportText() const
{
    return m_report->toPlainText() + u'\n' + m_state->text();
}

QStringList OperationDialog::progressLines() const
{
    QStringList out;
    for (int i = 0; i < m_progress->count(); ++i)
        out << m_progress->item(i)->text();
    return out;
}

} // namespace ha::ui
