#include "constraintsparser.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace ha {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ConstraintsParser", text);
}

// Pacemaker writes lifetimes as "2026-11-25 10:23:30Z" (crm_resource) or ISO 8601; older
// versions "2026-11-25 10:23:30 +00:00".
QDateTime parseCibDate(QString text)
{
    text = text.trimmed();
    QDateTime dt = QDateTime::fromString(text, Qt::ISODate);
    if (!dt.isValid()) {
        const qsizetype sp = text.indexOf(u' ');
        if (sp > 0)
            text[sp] = u'T';
        text.remove(u' ');
        dt = QDateTime::fromString(text, Qt::ISODate);
    }
    if (dt.isValid() && dt.timeSpec() == Qt::LocalTime)
        dt.setTimeSpec(Qt::UTC); // the CIB means UTC when it gives no zone
    return dt;
}

} // namespace

bool LocationConstraint::operator==(const LocationConstraint &o) const
{
    return id == o.id && resource == o.resource && node == o.node && score == o.score
        && role == o.role && kind == o.kind && hasRule == o.hasRule && expires == o.expires
        && expired == o.expired;
}

Result<QList<LocationConstraint>> ConstraintsParser::parse(const QByteArray &xml,
                                                           const QDateTime &now)
{
    // Same bound as for crm_mon documents: a constraints section is kilobytes.
    if (xml.size() > 64 * 1024 * 1024)
        return makeError(ErrorCode::Parse, tr("the constraints document is larger than 64 MB"));
    QXmlStreamReader r(xml);
    QList<LocationConstraint> out;
    bool sawRoot = false;
    int ruleDepth = 0;
    LocationConstraint *current = nullptr;
    while (!r.atEnd()) {
        const auto tok = r.readNext();
        if (tok == QXmlStreamReader::StartElement) {
            const QStringView name = r.name();
            const QXmlStreamAttributes a = r.attributes();
            if (!sawRoot) {
                sawRoot = true;
                if (name != u"constraints" && name != u"cib") {
                    return makeError(ErrorCode::Parse,
                                     tr("expected <constraints> (cibadmin -Q -o constraints), "
                                        "found <%1>").arg(name));
                }
            }
            if (name == u"rsc_location") {
                LocationConstraint c;
                c.id = a.value(QLatin1String("id")).toString();
                c.resource = a.hasAttribute(QLatin1String("rsc"))
                    ? a.value(QLatin1String("rsc")).toString()
                    : a.value(QLatin1String("rsc-pattern")).toString();
                c.node = a.value(QLatin1String("node")).toString();
                c.score = a.value(QLatin1String("score")).toString();
                c.role = a.value(QLatin1String("role")).toString();
                if (c.id.startsWith(QLatin1String("cli-prefer-")))
                    c.kind = LocationConstraint::Kind::CliPrefer;
                else if (c.id.startsWith(QLatin1String("cli-ban-")))
                    c.kind = LocationConstraint::Kind::CliBan;
                out.append(c);
                current = &out.last();
            } else if (current && name == u"rule") {
                ++ruleDepth;
                current->hasRule = true;
                if (current->score.isEmpty())
                    current->score = a.value(QLatin1String("score")).toString();
            } else if (current && ruleDepth > 0 && name == u"expression"
                       && a.value(QLatin1String("attribute")) == u"#uname"
                       && a.value(QLatin1String("operation")) == u"eq" && current->node.isEmpty()) {
                current->node = a.value(QLatin1String("value")).toString();
            } else if (current && ruleDepth > 0 && name == u"date_expression"
                       && a.value(QLatin1String("operation")) == u"lt") {
                current->expires = parseCibDate(a.value(QLatin1String("end")).toString());
                current->expired = current->expires.isValid() && current->expires <= now;
            }
        } else if (tok == QXmlStreamReader::EndElement) {
            if (r.name() == u"rsc_location") {
                current = nullptr;
                ruleDepth = 0;
            } else if (r.name() == u"rule" && ruleDepth > 0) {
                --ruleDepth;
            }
        }
    }
    if (r.hasError()) {
        if (!sawRoot)
            return makeError(ErrorCode::Parse, tr("the constraints document is empty"));
        return makeError(ErrorCode::Parse, tr("constraints XML, line %1, column %2: %3")
                                               .arg(r.lineNumber())
                                               .arg(r.columnNumber())
                                               .arg(r.errorString()));
    }
    return out;
}

} // namespace ha
