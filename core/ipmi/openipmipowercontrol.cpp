#include "openipmipowercontrol.h"

#include "ipmirecords.h"
#include "ipmiruntime.h"
#include "profile/secretstore.h"

#include <OpenIPMI/ipmi_auth.h>
#include <OpenIPMI/ipmi_conn.h>
#include <OpenIPMI/ipmi_err.h>
#include <OpenIPMI/ipmi_lan.h>
#include <OpenIPMI/ipmiif.h>

#include <QTimer>

#include <cerrno>
#include <cstdint>
#include <cstring>

namespace ha {

namespace {

// Chassis commands (IPMI v2.0 §28); the control values are not in OpenIPMI's public headers.
constexpr quint8 kNetfnChassis = 0x00;
constexpr quint8 kCmdGetChassisStatus = 0x01;
constexpr quint8 kCmdChassisControl = 0x02;
constexpr quint8 kNetfnSensor = 0x04;
constexpr quint8 kCmdGetSensorReading = 0x2d;
constexpr quint8 kNetfnStorage = 0x0a;
constexpr quint8 kCmdReserveSdr = 0x22;
constexpr quint8 kCmdGetSdr = 0x23;
constexpr quint8 kCmdGetSelInfo = 0x40;
constexpr quint8 kCmdGetSelEntry = 0x43;
constexpr quint8 kBmcAddress = 0x20;
constexpr int kMaxRecords = 2048; // a broken "next record" chain must not loop forever

quint8 chassisControlCode(PowerAction a)
{
    switch (a) {
    case PowerAction::Off: return 0x00;
    case PowerAction::On: return 0x01;
    case PowerAction::Cycle: return 0x02;
    case PowerAction::Reset: return 0x03;
    case PowerAction::SoftOff: return 0x05;
    }
    return 0x01;
}

quint16 le16(const QByteArray &a, int i)
{
    return static_cast<quint16>(static_cast<quint8>(a.at(i)) | (static_cast<quint8>(a.at(i + 1)) << 8));
}

QByteArray bytes(std::initializer_list<int> list)
{
    QByteArray a;
    for (int b : list)
        a.append(static_cast<char>(b & 0xff));
    return a;
}

struct CipherSuite
{
    int auth;
    int integrity;
    int conf;
};

// The suites OpenIPMI implements (IPMI v2.0 table 22-20). Suite 0 has no authentication at all:
// anyone could send power commands, so the console refuses it.
bool cipherSuite(int id, CipherSuite *out)
{
    switch (id) {
    case 1: *out = {IPMI_LANP_AUTHENTICATION_ALGORITHM_RAKP_HMAC_SHA1, IPMI_LANP_INTEGRITY_ALGORITHM_NONE, IPMI_LANP_CONFIDENTIALITY_ALGORITHM_NONE}; return true;
    case 2: *out = {IPMI_LANP_AUTHENTICATION_ALGORITHM_RAKP_HMAC_SHA1, IPMI_LANP_INTEGRITY_ALGORITHM_HMAC_SHA1_96, IPMI_LANP_CONFIDENTIALITY_ALGORITHM_NONE}; return true;
    case 3: *out = {IPMI_LANP_AUTHENTICATION_ALGORITHM_RAKP_HMAC_SHA1, IPMI_LANP_INTEGRITY_ALGORITHM_HMAC_SHA1_96, IPMI_LANP_CONFIDENTIALITY_ALGORITHM_AES_CBC_128}; return true;
    case 6: *out = {IPMI_LANP_AUTHENTICATION_ALGORITHM_RAKP_HMAC_MD5, IPMI_LANP_INTEGRITY_ALGORITHM_NONE, IPMI_LANP_CONFIDENTIALITY_ALGORITHM_NONE}; return true;
    case 7: *out = {IPMI_LANP_AUTHENTICATION_ALGORITHM_RAKP_HMAC_MD5, IPMI_LANP_INTEGRITY_ALGORITHM_HMAC_MD5_128, IPMI_LANP_CONFIDENTIALITY_ALGORITHM_NONE}; return true;
    case 8: *out = {IPMI_LANP_AUTHENTICATION_ALGORITHM_RAKP_HMAC_MD5, IPMI_LANP_INTEGRITY_ALGORITHM_HMAC_MD5_128, IPMI_LANP_CONFIDENTIALITY_ALGORITHM_AES_CBC_128}; return true;
    case 11: *out = {IPMI_LANP_AUTHENTICATION_ALGORITHM_RAKP_HMAC_MD5, IPMI_LANP_INTEGRITY_ALGORITHM_MD5_128, IPMI_LANP_CONFIDENTIALITY_ALGORITHM_NONE}; return true;
    case 12: *out = {IPMI_LANP_AUTHENTICATION_ALGORITHM_RAKP_HMAC_MD5, IPMI_LANP_INTEGRITY_ALGORITHM_MD5_128, IPMI_LANP_CONFIDENTIALITY_ALGORITHM_AES_CBC_128}; return true;
    default: return false;
    }
}

bool privilegeLevel(const QString &name, int *level)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("user"))
        *level = IPMI_PRIVILEGE_USER;
    else if (n == QLatin1String("operator"))
        *level = IPMI_PRIVILEGE_OPERATOR;
    else if (n == QLatin1String("admin") || n == QLatin1String("administrator") || n.isEmpty())
        *level = IPMI_PRIVILEGE_ADMIN;
    else
        return false;
    return true;
}

} // namespace

