#pragma once
// Location constraints that `crm_resource --move/--ban` create (ids "cli-prefer-*" and
// "cli-ban-*"), read from `cibadmin -Q -o constraints`. A leftover one silently pins or keeps
// out a resource long after the operator forgot the move: the console lists them all.

#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace ha {

struct CliConstraint
{
    enum class Kind
    {
        Prefer,
        Ban
    };
    Kind kind = Kind::Prefer;
    QString id;
    QString resource;
    QString node;
    QString score;            // "INFINITY", "-INFINITY"
    bool hasLifetime = false; // a rule with a date expression: expires by itself
    QString role;             // "Promoted" for --promoted moves, else empty

    QString describe() const;
};

Result<QList<CliConstraint>> parseCliConstraints(const QByteArray &constraintsXml);

} // namespace ha
