#include "crmmonparser.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QXmlStreamReader>

#include <vector>

namespace ha {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CrmMonParser", text);
}

// Where we are in the document. Only the elements we read get their own context; everything
// else is Skip, whose children are skipped too.
enum class Ctx {
    Doc, Summary, Nodes, Resources, Group, Clone, Bundle, Replica, Primitive,
    NodeAttributes, NodeAttributesNode, NodeHistory, NodeHistoryNode, Failures, FenceHistory,
    Tickets, Bans, Status, Errors, ErrorText, Skip,
};

bool isTrue(QStringView v)
{
    return v == u"true" || v == u"1" || v == u"yes";
}

QString normalizeRole(QStringView role)
{
    // Pacemaker 2.0 and older name promotable roles Master/Slave.
    if (role == u"Master")
        return QStringLiteral("Promoted");
    if (role == u"Slave")
        return QStringLiteral("Unpromoted");
    return role.toString();
}

QString resourceFromOpKey(const QString &opKey, const QString &task, const QString &interval)
{
    const QString suffix = u'_' + task + u'_' + interval;
    if (!task.isEmpty() && !interval.isEmpty() && opKey.endsWith(suffix))
        return opKey.left(opKey.size() - suffix.size());
    int cut = opKey.lastIndexOf(u'_');
    if (cut > 0)
        cut = opKey.lastIndexOf(u'_', cut - 1);
    return cut > 0 ? opKey.left(cut) : opKey;
}

int toInt(QStringView v)
{
    // "20000ms" in some attributes; stop at the first non-digit.
    qsizetype end = 0;
    if (end < v.size() && (v[end] == u'-' || v[end] == u'+'))
        ++end;
    while (end < v.size() && v[end].isDigit())
        ++end;
    bool ok = false;
    const int n = v.left(end).toInt(&ok);
    return ok ? n : 0;
}

void finishCollection(Resource &r)
{
    // Groups, clones and bundles: summarise the children so a one-line view is truthful.
    QStringList nodes;
    bool anyActive = false;
    bool allActive = !r.children.isEmpty();
    bool anyFailed = false;
    bool anyBlocked = false;
    bool sameRole = true;
    for (const Resource &c : std::as_const(r.children)) {
        anyActive = anyActive || c.active;
        allActive = allActive && c.active;
        anyFailed = anyFailed || c.failed;
        anyBlocked = anyBlocked || c.blocked;
        if (c.role != r.children.constFirst().role)
            sameRole = false;
        for (const QString &n : c.nodes) {
            if (!nodes.contains(n))
                nodes.append(n);
        }
    }
    r.nodes = nodes;
    r.active = anyActive;
    r.failed = r.failed || anyFailed;
    r.blocked = r.blocked || anyBlocked;
    if (r.children.isEmpty())
        r.role = QStringLiteral("Stopped");
    else if (sameRole)
        r.role = r.children.constFirst().role;
    else if (allActive)
        r.role = QStringLiteral("Started");
    else
        r.role = anyActive ? QStringLiteral("Partial") : QStringLiteral("Stopped");
}

void applyFailcounts(QList<Resource> &list, const QHash<QString, QMap<QString, int>> &counts)
{
    for (Resource &r : list) {
        if (r.type == ResourceType::Primitive) {
            auto it = counts.constFind(r.id);
            if (it == counts.constEnd()) {
                const qsizetype colon = r.id.indexOf(u':');
                if (colon > 0)
                    it = counts.constFind(r.id.left(colon));
            }
            if (it != counts.constEnd())
                r.failcounts = *it;
        } else {
            applyFailcounts(r.children, counts);
        }
    }
}

class Parser
{
public:
    Parser(QIODevice *device, const CrmMonParseOptions &opts) : m_device(device), m_opts(opts) {}

    void addData(const QByteArray &data) { m_reader.addData(data); }
    Result<ClusterStatus> run();

private:
    QXmlStreamReader::TokenType next();
    Error errorHere(const QString &what) const;
    void startElement();
    void endElement();
    void startResource(ResourceType type);
    Ctx top() const { return m_ctx.empty() ? Ctx::Doc : m_ctx.back(); }

    QXmlStreamReader m_reader;
    QIODevice *m_device = nullptr;
    CrmMonParseOptions m_opts;
    qint64 m_consumed = 0;
    bool m_tooBig = false;

