#include "simbmc.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QThread>
#include <QUdpSocket>

#include <csignal>

namespace {

bool writeText(const QString &path, const QByteArray &text, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(text) != text.size()) {
        *error = QStringLiteral("cannot write ") + path;
        return false;
    }
    return true;
}

QByteArray sensorSdr(int number, const char *type, const char *unit, int m, int rExp,
                     const char *name)
{
    return QByteArray("sdr type 1\n"
                      "  sensor_owner_id 0x20\n  sensor_owner_lun 0\n  channel_number 0\n")
           + "  sensor_number " + QByteArray::number(number) + "\n"
           + "  entity_id system_board\n  entity_instance 1\n"
           + "  sensor_type " + type + "\n"
           + "  init_scanning true\n  init_sensor_type true\n  default_sensor_scan_on true\n"
             "  event_reading_type_code 1\n  analog_data_format unsigned\n  rate_unit none\n"
             "  modifier_unit none\n  percentage false\n"
           + "  base_unit " + unit + "\n"
           + "  modifier_unit_code unspecified\n  linearization linear\n"
           + "  m " + QByteArray::number(m) + "\n"
           + "  tolerance 0\n  b 0\n  accuracy 1\n  accuracy_exp 0\n  sensor_direction input\n"
           + "  r_exp " + QByteArray::number(rExp) + "\n"
           + "  b_exp 0\n  sensor_maximum 255\n  sensor_minimum 0\n"
           + "  id_string \"" + name + "\"\nendsdr\n";
}

} // namespace

SimBmc::SimBmc(QString name, QByteArray password)
    : m_name(std::move(name)), m_password(std::move(password))
{
}

SimBmc::~SimBmc()
{
    stop();
}

quint16 SimBmc::freeUdpPort()
{
    QUdpSocket s;
    s.bind(QHostAddress::LocalHost, 0);
    return s.localPort();
}