struct OpenIpmiPowerControl::Session
{
    OpenIpmiPowerControl *owner = nullptr; // null once the control let go of it
    ipmi_con_t *con = nullptr;
    quint64 generation = 0;
    bool up = false;
};

// C callbacks of OpenIPMI. They reach the control only through its live Session.
struct SessionCallbacks
{
    using Session = OpenIpmiPowerControl::Session;

    static void conChanged(ipmi_con_t *, int err, unsigned int, int anyPortUp, void *cbData)
    {
        auto *s = static_cast<Session *>(cbData);
        if (s->owner)
            s->owner->onConnectionChange(err, anyPortUp != 0);
    }

    static int response(ipmi_con_t *, ipmi_msgi_t *rspi)
    {
        auto *s = static_cast<Session *>(rspi->data1);
        const auto id = static_cast<quint32>(reinterpret_cast<std::uintptr_t>(rspi->data2));
        if (s && s->owner) {
            const ipmi_msg_t &m = rspi->msg;
            const quint8 cc = m.data_len > 0 ? m.data[0] : IPMI_UNKNOWN_ERR_CC;
            const QByteArray data = m.data_len > 1
                ? QByteArray(reinterpret_cast<const char *>(m.data + 1), m.data_len - 1)
                : QByteArray();
            s->owner->onResponse(id, cc, data);
        }
        return IPMI_MSG_ITEM_NOT_USED;
    }

    static void closed(ipmi_con_t *, void *cbData)
    {
        delete static_cast<Session *>(cbData);
        ipmi::Runtime::release();
    }
};

OpenIpmiPowerControl::OpenIpmiPowerControl(QString nodeName, BmcConfig config,
                                           QByteArray password, QObject *parent)
    : PowerControl(parent)
    , m_node(std::move(nodeName))
    , m_config(std::move(config))
    , m_password(std::move(password))
    , m_user(m_config.user.toUtf8())
{
    m_password.detach();
    m_config.timeoutMs = std::clamp(m_config.timeoutMs, 10, 60000);
    m_operationTimeoutMs = 4 * m_config.timeoutMs;
}

OpenIpmiPowerControl::~OpenIpmiPowerControl()
{
    m_inflight.clear();
    m_queue.clear();
    closeSession();
    SecretStore::wipe(m_password);
}

QString OpenIpmiPowerControl::target() const
{
    return tr("%1 (BMC %2:%3)").arg(m_node, m_config.address).arg(m_config.port);
}

QString OpenIpmiPowerControl::describe(const QString &what) const
{
    return tr("%1 on %2").arg(what, target());
}

bool OpenIpmiPowerControl::isConnected() const
{
    return m_session && m_session->up;
}

bool OpenIpmiPowerControl::libraryActive()
{
    return ipmi::Runtime::isActive();
}

