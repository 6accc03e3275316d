#pragma once
// Location constraints from `cibadmin -Q -o constraints` (or a whole CIB), so that the console
// can show the cli-prefer-* / cli-ban-* constraints that `crm_resource --move/--ban` leave behind.

#include "util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace ha {

struct LocationConstraint
{
    enum class Kind { Other, CliPrefer, CliBan };

    QString id;
    QString resource;       // rsc, or rsc-pattern when the constraint uses a pattern
    QString node;           // node attribute, or the value of a `#uname eq NODE` rule expression
    QString score;          // "INFINITY", "-INFINITY", "100"; from the rule when there is one
    QString role;           // "Started", "Promoted", ... empty when not given
    Kind kind = Kind::Other;
    bool hasRule = false;
    QDateTime expires;      // end of a `date_expression operation="lt"` lifetime; invalid if none
    bool expired = false;   // expires <= the "now" given to the parser

    bool isCliLeftover() const { return kind != Kind::Other; }
    bool operator==(const LocationConstraint &o) const;
    bool operator!=(const LocationConstraint &o) const { return !(*this == o); }
};

class ConstraintsParser
{
public:
    static Result<QList<LocationConstraint>> parse(
        const QByteArray &xml, const QDateTime &now = QDateTime::currentDateTimeUtc());
};

} // namespace ha
