#include "ipmirecords.h"

#include <OpenIPMI/ipmi_bits.h>

#include <QCoreApplication>
#include <QStringList>

#include <cmath>

namespace ha::ipmi {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("IpmiRecords", text);
}

quint8 byteAt(const QByteArray &a, int i)
{
    return static_cast<quint8>(a.at(i));
}

// Sign-extends a `bits`-wide two's complement field.
int signExtend(int value, int bits)
{
    const int sign = 1 << (bits - 1);
    return (value & sign) ? value - (1 << bits) : value;
}

QString idString(const QByteArray &record, int lengthByteIndex)
{
    if (record.size() <= lengthByteIndex)
        return QString();
    const quint8 code = byteAt(record, lengthByteIndex);
    const int len = std::min<int>(code & 0x1f, static_cast<int>(record.size()) - lengthByteIndex - 1);
    // Type 11b is 8-bit ASCII + Latin-1, what every BMC seen in practice uses; the packed
    // encodings (BCD plus, 6-bit ASCII) are rare enough to show as Latin-1 bytes.
    QString s = QString::fromLatin1(record.mid(lengthByteIndex + 1, len));
    while (!s.isEmpty() && (s.back() == QChar(0) || s.back() == u' '))
        s.chop(1);
    return s;
}

QString libraryString(const char *s)
{
    return s ? QString::fromLatin1(s) : QString();
}

} // namespace

std::optional<SdrSensor> parseSdr(const QByteArray &record)
{
    if (record.size() < 5)
        return std::nullopt;
    SdrSensor s;
    s.recordId = byteAt(record, 0) | (byteAt(record, 1) << 8);
    s.recordType = byteAt(record, 3);
    int idIndex = 0;
    switch (s.recordType) {
    case 0x01: idIndex = 47; break;
    case 0x02: idIndex = 31; break;
    case 0x03: idIndex = 16; break;
    default: return std::nullopt;
    }
    if (record.size() < idIndex + 1)
        return std::nullopt;
    s.ownerId = byteAt(record, 5);
    s.ownerLun = byteAt(record, 6) & 0x03;
    s.number = byteAt(record, 7);
    if (s.recordType == 0x03) {
        s.sensorType = byteAt(record, 10);
        s.readingType = byteAt(record, 11);
    } else {
        s.sensorType = byteAt(record, 12);
        s.readingType = byteAt(record, 13);
        s.units1 = byteAt(record, 20);
        s.baseUnit = byteAt(record, 21);
        s.modifierUnit = byteAt(record, 22);
    }
    if (s.recordType == 0x01) {
        s.analogFormat = (s.units1 >> 6) & 0x03;
        s.linearization = byteAt(record, 23) & 0x7f;
        s.m = signExtend(byteAt(record, 24) | ((byteAt(record, 25) & 0xc0) << 2), 10);
        s.b = signExtend(byteAt(record, 26) | ((byteAt(record, 27) & 0xc0) << 2), 10);
        s.rExp = signExtend(byteAt(record, 29) >> 4, 4);
        s.bExp = signExtend(byteAt(record, 29) & 0x0f, 4);
    }
    s.name = idString(record, idIndex);
    if (s.name.isEmpty())
        s.name = tr("sensor #%1").arg(s.number);
    return s;
}

double convertReading(const SdrSensor &sdr, quint8 raw)
{
    int x = raw;
    if (sdr.analogFormat == 1)
        x = (raw & 0x80) ? -static_cast<int>(static_cast<quint8>(~raw)) : raw;
    else if (sdr.analogFormat == 2)
        x = signExtend(raw, 8);
    const double y = (sdr.m * static_cast<double>(x) + sdr.b * std::pow(10.0, sdr.bExp))
                     * std::pow(10.0, sdr.rExp);
    switch (sdr.linearization) {
    case 1: return std::log(y);
    case 2: return std::log10(y);
    case 3: return std::log2(y);
    case 4: return std::exp(y);
    case 5: return std::pow(10.0, y);
    case 6: return std::exp2(y);
    case 7: return y != 0.0 ? 1.0 / y : 0.0;
    case 8: return y * y;
    case 9: return y * y * y;
    case 10: return std::sqrt(y);
    case 11: return std::cbrt(y);
    default: return y;
    }
}

