#pragma once
// Keeps one node's view current over one SSH session, with no agent on the node.
//
// Change notification without polling: a long-running `crm_mon --output-as=text -i 1` on an open
// channel reprints only when the CIB changes (tens of ms after it); each reprint triggers a
// fetch of the XML status and the constraints over the same session. Fetches coalesce: a
// trigger during a fetch schedules exactly one more. Corosync link and quorum state do not show
// in the CIB, so they are polled on a short timer; a slow safety poll catches anything missed.

#include "nodesnapshot.h"
#include "profile/clusterprofile.h"

#include <QObject>
#include <QElapsedTimer>
#include <QTimer>

namespace ha {

class AuditLog;
class SecretStore;

class NodeWatcher : public QObject
{
    Q_OBJECT
public:
    struct Timing
    {
        int linkPollMs = 3000;
        int safetyPollMs = 15000;
        int pollWithoutWatchMs = 2000; // crm_mon watch not running (Pacemaker down)
        // crm_mon delays its redraw by up to 2 s when the previous one was less than about a
        // second ago, so changes that follow each other closely would show late. For a while
        // after every change the status is fetched again at this pace; idle costs nothing.
        int burstPollMs = 300;
        int burstWindowMs = 2500;
        int commandTimeoutMs = 15000;
    };

    NodeWatcher(const ClusterProfile &profile, const NodeProfile &node, AuditLog *audit,
                SecretStore *secrets, QObject *parent = nullptr);
    ~NodeWatcher() override;

    void setTiming(const Timing &t) { m_timing = t; }
    void start();
    void stop();
    void refreshNow();

    const NodeSnapshot &view() const { return m_view; }
    NodeSession *session() const { return m_session; }
    QString nodeName() const { return m_view.node; }

    static SshEndpoint endpointFor(const ClusterProfile &profile, const NodeProfile &node);

signals:
    void viewChanged();
    void hostKeyUnknown(const QString &sha256Fingerprint, const QString &keyType);
    void hostKeyRejected(const QString &message);

private:
    void onState(ha::NodeSession::State state, const QString &message);
    void onOutput(quint64 id, const QByteArray &chunk);
    void onFinished(quint64 id, const ha::CommandResult &result);
    void openSession();
    void startWatch();
    void fetchStatus();
    void pollLinks();
    void touch();

    NodeSnapshot m_view;
    NodeProfile m_node;
    QString m_secretKey;
    NodeSession *m_session = nullptr;
    SecretStore *m_secrets = nullptr;
    Timing m_timing;
    QTimer m_linkTimer;
    QTimer m_safetyTimer;
    QTimer m_watchRestart;
    QTimer m_burstTimer;
    QElapsedTimer m_sinceChange; // since the last watch output (a change)
    quint64 m_watchId = 0;
    quint64 m_statusId = 0;
    quint64 m_constraintsId = 0;
    quint64 m_linksId = 0;
    quint64 m_quorumId = 0;
    bool m_fetchAgain = false;
    bool m_legacyXml = false;
    bool m_running = false;
};

} // namespace ha
