#include "firstrundialog.h"

#include "fielderror.h"
#include "messagebox.h"
#include "profile/secretstore.h"
#include "profileeditor.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace ha::ui {

FirstRunDialog::FirstRunDialog(ProfileStore store, SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_store(std::move(store))
    , m_secrets(secrets)
    , m_editor(new ProfileEditor)
    , m_lab(new QPushButton(QStringLiteral("▶ ") + tr("Use the local lab"), this))
    , m_labStatus(new QLabel(this))
    , m_save(nullptr)
    , m_saveStatus(makeFieldError(this))
{
    setWindowTitle(tr("Add a cluster"));
    auto *box = new QVBoxLayout(this);

    auto *intro =
        new QLabel(tr("<b>Add a cluster.</b> Tell the console how to reach each node over "
                      "SSH. Passwords go to the desktop keyring, never into the profile "
                      "file."),
                   this);
    intro->setWordWrap(true);
    box->addWidget(intro);

    QFont lf = m_lab->font();
    lf.setPointSizeF(lf.pointSizeF() * 1.2);
    lf.setBold(true);
    m_lab->setFont(lf);
    m_lab->setObjectName(QStringLiteral("useLab"));
    m_lab->setToolTip(
        tr("Load the profile “lab” that the local test cluster writes when it starts."));
    m_lab->setAutoDefault(false);
    m_labStatus->setObjectName(QStringLiteral("labStatus"));
    m_labStatus->setWordWrap(true);
    m_labStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_labStatus->hide();
    box->addWidget(m_lab);
    box->addWidget(m_labStatus);

    // Scrolls rather than squeezes when validation messages appear or the screen is small.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_editor);
    box->addWidget(scroll, 1);
    box->addWidget(m_saveStatus);

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("Save cluster"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("save"));
    buttons->addButton(QDialogButtonBox::Cancel);
    box->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_lab, &QPushButton::clicked, this, &FirstRunDialog::useLab);
    resize(660, 860);
}

QString FirstRunDialog::labStatus() const
{
    return m_labStatus->text();
}

QString FirstRunDialog::saveStatus() const
{
    return m_saveStatus->text();
}

void FirstRunDialog::useLab()
{
    const Result<ClusterProfile> lab = m_store.load(QStringLiteral("lab"));
    if (!lab) {
        m_labStatus->setText(
            QStringLiteral("✖ ") +
            tr("The local lab is not running: there is no profile named “lab” in %1. Start it "
               "with “tests/lab/lab up” (it writes the profile), then press the button again.")
                .arg(m_store.directory()));
        m_labStatus->setStyleSheet(m_saveStatus->styleSheet());
        m_labStatus->show();
        return;
    }
    m_result = *lab;
    m_usedLab = true;
    accept();
}

void FirstRunDialog::save()
{
    setFieldError(m_saveStatus, QString());
    if (!m_editor->validate()) {
        setFieldError(m_saveStatus,
                      tr("Some fields need attention; see the messages next to them."));
        return;
    }
    const ClusterProfile p = m_editor->profile();
    if (m_store.names().contains(p.name) &&
        !MessageBox::confirm(this, tr("Replace profile"),
                             tr("A cluster named “%1” is already saved. Replace it?").arg(p.name),
                             QString(), tr("Replace “%1”").arg(p.name))) {
        return;
    }
    const Result<void> saved = m_store.save(p);
    if (!saved) {
        setFieldError(m_saveStatus,
                      tr("The profile could not be saved: %1").arg(saved.error().message));
        return;
    }
    m_result = p;
    m_usedLab = false;

    QList<PendingSecret> secrets = m_editor->secrets();
    m_editor->clearPasswords();
    if (secrets.isEmpty()) {
        accept();
        return;
    }
    m_failedWrites.clear();
    if (!m_secrets) {
        for (PendingSecret &s : secrets) {
            m_failedWrites << tr("%1: no keyring is available").arg(s.what);
            SecretStore::wipe(s.value);
        }
        finishSecrets();
        return;
    }
    setEnabled(false);
    m_pendingWrites = static_cast<int>(secrets.size());
    for (PendingSecret &s : secrets) {
        const QString what = s.what;
        m_secrets->write(s.key, s.value, this, [this, what](Result<void> r) {
            if (!r)
                m_failedWrites << tr("%1: %2").arg(what, r.error().message);
            if (--m_pendingWrites == 0)
                finishSecrets();
        });
        SecretStore::wipe(s.value);
    }
}

void FirstRunDialog::finishSecrets()
{
    setEnabled(true);
    if (!m_failedWrites.isEmpty()) {
        MessageBox::warning(this, tr("Passwords not stored"),
                            tr("The cluster “%1” is saved, but the keyring did not take these "
                               "passwords. Password logins will not work until the keyring is "
                               "unlocked and the passwords are entered again; key and agent "
                               "logins keep working.")
                                .arg(m_result.name),
                            m_failedWrites.join(u'\n'));
    }
    emit secretsStored(m_failedWrites);
    accept();
}

} // namespace ha::ui
