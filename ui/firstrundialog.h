#pragma once
// Add a cluster: the profile editor plus a "Use the local lab" shortcut. On Save the profile
// goes to the ProfileStore (INI, no secrets) and any password typed goes to the keyring through
// SecretStore; when the keyring cannot take it the operator is told, and the profile is kept.

#include "profile/clusterprofile.h"
#include "profile/profilestore.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace ha {
class SecretStore;
}

namespace ha::ui {

class ProfileEditor;

class FirstRunDialog : public QDialog
{
    Q_OBJECT
public:
    // `secrets` may be null (no keyring at all): passwords then cannot be kept, and the dialog
    // says so.
    FirstRunDialog(ProfileStore store, SecretStore *secrets, QWidget *parent = nullptr);

    // The saved (or lab) profile once the dialog is accepted.
    ClusterProfile profile() const { return m_result; }
    bool usedLab() const { return m_usedLab; }

    ProfileEditor *editor() const { return m_editor; }
    QPushButton *labButton() const { return m_lab; }
    QPushButton *saveButton() const { return m_save; }
    QString labStatus() const;
    QString saveStatus() const;

signals:
    // Emitted once all keyring writes have finished (or failed); then the dialog accepts.
    void secretsStored(const QStringList &failures);

private:
    void useLab();
    void save();
    void finishSecrets();

    ProfileStore m_store;
    SecretStore *m_secrets;
    ProfileEditor *m_editor;
    QPushButton *m_lab;
    QLabel *m_labStatus;
    QPushButton *m_save;
    QLabel *m_saveStatus;
    ClusterProfile m_result;
    bool m_usedLab = false;
    int m_pendingWrites = 0;
    QStringList m_failedWrites;
};

} // namespace ha::ui
