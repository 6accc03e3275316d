#pragma once
// Shared by the widget tests: real crm_mon samples from the lab, screenshots as artifacts, and a
// stand-in resource model with the columns ResourceModel provides.

#include "cluster/clusterstatus.h"

#include <QString>

class QStandardItemModel;
class QObject;
class QWidget;

namespace ha::test {

// Parses /work/shared/corpus/lab-samples/<file>; QFAIL-style: returns false and sets *error.
bool loadSample(const QString &file, ClusterStatus *out, QString *error);
// Saves widget->grab() as HA_ARTIFACT_DIR/<name>.png; false when it could not be written.
bool saveShot(QWidget *widget, const QString &name);
// Resource tree as rows: resource, agent, state (words), node(s), failcount (sum).
QStandardItemModel *resourceModel(const QList<Resource> &resources, QObject *parent);
QString stateWords(const Resource &r);

} // namespace ha::test