    std::vector<Ctx> m_ctx;
    bool m_sawRoot = false;
    std::optional<Error> m_error;
    ClusterStatus m_st;
    bool m_sawSummary = false;
    int m_statusCode = 0;
    QString m_statusMessage;
    QStringList m_errorTexts;
    std::vector<Resource> m_resStack;
    QString m_currentNode; // node_attributes / node_history <node name=...>
    QHash<QString, QMap<QString, int>> m_failcounts;
    QString m_text;
};

Error Parser::errorHere(const QString &what) const
{
    return makeError(ErrorCode::Parse,
                     tr("crm_mon XML, line %1, column %2: %3")
                         .arg(m_reader.lineNumber())
                         .arg(m_reader.columnNumber())
                         .arg(what));
}

QXmlStreamReader::TokenType Parser::next()
{
    for (;;) {
        const auto tok = m_reader.readNext();
        if (tok != QXmlStreamReader::Invalid
            || m_reader.error() != QXmlStreamReader::PrematureEndOfDocumentError || !m_device)
            return tok;
        // Incremental reading keeps memory bounded by the limit even for endless input.
        const QByteArray chunk = m_device->read(256 * 1024);
        if (chunk.isEmpty() && !m_device->waitForReadyRead(-1 /* files return at once */)) {
            return tok;
        }
        m_consumed += chunk.size();
        if (m_consumed > m_opts.maxBytes) {
            m_tooBig = true;
            return QXmlStreamReader::Invalid;
        }
        m_reader.addData(chunk);
    }
}

void Parser::startResource(ResourceType type)
{
    const QXmlStreamAttributes a = m_reader.attributes();
    Resource r;
    r.type = type;
    r.id = a.value(QLatin1String("id")).toString();
    if (type == ResourceType::Primitive) {
        r.agent = a.value(QLatin1String("resource_agent")).toString();
        r.role = normalizeRole(a.value(QLatin1String("role")));
        r.targetRole = normalizeRole(a.value(QLatin1String("target_role")));
        r.active = isTrue(a.value(QLatin1String("active")));
        r.orphaned = isTrue(a.value(QLatin1String("orphaned")));
        r.blocked = isTrue(a.value(QLatin1String("blocked")));
        r.failed = isTrue(a.value(QLatin1String("failed")));
        r.failureIgnored = isTrue(a.value(QLatin1String("failure_ignored")));
    } else {
        r.disabled = isTrue(a.value(QLatin1String("disabled")));
        r.failed = isTrue(a.value(QLatin1String("failed")));
        r.failureIgnored = isTrue(a.value(QLatin1String("failure_ignored")));
        r.promotable = isTrue(a.value(QLatin1String("multi_state")));
        if (r.disabled)
            r.targetRole = QStringLiteral("Stopped");
        if (type == ResourceType::Bundle)
            r.agent = a.value(QLatin1String("type")).toString() + u':' + a.value(QLatin1String("image")).toString();
    }
    r.managed = !a.hasAttribute(QLatin1String("managed")) || isTrue(a.value(QLatin1String("managed")));
    m_resStack.push_back(std::move(r));
}

