// journalctl -o json: one object per line. Fields are strings, except that a MESSAGE which is not
// valid UTF-8 comes as an array of byte values, and a field over the size limit as null.
//   {"__CURSOR":"s=...;i=1a2","__REALTIME_TIMESTAMP":"1795597283093000","PRIORITY":"5",
//    "_HOSTNAME":"node1","SYSLOG_IDENTIFIER":"pacemaker-controld","MESSAGE":"notice: ..."}
#include "logparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace ha::logs {

namespace {

QByteArray fieldBytes(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().toUtf8();
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        QByteArray bytes;
        bytes.reserve(a.size());
        for (const QJsonValue &b : a)
            bytes.append(static_cast<char>(b.toInt()));
        return bytes;
    }
    return {};
}

class JournalJsonParser final : public LineParser
{
public:
    LogFormat format() const override { return LogFormat::JournalJson; }

    bool parse(const QByteArray &line, LogEntry &out, ParseContext &ctx) const override
    {
        if (line.isEmpty() || line.front() != '{')
            return false;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return false;
        const QJsonObject o = doc.object();
        bool ok = false;
        const qint64 us = o.value(QLatin1String("__REALTIME_TIMESTAMP")).toString().toLongLong(&ok);
        if (!ok)
            return false;
        out.timeUs = us;
        const QString prio = o.value(QLatin1String("PRIORITY")).toString();
        const int p = prio.toInt(&ok);
        out.severity = ok && p >= 0 && p <= 7 ? static_cast<Severity>(p) : Severity::Unknown;

        QByteArray source = fieldBytes(o.value(QLatin1String("SYSLOG_IDENTIFIER")));
        if (source.isEmpty())
            source = stripUnitSuffix(fieldBytes(o.value(QLatin1String("_SYSTEMD_UNIT")))).toByteArray();
        if (source.isEmpty())
            source = fieldBytes(o.value(QLatin1String("_COMM")));
        if (source.isEmpty())
            source = QByteArrayLiteral("journal");
        out.source = ctx.intern(ctx.sourceCache, source);
        const QByteArray host = fieldBytes(o.value(QLatin1String("_HOSTNAME")));
        if (!host.isEmpty())
            out.node = ctx.intern(ctx.hostCache, host);

        QByteArray message = fieldBytes(o.value(QLatin1String("MESSAGE")));
        // Pacemaker puts its level in front of syslog messages; the PRIORITY field has it already.
        qsizetype skip = 0;
        if (takeLeadingLevel(message, &skip) != Severity::Unknown)
            message.remove(0, skip);
        out.setRawAndMessage(line, message);
        const QString cursor = o.value(QLatin1String("__CURSOR")).toString();
        if (!cursor.isEmpty())
            ctx.lastCursor = cursor;
        return true;
    }
};

} // namespace

std::unique_ptr<LineParser> makeJournalJsonParser()
{
    return std::make_unique<JournalJsonParser>();
}

} // namespace ha::logs
