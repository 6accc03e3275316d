#include "logfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QThreadPool>

#include <optional>

namespace ha::logs {

namespace {

constexpr qsizetype kDetectLines = 64;

QList<QByteArray> firstLines(QByteArrayView text)
{
    QList<QByteArray> lines;
    qsizetype start = 0;
    while (start < text.size() && lines.size() < kDetectLines) {
        qsizetype nl = text.indexOf('\n', start);
        if (nl < 0)
            nl = text.size();
        lines.append(text.sliced(start, nl - start).toByteArray());
        start = nl + 1;
    }
    return lines;
}

// Splits complete lines off the front of buf into the stream; returns bytes consumed.
qsizetype consumeLines(QByteArrayView buf, bool final, LogStream &stream, LoadedFile &out)
{
    qsizetype start = 0;
    while (start < buf.size()) {
        qsizetype nl = buf.indexOf('\n', start);
        if (nl < 0) {
            if (!final)
                break;
            nl = buf.size();
        }
        // An exactly sized copy: entries must not pin the read buffer.
        QByteArray line(buf.data() + start, nl - start);
        if (!line.isEmpty() || nl < buf.size()) {
            if (!line.isEmpty())
                out.lastLine = line;
            if (!line.isEmpty() && line != "\r")
                out.entries.push_back(stream.parseLine(line));
        }
        start = nl + 1;
    }
    return qMin(start, buf.size());
}

} // namespace

LoadedFile parseLogText(QByteArrayView text, StreamOptions options)
{
    LogStream stream(std::move(options));
    stream.detect(firstLines(text));
    LoadedFile out;
    out.format = stream.format();
    out.bytes = consumeLines(text, true, stream, out);
    out.nextSequence = stream.nextSequence();
    return out;
}

Result<LoadedFile> loadLogFile(const QString &path, StreamOptions options, const std::atomic<bool> *cancel)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io, QCoreApplication::translate("logs", "Cannot read %1: %2")
                                            .arg(path, file.errorString()));
    }
    if (!options.clock.referenceDate.isValid())
        options.clock.referenceDate = QFileInfo(file).lastModified().toTimeZone(options.clock.zone).date();
    if (options.defaultSource.isEmpty())
        options.defaultSource = QFileInfo(path).completeBaseName();

    constexpr qint64 kChunk = 4 << 20;
    QByteArray buf;
    buf.reserve(kChunk * 2);
    LogStream stream(std::move(options));
    LoadedFile out;
    bool detected = false;
    qint64 consumedTotal = 0;
    for (;;) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return makeError(ErrorCode::Cancelled, QCoreApplication::translate("logs", "Cancelled"));
        const qsizetype old = buf.size();
        buf.resize(old + kChunk);
        const qint64 n = file.read(buf.data() + old, kChunk);
        if (n < 0) {
            return makeError(ErrorCode::Io, QCoreApplication::translate("logs", "Cannot read %1: %2")
                                                .arg(path, file.errorString()));
        }
        buf.resize(old + n);
        const bool atEnd = n == 0;
        if (!detected && (atEnd || buf.count('\n') >= kDetectLines)) {
            stream.detect(firstLines(buf));
            detected = true;
        }
        if (!detected)
            continue;
        const qsizetype used = consumeLines(buf, atEnd, stream, out);
        consumedTotal += used;
        buf.remove(0, used);
        if (atEnd)
            break;
    }
    out.format = stream.format();
    out.bytes = consumedTotal;
    out.nextSequence = stream.nextSequence();
    return out;
}

} // namespace ha::logs


namespace ha::logs {

Result<std::vector<MergeInput>> loadFiles(const QList<FileSource> &files, QList<LoadedFile> *meta)
{
    std::vector<std::optional<Result<LoadedFile>>> results(static_cast<size_t>(files.size()));
    QThreadPool pool;
    for (qsizetype i = 0; i < files.size(); ++i) {
        pool.start([&results, &files, i] {
            const FileSource &f = files.at(i);
            StreamOptions o;
            o.node = f.node;
            o.format = f.format;
            o.clock = f.clock;
            results[static_cast<size_t>(i)] = loadLogFile(f.path, o);
        });
    }
    pool.waitForDone();
    std::vector<MergeInput> inputs;
    for (qsizetype i = 0; i < files.size(); ++i) {
        Result<LoadedFile> &r = *results[static_cast<size_t>(i)];
        if (!r.ok())
            return r.error();
        MergeInput in;
        in.entries = std::move(r.value().entries);
        in.clockOffsetUs = files.at(i).clock.offsetUs;
        inputs.push_back(std::move(in));
        if (meta) {
            LoadedFile m;
            m.format = r.value().format;
            m.bytes = r.value().bytes;
            m.lastLine = r.value().lastLine;
            m.nextSequence = r.value().nextSequence;
            meta->append(m);
        }
    }
    return inputs;
}

} // namespace ha::logs