void Parser::startElement()
{
    const QStringView name = m_reader.name();
    const Ctx parent = top();
    const QXmlStreamAttributes a = m_reader.attributes();
    Ctx ctx = Ctx::Skip;

    if (!m_sawRoot) {
        m_sawRoot = true;
        if (name == u"pacemaker-result") {
            m_st.summary.apiVersion = a.value(QLatin1String("api-version")).toString();
        } else if (name != u"crm_mon") {
            m_error = errorHere(tr("expected a crm_mon document (<pacemaker-result> or "
                                   "<crm_mon>), found <%1>").arg(name));
            return;
        }
        m_ctx.push_back(Ctx::Doc);
        return;
    }
    if (static_cast<int>(m_ctx.size()) >= m_opts.maxDepth) {
        m_error = errorHere(tr("elements nested deeper than %1 levels").arg(m_opts.maxDepth));
        return;
    }

    switch (parent) {
    case Ctx::Doc:
        if (name == u"summary") {
            ctx = Ctx::Summary;
            m_sawSummary = true;
        } else if (name == u"nodes") {
            ctx = Ctx::Nodes;
        } else if (name == u"resources") {
            ctx = Ctx::Resources;
        } else if (name == u"node_attributes") {
            ctx = Ctx::NodeAttributes;
        } else if (name == u"node_history") {
            ctx = Ctx::NodeHistory;
        } else if (name == u"failures") {
            ctx = Ctx::Failures;
        } else if (name == u"fence_history") {
            ctx = Ctx::FenceHistory;
        } else if (name == u"tickets") {
            ctx = Ctx::Tickets;
        } else if (name == u"bans") {
            ctx = Ctx::Bans;
        } else if (name == u"status") {
            ctx = Ctx::Status;
            m_statusCode = toInt(a.value(QLatin1String("code")));
            m_statusMessage = a.value(QLatin1String("message")).toString();
        } else if (name == u"pacemakerd") {
            m_st.pacemakerdState = a.value(QLatin1String("state")).toString();
        }
        break;
    case Ctx::Summary: {
        ClusterSummary &s = m_st.summary;
        if (name == u"stack") {
            s.stack = a.value(QLatin1String("type")).toString();
        } else if (name == u"current_dc") {
            s.dcPresent = isTrue(a.value(QLatin1String("present")));
            s.dcName = a.value(QLatin1String("name")).toString();
            s.dcId = a.value(QLatin1String("id")).toString();
            s.dcVersion = a.value(QLatin1String("version")).toString();
            s.pacemakerVersion = s.dcVersion;
            s.quorum = isTrue(a.value(QLatin1String("with_quorum")));
        } else if (name == u"last_update") {
            s.lastUpdate = a.value(QLatin1String("time")).toString();
        } else if (name == u"last_change") {
            s.lastChange = a.value(QLatin1String("time")).toString();
            s.lastChangeUser = a.value(QLatin1String("user")).toString();
            s.lastChangeClient = a.value(QLatin1String("client")).toString();
            s.lastChangeOrigin = a.value(QLatin1String("origin")).toString();
        } else if (name == u"nodes_configured") {
            s.nodesConfigured = toInt(a.value(QLatin1String("number")));
        } else if (name == u"resources_configured") {
            s.resourcesConfigured = toInt(a.value(QLatin1String("number")));
            s.resourcesDisabled = toInt(a.value(QLatin1String("disabled")));
            s.resourcesBlocked = toInt(a.value(QLatin1String("blocked")));
        } else if (name == u"cluster_options") {
            s.stonithEnabled = isTrue(a.value(QLatin1String("stonith-enabled")));
            s.maintenanceMode = isTrue(a.value(QLatin1String("maintenance-mode")));
            s.stopAllResources = isTrue(a.value(QLatin1String("stop-all-resources")));
            s.noQuorumPolicy = a.value(QLatin1String("no-quorum-policy")).toString();
        }
        break;
    }
    case Ctx::Nodes:
        if (name == u"node") {
            NodeState n;
            n.name = a.value(QLatin1String("name")).toString();
            n.id = a.value(QLatin1String("id")).toString();
            n.online = isTrue(a.value(QLatin1String("online")));
            n.standby = isTrue(a.value(QLatin1String("standby")));
            n.standbyOnFail = isTrue(a.value(QLatin1String("standby_onfail")));
            n.maintenance = isTrue(a.value(QLatin1String("maintenance")));
            n.pending = isTrue(a.value(QLatin1String("pending")));
            n.unclean = isTrue(a.value(QLatin1String("unclean")));
            n.shutdown = isTrue(a.value(QLatin1String("shutdown")));
            n.expectedUp = isTrue(a.value(QLatin1String("expected_up")));
            n.isDc = isTrue(a.value(QLatin1String("is_dc")));
            n.resourcesRunning = toInt(a.value(QLatin1String("resources_running")));
            n.health = a.value(QLatin1String("health")).toString();
            const QStringView type = a.value(QLatin1String("type"));
            n.type = type == u"member" ? NodeType::Member
                : type == u"remote"    ? NodeType::Remote
                : type == u"ping"      ? NodeType::Ping
                                       : NodeType::Unknown;
            m_st.nodes.append(std::move(n));
        }
        break;
    case Ctx::Resources:
    case Ctx::Group:
    case Ctx::Clone:
    case Ctx::Replica:
        if (name == u"resource") {
            ctx = Ctx::Primitive;
            startResource(ResourceType::Primitive);
        } else if (name == u"group") {
            ctx = Ctx::Group;
            startResource(ResourceType::Group);
        } else if (name == u"clone") {
            ctx = Ctx::Clone;
            startResource(ResourceType::Clone);
        } else if (name == u"bundle") {
            ctx = Ctx::Bundle;
            startResource(ResourceType::Bundle);
        }
        break;
    case Ctx::Bundle:
        // Replicas are flattened into the bundle: their primitives become its children.
        if (name == u"replica")
            ctx = Ctx::Replica;
        break;
    case Ctx::Primitive:
        if (name == u"node" && !m_resStack.empty())
            m_resStack.back().nodes.append(a.value(QLatin1String("name")).toString());
        break;
    case Ctx::NodeAttributes:
        if (name == u"node") {
            ctx = Ctx::NodeAttributesNode;
            m_currentNode = a.value(QLatin1String("name")).toString();
        }
        break;
    case Ctx::NodeAttributesNode:
        if (name == u"attribute") {
            for (NodeState &n : m_st.nodes) {
                if (n.name == m_currentNode)
                    n.attributes.insert(a.value(QLatin1String("name")).toString(), a.value(QLatin1String("value")).toString());
            }
        }
        break;
    case Ctx::NodeHistory:
        if (name == u"node") {
            ctx = Ctx::NodeHistoryNode;
            m_currentNode = a.value(QLatin1String("name")).toString();
        } else if (name == u"fence_event") {
            // Seen inside node_history in some crm_mon versions; handled like fence_history.
            ctx = Ctx::Skip;
        }
        break;
    case Ctx::NodeHistoryNode:
        if (name == u"resource_history" && a.hasAttribute(QLatin1String("fail-count"))) {
            const int count = toInt(a.value(QLatin1String("fail-count")));
            if (count > 0)
                m_failcounts[a.value(QLatin1String("id")).toString()].insert(m_currentNode, count);
        }
        break;
    case Ctx::Failures:
        if (name == u"failure") {
            FailedAction f;
            f.opKey = a.value(QLatin1String("op_key")).toString();
            f.node = a.value(QLatin1String("node")).toString();
            f.operation = a.value(QLatin1String("task")).toString();
            f.exitStatus = a.value(QLatin1String("exitstatus")).toString();
            f.exitReason = a.value(QLatin1String("exitreason")).toString();
            f.exitCode = toInt(a.hasAttribute(QLatin1String("exitcode")) ? a.value(QLatin1String("exitcode")) : a.value(QLatin1String("rc")));
            f.status = a.value(QLatin1String("status")).toString();
            f.lastRcChange = a.value(QLatin1String("last-rc-change")).toString();
            f.interval = toInt(a.value(QLatin1String("interval")));
            f.call = toInt(a.value(QLatin1String("call")));
            const QString interval = a.value(QLatin1String("interval")).toString();
            f.resource = a.hasAttribute(QLatin1String("resource"))
                ? a.value(QLatin1String("resource")).toString()
                : resourceFromOpKey(f.opKey, f.operation, interval);
            if (f.operation.isEmpty()) {
                // Older documents: take the task from the operation key.
                const QStringList parts = f.opKey.mid(f.resource.size() + 1).split(u'_');
                f.operation = parts.value(0);
            }
            m_st.failures.append(std::move(f));
        }
        break;
    case Ctx::FenceHistory:
        if (name == u"fence_event") {
            FencingEvent e;
            e.action = a.value(QLatin1String("action")).toString();
            e.target = a.value(QLatin1String("target")).toString();
            e.client = a.value(QLatin1String("client")).toString();
            e.origin = a.value(QLatin1String("origin")).toString();
            e.delegate = a.value(QLatin1String("delegate")).toString();
            e.status = a.value(QLatin1String("status")).toString();
            e.exitReason = a.value(QLatin1String("exit-reason")).toString();
            e.completed = a.value(QLatin1String("completed")).toString();
            m_st.fencing.append(std::move(e));
        }
        break;
    case Ctx::Tickets:
        if (name == u"ticket") {
            Ticket t;
            t.id = a.value(QLatin1String("id")).toString();
            t.status = a.value(QLatin1String("status")).toString();
            t.standby = isTrue(a.value(QLatin1String("standby")));
            t.lastGranted = a.value(QLatin1String("last-granted")).toString();
            m_st.tickets.append(std::move(t));
        }
        break;
    case Ctx::Bans:
        if (name == u"ban") {
            Ban b;
            b.id = a.value(QLatin1String("id")).toString();
            b.resource = a.value(QLatin1String("resource")).toString();
            b.node = a.value(QLatin1String("node")).toString();
            b.weight = a.value(QLatin1String("weight")).toString();
            b.promotedOnly = isTrue(a.value(QLatin1String("promoted-only"))) || isTrue(a.value(QLatin1String("master_only")));
            m_st.bans.append(std::move(b));
        }
        break;
    case Ctx::Status:
        if (name == u"errors")
            ctx = Ctx::Errors;
        break;
    case Ctx::Errors:
        if (name == u"error") {
            ctx = Ctx::ErrorText;
            m_text.clear();
        }
        break;
    case Ctx::ErrorText:
    case Ctx::Skip:
        break;
    }
    m_ctx.push_back(ctx);
}

