#include "report.h"

#include <QCoreApplication>

namespace ha {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ha::Report", text);
}

QString indentLines(const QString &text, const QString &prefix)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    for (QString &l : lines)
        l.prepend(prefix);
    return lines.join(QLatin1Char('\n'));
}

void stepText(const ReportStep &s, int depth, QString &out)
{
    const QString pad(depth * 2, QLatin1Char(' '));
    out += pad + QStringLiteral("[%1] %2").arg(stepStatusName(s.status), s.title);
    if (s.durationMs > 0)
        out += QStringLiteral(" (%1 ms)").arg(s.durationMs);
    out += QLatin1Char('\n');
    if (!s.commandLine.isEmpty()) {
        out += pad + QStringLiteral("  ") + tr("on %1: %2").arg(s.node, s.commandLine);
        if (s.exitCode >= 0)
            out += QStringLiteral("  → ") + tr("exit %1").arg(s.exitCode);
        out += QLatin1Char('\n');
    }
    for (const QString &m : s.messages)
        out += pad + QStringLiteral("  ") + m + QLatin1Char('\n');
    if (!s.output.trimmed().isEmpty())
        out += indentLines(s.output, pad + QStringLiteral("  | ")) + QLatin1Char('\n');
    for (const ReportStep &c : s.children)
        stepText(c, depth + 1, out);
}

QString statusClass(StepStatus s)
{
    switch (s) {
    case StepStatus::Success:
        return QStringLiteral("ok");
    case StepStatus::Warning:
        return QStringLiteral("warn");
    case StepStatus::Failed:
        return QStringLiteral("fail");
    case StepStatus::Cancelled:
        return QStringLiteral("cancel");
    default:
        return QStringLiteral("other");
    }
}

void stepHtml(const ReportStep &s, QString &out)
{
    out += QStringLiteral("<li class=\"%1\"><b>[%2]</b> %3")
               .arg(statusClass(s.status), stepStatusName(s.status).toHtmlEscaped(),
                    s.title.toHtmlEscaped());
    if (s.durationMs > 0)
        out += QStringLiteral(" <small>(%1 ms)</small>").arg(s.durationMs);
    if (!s.commandLine.isEmpty()) {
        out += QStringLiteral("<br><code>%1: %2</code>")
                   .arg(s.node.toHtmlEscaped(), s.commandLine.toHtmlEscaped());
        if (s.exitCode >= 0)
            out += QStringLiteral(" → ") + tr("exit %1").arg(s.exitCode).toHtmlEscaped();
    }
    for (const QString &m : s.messages)
        out += QStringLiteral("<br>") + m.toHtmlEscaped();
    if (!s.output.trimmed().isEmpty())
        out += QStringLiteral("<pre>%1</pre>").arg(s.output.trimmed().toHtmlEscaped());
    if (!s.children.isEmpty()) {
        out += QStringLiteral("<ul>");
        for (const ReportStep &c : s.children)
            stepHtml(c, out);
        out += QStringLiteral("</ul>");
    }
    out += QStringLiteral("</li>\n");
}

} // namespace

QString stepStatusName(StepStatus s)
{
    switch (s) {
    case StepStatus::Pending:
        return tr("pending");
    case StepStatus::Running:
        return tr("running");
    case StepStatus::Success:
        return tr("ok");
    case StepStatus::Warning:
        return tr("warning");
    case StepStatus::Failed:
        return tr("FAILED");
    case StepStatus::Skipped:
        return tr("skipped");
    case StepStatus::Cancelled:
        return tr("cancelled");
    }
    return {};
}

Report::Report(QString title)
    : m_title(std::move(title))
    , m_started(QDateTime::currentDateTimeUtc())
{}

int Report::addStep(const ReportStep &step)
{
    ReportStep s = step;
    if (s.output.size() > maxOutputChars)
        s.output = s.output.left(maxOutputChars) + QLatin1Char('\n') + tr("[output truncated]");
    m_steps.append(s);
    return static_cast<int>(m_steps.size()) - 1;
}

void Report::setOutcome(StepStatus status, const QString &summary)
{
    m_outcome = status;
    m_summary = summary;
}

QString Report::toText() const
{
    QString out = m_title + QLatin1Char('\n');
    out += tr("started %1").arg(m_started.toString(Qt::ISODateWithMs)) + QLatin1Char('\n');
    for (const ReportStep &s : m_steps)
        stepText(s, 1, out);
    for (const QString &m : m_messages)
        out += QStringLiteral("  ") + m + QLatin1Char('\n');
    out += tr("Result: %1 — %2").arg(stepStatusName(m_outcome), m_summary) + QLatin1Char('\n');
    return out;
}

QString Report::toHtml() const
{
    QString out =
        QStringLiteral("<h3>%1</h3>\n<p>%2</p>\n<ul>\n")
            .arg(m_title.toHtmlEscaped(),
                 tr("started %1").arg(m_started.toString(Qt::ISODateWithMs)).toHtmlEscaped());
    for (const ReportStep &s : m_steps)
        stepHtml(s, out);
    out += QStringLiteral("</ul>\n");
    for (const QString &m : m_messages)
        out += QStringLiteral("<p>%1</p>\n").arg(m.toHtmlEscaped());
    out +=
        QStringLiteral("<p class=\"%1\"><b>%2</b></p>\n")
            .arg(statusClass(m_outcome),
                 tr("Result: %1 — %2").arg(stepStatusName(m_outcome), m_summary).toHtmlEscaped());
    return out;
}

} // namespace ha
