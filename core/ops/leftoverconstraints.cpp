#include "leftoverconstraints.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace ha {

QString CliConstraint::describe() const
{
    const QString what =
        kind == Kind::Prefer
            ? QCoreApplication::translate("ha::CliConstraint", "%1 pinned to %2 (%3)")
            : QCoreApplication::translate("ha::CliConstraint", "%1 banned from %2 (%3)");
    QString s = what.arg(resource, node, id);
    if (hasLifetime)
        s += QCoreApplication::translate("ha::CliConstraint", ", with a lifetime");
    return s;
}

Result<QList<CliConstraint>> parseCliConstraints(const QByteArray &xml)
{
    QList<CliConstraint> out;
    QXmlStreamReader r(xml);
    CliConstraint *current = nullptr;
    int depthInCurrent = 0;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            if (current) {
                ++depthInCurrent;
                if (r.name() == QLatin1String("date_expression") ||
                    r.name() == QLatin1String("date_spec"))
                    current->hasLifetime = true;
                if (r.name() == QLatin1String("expression") &&
                    r.attributes().value(QLatin1String("attribute")) == QLatin1String("#uname"))
                    current->node = r.attributes().value(QLatin1String("value")).toString();
                continue;
            }
            if (r.name() != QLatin1String("rsc_location"))
                continue;
            const QString id = r.attributes().value(QLatin1String("id")).toString();
            CliConstraint c;
            if (id.startsWith(QLatin1String("cli-prefer-")))
                c.kind = CliConstraint::Kind::Prefer;
            else if (id.startsWith(QLatin1String("cli-ban-")))
                c.kind = CliConstraint::Kind::Ban;
            else
                continue;
            const auto a = r.attributes();
            c.id = id;
            c.resource = a.value(QLatin1String("rsc")).toString();
            c.node = a.value(QLatin1String("node")).toString();
            c.score = a.value(QLatin1String("score")).toString();
            c.role = a.value(QLatin1String("role")).toString();
            out << c;
            current = &out.last();
            depthInCurrent = 0;
        } else if (r.isEndElement() && current) {
            if (depthInCurrent == 0)
                current = nullptr;
            else
                --depthInCurrent;
        }
    }
    if (r.hasError())
        return makeError(ErrorCode::Parse,
                         QCoreApplication::translate("ha::CliConstraint",
                                                     "The constraints document is not valid "
                                                     "XML: %1 (line %2)")
                             .arg(r.errorString())
                             .arg(r.lineNumber()));
    return out;
}

} // namespace ha