void OpenIpmiPowerControl::whenLibraryIdle(QObject *context, std::function<void()> fn)
{
    ipmi::Runtime::whenIdle(context, std::move(fn));
}

void OpenIpmiPowerControl::setReachable(bool reachable)
{
    if (m_reachable == static_cast<int>(reachable))
        return;
    m_reachable = reachable;
    Q_EMIT reachabilityChanged(reachable);
}

Result<void> OpenIpmiPowerControl::openSession()
{
    if (m_config.address.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("No BMC address is configured for %1.").arg(m_node));
    CipherSuite suite{};
    if (m_config.cipherSuite == 0)
        return makeError(ErrorCode::Unsupported,
                         tr("Cipher suite 0 sends commands without any authentication; it is "
                            "refused for %1. Use cipher suite 3.").arg(target()));
    if (!cipherSuite(m_config.cipherSuite, &suite))
        return makeError(ErrorCode::Unsupported,
                         tr("Cipher suite %1 (configured for %2) is not supported; use 3, 8, 12, "
                            "2 or 7.").arg(m_config.cipherSuite).arg(target()));
    int privilege = IPMI_PRIVILEGE_ADMIN;
    if (!privilegeLevel(m_config.privilege, &privilege))
        return makeError(ErrorCode::InvalidInput,
                         tr("Unknown IPMI privilege \"%1\" for %2; use user, operator or admin.")
                             .arg(m_config.privilege, target()));
    if (m_user.size() > 16 || m_password.size() > 20)
        return makeError(ErrorCode::InvalidInput,
                         tr("The BMC user name (at most 16 bytes) or password (at most 20 bytes) "
                            "for %1 is too long.").arg(target()));

    os_handler_t *os = ipmi::Runtime::acquire();
    if (!os)
        return makeError(ErrorCode::Internal, tr("The OpenIPMI library could not be initialised."));

    QByteArray address = m_config.address.toUtf8();
    QByteArray port = QByteArray::number(m_config.port);
    char *addrs[1] = {address.data()};
    char *ports[1] = {port.data()};
    const int timeoutUs = m_config.timeoutMs * 1000;
    ipmi_lanp_parm_t parms[] = {
        {IPMI_LANP_PARMID_ADDRS, 0, addrs, 1},
        {IPMI_LANP_PARMID_PORTS, 0, ports, 1},
        {IPMI_LANP_PARMID_AUTHTYPE, IPMI_AUTHTYPE_RMCP_PLUS, nullptr, 0},
        {IPMI_LANP_PARMID_PRIVILEGE, privilege, nullptr, 0},
        {IPMI_LANP_PARMID_USERNAME, 0, m_user.data(), static_cast<unsigned>(m_user.size())},
        {IPMI_LANP_PARMID_PASSWORD, 0, m_password.data(), static_cast<unsigned>(m_password.size())},
        {IPMI_LANP_AUTHENTICATION_ALGORITHM, suite.auth, nullptr, 0},
        {IPMI_LANP_INTEGRITY_ALGORITHM, suite.integrity, nullptr, 0},
        {IPMI_LANP_CONFIDENTIALITY_ALGORITHM, suite.conf, nullptr, 0},
        {IPMI_LANP_DEFAULT_TIMEOUT, timeoutUs, nullptr, 0},
        // A power command is not retried sooner than this: a retry would act twice.
        {IPMI_LANP_DEFAULT_SIDEEFFECT_TIMEOUT, 2 * timeoutUs, nullptr, 0},
    };
    ipmi_con_t *con = nullptr;
    int rv = ipmi_lanp_setup_con(parms, sizeof parms / sizeof parms[0], os, nullptr, &con);
    if (rv != 0 || !con) {
        ipmi::Runtime::release();
        return makeError(ErrorCode::InvalidInput,
                         tr("Cannot set up an IPMI connection to %1: %2")
                             .arg(target(), QString::fromLocal8Bit(std::strerror(rv ? rv : EINVAL))));
    }
    static quint64 generations = 0;
    auto *s = new Session;
    s->owner = this;
    s->con = con;
    s->generation = ++generations;
    m_session = s;
    con->add_con_change_handler(con, SessionCallbacks::conChanged, s);
    rv = con->start_con(con);
    if (rv != 0) {
        closeSession();
        return connectionError(rv);
    }
    // OpenIPMI keeps retrying a failed login in the background: bound it here.
    const quint64 gen = s->generation;
    QTimer::singleShot(m_operationTimeoutMs, this, [this, gen] {
        if (!m_session || m_session->generation != gen || m_session->up)
            return;
        const Error e = makeError(ErrorCode::Unreachable,
                                  tr("No answer from the BMC of %1 within %2 ms: it is down, "
                                     "hung, or not at that address and port.")
                                      .arg(target()).arg(m_operationTimeoutMs));
        closeSession();
        setReachable(false);
        failAll(e);
    });
    return {};
}

