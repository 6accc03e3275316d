#include "nodecard.h"

#include "statebadge.h"

#include <QGridLayout>
#include <QLabel>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QVBoxLayout>

namespace ha::ui {

namespace {

StateBadge verdictBadge(const NodeCardState &s)
{
    const auto tr = [](const char *t) { return NodeCard::tr(t); };
    switch (s.verdict) {
    case NodeVerdict::Online:
        return {QStringLiteral("✔"), s.dc ? tr("Online · DC") : tr("Online"), Severity::Good};
    case NodeVerdict::Standby:
        return {QStringLiteral("■"), s.dc ? tr("Standby · DC") : tr("Standby"), Severity::Warning};
    case NodeVerdict::Maintenance:
        return {QStringLiteral("⚙"), s.dc ? tr("Maintenance · DC") : tr("Maintenance"),
                Severity::Warning};
    case NodeVerdict::Pending:
        return {QStringLiteral("↻"), tr("Joining (pending)"), Severity::Warning};
    case NodeVerdict::Offline:
        return {QStringLiteral("✖"), tr("OFFLINE"), Severity::Bad};
    case NodeVerdict::Unclean:
        return {QStringLiteral("✖"), tr("UNCLEAN — fencing pending"), Severity::Bad};
    case NodeVerdict::PacemakerStopped:
        return {QStringLiteral("■"), tr("Pacemaker stopped"), Severity::Bad};
    case NodeVerdict::Unreachable:
        return {QStringLiteral("✖"),
                s.reason.isEmpty() ? tr("Not reachable over SSH")
                                   : tr("Not reachable over SSH: %1").arg(s.reason),
                Severity::Bad};
    case NodeVerdict::Unknown:
        break;
    }
    return {QStringLiteral("…"), tr("Connecting — no data yet"), Severity::Neutral};
}

QString styleFor(Severity s)
{
    return QStringLiteral(
               "QLabel { background: %1; color: %2; border-radius: 4px; padding: 6px 10px; }")
        .arg(severityBackground(s).name(), severityForeground(s).name());
}

QString tri(TriState t, const QString &yes, const QString &no, const QString &unknown)
{
    switch (t) {
    case TriState::Yes:
        return yes;
    case TriState::No:
        return no;
    case TriState::Unknown:
        break;
    }
    return unknown;
}

QString badText(const QString &t)
{
    // Rich text so a bad value also stands out by weight, not just by its symbol.
    return QStringLiteral("<b style=\"color:%1\">%2</b>")
        .arg(severityBackground(Severity::Bad).name(), t.toHtmlEscaped());
}

} // namespace

NodeCard::NodeCard(QWidget *parent)
    : QFrame(parent)
    , m_clock(systemClock())
    , m_name(new QLabel(this))
    , m_verdict(new QLabel(this))
    , m_ticker(new QTimer(this))
{
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::TabFocus);
    auto *box = new QVBoxLayout(this);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setObjectName(QStringLiteral("nodeName"));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->addWidget(m_name);

    QFont vf = m_verdict->font();
    vf.setPointSizeF(vf.pointSizeF() * 1.25);
    vf.setBold(true);
    m_verdict->setFont(vf);
    m_verdict->setWordWrap(true);
    m_verdict->setObjectName(QStringLiteral("verdict"));
    box->addWidget(m_verdict);

    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    m_links = addRow(grid, 0, tr("Heartbeat"));
    m_quorum = addRow(grid, 1, tr("Quorum"));
    m_contact = addRow(grid, 2, tr("Last contact"));
    m_resources = addRow(grid, 3, tr("Resources"));
    m_power = addRow(grid, 4, tr("Power"));
    m_bmc = addRow(grid, 5, tr("BMC"));
    m_sensors = addRow(grid, 6, tr("Sensors"));
    box->addLayout(grid);
    box->addStretch(1);

    m_ticker->setInterval(500);
    connect(m_ticker, &QTimer::timeout, this, &NodeCard::refreshAge);
    m_ticker->start();
    setState(NodeCardState{});
}

QLabel *NodeCard::addRow(QGridLayout *grid, int row, const QString &caption)
{
    auto *cap = new QLabel(caption + u':', this);
    cap->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *value = new QLabel(this);
    value->setWordWrap(true);
    value->setTextFormat(Qt::RichText);
    cap->setBuddy(value);
    value->setObjectName(QStringLiteral("row%1").arg(row));
    cap->setObjectName(value->objectName() + QStringLiteral("Caption"));
    grid->addWidget(cap, row, 0);
    grid->addWidget(value, row, 1);
    return value;
}

