#pragma once
// Shared by the widget tests: real crm_mon samples from the lab, screenshots as artifacts.

#include "cluster/clusterstatus.h"

#include <QString>

class QWidget;

namespace ha::test {

// Parses /work/shared/corpus/lab-samples/<file>; QFAIL-style: returns false and sets *error.
bool loadSample(const QString &file, ClusterStatus *out, QString *error);
// Saves widget->grab() as HA_ARTIFACT_DIR/<name>.png; false when it could not be written.
bool saveShot(QWidget *widget, const QString &name);

} // namespace ha::test
