#include "guitestutil.h"

#include "cluster/crmmonparser.h"

#include <QDir>
#include <QStandardItemModel>
#include <QWidget>

namespace ha::test {

bool loadSample(const QString &file, ClusterStatus *out, QString *error)
{
    const QString path = QStringLiteral(HA_CORPUS_DIR "/lab-samples/") + file;
    Result<ClusterStatus> r = CrmMonParser::parseFile(path);
    if (!r) {
        *error = path + QStringLiteral(": ") + r.error().message;
        return false;
    }
    *out = std::move(r).value();
    return true;
}

bool saveShot(QWidget *widget, const QString &name)
{
    QDir().mkpath(QStringLiteral(HA_ARTIFACT_DIR));
    return widget->grab().save(QStringLiteral(HA_ARTIFACT_DIR "/") + name + QStringLiteral(".png"));
}

QString stateWords(const Resource &r)
{
    if (r.failed)
        return QStringLiteral("FAILED");
    if (r.blocked)
        return QStringLiteral("blocked");
    if (!r.managed)
        return QStringLiteral("unmanaged");
    if (r.type != ResourceType::Primitive)
        return r.active || !r.nodes.isEmpty() ? QStringLiteral("Started") : QStringLiteral("Stopped");
    return r.role.isEmpty() ? QStringLiteral("Stopped") : r.role;
}

namespace {

QList<QStandardItem *> row(const Resource &r)
{
    int fails = 0;
    for (int v : r.failcounts)
        fails += v;
    QList<QStandardItem *> items{new QStandardItem(r.id), new QStandardItem(r.agent),
                                 new QStandardItem(stateWords(r)),
                                 new QStandardItem(r.nodes.join(QStringLiteral(", "))),
                                 new QStandardItem(QString::number(fails))};
    for (const Resource &c : r.children)
        items.first()->appendRow(row(c));
    return items;
}

} // namespace

QStandardItemModel *resourceModel(const QList<Resource> &resources, QObject *parent)
{
    auto *m = new QStandardItemModel(0, 5, parent);
    m->setHorizontalHeaderLabels({QStringLiteral("Resource"), QStringLiteral("Agent"),
                                  QStringLiteral("State"), QStringLiteral("Node(s)"),
                                  QStringLiteral("Failcount")});
    for (const Resource &r : resources)
        m->appendRow(row(r));
    return m;
}

} // namespace ha::test