void NodeCard::setClock(Clock clock)
{
    m_clock = std::move(clock);
    refreshAge();
}

void NodeCard::setState(const NodeCardState &state)
{
    m_state = state;
    m_name->setText(state.name.isEmpty() ? tr("(unnamed node)") : state.name);
    const StateBadge v = verdictBadge(state);
    m_verdict->setText(v.label());
    m_verdict->setStyleSheet(styleFor(v.severity));

    QStringList links;
    for (const HeartbeatLink &l : state.links) {
        const QString where = l.peer.isEmpty() ? tr("link %1").arg(l.link)
                                               : tr("link %1 ↔ %2").arg(l.link).arg(l.peer);
        switch (l.up) {
        case TriState::Yes:
            links << QString(where + QStringLiteral(": ✔ ") + tr("up")).toHtmlEscaped();
            break;
        case TriState::No:
            links << badText(where + QStringLiteral(": ✖ ") + tr("DOWN"));
            break;
        case TriState::Unknown:
            links << QString(where + QStringLiteral(": ? ") + tr("unknown")).toHtmlEscaped();
            break;
        }
    }
    m_links->setText(links.isEmpty() ? tr("? not known yet") : links.join(QStringLiteral("<br>")));

    QString q;
    switch (state.quorate) {
    case TriState::Yes:
        q = QString(QStringLiteral("✔ ") + tr("quorate")).toHtmlEscaped();
        break;
    case TriState::No:
        q = badText(QStringLiteral("✖ ") + tr("NO QUORUM"));
        break;
    case TriState::Unknown:
        q = tr("? unknown");
        break;
    }
    if (!state.quorumDetail.isEmpty())
        q += QStringLiteral(" (%1)").arg(state.quorumDetail.toHtmlEscaped());
    m_quorum->setText(q);

    m_resources->setText(state.resourcesRunning < 0
                             ? tr("? unknown")
                             : tr("%n running", nullptr, state.resourcesRunning));

    if (state.bmcConfigured) {
        m_power->setText(tri(state.powerOn, QStringLiteral("● ") + tr("On"),
                             badText(QStringLiteral("○ ") + tr("OFF")), tr("? unknown")));
        QString bmc = tri(state.bmcReachable, QStringLiteral("✔ ") + tr("reachable"),
                          badText(QStringLiteral("✖ ") + tr("NOT reachable")), tr("? unknown"));
        if (!state.bmcDetail.isEmpty())
            bmc += QStringLiteral(" — ") + state.bmcDetail.toHtmlEscaped();
        m_bmc->setText(bmc);
        m_sensors->setText(state.sensorSummary.isEmpty()
                               ? tr("? not read yet")
                               : state.sensorAlarm ? badText(QStringLiteral("⚠ ") + state.sensorSummary)
                                                   : state.sensorSummary.toHtmlEscaped());
    } else {
        m_power->setText(tr("? unknown"));
        m_bmc->setText(tr("not configured"));
        m_sensors->setText(tr("—"));
    }
    refreshAge();
    setAccessibleName(tr("Node %1").arg(state.name));
    setAccessibleDescription(text());
}

void NodeCard::refreshAge()
{
    if (!m_state.lastContact.isValid()) {
        m_contact->setText(tr("never"));
        return;
    }
    const qint64 ms = m_state.lastContact.msecsTo(m_clock());
    const QString age = tr("%1 ago").arg(formatAge(ms));
    m_contact->setText(ms > kStaleContactMs ? badText(QStringLiteral("⚠ ") + age) : age);
}

QString NodeCard::verdictText() const
{
    return m_verdict->text();
}

QString NodeCard::text() const
{
    QStringList lines{m_name->text(), m_verdict->text()};
    for (QLabel *value : {m_links, m_quorum, m_contact, m_resources, m_power, m_bmc}) {
        const auto *caption = findChild<QLabel *>(value->objectName() + QStringLiteral("Caption"));
        const QString plain = QTextDocumentFragment::fromHtml(value->text()).toPlainText();
        lines << (caption ? caption->text() + u' ' : QString()) + plain;
    }
    return lines.join(u'\n');
}

} // namespace ha::ui
