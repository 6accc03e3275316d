#include "profileeditor.h"

#include "fielderror.h"
#include "nodeprofileeditor.h"
#include "profile/profilestore.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ha::ui {

ProfileEditor::ProfileEditor(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_nameError(makeFieldError(this))
    , m_nodes(new QTabWidget(this))
    , m_remove(new QPushButton(tr("&Remove this node"), this))
    , m_nodesError(makeFieldError(this))
    , m_serviceAddress(new QLineEdit(this))
    , m_serviceError(makeFieldError(this))
    , m_servicePort(new QSpinBox(this))
{
    m_name->setObjectName(QStringLiteral("clusterName"));
    m_name->setPlaceholderText(tr("e.g. novadb"));
    m_serviceAddress->setObjectName(QStringLiteral("serviceAddress"));
    m_serviceAddress->setPlaceholderText(tr("the database's virtual IP, e.g. 10.0.0.100"));
    m_servicePort->setRange(1, 65535);
    m_servicePort->setValue(3306);

    auto *top = new QFormLayout;
    top->addRow(tr("Cluster &name:"), withFieldError(m_name, m_nameError, this));

    auto *add = new QPushButton(tr("&Add node"), this);
    auto *nodeButtons = new QHBoxLayout;
    nodeButtons->addWidget(add);
    nodeButtons->addWidget(m_remove);
    nodeButtons->addStretch(1);

    auto *service = new QGroupBox(tr("Database service"), this);
    auto *sf = new QFormLayout(service);
    sf->addRow(tr("&Virtual IP:"), withFieldError(m_serviceAddress, m_serviceError, service));
    sf->addRow(tr("P&ort:"), m_servicePort);

    auto *box = new QVBoxLayout(this);
    box->addLayout(top);
    box->addWidget(m_nodes, 1);
    box->addWidget(m_nodesError);
    box->addLayout(nodeButtons);
    box->addWidget(service);

    connect(add, &QPushButton::clicked, this, [this] { m_nodes->setCurrentWidget(addNode()); });
    connect(m_remove, &QPushButton::clicked, this, &ProfileEditor::removeCurrentNode);
    // A two-node cluster is what the console is built for: start with both.
    addNode();
    addNode();
}

NodeProfileEditor *ProfileEditor::addNode()
{
    auto *ed = new NodeProfileEditor(m_nodes);
    m_nodes->addTab(ed, QString());
    connect(ed, &NodeProfileEditor::nameChanged, this, &ProfileEditor::updateTabTitles);
    updateTabTitles();
    return ed;
}

void ProfileEditor::removeCurrentNode()
{
    if (m_nodes->count() <= 1)
        return;
    QWidget *w = m_nodes->currentWidget();
    m_nodes->removeTab(m_nodes->currentIndex());
    w->deleteLater();
    updateTabTitles();
}

void ProfileEditor::updateTabTitles()
{
    for (int i = 0; i < m_nodes->count(); ++i) {
        const QString name = nodeEditor(i)->nameEdit()->text().trimmed();
        m_nodes->setTabText(i, name.isEmpty() ? tr("Node %1").arg(i + 1) : name);
    }
    m_remove->setEnabled(m_nodes->count() > 1);
}

int ProfileEditor::nodeCount() const
{
    return m_nodes->count();
}

NodeProfileEditor *ProfileEditor::nodeEditor(int i) const
{
    return qobject_cast<NodeProfileEditor *>(m_nodes->widget(i));
}

void ProfileEditor::setProfile(const ClusterProfile &profile)
{
    m_base = profile;
    m_name->setText(profile.name);
    while (m_nodes->count() > 0) {
        QWidget *w = m_nodes->widget(0);
        m_nodes->removeTab(0);
        w->deleteLater();
    }
    for (const NodeProfile &n : profile.nodes)
        addNode()->setNode(n);
    if (profile.nodes.isEmpty())
        addNode();
    m_serviceAddress->setText(profile.serviceAddress);
    m_servicePort->setValue(profile.servicePort);
    updateTabTitles();
}

ClusterProfile ProfileEditor::profile() const
{
    ClusterProfile p = m_base;
    p.name = m_name->text().trimmed();
    p.nodes.clear();
    for (int i = 0; i < nodeCount(); ++i)
        p.nodes << nodeEditor(i)->node();
    p.serviceAddress = m_serviceAddress->text().trimmed();
    p.servicePort = static_cast<quint16>(m_servicePort->value());
    return p;
}

QList<PendingSecret> ProfileEditor::secrets() const
{
    const ClusterProfile p = profile();
    QList<PendingSecret> out;
    for (int i = 0; i < nodeCount(); ++i) {
        const NodeProfileEditor *ed = nodeEditor(i);
        const QString node = ed->node().name;
        const QByteArray ssh = ed->sshPassword();
        if (!ssh.isEmpty())
            out << PendingSecret{p.sshSecretKey(node), tr("SSH password of %1").arg(node), ssh};
        const QByteArray bmc = ed->bmcPassword();
        if (!bmc.isEmpty())
            out << PendingSecret{p.bmcSecretKey(node), tr("BMC password of %1").arg(node), bmc};
    }
    return out;
}

void ProfileEditor::clearPasswords()
{
    for (int i = 0; i < nodeCount(); ++i)
        nodeEditor(i)->clearPasswords();
}

bool ProfileEditor::validate()
{
    bool ok = true;
    const QString name = m_name->text().trimmed();
    QString e;
    if (name.isEmpty())
        e = tr("Give the cluster a name.");
    else if (!ProfileStore::isValidName(name))
        e = tr("Letters, digits, '-', '_' and '.' only.");
    setFieldError(m_nameError, e);
    ok = ok && e.isEmpty();

    QStringList names;
    for (int i = 0; i < nodeCount(); ++i)
        names << nodeEditor(i)->node().name;
    int firstBad = -1;
    for (int i = 0; i < nodeCount(); ++i) {
        QStringList others = names;
        others.removeAt(i);
        if (!nodeEditor(i)->validate(others) && firstBad < 0)
            firstBad = i;
    }
    setFieldError(
        m_nodesError,
        firstBad >= 0
            ? tr("Check the node “%1”: a field needs attention.").arg(m_nodes->tabText(firstBad))
            : QString());
    if (firstBad >= 0) {
        m_nodes->setCurrentIndex(firstBad);
        ok = false;
    }

    const QString vip = m_serviceAddress->text().trimmed();
    e = !vip.isEmpty() && !isValidAddress(vip) ? tr("Not a host name or IP address.") : QString();
    setFieldError(m_serviceError, e);
    ok = ok && e.isEmpty();
    return ok;
}

} // namespace ha::ui
