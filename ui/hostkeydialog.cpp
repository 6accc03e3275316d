#include "hostkeydialog.h"

#include "ssh/knownhosts.h"
#include "statebadge.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ha::ui {

namespace {

QLineEdit *monospaceField(const QString &text, QWidget *parent)
{
    auto *f = new QLineEdit(text, parent);
    f->setReadOnly(true);
    f->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    f->setMinimumWidth(f->fontMetrics().horizontalAdvance(text) + 24);
    return f;
}

QString code(const QString &s)
{
    return QStringLiteral("<pre style=\"margin:4px 16px\">%1</pre>").arg(s.toHtmlEscaped());
}

} // namespace

QString HostKeyDialog::hostKeyFileFor(const QString &keyType)
{
    QString kind = QStringLiteral("ed25519");
    if (keyType.startsWith(QLatin1String("ecdsa")))
        kind = QStringLiteral("ecdsa");
    else if (keyType.contains(QLatin1String("rsa")))
        kind = QStringLiteral("rsa");
    return QStringLiteral("/etc/ssh/ssh_host_%1_key.pub").arg(kind);
}

HostKeyDialog::HostKeyDialog(Kind kind, const HostKeyInfo &info, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_fingerprint(monospaceField(info.fingerprint, this))
    , m_explanation(new QLabel(this))
{
    m_fingerprint->setObjectName(QStringLiteral("fingerprint"));
    m_fingerprint->setAccessibleName(tr("SHA256 fingerprint"));
    auto *box = new QVBoxLayout(this);
    const QString where = QStringLiteral("%1:%2").arg(info.host).arg(info.port);
    const QString verify = QStringLiteral("ssh-keygen -lf ") + hostKeyFileFor(info.keyType);
    const QString knownHosts =
        info.knownHostsFile.isEmpty() ? QStringLiteral("~/.ssh/known_hosts") : info.knownHostsFile;

    auto *headline = new QLabel(this);
    headline->setWordWrap(true);
    QFont hf = headline->font();
    hf.setPointSizeF(hf.pointSizeF() * 1.3);
    hf.setBold(true);
    headline->setFont(hf);
    box->addWidget(headline);

    auto *form = new QFormLayout;
    form->addRow(tr("Node:"), new QLabel(info.node, this));
    form->addRow(tr("Address:"), new QLabel(where, this));
    form->addRow(tr("Key type:"), new QLabel(info.keyType, this));
    form->addRow(kind == Kind::Changed ? tr("New fingerprint:") : tr("Fingerprint:"),
                 m_fingerprint);

    m_explanation->setObjectName(QStringLiteral("explanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::RichText);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(this);

    if (kind == Kind::Unknown) {
        setWindowTitle(tr("Unknown host key — %1").arg(info.node));
        headline->setText(
            tr("First connection to %1 (%2): is this really the node?").arg(info.node, where));
        box->addLayout(form);
        m_explanation->setText(
            tr("<p>The console has not seen this node's SSH host key before. Before you trust it, "
               "compare the fingerprint above with the one the node itself reports. Log in on the "
               "node's own console (not over this network) and run:</p>%1"
               "<p>If both fingerprints are the same, trust the key: it is saved to <b>%2</b> and "
               "this question does not come again. If they differ, cancel: someone may be "
               "answering in the node's place.</p>")
                .arg(code(verify), knownHosts.toHtmlEscaped()));
        box->addWidget(m_explanation);
        m_trust =
            buttons->addButton(tr("Trust this key and connect"), QDialogButtonBox::AcceptRole);
        m_trust->setObjectName(QStringLiteral("trust"));
        m_trust->setAutoDefault(false);
        m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
        m_cancel->setDefault(true);
        m_cancel->setFocus();
    } else {
        setWindowTitle(tr("Host key CHANGED — %1").arg(info.node));
        headline->setText(QStringLiteral("✖ ") +
                          tr("The SSH host key of %1 (%2) has CHANGED. The console refused to "
                             "connect.")
                              .arg(info.node, where));
        headline->setStyleSheet(
            QStringLiteral("QLabel { background: %1; color: %2; padding: 8px; }")
                .arg(severityBackground(Severity::Bad).name(),
                     severityForeground(Severity::Bad).name()));
        box->addLayout(form);
        const QString pattern = knownhosts::hostPattern(info.host, info.port);
        QString details;
        if (!info.message.isEmpty())
            details = QStringLiteral("<p>%1</p>").arg(info.message.toHtmlEscaped());
        m_explanation->setText(
            tr("<p>The key on file in <b>%1</b> does not match the key this node presents now. "
               "That happens when the node was reinstalled or its keys were regenerated — and when "
               "someone intercepts the connection. Do not connect until you know which.</p>%2"
               "<p>What to do:</p><ol>"
               "<li>On the node's own console, run the command below and compare its output with "
               "the new fingerprint above:%3</li>"
               "<li>Only if they match and the change was expected, remove the old key:%4</li>"
               "<li>Connect again; the console then asks you to trust the new key.</li></ol>")
                .arg(knownHosts.toHtmlEscaped(), details, code(verify),
                     code(QStringLiteral("ssh-keygen -R '%1' -f %2").arg(pattern, knownHosts))));
        box->addWidget(m_explanation);
        m_cancel = buttons->addButton(QDialogButtonBox::Close);
        m_cancel->setDefault(true);
    }
    box->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(qMax(sizeHint().width(), 620), sizeHint().height());
}

QString HostKeyDialog::explanation() const
{
    return m_explanation->text();
}

bool HostKeyDialog::askTrust(QWidget *parent, const HostKeyInfo &info)
{
    s_lastInfo = info;
    if (s_hasNextAnswer) {
        s_hasNextAnswer = false;
        return s_nextAnswer;
    }
    HostKeyDialog dialog(Kind::Unknown, info, parent);
    return dialog.exec() == QDialog::Accepted;
}

void HostKeyDialog::showChanged(QWidget *parent, const HostKeyInfo &info)
{
    s_lastInfo = info;
    if (s_hasNextAnswer) {
        s_hasNextAnswer = false;
        return;
    }
    HostKeyDialog dialog(Kind::Changed, info, parent);
    dialog.exec();
}

void HostKeyDialog::setNextAnswer(bool trust)
{
    s_hasNextAnswer = true;
    s_nextAnswer = trust;
}

HostKeyInfo HostKeyDialog::lastInfo()
{
    return s_lastInfo;
}

} // namespace ha::ui
