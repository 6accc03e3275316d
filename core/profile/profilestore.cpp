#include "profilestore.h"

#include "ssh/validators.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

namespace ha {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ProfileStore", text);
}
} // namespace

ProfileStore::ProfileStore(QString dir)
    : m_dir(dir.isEmpty() ? defaultDirectory() : std::move(dir))
{
}

QString ProfileStore::defaultDirectory()
{
    const QByteArray overrideDir = qgetenv("HACONSOLE_CONFIG_DIR");
    QString base;
    if (!overrideDir.isEmpty())
        base = QString::fromLocal8Bit(overrideDir);
    else
        base = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
               + QStringLiteral("/haconsole");
    return base + QStringLiteral("/profiles");
}

bool ProfileStore::isValidName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"));
    return re.match(name).hasMatch();
}

QString ProfileStore::pathFor(const QString &name) const
{
    return m_dir + u'/' + name + QStringLiteral(".ini");
}

QStringList ProfileStore::names() const
{
    QStringList out;
    const QStringList files = QDir(m_dir).entryList({QStringLiteral("*.ini")}, QDir::Files,
                                                    QDir::Name);
    for (const QString &f : files) {
        const QString n = f.chopped(4);
        if (isValidName(n))
            out << n;
    }
    return out;
}

Result<ClusterProfile> ProfileStore::load(const QString &name) const
{
    if (!isValidName(name))
        return makeError(ErrorCode::InvalidInput,
                         tr("\"%1\" is not a valid profile name.").arg(name));
    const QString path = pathFor(name);
    if (!QFileInfo::exists(path))
        return makeError(ErrorCode::NotFound,
                         tr("There is no cluster profile named \"%1\" (looked for %2).")
                             .arg(name, path));
    QSettings s(path, QSettings::IniFormat);
    if (s.status() != QSettings::NoError)
        return makeError(ErrorCode::Parse, tr("The profile file %1 cannot be read.").arg(path));

    ClusterProfile p;
    p.name = s.value(QStringLiteral("name"), name).toString();
    p.knownHostsFile = s.value(QStringLiteral("knownHostsFile")).toString();
    p.processSshConfig = s.value(QStringLiteral("processSshConfig"), true).toBool();
    p.serviceAddress = s.value(QStringLiteral("serviceAddress")).toString();
    p.servicePort = static_cast<quint16>(s.value(QStringLiteral("servicePort"), 3306).toUInt());
    p.serviceGroup = s.value(QStringLiteral("serviceGroup")).toString();

    const int count = s.beginReadArray(QStringLiteral("nodes"));
    for (int i = 0; i < count; ++i) {
        s.setArrayIndex(i);
        NodeProfile n;
        n.name = s.value(QStringLiteral("name")).toString();
        n.address = s.value(QStringLiteral("address")).toString();
        n.port = static_cast<quint16>(s.value(QStringLiteral("port"), 22).toUInt());
        n.user = s.value(QStringLiteral("user"), QStringLiteral("root")).toString();
        bool authOk = true;
        n.auth = sshAuthFromName(s.value(QStringLiteral("auth"), QStringLiteral("agent")).toString(),
                                 &authOk);
        n.identityFile = s.value(QStringLiteral("identityFile")).toString();
        n.sudo = s.value(QStringLiteral("sudo"), false).toBool();
        n.bmc.address = s.value(QStringLiteral("bmc/address")).toString();
        n.bmc.port = static_cast<quint16>(s.value(QStringLiteral("bmc/port"), 623).toUInt());
        n.bmc.user = s.value(QStringLiteral("bmc/user")).toString();
        n.bmc.passwordFile = s.value(QStringLiteral("bmc/passwordFile")).toString();
        n.bmc.cipherSuite = s.value(QStringLiteral("bmc/cipherSuite"), 3).toInt();
        n.bmc.privilege = s.value(QStringLiteral("bmc/privilege"), QStringLiteral("admin")).toString();
        n.bmc.timeoutMs = s.value(QStringLiteral("bmc/timeoutMs"), 1000).toInt();
        n.logFiles = s.value(QStringLiteral("logFiles")).toStringList();
        for (const QString &f : std::as_const(n.logFiles)) {
            if (!validate::logPath(f)) {
                s.endArray();
                return makeError(ErrorCode::Parse,
                                 tr("Node %1 in profile %2 lists the log file \"%3\", which is not "
                                    "a log file the console may read (/var/log/messages, "
                                    "/var/log/syslog, or a file under /var/log/pacemaker, "
                                    "/var/log/corosync, /var/log/cluster, /var/log/mysql, "
                                    "/var/log/mariadb).")
                                     .arg(i + 1)
                                     .arg(path, f));
            }
        }
        if (n.name.isEmpty() || n.address.isEmpty() || !authOk) {
            s.endArray();
            return makeError(ErrorCode::Parse,
                             tr("Node %1 in profile %2 lacks a name or address, or has an "
                                "unknown authentication method.")
                                 .arg(i + 1)
                                 .arg(path));
        }
        p.nodes << n;
    }
    s.endArray();
    if (p.nodes.isEmpty())
        return makeError(ErrorCode::Parse, tr("The profile %1 lists no nodes.").arg(path));
    return p;
}

