#pragma once
// Screenshots of the power dialogs, only when HA_SCREENSHOT_DIR is set (for the README and
// reviews; the suite does not write them otherwise). Needs QtWidgets: GUI tests only.

#include <QString>

class QWidget;

namespace ha::test {

// Saves widget->grab() as $HA_SCREENSHOT_DIR/<name>.png after a layout pass (texts may have
// changed since the last one). QVERIFY-style: a failed save fails the calling test.
void saveShotIfAsked(QWidget *widget, const QString &name);

} // namespace ha::test