void OpenIpmiPowerControl::closeSession()
{
    Session *s = m_session;
    if (!s)
        return;
    m_session = nullptr;
    s->owner = nullptr;
    if (s->con->close_connection_done(s->con, SessionCallbacks::closed, s) != 0) {
        s->con->close_connection(s->con);
        delete s;
        ipmi::Runtime::release();
    }
}

Error OpenIpmiPowerControl::connectionError(int err) const
{
    if (IPMI_IS_RMCPP_ERR(err)) {
        const int code = IPMI_GET_RMCPP_ERR(err);
        switch (code) {
        case 0x0d: case 0x0c: case 0x0f:
            return makeError(ErrorCode::AuthFailed,
                             tr("The BMC of %1 refused the login: wrong user name or password.")
                                 .arg(target()));
        case 0x09: case 0x0a: case 0x0b:
            return makeError(ErrorCode::PermissionDenied,
                             tr("The BMC of %1 does not grant user \"%2\" the privilege \"%3\".")
                                 .arg(target(), m_config.user, m_config.privilege));
        case 0x04: case 0x05: case 0x10: case 0x11:
            return makeError(ErrorCode::Unsupported,
                             tr("The BMC of %1 does not accept cipher suite %2.")
                                 .arg(target()).arg(m_config.cipherSuite));
        default:
            return makeError(ErrorCode::AuthFailed,
                             tr("The BMC of %1 refused the RMCP+ session (status 0x%2).")
                                 .arg(target()).arg(code, 2, 16, QLatin1Char('0')));
        }
    }
    if (IPMI_IS_IPMI_ERR(err)) {
        const quint8 cc = static_cast<quint8>(IPMI_GET_IPMI_ERR(err));
        return ccError(tr("Opening a session"), cc);
    }
    const int e = IPMI_GET_OS_ERR(err);
    switch (e) {
    case EINVAL: // what OpenIPMI reports for a failed RAKP check: wrong password or user
        return makeError(ErrorCode::AuthFailed,
                         tr("The BMC of %1 refused the login: wrong user name or password "
                            "(user \"%2\").").arg(target(), m_config.user));
    case EPERM:
    case EACCES:
        return makeError(ErrorCode::PermissionDenied,
                         tr("The BMC of %1 refused the privilege \"%2\" to user \"%3\".")
                             .arg(target(), m_config.privilege, m_config.user));
    default: // ENOENT ("RMCP+ not supported") is what no answer at all looks like
        return makeError(ErrorCode::Unreachable,
                         tr("The BMC of %1 does not answer: it is down, hung, or not at that "
                            "address and port.").arg(target()));
    }
}

Error OpenIpmiPowerControl::ccError(const QString &what, quint8 cc) const
{
    if (cc == 0xd4)
        return makeError(ErrorCode::PermissionDenied,
                         tr("%1: the BMC user \"%2\" lacks the privilege for this (%3). Use an "
                            "operator or administrator account.")
                             .arg(describe(what), m_config.user, ipmi::completionCodeText(cc)));
    if (cc == 0xc3)
        return makeError(ErrorCode::Timeout,
                         tr("%1: the BMC did not answer in time (%2).")
                             .arg(describe(what), ipmi::completionCodeText(cc)));
    return makeError(ErrorCode::RemoteFailed,
                     tr("%1 was rejected by the BMC: %2.")
                         .arg(describe(what), ipmi::completionCodeText(cc)));
}

