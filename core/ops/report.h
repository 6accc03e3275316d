#pragma once
// The record of one operation: a tree of steps, each with the node and exact command line it
// ran, its output, exit code, duration and outcome. It is what the operator reads after an
// action and what the console keeps as the audit record; it renders as text and as HTML.

#include <QDateTime>
#include <QList>
#include <QString>

namespace ha {

enum class StepStatus
{
    Pending,
    Running,
    Success,
    Warning,
    Failed,
    Skipped,
    Cancelled
};

QString stepStatusName(StepStatus s); // translated, e.g. "succeeded"

struct ReportStep
{
    QString title;
    QString node;        // where it ran; empty for local steps (checks, waits)
    QString commandLine; // exactly as sent; empty for local steps
    QString output;      // stdout + stderr as received (trimmed to a bounded size)
    int exitCode = -1;   // -1: not a command, or no exit status
    qint64 durationMs = 0;
    StepStatus status = StepStatus::Pending;
    QStringList messages; // plain-words notes: what was checked, what it means
    QList<ReportStep> children;
};

class Report
{
public:
    explicit Report(QString title = {});

    QString title() const { return m_title; }
    void setTitle(const QString &t) { m_title = t; }
    QDateTime started() const { return m_started; }

    // Appends a top-level step and returns its index.
    int addStep(const ReportStep &step);
    ReportStep &step(int index) { return m_steps[index]; }
    const QList<ReportStep> &steps() const { return m_steps; }

    void addMessage(const QString &line) { m_messages << line; }
    const QStringList &messages() const { return m_messages; }

    // Outcome of the whole operation, with the sentence the operator reads first.
    void setOutcome(StepStatus status, const QString &summary);
    StepStatus outcome() const { return m_outcome; }
    QString summary() const { return m_summary; }

    QString toText() const;
    QString toHtml() const;

    static constexpr int maxOutputChars = 64 * 1024;

private:
    QString m_title;
    QDateTime m_started;
    QList<ReportStep> m_steps;
    QStringList m_messages;
    StepStatus m_outcome = StepStatus::Pending;
    QString m_summary;
};

} // namespace ha
