#include "powertestutil.h"

namespace ha::test {

ClusterProfile twoNodeProfile()
{
    ClusterProfile p;
    p.name = QStringLiteral("t");
    p.serviceGroup = QStringLiteral("db-group");
    for (int i = 1; i <= 2; ++i) {
        NodeProfile n;
        n.name = QStringLiteral("node%1").arg(i);
        n.bmc.address = QStringLiteral("198.18.0.20%1").arg(i);
        n.bmc.user = QStringLiteral("admin");
        p.nodes << n;
    }
    return p;
}

ClusterStatus twoNodeStatus(bool node2Online, bool groupStarted, const QString &groupOn)
{
    ClusterStatus st;
    for (int i = 1; i <= 2; ++i) {
        NodeState n;
        n.name = QStringLiteral("node%1").arg(i);
        n.online = i == 1 || node2Online;
        st.nodes << n;
    }
    Resource g;
    g.id = QStringLiteral("db-group");
    g.type = ResourceType::Group;
    g.active = groupStarted;
    g.role = groupStarted ? QStringLiteral("Started") : QStringLiteral("Stopped");
    if (groupStarted)
        g.nodes << groupOn;
    Resource c;
    c.id = QStringLiteral("db-mysql-p");
    c.active = groupStarted;
    g.children << c;
    st.resources << g;
    return st;
}

} // namespace ha::test
