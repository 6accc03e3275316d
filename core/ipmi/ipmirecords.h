#pragma once
// Decoding of IPMI records and responses: SDRs (sensor descriptions), sensor readings, SEL
// entries, completion codes. Pure functions over bytes, so they are tested without a BMC.

#include "powercontrol.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace ha::ipmi {

// What the console needs from one sensor SDR (full, compact or event-only record).
struct SdrSensor
{
    int recordId = 0;
    int recordType = 0;      // 0x01 full, 0x02 compact, 0x03 event-only
    quint8 ownerId = 0x20;
    quint8 ownerLun = 0;
    quint8 number = 0;
    quint8 sensorType = 0;
    quint8 readingType = 0;  // event/reading type code: 0x01 threshold, else discrete
    QString name;
    // Conversion raw -> value; only full records carry it.
    int analogFormat = 3;    // 0 unsigned, 1 ones' complement, 2 two's complement, 3 none
    int linearization = 0;
    int m = 1;
    int b = 0;
    int bExp = 0;
    int rExp = 0;
    quint8 units1 = 0;
    quint8 baseUnit = 0;
    quint8 modifierUnit = 0;

    bool isThreshold() const { return readingType == 0x01; }
    bool isReadable() const { return recordType == 0x01 || recordType == 0x02; }
};

// `record` is a whole SDR including its 5-byte header. Records that are not sensors
// (MC locators, FRU locators, ...) give nullopt.
std::optional<SdrSensor> parseSdr(const QByteArray &record);

// Raw reading byte -> value in the sensor's unit (full records only).
double convertReading(const SdrSensor &sdr, quint8 raw);
QString unitText(const SdrSensor &sdr);

// `response` is a Get Sensor Reading response without its completion code.
SensorReading decodeReading(const SdrSensor &sdr, const QByteArray &response);

struct SelRecord
{
    SelEntry entry;
    int sensorNumber = -1;   // -1: not a system event record
};
// A 16-byte SEL record; the caller fills entry.sensor from its SDRs by sensorNumber.
std::optional<SelRecord> parseSel(const QByteArray &record);

// "Insufficient privilege level (0xD4)": completion codes named for people.
QString completionCodeText(quint8 cc);

} // namespace ha::ipmi