void Parser::endElement()
{
    if (m_ctx.empty())
        return;
    const Ctx ctx = m_ctx.back();
    m_ctx.pop_back();
    switch (ctx) {
    case Ctx::Primitive:
    case Ctx::Group:
    case Ctx::Clone:
    case Ctx::Bundle: {
        Resource r = std::move(m_resStack.back());
        m_resStack.pop_back();
        if (r.type != ResourceType::Primitive)
            finishCollection(r);
        if (m_resStack.empty())
            m_st.resources.append(std::move(r));
        else
            m_resStack.back().children.append(std::move(r));
        break;
    }
    case Ctx::ErrorText:
        m_errorTexts.append(m_text.trimmed());
        break;
    default:
        break;
    }
}

Result<ClusterStatus> Parser::run()
{
    while (!m_error) {
        const auto tok = next();
        if (tok == QXmlStreamReader::Invalid)
            break;
        if (tok == QXmlStreamReader::StartElement)
            startElement();
        else if (tok == QXmlStreamReader::EndElement)
            endElement();
        else if (tok == QXmlStreamReader::Characters && top() == Ctx::ErrorText)
            m_text += m_reader.text();
        else if (tok == QXmlStreamReader::EndDocument)
            break;
    }
    if (m_error)
        return *m_error;
    if (m_tooBig) {
        return makeError(ErrorCode::Parse,
                         tr("the crm_mon document is larger than %1 MB; refusing to read it")
                             .arg(m_opts.maxBytes / (1024 * 1024)));
    }
    if (m_reader.hasError()) {
        if (!m_sawRoot && m_reader.error() == QXmlStreamReader::PrematureEndOfDocumentError)
            return makeError(ErrorCode::Parse, tr("the crm_mon document is empty"));
        return errorHere(m_reader.errorString());
    }
    if (!m_sawRoot)
        return makeError(ErrorCode::Parse, tr("the crm_mon document is empty"));

    if (!m_sawSummary) {
        // crm_mon prints a short document with status 102 "Not connected" when Pacemaker is
        // not running on the node it asked, and one with only <errors> (even with code 0) when
        // it cannot read the CIB. Both mean "no status from this node", which is shown.
        if (m_statusCode == 102 || !m_errorTexts.isEmpty()
            || (!m_st.pacemakerdState.isEmpty() && m_st.pacemakerdState != u"running")) {
            m_st.pacemakerRunning = false;
            QStringList parts;
            if (!m_statusMessage.isEmpty() && m_statusCode != 0)
                parts << m_statusMessage;
            parts << m_errorTexts;
            m_st.pacemakerMessage = parts.join(QStringLiteral(": "));
            return std::move(m_st);
        }
        if (m_statusCode != 0) {
            return makeError(ErrorCode::RemoteFailed,
                             tr("crm_mon reported error %1: %2")
                                 .arg(m_statusCode)
                                 .arg(QStringList(QStringList{m_statusMessage} + m_errorTexts)
                                          .join(QStringLiteral(": "))));
        }
        return makeError(ErrorCode::Parse,
                         tr("the document has no <summary>; it is not crm_mon status output"));
    }
    applyFailcounts(m_st.resources, m_failcounts);
    return std::move(m_st);
}

} // namespace

Result<ClusterStatus> CrmMonParser::parse(const QByteArray &xml, const CrmMonParseOptions &opts)
{
    if (xml.size() > opts.maxBytes) {
        return makeError(ErrorCode::Parse,
                         tr("the crm_mon document is larger than %1 MB; refusing to read it")
                             .arg(opts.maxBytes / (1024 * 1024)));
    }
    Parser p(nullptr, opts);
    p.addData(xml);
    return p.run();
}

Result<ClusterStatus> CrmMonParser::parseFile(const QString &path, const CrmMonParseOptions &opts)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io, tr("cannot read %1: %2").arg(path, f.errorString()));
    }
    if (!f.isSequential() && f.size() > opts.maxBytes) {
        return makeError(ErrorCode::Parse,
                         tr("%1 is larger than %2 MB; refusing to read it as a crm_mon document")
                             .arg(path)
                             .arg(opts.maxBytes / (1024 * 1024)));
    }
    return parse(&f, opts);
}

Result<ClusterStatus> CrmMonParser::parse(QIODevice *device, const CrmMonParseOptions &opts)
{
    Parser p(device, opts);
    return p.run();
}

} // namespace ha