QString unitText(const SdrSensor &sdr)
{
    QString unit;
    // The library's "C"/"F" for temperatures reads like coulomb/farad: spell them out.
    if (sdr.baseUnit == IPMI_UNIT_TYPE_DEGREES_C)
        unit = QString(QChar(0xb0)) + u'C';
    else if (sdr.baseUnit == IPMI_UNIT_TYPE_DEGREES_F)
        unit = QString(QChar(0xb0)) + u'F';
    else
        unit = libraryString(
            ipmi_get_unit_type_string(static_cast<enum ipmi_unit_type_e>(sdr.baseUnit)));
    if (unit == QLatin1String("unspecified"))
        unit.clear();
    const int modifierUse = (sdr.units1 >> 1) & 0x03;
    const QString modifier = libraryString(
        ipmi_get_unit_type_string(static_cast<enum ipmi_unit_type_e>(sdr.modifierUnit)));
    if (modifierUse == 1)
        unit += u'/' + modifier;
    else if (modifierUse == 2)
        unit += u'*' + modifier;
    if (sdr.units1 & 0x01)
        unit = unit.isEmpty() ? QStringLiteral("%") : QStringLiteral("% ") + unit;
    return unit;
}

SensorReading decodeReading(const SdrSensor &sdr, const QByteArray &response)
{
    SensorReading r;
    r.number = sdr.number;
    r.name = sdr.name;
    r.type = libraryString(ipmi_get_sensor_type_string(sdr.sensorType));
    r.unit = unitText(sdr);
    if (response.size() < 2) {
        r.state = tr("no reading");
        return r;
    }
    const quint8 flags = byteAt(response, 1);
    const bool unavailable = (flags & 0x20) || !(flags & 0x40);
    if (unavailable) {
        r.state = tr("unavailable");
        return r;
    }
    const quint8 states = response.size() > 2 ? byteAt(response, 2) : 0;
    if (sdr.isThreshold()) {
        r.hasValue = sdr.recordType == 0x01 && sdr.analogFormat != 3;
        if (r.hasValue)
            r.value = convertReading(sdr, byteAt(response, 0));
        // Most severe crossing first: that is what a person must see.
        struct Bit { int bit; const char *text; SensorSeverity sev; };
        static const Bit bits[] = {
            {5, QT_TRANSLATE_NOOP("IpmiRecords", "upper non-recoverable"), SensorSeverity::Critical},
            {2, QT_TRANSLATE_NOOP("IpmiRecords", "lower non-recoverable"), SensorSeverity::Critical},
            {4, QT_TRANSLATE_NOOP("IpmiRecords", "upper critical"), SensorSeverity::Critical},
            {1, QT_TRANSLATE_NOOP("IpmiRecords", "lower critical"), SensorSeverity::Critical},
            {3, QT_TRANSLATE_NOOP("IpmiRecords", "upper non-critical"), SensorSeverity::Warning},
            {0, QT_TRANSLATE_NOOP("IpmiRecords", "lower non-critical"), SensorSeverity::Warning},
        };
        r.state = tr("ok");
        r.severity = SensorSeverity::Ok;
        for (const Bit &b : bits) {
            if (states & (1 << b.bit)) {
                r.state = tr(b.text);
                r.severity = b.sev;
                break;
            }
        }
        return r;
    }
    // Discrete: list the asserted states by their IPMI names.
    quint16 mask = states;
    if (response.size() > 3)
        mask |= static_cast<quint16>((byteAt(response, 3) & 0x7f) << 8);
    QStringList asserted;
    for (int bit = 0; bit < 15; ++bit) {
        if (!(mask & (1 << bit)))
            continue;
        const QString name = libraryString(ipmi_get_reading_name(sdr.readingType, sdr.sensorType,
                                                                  static_cast<unsigned>(bit)));
        asserted << (name.isEmpty() || name == QLatin1String("unknown")
                         ? tr("state %1").arg(bit) : name);
    }
    r.state = asserted.isEmpty() ? tr("no state asserted") : asserted.join(QStringLiteral(", "));
    return r;
}