void OpenIpmiPowerControl::send(quint8 netfn, quint8 cmd, const QByteArray &data, RawDone done,
                                quint8 lun)
{
    const quint32 id = m_nextId++;
    m_inflight.insert(id, std::move(done));
    QTimer::singleShot(m_operationTimeoutMs, this, [this, id] {
        if (!m_inflight.contains(id))
            return;
        // A session that lets a request time out is suspect (BMC hung or rebooted): start
        // afresh next time instead of waiting on it again.
        const bool wasUp = isConnected();
        closeSession();
        setReachable(false);
        const Error e = makeError(wasUp ? ErrorCode::Timeout : ErrorCode::Unreachable,
                                  tr("No answer from the BMC of %1 within %2 ms.")
                                      .arg(target()).arg(m_operationTimeoutMs));
        failAll(e);
    });
    const Queued q{id, netfn, cmd, data, lun};
    if (isConnected()) {
        transmit(q);
        return;
    }
    m_queue.append(q);
    if (!m_session) {
        const Result<void> opened = openSession();
        if (!opened) {
            setReachable(opened.error().code != ErrorCode::Unreachable);
            failAll(opened.error());
        }
    }
}

void OpenIpmiPowerControl::transmit(const Queued &q)
{
    ipmi_system_interface_addr_t si{};
    si.addr_type = IPMI_SYSTEM_INTERFACE_ADDR_TYPE;
    si.channel = IPMI_BMC_CHANNEL;
    si.lun = q.lun;
    QByteArray payload = q.data;
    ipmi_msg_t msg{};
    msg.netfn = q.netfn;
    msg.cmd = q.cmd;
    msg.data = reinterpret_cast<unsigned char *>(payload.data());
    msg.data_len = static_cast<unsigned short>(payload.size());
    ipmi_msgi_t *rspi = ipmi_alloc_msg_item();
    if (!rspi) {
        finish(q.id, makeError(ErrorCode::Internal, tr("Out of memory.")));
        return;
    }
    rspi->data1 = m_session;
    rspi->data2 = reinterpret_cast<void *>(static_cast<std::uintptr_t>(q.id));
    ipmi_con_t *con = m_session->con;
    const int rv = con->send_command(con, reinterpret_cast<ipmi_addr_t *>(&si), sizeof si, &msg,
                                     SessionCallbacks::response, rspi);
    if (rv != 0) {
        ipmi_free_msg_item(rspi);
        finish(q.id, makeError(ErrorCode::Unreachable,
                               tr("Cannot send to the BMC of %1: %2")
                                   .arg(target(), QString::fromLocal8Bit(std::strerror(rv)))));
    }
}

void OpenIpmiPowerControl::onConnectionChange(int err, bool anyPortUp)
{
    Session *s = m_session;
    if (!s)
        return;
    if (err == 0 && anyPortUp) {
        if (s->up) // OpenIPMI reports "up" twice
            return;
        s->up = true;
        setReachable(true);
        const QList<Queued> queued = std::exchange(m_queue, {});
        for (const Queued &q : queued) {
            if (m_session != s || !s->up)
                break;
            if (m_inflight.contains(q.id))
                transmit(q);
        }
        return;
    }
    if (anyPortUp)
        return;
    const Error e = s->up ? makeError(ErrorCode::Unreachable,
                                      tr("The connection to the BMC of %1 was lost.").arg(target()))
                          : connectionError(err);
    closeSession();
    setReachable(e.code == ErrorCode::AuthFailed || e.code == ErrorCode::PermissionDenied);
    failAll(e);
}

void OpenIpmiPowerControl::onResponse(quint32 id, quint8 cc, const QByteArray &data)
{
    finish(id, Response{cc, data});
}

void OpenIpmiPowerControl::finish(quint32 id, Result<Response> r)
{
    RawDone done = m_inflight.take(id);
    if (done)
        done(std::move(r));
}

