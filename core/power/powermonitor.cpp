#include "powermonitor.h"

#include <QCoreApplication>

#include <algorithm>

#include "audit/auditlog.h"
#include "ipmi/openipmipowercontrol.h"
#include "poweraudit.h"
#include "profile/secretstore.h"

#include <QElapsedTimer>

namespace ha {

PowerMonitor::PowerMonitor(ClusterProfile profile, AuditLog *audit, SecretStore *secrets,
                           QObject *parent)
    : QObject(parent), m_profile(std::move(profile)), m_audit(audit), m_secrets(secrets)
{
    m_factory = [this](const NodeProfile &n, const QByteArray &password) -> PowerControl * {
        return new OpenIpmiPowerControl(n.name, n.bmc, password, this);
    };
    for (const NodeProfile &n : m_profile.nodes) {
        Entry e;
        e.power.node = n.name;
        e.power.configured = n.bmc.isConfigured();
        m_entries.insert(n.name, e);
    }
    m_timer.setInterval(5000);
    connect(&m_timer, &QTimer::timeout, this, &PowerMonitor::pollNow);
}

PowerMonitor::~PowerMonitor() = default;

void PowerMonitor::setPollIntervalMs(int ms)
{
    m_timer.setInterval(std::max(100, ms));
}

QStringList PowerMonitor::nodes() const
{
    QStringList out;
    for (const NodeProfile &n : m_profile.nodes) {
        if (n.bmc.isConfigured())
            out << n.name;
    }
    return out;
}

NodePower PowerMonitor::state(const QString &node) const
{
    return m_entries.value(node).power;
}

PowerControl *PowerMonitor::control(const QString &node) const
{
    auto it = m_entries.constFind(node);
    return it == m_entries.cend() ? nullptr : it->control;
}

const SensorHistory &PowerMonitor::history(const QString &node) const
{
    static const SensorHistory empty;
    auto it = m_entries.constFind(node);
    return it == m_entries.cend() ? empty : it->history;
}

void PowerMonitor::start()
{
    pollNow();
    m_timer.start();
}

void PowerMonitor::stop()
{
    m_timer.stop();
}

void PowerMonitor::pollNow()
{
    for (const QString &node : nodes())
        poll(node);
}

void PowerMonitor::setState(const QString &node, const std::function<void(NodePower &)> &change)
{
    auto it = m_entries.find(node);
    if (it == m_entries.end())
        return;
    const NodePower before = it->power;
    change(it->power);
    const NodePower &after = it->power;
    if (before.powerOn != after.powerOn || before.bmcReachable != after.bmcReachable
        || before.lastError != after.lastError || before.lastPoll != after.lastPoll
        || before.busy != after.busy)
        emit nodeChanged(node);
}

void PowerMonitor::ensureControl(const QString &node,
                                 std::function<void(PowerControl *, Error)> then)
{
    auto it = m_entries.find(node);
    const NodeProfile *n = m_profile.node(node);
    if (it == m_entries.end() || !n || !n->bmc.isConfigured()) {
        then(nullptr, makeError(ErrorCode::NotFound,
                                tr("No BMC is configured for node %1.").arg(node)));
        return;
    }
    if (it->control) {
        then(it->control, {});
        return;
    }
    auto make = [this, node, then](Result<QByteArray> pw) {
        auto e = m_entries.find(node);
        if (e == m_entries.end())
            return;
        e->passwordPending = false;
        if (!pw.ok()) {
            then(nullptr, pw.error());
            return;
        }
        if (!e->control) {
            const NodeProfile *np = m_profile.node(node);
            e->control = m_factory(*np, pw.value());
        }
        SecretStore::wipe(pw.value());
        then(e->control, {});
    };
    if (!m_secrets) {
        make(QByteArray());
        return;
    }
    it->passwordPending = true;
    m_secrets->readBmcPassword(m_profile, node, this, std::move(make));
}

void PowerMonitor::poll(const QString &node)
{
    auto it = m_entries.find(node);
    if (it == m_entries.end() || it->polling || it->passwordPending)
        return;
    it->polling = true;
    ensureControl(node, [this, node](PowerControl *c, const Error &err) {
        if (!c) {
            m_entries[node].polling = false;
            setState(node, [&](NodePower &p) {
                p.bmcReachable = false;
                p.lastError = err.message;
                p.lastPoll = QDateTime::currentDateTimeUtc();
            });
            return;
        }
        c->powerStatus(this, [this, node](Result<PowerState> r) {
            m_entries[node].polling = false;
            bool maybeSensors = false;
            setState(node, [&](NodePower &p) {
                p.lastPoll = QDateTime::currentDateTimeUtc();
                if (r.ok()) {
                    p.powerOn = r.value() == PowerState::On;
                    p.bmcReachable = true;
                    p.lastError.clear();
                    maybeSensors = true;
                } else {
                    // A BMC that answers with an error (e.g. privilege) is still reachable.
                    const ErrorCode code = r.error().code;
                    p.bmcReachable = code != ErrorCode::Unreachable && code != ErrorCode::Timeout
                                     && code != ErrorCode::AuthFailed;
                    p.lastError = r.error().message;
                }
            });
            // Sensors now and then (the first poll, then every m_sensorEvery): the card's
            // summary and the temperature history stay current without the panel open.
            if (maybeSensors && m_sensorEvery > 0) {
                int &since = m_pollsSinceSensors[node];
                if (since == 0)
                    readSensors(node, this, [](Result<QList<SensorReading>>) {});
                since = (since + 1) % m_sensorEvery;
            }
        });
    });
}

namespace {
bool isAlarm(const SensorReading &r)
{
    return r.severity == SensorSeverity::Warning || r.severity == SensorSeverity::Critical;
}
} // namespace

bool sensorsAlarm(const QList<SensorReading> &readings)
{
    return std::any_of(readings.cbegin(), readings.cend(), isAlarm);
}

QString sensorSummaryText(const QList<SensorReading> &readings)
{
    if (readings.isEmpty())
        return QCoreApplication::translate("ha::PowerMonitor", "no sensors");
    const SensorReading *worst = nullptr;
    const SensorReading *hottest = nullptr;
    int problems = 0;
    auto rank = [](SensorSeverity s) {
        switch (s) {
        case SensorSeverity::Critical: return 3;
        case SensorSeverity::Warning: return 2;
        case SensorSeverity::Unknown: return 1;
        case SensorSeverity::Ok: return 0;
        }
        return 0;
    };
    for (const SensorReading &r : readings) {
        if (isAlarm(r))
            ++problems;
        if (!worst || rank(r.severity) > rank(worst->severity))
            worst = &r;
        if (r.hasValue && r.type.compare(QLatin1String("temperature"), Qt::CaseInsensitive) == 0
            && (!hottest || r.value > hottest->value))
            hottest = &r;
    }
    const QString hot = hottest ? QCoreApplication::translate("ha::PowerMonitor", "%1 °C max")
                                      .arg(QString::number(hottest->value, 'f', 0))
                                : QString();
    if (problems == 0) {
        const QString ok = QCoreApplication::translate("ha::PowerMonitor", "all %n ok", nullptr,
                                                       static_cast<int>(readings.size()));
        return hot.isEmpty() ? ok : ok + QStringLiteral(" · ") + hot;
    }
    QString text = worst->hasValue
                       ? QCoreApplication::translate("ha::PowerMonitor", "%1 %2 (%3 %4)")
                             .arg(worst->name, worst->state, QString::number(worst->value, 'f', 1), worst->unit)
                       : QCoreApplication::translate("ha::PowerMonitor", "%1 %2").arg(worst->name, worst->state);
    if (problems > 1)
        text += QCoreApplication::translate("ha::PowerMonitor", " and %n more", nullptr, problems - 1);
    return text;
}

void PowerMonitor::runAction(const QString &node, PowerAction action, QObject *context,
                             ActionDone done)
{
    ActionDone guardedDone = detail::guarded<void>(context, std::move(done));
    setState(node, [](NodePower &p) { p.busy = true; });
    ensureControl(node, [this, node, action, guardedDone](PowerControl *c, const Error &err) {
        auto finish = [this, node, action, guardedDone](const Result<void> &r, qint64 ms) {
            if (const NodeProfile *n = m_profile.node(node); n && m_audit)
                (void)m_audit->append(powerAuditRecord(*n, action, r, ms));
            setState(node, [&](NodePower &p) {
                p.busy = false;
                if (!r.ok())
                    p.lastError = r.error().message;
            });
            emit actionFinished(node, action, r.ok(), r.ok() ? QString() : r.error().message);
            guardedDone(r);
            poll(node);
        };
        if (!c) {
            finish(Result<void>(err), 0);
            return;
        }
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        c->power(action, this, [finish, timer](Result<void> r) { finish(r, timer->elapsed()); });
    });
}

void PowerMonitor::readSensors(const QString &node, QObject *context,
                               PowerControl::Done<QList<SensorReading>> done)
{
    auto d = detail::guarded<QList<SensorReading>>(context, std::move(done));
    ensureControl(node, [this, node, d](PowerControl *c, const Error &err) {
        if (!c) {
            d(err);
            return;
        }
        c->readSensors(this, [this, node, d](Result<QList<SensorReading>> r) {
            if (r.ok()) {
                m_entries[node].history.add(QDateTime::currentDateTimeUtc(), r.value());
                setState(node, [&](NodePower &p) {
                    p.sensorSummary = sensorSummaryText(r.value());
                    p.sensorAlarm = sensorsAlarm(r.value());
                });
            }
            d(std::move(r));
        });
    });
}

void PowerMonitor::readSel(const QString &node, QObject *context,
                           PowerControl::Done<QList<SelEntry>> done)
{
    auto d = detail::guarded<QList<SelEntry>>(context, std::move(done));
    ensureControl(node, [d](PowerControl *c, const Error &err) {
        if (!c) {
            d(err);
            return;
        }
        c->readSel(c, d);
    });
}

} // namespace ha
