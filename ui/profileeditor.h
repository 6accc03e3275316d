#pragma once
// A whole cluster profile: its name, one tab per node, and the database service address.
// profile() never carries a password; secrets() hands them out keyed for the keyring.

#include "profile/clusterprofile.h"

#include <QByteArray>
#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace ha::ui {

class NodeProfileEditor;

struct PendingSecret
{
    QString key;  // ClusterProfile::sshSecretKey() / bmcSecretKey()
    QString what; // for messages: "SSH password of node1"
    QByteArray value;
};

class ProfileEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ProfileEditor(QWidget *parent = nullptr);

    void setProfile(const ClusterProfile &profile);
    ClusterProfile profile() const;
    QList<PendingSecret> secrets() const;
    void clearPasswords();
    bool validate();

    int nodeCount() const;
    NodeProfileEditor *nodeEditor(int i) const;
    NodeProfileEditor *addNode();
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *serviceAddressEdit() const { return m_serviceAddress; }
    QSpinBox *servicePortSpin() const { return m_servicePort; }

private:
    void removeCurrentNode();
    void updateTabTitles();

    ClusterProfile m_base; // fields the form does not show survive an edit
    QLineEdit *m_name;
    QLabel *m_nameError;
    QTabWidget *m_nodes;
    QPushButton *m_remove;
    QLabel *m_nodesError;
    QLineEdit *m_serviceAddress;
    QLabel *m_serviceError;
    QSpinBox *m_servicePort;
};

} // namespace ha::ui