void OpenIpmiPowerControl::failAll(const Error &e)
{
    m_queue.clear();
    const QHash<quint32, RawDone> all = std::exchange(m_inflight, {});
    for (const RawDone &done : all)
        done(e);
}

// ---------------------------------------------------------------------------------------------

void OpenIpmiPowerControl::powerStatus(QObject *context, Done<PowerState> done)
{
    auto cb = detail::guarded(context, std::move(done));
    send(kNetfnChassis, kCmdGetChassisStatus, {}, [this, cb](Result<Response> r) {
        if (!r)
            return cb(r.error());
        if (r->cc != 0)
            return cb(ccError(tr("Reading the power state"), r->cc));
        if (r->data.isEmpty())
            return cb(makeError(ErrorCode::Parse, tr("The BMC of %1 sent an empty chassis status.").arg(target())));
        const PowerState st = (static_cast<quint8>(r->data.at(0)) & 0x01) ? PowerState::On : PowerState::Off;
        Q_EMIT powerStateKnown(st);
        cb(st);
    });
}

void OpenIpmiPowerControl::chassisStatus(QObject *context, Done<ChassisStatus> done)
{
    auto cb = detail::guarded(context, std::move(done));
    send(kNetfnChassis, kCmdGetChassisStatus, {}, [this, cb](Result<Response> r) {
        if (!r)
            return cb(r.error());
        if (r->cc != 0)
            return cb(ccError(tr("Reading the chassis status"), r->cc));
        if (r->data.size() < 3)
            return cb(makeError(ErrorCode::Parse, tr("The BMC of %1 sent a short chassis status.").arg(target())));
        const auto b0 = static_cast<quint8>(r->data.at(0));
        const auto b1 = static_cast<quint8>(r->data.at(1));
        const auto b2 = static_cast<quint8>(r->data.at(2));
        ChassisStatus c;
        c.powerOn = b0 & 0x01;
        c.powerOverload = b0 & 0x02;
        c.interlock = b0 & 0x04;
        c.powerFault = b0 & 0x08;
        c.powerControlFault = b0 & 0x10;
        static const char *const policies[] = {"always-off", "previous", "always-on", "unknown"};
        c.restorePolicy = QString::fromLatin1(policies[(b0 >> 5) & 0x03]);
        if (b1 & 0x10)
            c.lastPowerEvent = tr("powered on by an IPMI command");
        else if (b1 & 0x08)
            c.lastPowerEvent = tr("power fault");
        else if (b1 & 0x04)
            c.lastPowerEvent = tr("power interlock");
        else if (b1 & 0x02)
            c.lastPowerEvent = tr("power overload");
        else if (b1 & 0x01)
            c.lastPowerEvent = tr("AC power failed");
        c.intrusion = b2 & 0x01;
        c.frontPanelLockout = b2 & 0x02;
        c.driveFault = b2 & 0x04;
        c.coolingFault = b2 & 0x08;
        Q_EMIT powerStateKnown(c.powerOn ? PowerState::On : PowerState::Off);
        cb(c);
    });
}

void OpenIpmiPowerControl::power(PowerAction action, QObject *context, Done<void> done)
{
    auto cb = detail::guarded(context, std::move(done));
    const QByteArray data = bytes({chassisControlCode(action)});
    send(kNetfnChassis, kCmdChassisControl, data, [this, cb, action](Result<Response> r) {
        if (!r)
            return cb(r.error());
        if (r->cc != 0)
            return cb(ccError(tr("Power action \"%1\"").arg(powerActionName(action)), r->cc));
        if (action == PowerAction::On)
            Q_EMIT powerStateKnown(PowerState::On);
        else if (action == PowerAction::Off)
            Q_EMIT powerStateKnown(PowerState::Off);
        cb(Result<void>());
    });
}

// --- SDR repository -------------------------------------------------------------------------