bool SimBmc::writeFiles(QString *error)
{
    const QString d = m_dir.path();
    const QByteArray dn = QFile::encodeName(d);
    const QByteArray hook = "#!/bin/sh\n"
                            "# $1 device, $2 get|set, then parameter [value]\n"
                            "d=$(dirname \"$0\"); st=\"$d/power-$1\"; log=\"$d/hook-$1.log\"\n"
                            "case \"$2\" in\n"
                            "get) if [ -f \"$st\" ]; then echo \"power:$(cat \"$st\")\"; else echo power:1; fi ;;\n"
                            "set) echo \"$3 $4\" >> \"$log\"; if [ \"$3\" = power ]; then echo \"$4\" > \"$st\"; fi ;;\n"
                            "*) exit 1 ;;\n"
                            "esac\n";
    if (!writeText(d + QStringLiteral("/hook"), hook, error))
        return false;
    QFile::setPermissions(d + QStringLiteral("/hook"),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QByteArray n = m_name.toUtf8();
    const QByteArray lan =
        "name \"" + n + "\"\n"
        "set_working_mc 0x20\n"
        "  startlan 1\n"
        "    addr 127.0.0.1 " + QByteArray::number(m_port) + "\n"
        "    priv_limit admin\n"
        "    allowed_auths_callback none md2 md5 straight\n"
        "    allowed_auths_user md5 straight\n"
        "    allowed_auths_operator md5 straight\n"
        "    allowed_auths_admin md5 straight\n"
        "    guid a123456789abcdefa123456789000001\n"
        "  endlan\n"
        "  chassis_control \"" + dn + "/hook " + n + "\"\n"
        "  user 2 true \"admin\" \"" + m_password + "\" admin 10 md5 straight\n";
    if (!writeText(d + QStringLiteral("/lan.conf"), lan, error))
        return false;
    const QByteArray events = " enable scanning per-state 000111111000000 000111111000000 "
                              "000111111000000 000111111000000\n";
    const QByteArray emu =
        "mc_setbmc 0x20\n"
        "mc_add 0x20 0 no-device-sdrs 0x23 9 8 0x9f 0x1291 0xf02 persist_sdr\n"
        "sel_enable 0x20 100 0x0a\n"
        "sensor_add 0x20 0 1 0x01 0x01\n"
        "sensor_set_value 0x20 0 1 45 0\n"
        "sensor_set_threshold 0x20 0 1 settable 111000 0xa0 0x90 0x50 00 00 00\n"
        "sensor_set_event_support 0x20 0 1" + events +
        "sensor_add 0x20 0 2 0x04 0x01\n"
        "sensor_set_value 0x20 0 2 60 0\n"
        "sensor_set_event_support 0x20 0 2" + events +
        "sensor_add 0x20 0 3 0x02 0x01\n"
        "sensor_set_value 0x20 0 3 120 0\n"
        "sensor_set_event_support 0x20 0 3" + events +
        // One SEL entry: temperature sensor 1, threshold, "upper critical going high".
        "sel_add 0x20 0x02 0x00 0x00 0x00 0x00 0x20 0x00 0x04 0x01 0x01 0x01 0x09 0x00 0x00\n"
        "mc_enable 0x20\n";
    if (!writeText(d + QStringLiteral("/node.emu"), emu, error))
        return false;
    const QByteArray sdrs = sensorSdr(1, "Temperature", "degrees_C", 1, 0, "CPU Temp")
                            + sensorSdr(2, "Fan", "RPM", 50, 0, "Fan 1")
                            + sensorSdr(3, "Voltage", "Volts", 1, -1, "Rail P12V");
    if (!writeText(d + QStringLiteral("/sdrs.txt"), sdrs, error))
        return false;
    const QString state = d + QStringLiteral("/state/ipmi_sim/") + m_name;
    QDir().mkpath(state);
    QProcess sdrcomp;
    sdrcomp.start(QStringLiteral("sdrcomp"),
                  {QStringLiteral("-o"), state + QStringLiteral("/sdr.20.main"),
                   d + QStringLiteral("/sdrs.txt")});
    if (!sdrcomp.waitForFinished(10000) || sdrcomp.exitCode() != 0) {
        *error = QStringLiteral("sdrcomp failed: ") + QString::fromLocal8Bit(sdrcomp.readAllStandardError());
        return false;
    }
    return true;
}

bool SimBmc::start(QString *error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary directory");
        return false;
    }
    m_port = freeUdpPort();
    if (!writeFiles(error))
        return false;
    const QString d = m_dir.path();
    m_sim.setProcessChannelMode(QProcess::MergedChannels);
    m_sim.setStandardInputFile(QProcess::nullDevice());
    m_sim.setStandardOutputFile(d + QStringLiteral("/sim.log"));
    m_sim.start(QStringLiteral("ipmi_sim"),
                {QStringLiteral("-n"), QStringLiteral("-c"), d + QStringLiteral("/lan.conf"),
                 QStringLiteral("-f"), d + QStringLiteral("/node.emu"), QStringLiteral("-s"),
                 d + QStringLiteral("/state")});
    if (!m_sim.waitForStarted(5000)) {
        *error = QStringLiteral("ipmi_sim did not start: ") + m_sim.errorString();
        return false;
    }
    // Ready when its UDP port is taken (bounded wait, test setup only).
    for (int i = 0; i < 100; ++i) {
        QUdpSocket probe;
        if (!probe.bind(QHostAddress::LocalHost, m_port))
            return true;
        probe.close();
        if (m_sim.state() != QProcess::Running)
            break;
        QThread::msleep(30);
    }
    QFile log(d + QStringLiteral("/sim.log"));
    log.open(QIODevice::ReadOnly);
    *error = QStringLiteral("ipmi_sim did not listen: ") + QString::fromLocal8Bit(log.readAll());
    return false;
}

void SimBmc::stop()
{
    if (m_sim.state() != QProcess::NotRunning) {
        m_sim.terminate();
        if (!m_sim.waitForFinished(3000)) {
            m_sim.kill();
            m_sim.waitForFinished(3000);
        }
    }
}

QString SimBmc::hookPowerState() const
{
    QFile f(m_dir.path() + QStringLiteral("/power-") + m_name);
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromLatin1(f.readAll()).trimmed();
}

QStringList SimBmc::hookLog() const
{
    QFile f(m_dir.path() + QStringLiteral("/hook-") + m_name + QStringLiteral(".log"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
}
