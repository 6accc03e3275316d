#include "nodeprofileeditor.h"

#include "fielderror.h"
#include "ssh/validators.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ha::ui {

bool isValidAddress(const QString &address)
{
    return QHostAddress(address).protocol() != QAbstractSocket::UnknownNetworkLayerProtocol ||
           validate::nodeName(address);
}

bool isValidUserName(const QString &user)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.-]{0,31}$"));
    return re.match(user).hasMatch();
}

NodeProfileEditor::NodeProfileEditor(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_address(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_user(new QLineEdit(QStringLiteral("root"), this))
    , m_auth(new QComboBox(this))
    , m_identity(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Browse…"), this))
    , m_password(new QLineEdit(this))
    , m_sudo(new QCheckBox(tr("Run cluster commands through sudo -n (non-root user)"), this))
    , m_bmc(new QGroupBox(tr("This node has a BMC (IPMI power control)"), this))
    , m_bmcAddress(new QLineEdit(this))
    , m_bmcPort(new QSpinBox(this))
    , m_bmcUser(new QLineEdit(this))
    , m_cipher(new QSpinBox(this))
    , m_bmcPassword(new QLineEdit(this))
    , m_nameError(makeFieldError(this))
    , m_addressError(makeFieldError(this))
    , m_userError(makeFieldError(this))
    , m_identityError(makeFieldError(this))
    , m_passwordError(makeFieldError(this))
    , m_bmcAddressError(makeFieldError(this))
    , m_bmcUserError(makeFieldError(this))
{
    m_name->setObjectName(QStringLiteral("nodeName"));
    m_name->setPlaceholderText(tr("as Pacemaker knows it (uname -n), e.g. node1"));
    m_address->setObjectName(QStringLiteral("address"));
    m_address->setPlaceholderText(tr("host name or IP address"));
    m_port->setRange(1, 65535);
    m_port->setValue(22);
    m_auth->addItem(tr("SSH agent"), QVariant::fromValue(static_cast<int>(SshAuth::Agent)));
    m_auth->addItem(tr("Key file"), QVariant::fromValue(static_cast<int>(SshAuth::Key)));
    m_auth->addItem(tr("Password"), QVariant::fromValue(static_cast<int>(SshAuth::Password)));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setObjectName(QStringLiteral("sshPassword"));
    m_password->setPlaceholderText(tr("stored in the desktop keyring only"));
    m_bmcPassword->setEchoMode(QLineEdit::Password);
    m_bmcPassword->setObjectName(QStringLiteral("bmcPassword"));
    m_bmcPassword->setPlaceholderText(tr("stored in the desktop keyring only"));
    m_bmcPort->setRange(1, 65535);
    m_bmcPort->setValue(623);
    m_cipher->setRange(0, 17);
    m_cipher->setValue(3);
    m_cipher->setToolTip(tr("IPMI cipher suite; 3 (AES-128, HMAC-SHA1) works with most BMCs."));
    m_bmc->setCheckable(true);
    m_bmc->setChecked(false);

    auto *identityRow = new QWidget(this);
    auto *ir = new QHBoxLayout(identityRow);
    ir->setContentsMargins(0, 0, 0, 0);
    ir->addWidget(m_identity, 1);
    ir->addWidget(m_browse);
    identityRow->setFocusProxy(m_identity);

    auto *ssh = new QFormLayout;
    ssh->addRow(tr("&Node name:"), withFieldError(m_name, m_nameError, this));
    ssh->addRow(tr("&Address:"), withFieldError(m_address, m_addressError, this));
    ssh->addRow(tr("SSH &port:"), m_port);
    ssh->addRow(tr("SSH &user:"), withFieldError(m_user, m_userError, this));
    ssh->addRow(tr("&Authentication:"), m_auth);
    ssh->addRow(tr("&Identity file:"), withFieldError(identityRow, m_identityError, this));
    ssh->addRow(tr("Pass&word:"), withFieldError(m_password, m_passwordError, this));
    ssh->addRow(QString(), m_sudo);

    auto *bmcForm = new QFormLayout(m_bmc);
    bmcForm->addRow(tr("BMC a&ddress:"), withFieldError(m_bmcAddress, m_bmcAddressError, m_bmc));
    bmcForm->addRow(tr("BMC p&ort:"), m_bmcPort);
    bmcForm->addRow(tr("BMC u&ser:"), withFieldError(m_bmcUser, m_bmcUserError, m_bmc));
    bmcForm->addRow(tr("&Cipher suite:"), m_cipher);
    bmcForm->addRow(tr("BMC passwo&rd:"), m_bmcPassword);

    auto *box = new QVBoxLayout(this);
    box->addLayout(ssh);
    box->addWidget(m_bmc);
    box->addStretch(1);

    connect(m_auth, &QComboBox::currentIndexChanged, this, &NodeProfileEditor::updateAuthFields);
    connect(m_browse, &QPushButton::clicked, this, &NodeProfileEditor::browseIdentity);
    connect(m_name, &QLineEdit::textChanged, this, &NodeProfileEditor::nameChanged);
    updateAuthFields();
}

void NodeProfileEditor::updateAuthFields()
{
    const auto auth = static_cast<SshAuth>(m_auth->currentData().toInt());
    m_identity->setEnabled(auth == SshAuth::Key);
    m_browse->setEnabled(auth == SshAuth::Key);
    m_password->setEnabled(auth == SshAuth::Password);
    if (auth != SshAuth::Key)
        setFieldError(m_identityError, QString());
    if (auth != SshAuth::Password)
        setFieldError(m_passwordError, QString());
}

void NodeProfileEditor::browseIdentity()
{
    const QString start = m_identity->text().isEmpty() ? QDir::homePath() + QStringLiteral("/.ssh")
                                                       : m_identity->text();
    const QString file = QFileDialog::getOpenFileName(this, tr("SSH private key"), start);
    if (!file.isEmpty())
        m_identity->setText(file);
}

void NodeProfileEditor::setNode(const NodeProfile &node)
{
    m_name->setText(node.name);
    m_address->setText(node.address);
    m_port->setValue(node.port);
    m_user->setText(node.user);
    m_auth->setCurrentIndex(m_auth->findData(static_cast<int>(node.auth)));
    m_identity->setText(node.identityFile);
    m_sudo->setChecked(node.sudo);
    m_bmc->setChecked(node.bmc.isConfigured());
    m_bmcAddress->setText(node.bmc.address);
    m_bmcPort->setValue(node.bmc.port);
    m_bmcUser->setText(node.bmc.user);
    m_cipher->setValue(node.bmc.cipherSuite);
    m_bmcPrivilege = node.bmc.privilege;
    m_bmcPasswordFile = node.bmc.passwordFile;
    m_bmcTimeoutMs = node.bmc.timeoutMs;
    updateAuthFields();
}

NodeProfile NodeProfileEditor::node() const
{
    NodeProfile n;
    n.name = m_name->text().trimmed();
    n.address = m_address->text().trimmed();
    n.port = static_cast<quint16>(m_port->value());
    n.user = m_user->text().trimmed();
    n.auth = static_cast<SshAuth>(m_auth->currentData().toInt());
    if (n.auth == SshAuth::Key)
        n.identityFile = m_identity->text().trimmed();
    n.sudo = m_sudo->isChecked();
    if (m_bmc->isChecked()) {
        n.bmc.address = m_bmcAddress->text().trimmed();
        n.bmc.port = static_cast<quint16>(m_bmcPort->value());
        n.bmc.user = m_bmcUser->text().trimmed();
        n.bmc.cipherSuite = m_cipher->value();
        n.bmc.privilege = m_bmcPrivilege;
        n.bmc.passwordFile = m_bmcPasswordFile;
        n.bmc.timeoutMs = m_bmcTimeoutMs;
    }
    return n;
}

QByteArray NodeProfileEditor::sshPassword() const
{
    if (static_cast<SshAuth>(m_auth->currentData().toInt()) != SshAuth::Password)
        return {};
    return m_password->text().toUtf8();
}

QByteArray NodeProfileEditor::bmcPassword() const
{
    return m_bmc->isChecked() ? m_bmcPassword->text().toUtf8() : QByteArray();
}

void NodeProfileEditor::clearPasswords()
{
    m_password->clear();
    m_bmcPassword->clear();
}

bool NodeProfileEditor::validate(const QStringList &otherNames)
{
    const NodeProfile n = node();
    bool ok = true;
    const auto check = [&ok](QLabel *label, const QString &message) {
        setFieldError(label, message);
        if (!message.isEmpty())
            ok = false;
    };

    QString e;
    if (n.name.isEmpty())
        e = tr("Enter the node's name as Pacemaker shows it (uname -n).");
    else if (!validate::nodeName(n.name))
        e = tr("Letters, digits, '-' and '.' only, as in a host name.");
    else if (otherNames.contains(n.name))
        e = tr("Another node already has this name.");
    check(m_nameError, e);

    e.clear();
    if (n.address.isEmpty())
        e = tr("Enter the address the console connects to.");
    else if (!isValidAddress(n.address))
        e = tr("Not a host name or IP address.");
    check(m_addressError, e);

    check(m_userError, isValidUserName(n.user) ? QString() : tr("Enter a valid user name."));

    e.clear();
    if (n.auth == SshAuth::Key) {
        if (m_identity->text().trimmed().isEmpty())
            e = tr("Choose the private key file.");
        else if (!QFileInfo(m_identity->text().trimmed()).isFile())
            e = tr("No such file.");
    }
    check(m_identityError, e);

    check(m_passwordError,
          n.auth == SshAuth::Password && m_password->text().isEmpty()
              ? tr("Type the password; it is stored in the keyring, not in the profile.")
              : QString());

    e.clear();
    if (m_bmc->isChecked()) {
        if (n.bmc.address.isEmpty())
            e = tr("Enter the BMC's address, or untick “This node has a BMC”.");
        else if (!isValidAddress(n.bmc.address))
            e = tr("Not a host name or IP address.");
    }
    check(m_bmcAddressError, e);
    check(m_bmcUserError,
          m_bmc->isChecked() && n.bmc.user.isEmpty() ? tr("Enter the BMC user.") : QString());
    return ok;
}

} // namespace ha::ui