void OpenIpmiPowerControl::loadSdrs(std::function<void(Result<QList<ipmi::SdrSensor>>)> callerDone)
{
    m_sdrWaiters.push_back(std::move(callerDone));
    if (m_sdrWaiters.size() > 1)
        return; // joins the load already running
    auto done = [this](Result<QList<ipmi::SdrSensor>> r) {
        auto waiters = std::exchange(m_sdrWaiters, {});
        for (auto &w : waiters)
            w(r);
    };
    send(kNetfnStorage, kCmdReserveSdr, {}, [this, done](Result<Response> r) {
        if (!r)
            return done(r.error());
        // Without a reservation (BMCs that lack the command) whole-record reads still work.
        const quint16 reservation = (r->cc == 0 && r->data.size() >= 2) ? le16(r->data, 0) : 0;
        readNextSdr(reservation, 0x0000, 0, std::make_shared<QList<ipmi::SdrSensor>>(), done);
    });
}

void OpenIpmiPowerControl::readNextSdr(quint16 reservation, quint16 recordId, int count,
                                       std::shared_ptr<QList<ipmi::SdrSensor>> acc,
                                       std::function<void(Result<QList<ipmi::SdrSensor>>)> done)
{
    auto handle = [this, reservation, count, acc, done](quint16 next, const QByteArray &record) {
        if (auto s = ipmi::parseSdr(record))
            acc->append(*s);
        if (next == 0xffff || count + 1 >= kMaxRecords) {
            m_sdrCache = acc;
            return done(*acc);
        }
        readNextSdr(reservation, next, count + 1, acc, done);
    };
    const QByteArray req = bytes({reservation & 0xff, reservation >> 8, recordId & 0xff,
                                  recordId >> 8, 0, 0xff});
    send(kNetfnStorage, kCmdGetSdr, req,
         [this, reservation, recordId, count, acc, done, handle](Result<Response> r) {
             if (!r)
                 return done(r.error());
             if (r->cc == 0 && r->data.size() >= 7)
                 return handle(le16(r->data, 0), r->data.mid(2));
             if (r->cc == 0xcb && count == 0) { // empty repository
                 m_sdrCache = acc;
                 return done(*acc);
             }
             if (r->cc == 0xca || r->cc == 0xc7 || r->cc == 0xc8 || r->cc == 0xcc) {
                 // This BMC cannot send a whole record at once: read it piecewise.
                 return readSdrChunked(reservation, recordId, QByteArray(), 0,
                                       [done, handle](Result<std::pair<quint16, QByteArray>> c) {
                                           if (!c)
                                               return done(c.error());
                                           handle(c->first, c->second);
                                       });
             }
             done(ccError(tr("Reading the sensor repository"), r->cc));
         });
}

void OpenIpmiPowerControl::readSdrChunked(
    quint16 reservation, quint16 recordId, QByteArray sofar, int total,
    std::function<void(Result<std::pair<quint16, QByteArray>>)> done)
{
    const int offset = static_cast<int>(sofar.size());
    const int want = offset < 5 ? 5 : std::min(16, total - offset);
    const QByteArray req = bytes({reservation & 0xff, reservation >> 8, recordId & 0xff,
                                  recordId >> 8, offset, want});
    send(kNetfnStorage, kCmdGetSdr, req,
         [this, reservation, recordId, sofar, total, done](Result<Response> r) mutable {
             if (!r)
                 return done(r.error());
             if (r->cc != 0 || r->data.size() < 3)
                 return done(ccError(tr("Reading the sensor repository"), r->cc ? r->cc : 0xff));
             const quint16 next = le16(r->data, 0);
             sofar += r->data.mid(2);
             if (total == 0 && sofar.size() >= 5)
                 total = 5 + static_cast<quint8>(sofar.at(4));
             if (sofar.size() >= total)
                 return done(std::make_pair(next, sofar.left(total)));
             readSdrChunked(reservation, recordId, sofar, total, done);
         });
}

struct OpenIpmiPowerControl::SensorJob
{
    QList<ipmi::SdrSensor> todo;
    QList<SensorReading> out;
    Done<QList<SensorReading>> done;
};