Result<void> ProfileStore::save(const ClusterProfile &p) const
{
    if (!isValidName(p.name))
        return makeError(ErrorCode::InvalidInput,
                         tr("\"%1\" is not a valid profile name: use letters, digits, '.', '_' "
                            "and '-'.")
                             .arg(p.name));
    if (!QDir().mkpath(m_dir))
        return makeError(ErrorCode::Io, tr("Cannot create the folder %1.").arg(m_dir));
    const QString path = pathFor(p.name);
    QFile::remove(path); // rewrite whole: no stale node entries survive a shrink
    {
        QSettings s(path, QSettings::IniFormat);
        s.setValue(QStringLiteral("name"), p.name);
        s.setValue(QStringLiteral("knownHostsFile"), p.knownHostsFile);
        s.setValue(QStringLiteral("processSshConfig"), p.processSshConfig);
        s.setValue(QStringLiteral("serviceAddress"), p.serviceAddress);
        s.setValue(QStringLiteral("servicePort"), p.servicePort);
        s.setValue(QStringLiteral("serviceGroup"), p.serviceGroup);
        s.beginWriteArray(QStringLiteral("nodes"), static_cast<int>(p.nodes.size()));
        for (int i = 0; i < p.nodes.size(); ++i) {
            const NodeProfile &n = p.nodes.at(i);
            s.setArrayIndex(i);
            s.setValue(QStringLiteral("name"), n.name);
            s.setValue(QStringLiteral("address"), n.address);
            s.setValue(QStringLiteral("port"), n.port);
            s.setValue(QStringLiteral("user"), n.user);
            s.setValue(QStringLiteral("auth"), sshAuthName(n.auth));
            s.setValue(QStringLiteral("identityFile"), n.identityFile);
            s.setValue(QStringLiteral("sudo"), n.sudo);
            if (!n.logFiles.isEmpty())
                s.setValue(QStringLiteral("logFiles"), n.logFiles);
            else
                s.remove(QStringLiteral("logFiles"));
            if (n.bmc.isConfigured()) {
                s.setValue(QStringLiteral("bmc/address"), n.bmc.address);
                s.setValue(QStringLiteral("bmc/port"), n.bmc.port);
                s.setValue(QStringLiteral("bmc/user"), n.bmc.user);
                s.setValue(QStringLiteral("bmc/passwordFile"), n.bmc.passwordFile);
                s.setValue(QStringLiteral("bmc/cipherSuite"), n.bmc.cipherSuite);
                s.setValue(QStringLiteral("bmc/privilege"), n.bmc.privilege);
                s.setValue(QStringLiteral("bmc/timeoutMs"), n.bmc.timeoutMs);
            }
        }
        s.endArray();
        s.sync();
        if (s.status() != QSettings::NoError)
            return makeError(ErrorCode::Io, tr("Cannot write the profile file %1.").arg(path));
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return {};
}

Result<void> ProfileStore::remove(const QString &name) const
{
    if (!isValidName(name))
        return makeError(ErrorCode::InvalidInput,
                         tr("\"%1\" is not a valid profile name.").arg(name));
    if (!QFile::remove(pathFor(name)))
        return makeError(ErrorCode::NotFound, tr("There is no profile named \"%1\".").arg(name));
    return {};
}

Result<QByteArray> readPasswordFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorCode::NotFound, tr("The password file %1 does not exist.").arg(path));
    const QFile::Permissions open = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
                                    | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    if (info.permissions() & open)
        return makeError(ErrorCode::PermissionDenied,
                         tr("The password file %1 can be read by other users; make it "
                            "private with: chmod 600 %1")
                             .arg(path));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("Cannot read the password file %1.").arg(path));
    QByteArray pw = f.read(4096);
    while (pw.endsWith('\n') || pw.endsWith('\r'))
        pw.chop(1);
    if (pw.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("The password file %1 is empty.").arg(path));
    return pw;
}

} // namespace ha
