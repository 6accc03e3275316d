#pragma once
// Host keys. An unknown key (first contact) is shown with its SHA256 fingerprint and how to
// check it on the node; the operator decides, and Cancel is the default. A CHANGED key is an
// error, not a question: the dialog offers no way to accept it and says which known_hosts file
// holds the old key and what to do.

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ha::ui {

struct HostKeyInfo
{
    QString node;
    QString host;
    quint16 port = 22;
    QString keyType;        // "ssh-ed25519", "ecdsa-sha2-nistp256", ...
    QString fingerprint;    // "SHA256:..."
    QString knownHostsFile; // where it will be stored / where the old key is
    QString message;        // changed key: what the SSH layer said (file and line)
};

class HostKeyDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind
    {
        Unknown,
        Changed
    };

    HostKeyDialog(Kind kind, const HostKeyInfo &info, QWidget *parent = nullptr);

    // Unknown key: true when the operator trusts it.
    static bool askTrust(QWidget *parent, const HostKeyInfo &info);
    // Changed key: shows the refusal; there is nothing to answer.
    static void showChanged(QWidget *parent, const HostKeyInfo &info);
    // Tests: the next askTrust() returns `trust` and the next showChanged() returns at once,
    // without showing anything; lastInfo() is what they were given.
    static void setNextAnswer(bool trust);
    static HostKeyInfo lastInfo();

    Kind kind() const { return m_kind; }
    QLineEdit *fingerprintField() const { return m_fingerprint; }
    QPushButton *trustButton() const { return m_trust; } // null for a changed key
    QPushButton *cancelButton() const { return m_cancel; }
    QString explanation() const;
    // The key type the verify command should name ("ed25519" for "ssh-ed25519").
    static QString hostKeyFileFor(const QString &keyType);

private:
    Kind m_kind;
    QLineEdit *m_fingerprint;
    QPushButton *m_trust = nullptr;
    QPushButton *m_cancel;
    QLabel *m_explanation;

    static inline bool s_hasNextAnswer = false;
    static inline bool s_nextAnswer = false;
    static inline HostKeyInfo s_lastInfo;
};

} // namespace ha::ui