void OpenIpmiPowerControl::readSensors(QObject *context, Done<QList<SensorReading>> done)
{
    auto job = std::make_shared<SensorJob>();
    job->done = detail::guarded(context, std::move(done));
    auto begin = [this, job](const QList<ipmi::SdrSensor> &sdrs) {
        for (const ipmi::SdrSensor &s : sdrs) {
            if (s.isReadable())
                job->todo.append(s);
        }
        readSensorAt(job, 0);
    };
    if (m_sdrCache)
        return begin(*m_sdrCache);
    loadSdrs([job, begin](Result<QList<ipmi::SdrSensor>> r) {
        if (!r)
            return job->done(r.error());
        begin(*r);
    });
}

void OpenIpmiPowerControl::readSensorAt(std::shared_ptr<SensorJob> job, int i)
{
    // Sensors behind other controllers would need IPMB bridging: listed, not read.
    while (i < job->todo.size() && job->todo.at(i).ownerId != kBmcAddress) {
        const ipmi::SdrSensor &s = job->todo.at(i);
        SensorReading r = ipmi::decodeReading(s, QByteArray());
        r.state = tr("on controller 0x%1, not read").arg(s.ownerId, 2, 16, QLatin1Char('0'));
        job->out.append(r);
        ++i;
    }
    if (i >= job->todo.size())
        return job->done(job->out);
    const ipmi::SdrSensor &s = job->todo.at(i);
    send(kNetfnSensor, kCmdGetSensorReading, bytes({s.number}),
         [this, job, i](Result<Response> r) {
             if (!r)
                 return job->done(r.error());
             const ipmi::SdrSensor &sd = job->todo.at(i);
             SensorReading reading = ipmi::decodeReading(sd, r->cc == 0 ? r->data : QByteArray());
             if (r->cc != 0)
                 reading.state = ipmi::completionCodeText(r->cc);
             job->out.append(reading);
             readSensorAt(job, i + 1);
         },
         s.ownerLun);
}

// --- SEL ------------------------------------------------------------------------------------

void OpenIpmiPowerControl::readSel(QObject *context, Done<QList<SelEntry>> done)
{
    auto cb = detail::guarded(context, std::move(done));
    auto start = [this, cb] {
        send(kNetfnStorage, kCmdGetSelInfo, {}, [this, cb](Result<Response> r) {
            if (!r)
                return cb(r.error());
            if (r->cc != 0)
                return cb(ccError(tr("Reading the event log"), r->cc));
            if (r->data.size() >= 3 && le16(r->data, 1) == 0)
                return cb(QList<SelEntry>());
            readNextSel(0x0000, 0, std::make_shared<QList<SelEntry>>(), cb);
        });
    };
    if (m_sdrCache)
        return start();
    // Names for the events' sensors; the log is still worth showing without them.
    loadSdrs([this, cb, start](Result<QList<ipmi::SdrSensor>> r) {
        if (!r && r.error().code != ErrorCode::RemoteFailed)
            return cb(r.error());
        start();
    });
}

void OpenIpmiPowerControl::readNextSel(quint16 recordId, int count,
                                       std::shared_ptr<QList<SelEntry>> acc,
                                       Done<QList<SelEntry>> done)
{
    const QByteArray req = bytes({0, 0, recordId & 0xff, recordId >> 8, 0, 0xff});
    send(kNetfnStorage, kCmdGetSelEntry, req, [this, count, acc, done](Result<Response> r) {
        if (!r)
            return done(r.error());
        if (r->cc == 0xcb && count == 0)
            return done(*acc);
        if (r->cc != 0)
            return done(ccError(tr("Reading the event log"), r->cc));
        if (r->data.size() < 18)
            return done(makeError(ErrorCode::Parse, tr("The BMC of %1 sent a short event log record.").arg(target())));
        const quint16 next = le16(r->data, 0);
        if (auto rec = ipmi::parseSel(r->data.mid(2, 16))) {
            if (rec->sensorNumber >= 0 && m_sdrCache) {
                for (const ipmi::SdrSensor &s : *m_sdrCache) {
                    if (s.number == rec->sensorNumber && s.ownerId == kBmcAddress) {
                        rec->entry.sensor = s.name;
                        break;
                    }
                }
            }
            acc->append(rec->entry);
        }
        if (next == 0xffff || count + 1 >= kMaxRecords)
            return done(*acc);
        readNextSel(next, count + 1, acc, done);
    });
}

} // namespace ha
