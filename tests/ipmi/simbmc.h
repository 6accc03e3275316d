#pragma once
// A real OpenIPMI ipmi_sim BMC on 127.0.0.1 and a free UDP port, for tests. Its chassis
// control hook is a small script that keeps the power state in a file and logs every "set".

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

class SimBmc
{
public:
    SimBmc(QString name, QByteArray password);
    ~SimBmc();

    bool start(QString *error);
    void stop();

    quint16 port() const { return m_port; }
    QString name() const { return m_name; }
    QByteArray password() const { return m_password; }
    QString dir() const { return m_dir.path(); }
    // "0", "1", or empty when the hook never set the power.
    QString hookPowerState() const;
    // One line per "set": "power 0", "power 1", "reset 1".
    QStringList hookLog() const;

    static quint16 freeUdpPort();

private:
    bool writeFiles(QString *error);

    QString m_name;
    QByteArray m_password;
    QTemporaryDir m_dir;
    QProcess m_sim;
    quint16 m_port = 0;
};