std::optional<SelRecord> parseSel(const QByteArray &record)
{
    if (record.size() < 16)
        return std::nullopt;
    SelRecord out;
    SelEntry &e = out.entry;
    e.recordId = byteAt(record, 0) | (byteAt(record, 1) << 8);
    const quint8 type = byteAt(record, 2);
    if (type >= 0xe0) { // OEM, no timestamp
        e.event = tr("OEM record type 0x%1").arg(type, 2, 16, QLatin1Char('0'));
        return out;
    }
    const quint32 ts = static_cast<quint32>(byteAt(record, 3)) | (byteAt(record, 4) << 8)
                       | (byteAt(record, 5) << 16) | (static_cast<quint32>(byteAt(record, 6)) << 24);
    // Timestamps up to 0x20000000 count seconds since the BMC started, not a calendar time.
    if (ts > 0x20000000u)
        e.time = QDateTime::fromSecsSinceEpoch(ts, Qt::UTC);
    if (type != 0x02) {
        e.event = tr("OEM record type 0x%1").arg(type, 2, 16, QLatin1Char('0'));
        return out;
    }
    const quint8 sensorType = byteAt(record, 10);
    out.sensorNumber = byteAt(record, 11);
    const quint8 dirType = byteAt(record, 12);
    const quint8 readingType = dirType & 0x7f;
    const quint8 offset = byteAt(record, 13) & 0x0f;
    e.deassertion = dirType & 0x80;
    e.sensorType = libraryString(ipmi_get_sensor_type_string(sensorType));
    e.sensor = tr("sensor #%1").arg(out.sensorNumber);
    QString text = libraryString(ipmi_get_reading_name(readingType, sensorType, offset));
    if (text.isEmpty() || text == QLatin1String("unknown"))
        text = tr("event offset %1").arg(offset);
    e.event = e.deassertion ? tr("%1 (deasserted)").arg(text) : text;
    return out;
}

QString completionCodeText(quint8 cc)
{
    static const struct { quint8 cc; const char *text; } table[] = {
        {0xc0, QT_TRANSLATE_NOOP("IpmiRecords", "BMC busy")},
        {0xc1, QT_TRANSLATE_NOOP("IpmiRecords", "command not supported")},
        {0xc2, QT_TRANSLATE_NOOP("IpmiRecords", "command invalid for this LUN")},
        {0xc3, QT_TRANSLATE_NOOP("IpmiRecords", "timeout while processing the command")},
        {0xc4, QT_TRANSLATE_NOOP("IpmiRecords", "out of space")},
        {0xc5, QT_TRANSLATE_NOOP("IpmiRecords", "reservation cancelled")},
        {0xc6, QT_TRANSLATE_NOOP("IpmiRecords", "request data truncated")},
        {0xc7, QT_TRANSLATE_NOOP("IpmiRecords", "request data length invalid")},
        {0xc8, QT_TRANSLATE_NOOP("IpmiRecords", "request data too long")},
        {0xc9, QT_TRANSLATE_NOOP("IpmiRecords", "parameter out of range")},
        {0xca, QT_TRANSLATE_NOOP("IpmiRecords", "cannot return the requested number of bytes")},
        {0xcb, QT_TRANSLATE_NOOP("IpmiRecords", "requested sensor, data or record not present")},
        {0xcc, QT_TRANSLATE_NOOP("IpmiRecords", "invalid data field in request")},
        {0xcd, QT_TRANSLATE_NOOP("IpmiRecords", "command illegal for this sensor or record")},
        {0xce, QT_TRANSLATE_NOOP("IpmiRecords", "response could not be provided")},
        {0xcf, QT_TRANSLATE_NOOP("IpmiRecords", "duplicated request")},
        {0xd0, QT_TRANSLATE_NOOP("IpmiRecords", "SDR repository in update mode")},
        {0xd1, QT_TRANSLATE_NOOP("IpmiRecords", "device in firmware update mode")},
        {0xd2, QT_TRANSLATE_NOOP("IpmiRecords", "BMC initialization in progress")},
        {0xd3, QT_TRANSLATE_NOOP("IpmiRecords", "destination unavailable")},
        {0xd4, QT_TRANSLATE_NOOP("IpmiRecords", "insufficient privilege level")},
        {0xd5, QT_TRANSLATE_NOOP("IpmiRecords", "not supported in the present state")},
        {0xd6, QT_TRANSLATE_NOOP("IpmiRecords", "sub-function disabled or unavailable")},
        {0xff, QT_TRANSLATE_NOOP("IpmiRecords", "unspecified error")},
    };
    for (const auto &e : table) {
        if (e.cc == cc)
            return tr("%1 (completion code 0x%2)").arg(tr(e.text)).arg(cc, 2, 16, QLatin1Char('0'));
    }
    return tr("completion code 0x%1").arg(cc, 2, 16, QLatin1Char('0'));
}

} // namespace ha::ipmi
