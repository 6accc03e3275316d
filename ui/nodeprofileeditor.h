#pragma once
// One node of a cluster profile: how to reach it over SSH and, optionally, its BMC.
// Passwords typed here are handed out by secrets() for the keyring and never enter the profile.

#include "profile/clusterprofile.h"

#include <QByteArray>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace ha::ui {

class NodeProfileEditor : public QWidget
{
    Q_OBJECT
public:
    explicit NodeProfileEditor(QWidget *parent = nullptr);

    void setNode(const NodeProfile &node);
    NodeProfile node() const;
    QByteArray sshPassword() const; // empty unless auth is Password
    QByteArray bmcPassword() const; // empty unless a BMC is configured
    void clearPasswords();

    // Checks every field and shows the messages next to them; `otherNames` are the other
    // nodes' names (must differ). True when nothing is wrong.
    bool validate(const QStringList &otherNames);

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *addressEdit() const { return m_address; }
    QSpinBox *portSpin() const { return m_port; }
    QLineEdit *userEdit() const { return m_user; }
    QComboBox *authCombo() const { return m_auth; }
    QLineEdit *identityEdit() const { return m_identity; }
    QLineEdit *passwordEdit() const { return m_password; }
    QCheckBox *sudoCheck() const { return m_sudo; }
    QGroupBox *bmcGroup() const { return m_bmc; }
    QLineEdit *bmcAddressEdit() const { return m_bmcAddress; }
    QSpinBox *bmcPortSpin() const { return m_bmcPort; }
    QLineEdit *bmcUserEdit() const { return m_bmcUser; }
    QSpinBox *cipherSpin() const { return m_cipher; }
    QLineEdit *bmcPasswordEdit() const { return m_bmcPassword; }

signals:
    void nameChanged(const QString &name);

private:
    void updateAuthFields();
    void browseIdentity();

    QLineEdit *m_name;
    QLineEdit *m_address;
    QSpinBox *m_port;
    QLineEdit *m_user;
    QComboBox *m_auth;
    QLineEdit *m_identity;
    QPushButton *m_browse;
    QLineEdit *m_password;
    QCheckBox *m_sudo;
    QGroupBox *m_bmc;
    QLineEdit *m_bmcAddress;
    QSpinBox *m_bmcPort;
    QLineEdit *m_bmcUser;
    QSpinBox *m_cipher;
    QLineEdit *m_bmcPassword;
    QString m_bmcPrivilege = QStringLiteral("admin");
    QString m_bmcPasswordFile;
    int m_bmcTimeoutMs = 1000;

    QLabel *m_nameError;
    QLabel *m_addressError;
    QLabel *m_userError;
    QLabel *m_identityError;
    QLabel *m_passwordError;
    QLabel *m_bmcAddressError;
    QLabel *m_bmcUserError;
};

// Shared by the editors: a host name or an IPv4/IPv6 address.
bool isValidAddress(const QString &address);
bool isValidUserName(const QString &user);

} // namespace ha::ui
