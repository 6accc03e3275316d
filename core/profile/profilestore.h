#pragma once
// Profiles on disk: one QSettings INI file per cluster under
// ${HACONSOLE_CONFIG_DIR:-${XDG_CONFIG_HOME:-~/.config}/haconsole}/profiles/<name>.ini
// (the lab script writes the same format). Secrets are refused here by construction: the
// profile types have no field for them.

#include "clusterprofile.h"
#include "util/result.h"

#include <QStringList>

namespace ha {

class ProfileStore
{
public:
    // dir empty: the default location above.
    explicit ProfileStore(QString dir = QString());

    QString directory() const { return m_dir; }
    QStringList names() const;
    Result<ClusterProfile> load(const QString &name) const;
    Result<void> save(const ClusterProfile &profile) const;
    Result<void> remove(const QString &name) const;

    static QString defaultDirectory();
    static bool isValidName(const QString &name);

private:
    QString pathFor(const QString &name) const;
    QString m_dir;
};

// Reads a password file (mode must not allow group/other access). The password never leaves
// the returned buffer; callers wipe it after use.
Result<QByteArray> readPasswordFile(const QString &path);

} // namespace ha
