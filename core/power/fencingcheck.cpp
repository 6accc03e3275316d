#include "fencingcheck.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace ha {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ha::FencingCheck", text);
}

bool isIpmiAgent(const QString &type)
{
    return type == QLatin1String("fence_ipmilan") || type == QLatin1String("fence_idrac")
           || type == QLatin1String("fence_ilo3") || type == QLatin1String("fence_ilo4")
           || type == QLatin1String("fence_imm") || type == QLatin1String("fence_ipmilanplus");
}

void setParam(FenceDevice &d, const QString &name, const QString &value)
{
    static const QRegularExpression sep(QStringLiteral("[\\s,;]+"));
    if (name == QLatin1String("ip") || name == QLatin1String("ipaddr"))
        d.ip = value;
    else if (name == QLatin1String("ipport"))
        d.ipport = value.toInt();
    else if (name == QLatin1String("username") || name == QLatin1String("login"))
        d.username = value;
    else if (name == QLatin1String("lanplus"))
        d.lanplus = value;
    else if (name == QLatin1String("cipher"))
        d.cipher = value;
    else if (name == QLatin1String("pcmk_host_list") || name == QLatin1String("plug")
             || name == QLatin1String("host"))
        d.hosts << value.split(sep, Qt::SkipEmptyParts);
    // password, passwd and the rest are deliberately dropped
}

} // namespace

Result<QList<FenceDevice>> parseFenceDevices(const QByteArray &resourcesXml)
{
    QList<FenceDevice> out;
    QXmlStreamReader xml(resourcesXml);
    std::optional<FenceDevice> cur;
    int depthInPrimitive = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            const auto attrs = xml.attributes();
            if (cur) {
                ++depthInPrimitive;
                // only the primitive's own instance attributes, not those of its operations
                if (name == QLatin1String("nvpair") && depthInPrimitive == 2)
                    setParam(*cur, attrs.value(QLatin1String("name")).toString(),
                             attrs.value(QLatin1String("value")).toString());
            } else if (name == QLatin1String("primitive")
                       && attrs.value(QLatin1String("class")) == QLatin1String("stonith")
                       && isIpmiAgent(attrs.value(QLatin1String("type")).toString())) {
                cur = FenceDevice{};
                cur->id = attrs.value(QLatin1String("id")).toString();
                cur->agent = attrs.value(QLatin1String("type")).toString();
                depthInPrimitive = 0;
            }
        } else if (xml.isEndElement() && cur) {
            if (depthInPrimitive == 0) {
                out << *cur;
                cur.reset();
            } else {
                --depthInPrimitive;
            }
        }
    }
    if (xml.hasError())
        return makeError(ErrorCode::Parse,
                         tr("The CIB resources could not be read: %1").arg(xml.errorString()));
    return out;
}

bool FenceConfigCheck::passed() const
{
    if (!device || items.isEmpty())
        return false;
    for (const FenceCheckItem &i : items) {
        if (!i.ok)
            return false;
    }
    return true;
}

FenceConfigCheck checkFenceConfig(const QList<FenceDevice> &devices, const NodeProfile &node)
{
    FenceConfigCheck c;
    c.node = node.name;
    for (const FenceDevice &d : devices) {
        if (d.hosts.contains(node.name)) {
            c.device = d;
            break;
        }
    }
    if (!c.device) {
        c.items << FenceCheckItem{tr("Fence device"), false,
                                  tr("No IPMI fence device in the CIB targets %1: the cluster "
                                     "cannot fence it.").arg(node.name)};
        return c;
    }
    const FenceDevice &d = *c.device;
    c.items << FenceCheckItem{tr("Fence device"), true,
                              tr("%1 (%2) targets %3").arg(d.id, d.agent, node.name)};
    if (!node.bmc.isConfigured()) {
        c.items << FenceCheckItem{tr("BMC in the profile"), false,
                                  tr("The console knows no BMC for %1.").arg(node.name)};
        return c;
    }
    auto compare = [&c](const QString &what, const QString &cib, const QString &console) {
        c.items << FenceCheckItem{what, cib == console,
                                  tr("CIB: %1, console: %2")
                                      .arg(cib.isEmpty() ? tr("(not set)") : cib, console)};
    };
    compare(tr("BMC address"), d.ip, node.bmc.address);
    compare(tr("BMC port"), QString::number(d.ipport), QString::number(node.bmc.port));
    compare(tr("BMC user"), d.username, node.bmc.user);
    return c;
}

} // namespace ha
