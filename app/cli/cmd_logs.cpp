// haconsole-cli logs: the merged timeline of several nodes' logs, one line per entry.
// Without --file the nodes' logs are read over SSH (cmd_logs_live.cpp); `--file NODE=PATH` reads
// local copies (a report tarball, say) through the same parsing, merge and filters.
#include "cli.h"

#include "logs/logexport.h"
#include "logs/logfile.h"
#include "logs/logfilter.h"
#include "logs/logmerge.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QThread>

namespace ha::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

QStringList takeAll(QStringList &args, const QString &name)
{
    QStringList values;
    QString v;
    while (takeOption(args, name, &v)) {
        for (const QString &part : v.split(u',', Qt::SkipEmptyParts))
            values << part.trimmed();
    }
    return values;
}

// "-1h", "-30m", "-2d", "-45s" (relative to now) or ISO 8601; a time without a zone is UTC.
std::optional<qint64> parseTime(const QString &text)
{
    static const QRegularExpression relative(QStringLiteral("^-(\\d+)([smhd])$"));
    const QRegularExpressionMatch m = relative.match(text);
    const qint64 nowUs = QDateTime::currentMSecsSinceEpoch() * 1000;
    if (m.hasMatch()) {
        const qint64 n = m.captured(1).toLongLong();
        const QChar unit = m.captured(2).at(0);
        const qint64 seconds = unit == u's' ? n : unit == u'm' ? n * 60 : unit == u'h' ? n * 3600 : n * 86400;
        return nowUs - seconds * 1000000;
    }
    QString t = text.trimmed();
    t.replace(u' ', u'T');
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid())
        return std::nullopt;
    if (dt.timeSpec() == Qt::LocalTime)
        dt.setTimeSpec(Qt::UTC);
    return dt.toMSecsSinceEpoch() * 1000;
}

struct NodeFile
{
    QString node;
    QString path;
};

// Reads what was appended to the files since `offsets` and prints matching entries; returns
// when a file cannot be read. Local files only (the SSH tail comes with the remote sources).
int followFiles(Context &ctx, const QList<logs::FileSource> &files, QList<qint64> offsets,
                const logs::LogMatcher &matcher)
{
    std::vector<logs::LogStream> streams;
    for (const logs::FileSource &f : files) {
        logs::StreamOptions o;
        o.node = f.node;
        o.clock = f.clock;
        o.format = f.format;
        streams.emplace_back(o);
    }
    QList<QByteArray> partial(files.size());
    for (;;) {
        for (qsizetype i = 0; i < files.size(); ++i) {
            QFile file(files.at(i).path);
            if (!file.open(QIODevice::ReadOnly)) {
                ctx.err << tr("Cannot read %1: %2\n").arg(files.at(i).path, file.errorString());
                return Failed;
            }
            if (file.size() < offsets[i])
                offsets[i] = 0; // truncated or replaced: start over
            file.seek(offsets[i]);
            const QByteArray data = file.readAll();
            offsets[i] += data.size();
            QByteArray buf = partial[i] + data;
            qsizetype start = 0;
            for (qsizetype nl = buf.indexOf('\n'); nl >= 0; nl = buf.indexOf('\n', start)) {
                const QByteArray line = buf.mid(start, nl - start);
                start = nl + 1;
                if (line.isEmpty())
                    continue;
                logs::LogEntry e = streams[static_cast<size_t>(i)].parseLine(line);
                e.timeUs -= files.at(i).clock.offsetUs;
                if (matcher.matches(e))
                    ctx.out << QString::fromUtf8(logs::formatEntryLine(e)) << u'\n';
            }
            partial[i] = buf.mid(start);
        }
        ctx.out.flush();
        QThread::msleep(300);
    }
}

} // namespace

int logsLive(Context &ctx, const logs::LogMatcher &matcher, qint64 sinceUs, bool follow); // cmd_logs_live.cpp

