#pragma once
// What Pacemaker's own scheduler says a change will do: the "Transition Summary" of
// `crm_simulate -S`, read into one PlannedAction per line.

#include "util/result.h"

#include <QList>
#include <QString>

namespace ha {

struct PlannedAction
{
    enum class Kind
    {
        Start,
        Stop,
        Move,
        Migrate,
        Restart,
        Reload,
        Recover,
        Promote,
        Demote,
        Fence,
        Shutdown,
        Other
    };
    Kind kind = Kind::Other;
    QString verb;     // as printed: "Move", "Re-promote", "Fence (reboot)", ...
    QString resource; // empty for Fence/Shutdown
    QString fromNode; // where it runs now (Stop, Move, Migrate, Restart, Recover, ...)
    QString toNode;   // where it will run (Start, Move, Migrate, Restart, Recover, ...)
    QString fromRole; // "Promoted", "Unpromoted", "Started" when printed
    QString toRole;
    QString reason;       // "due to node availability", the fencing reason, ...
    bool blocked = false; // "(blocked)": the scheduler wants it but cannot do it

    QString describe() const; // one translated line, e.g. "move db-fs-p: node1 → node2"
    bool operator==(const PlannedAction &o) const;
};

struct SimulationPlan
{
    QList<PlannedAction> actions;
    QStringList unparsed; // summary lines not understood (shown raw, never dropped)
    QString rawOutput;

    bool isEmpty() const { return actions.isEmpty() && unparsed.isEmpty(); }
    // Resources that end up stopped (Stop without a matching Start elsewhere).
    QStringList stoppedResources() const;
};

class SimulationPlanParser
{
public:
    // Parses full `crm_simulate -S` output; an output without a "Transition Summary:" section
    // is a Parse error.
    static Result<SimulationPlan> parse(const QString &crmSimulateOutput);
    // One summary line ("  * Move  rsc  ( a -> b )"); nullopt when it is not an action line.
    static std::optional<PlannedAction> parseLine(const QString &line);
};

} // namespace ha
