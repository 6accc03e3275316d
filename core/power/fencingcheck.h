#pragma once
// "Test fencing", configuration part: does the CIB's fence_ipmilan device for a node point at the
// BMC the console knows? Reads `cibadmin -Q -o resources`. The device's password is never kept:
// the CIB holds it in clear, so it must not reach a report, a log or test output.

#include "profile/clusterprofile.h"
#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ha {

struct FenceDevice
{
    QString id;
    QString agent;        // "fence_ipmilan"
    QString ip;
    int ipport = 623;     // fence_ipmilan's default when the CIB sets none
    QString username;
    QString lanplus;
    QString cipher;
    QStringList hosts;    // from pcmk_host_list, plug, host
};

// Every stonith primitive with an IPMI agent, wherever it sits (groups, clones).
Result<QList<FenceDevice>> parseFenceDevices(const QByteArray &resourcesXml);

struct FenceCheckItem
{
    QString what;         // "BMC address"
    bool ok = false;
    QString detail;       // "CIB 198.18.0.201, console 198.18.0.201"
};

struct FenceConfigCheck
{
    QString node;
    std::optional<FenceDevice> device;
    QList<FenceCheckItem> items;
    bool passed() const;
};

FenceConfigCheck checkFenceConfig(const QList<FenceDevice> &devices, const NodeProfile &node);

} // namespace ha