int cmdLogs(Context &ctx)
{
    QStringList args = ctx.args;
    const QStringList fileArgs = takeAll(args, QStringLiteral("--file"));
    const QStringList nodes = takeAll(args, QStringLiteral("--node"));
    const QStringList sources = takeAll(args, QStringLiteral("--source"));
    const QStringList zones = takeAll(args, QStringLiteral("--tz"));
    const QStringList offsets = takeAll(args, QStringLiteral("--offset"));
    QString since, until, grep, resource, severity;
    const bool haveSince = takeOption(args, QStringLiteral("--since"), &since);
    const bool haveUntil = takeOption(args, QStringLiteral("--until"), &until);
    takeOption(args, QStringLiteral("--grep"), &grep);
    takeOption(args, QStringLiteral("--resource"), &resource);
    takeOption(args, QStringLiteral("--severity"), &severity);
    const bool follow = takeFlag(args, QStringLiteral("--follow"));
    if (!args.isEmpty()) {
        ctx.err << tr("logs: unexpected argument '%1'\n").arg(args.first());
        return Usage;
    }
    // Per node: --tz NODE=Europe/Berlin, --offset NODE=SECONDS (node clock minus ours).
    QHash<QString, QTimeZone> zoneOf;
    for (const QString &z : zones) {
        const qsizetype eq = z.indexOf(u'=');
        const QTimeZone zone(eq > 0 ? z.mid(eq + 1).toUtf8() : QByteArray());
        if (eq <= 0 || !zone.isValid()) {
            ctx.err << tr("logs: --tz wants NODE=ZONE (an IANA zone such as Europe/Berlin), not '%1'\n").arg(z);
            return Usage;
        }
        zoneOf.insert(z.left(eq), zone);
    }
    QHash<QString, qint64> offsetOf;
    for (const QString &o : offsets) {
        const qsizetype eq = o.indexOf(u'=');
        bool ok = false;
        const double seconds = eq > 0 ? o.mid(eq + 1).toDouble(&ok) : 0.0;
        if (!ok) {
            ctx.err << tr("logs: --offset wants NODE=SECONDS, not '%1'\n").arg(o);
            return Usage;
        }
        offsetOf.insert(o.left(eq), static_cast<qint64>(seconds * 1e6));
    }

    QList<logs::FileSource> files;
    for (const QString &f : fileArgs) {
        const qsizetype eq = f.indexOf(u'=');
        if (eq <= 0 || eq == f.size() - 1) {
            ctx.err << tr("logs: --file wants NODE=PATH, not '%1'\n").arg(f);
            return Usage;
        }
        logs::FileSource src;
        src.node = f.left(eq);
        src.path = f.mid(eq + 1);
        src.clock.zone = zoneOf.value(src.node, QTimeZone::utc());
        src.clock.offsetUs = offsetOf.value(src.node, 0);
        files.append(src);
    }

    logs::LogFilterSpec spec;
    spec.nodes = QSet<QString>(nodes.cbegin(), nodes.cend());
    spec.sources = QSet<QString>(sources.cbegin(), sources.cend());
    spec.regex = grep;
    spec.resource = resource;
    if (!severity.isEmpty()) {
        spec.minSeverity = logs::severityFromName(severity.toUtf8());
        if (spec.minSeverity == logs::Severity::Unknown) {
            ctx.err << tr("logs: unknown severity '%1' (emerg, alert, crit, err, warning, notice, info, debug)\n")
                           .arg(severity);
            return Usage;
        }
    }
    for (const auto &[given, text, target] :
         {std::tuple{haveSince, since, &spec.fromUs}, std::tuple{haveUntil, until, &spec.toUs}}) {
        if (!given)
            continue;
        const std::optional<qint64> t = parseTime(text);
        if (!t) {
            ctx.err << tr("logs: cannot read the time '%1' (ISO 8601 such as 2026-11-25T09:00:00Z, "
                          "or -30m, -1h, -2d)\n")
                           .arg(text);
            return Usage;
        }
        *target = *t;
    }
    const logs::LogMatcher matcher(spec);
    if (!matcher.isValid()) {
        ctx.err << tr("logs: %1\n").arg(matcher.errorString());
        return Usage;
    }
    if (fileArgs.isEmpty()) {
        // The nodes' own logs: the window starts at --since (default: the last hour).
        const qint64 sinceUs = haveSince ? spec.fromUs
                                         : (QDateTime::currentMSecsSinceEpoch() - 3600 * 1000) * 1000;
        return logsLive(ctx, matcher, sinceUs, follow);
    }

    QList<logs::LoadedFile> meta;
    Result<std::vector<logs::MergeInput>> inputs = logs::loadFiles(files, &meta);
    if (!inputs.ok()) {
        ctx.err << tr("logs: %1\n").arg(inputs.error().message);
        return BadInput;
    }
    logs::mergeStreams(std::move(inputs.value()), 65536, [&](std::vector<logs::LogEntry> &&batch) {
        for (const logs::LogEntry &e : batch) {
            if (matcher.matches(e))
                ctx.out << QString::fromUtf8(logs::formatEntryLine(e)) << u'\n';
        }
    });
    ctx.out.flush();
    if (!follow)
        return Ok;
    QList<qint64> ends;
    for (qsizetype i = 0; i < files.size(); ++i) {
        files[i].format = meta.at(i).format;
        ends.append(meta.at(i).bytes);
    }
    return followFiles(ctx, files, ends, matcher);
}

} // namespace ha::cli
