#include "guitestutil.h"

#include "cluster/crmmonparser.h"

#include <QDir>
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

} // namespace ha::test
