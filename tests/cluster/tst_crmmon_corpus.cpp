// Every CIB of the Pacemaker corpus, turned into crm_mon XML by the installed crm_mon at test
// time, must parse; counts and per-resource state must agree with what libxml2's XPath (xmllint)
// reads from the same document — an expectation that does not go through our parser.

#include "cluster/crmmonparser.h"
#include "cluster/nodemodel.h"
#include "cluster/resourcemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ha;

namespace {

struct Expected
{
    int nodes = 0;
    struct Rsc
    {
        QString id, role;
        bool active = false, failed = false;
        QStringList nodes;
    };
    QList<Rsc> resources;
};

QString unescape(QString v)
{
    v.replace(QLatin1String("&quot;"), QLatin1String("\""));
    v.replace(QLatin1String("&lt;"), QLatin1String("<"));
    v.replace(QLatin1String("&gt;"), QLatin1String(">"));
    v.replace(QLatin1String("&apos;"), QLatin1String("'"));
    v.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return v;
}

// xmllint prints the selected attributes in document order, one ` name="value"` per line.
Expected readExpectation(const QString &path)
{
    Expected e;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return e;
    static const QRegularExpression attr(QStringLiteral(R"re(^\s*([a-z_]+)="(.*)"\s*$)re"));
    const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
    for (const QString &line : lines) {
        const auto m = attr.match(line);
        if (!m.hasMatch())
            continue;
        const QString key = m.captured(1);
        const QString value = unescape(m.captured(2));
        if (key == u"online") {
            ++e.nodes;
        } else if (key == u"id") {
            e.resources.append({value, {}, false, false, {}});
        } else if (!e.resources.isEmpty()) {
            Expected::Rsc &r = e.resources.last();
            if (key == u"role")
                r.role = value;
            else if (key == u"active")
                r.active = value == u"true";
            else if (key == u"failed")
                r.failed = value == u"true";
            else if (key == u"name")
                r.nodes.append(value);
        }
    }
    return e;
}

void flatten(const QList<Resource> &list, QList<const Resource *> &out)
{
    for (const Resource &r : list) {
        if (r.type == ResourceType::Primitive)
            out.append(&r);
        else
            flatten(r.children, out);
    }
}

} // namespace

class TestCrmMonCorpus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void allDocuments();
    void legacyFormatAgrees();
    void modelsFollowEveryDocument();

private:
    QTemporaryDir m_dir;
    QStringList m_cibs;
};

void TestCrmMonCorpus::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString corpus = QStringLiteral(HA_CORPUS_DIR);
    for (const QString &sub : {QStringLiteral("pacemaker-scheduler-cibs"),
                              QStringLiteral("pacemaker-cli-cibs")}) {
        QDir d(corpus + u'/' + sub);
        const QStringList files = d.entryList({QStringLiteral("*.xml")}, QDir::Files, QDir::Name);
        for (const QString &f : files)
            m_cibs.append(d.filePath(f));
    }
    QCOMPARE(m_cibs.size(), 860);

    // Two workers (the machine has two cores). Each CIB gives <n>.xml (crm_mon) and <n>.exp
    // (xmllint's view of it); the index keeps the names unique across both folders.
    QFile list(m_dir.filePath(QStringLiteral("list")));
    QVERIFY(list.open(QIODevice::WriteOnly));
    for (int i = 0; i < m_cibs.size(); ++i)
        list.write(QStringLiteral("%1 %2\n").arg(i).arg(m_cibs.at(i)).toUtf8());
    list.close();
    const QString script = QStringLiteral(
        "cd \"$1\" && xargs -P2 -L1 sh -c '"
        "CIB_file=\"$1\" crm_mon -1 --output-as=xml --inactive > \"$0.xml\" 2> \"$0.err\"; "
        "xmllint --xpath \"/pacemaker-result/nodes/node/@online | //resources//resource/@id | "
        "//resources//resource/@role | //resources//resource/@active | "
        "//resources//resource/@failed | //resources//resource/node/@name\" \"$0.xml\" "
        "> \"$0.exp\" 2>/dev/null; true' < list");
    QProcess p;
    p.start(QStringLiteral("bash"), {QStringLiteral("-c"), script, QStringLiteral("gen"),
                                     m_dir.path()});
    QVERIFY(p.waitForFinished(300000));
    QCOMPARE(p.exitCode(), 0);
}

void TestCrmMonCorpus::allDocuments()
{
    int failures = 0;
    int resourcesChecked = 0;
    int unavailable = 0;
    for (int i = 0; i < m_cibs.size(); ++i) {
        const QString name = QFileInfo(m_cibs.at(i)).fileName();
        const QString xml = m_dir.filePath(QStringLiteral("%1.xml").arg(i));
        QVERIFY2(QFileInfo(xml).size() > 0, qPrintable(name + u": crm_mon printed nothing"));
        const Result<ClusterStatus> st = CrmMonParser::parseFile(xml);
        if (!st) {
            qWarning("%s: %s", qPrintable(name), qPrintable(st.error().message));
            ++failures;
            continue;
        }
        const Expected e = readExpectation(m_dir.filePath(QStringLiteral("%1.exp").arg(i)));
        if (!st->pacemakerRunning) {
            // A few CIBs do not validate against the installed schema: crm_mon then prints a
            // document with only an error. It must come through as "no status", with the reason.
            QVERIFY2(!st->pacemakerMessage.isEmpty(), qPrintable(name));
            QVERIFY2(e.nodes == 0 && e.resources.isEmpty(), qPrintable(name));
            qInfo("%s: no status: %s", qPrintable(name), qPrintable(st->pacemakerMessage));
            ++unavailable;
            continue;
        }
        QVERIFY2(st->nodes.size() == e.nodes,
                 qPrintable(QStringLiteral("%1: %2 nodes, xmllint %3")
                                .arg(name).arg(st->nodes.size()).arg(e.nodes)));
        QList<const Resource *> flat;
        flatten(st->resources, flat);
        QVERIFY2(flat.size() == e.resources.size(),
                 qPrintable(QStringLiteral("%1: %2 resources, xmllint %3")
                                .arg(name).arg(flat.size()).arg(e.resources.size())));
        for (int k = 0; k < flat.size(); ++k) {
            const Resource &r = *flat.at(k);
            const Expected::Rsc &x = e.resources.at(k);
            const QByteArray where = QStringLiteral("%1: resource #%2 %3").arg(name).arg(k).arg(x.id).toUtf8();
            QVERIFY2(r.id == x.id, where.constData());
            QVERIFY2(r.role == x.role, QByteArray(where + " role " + r.role.toUtf8() + " vs " + x.role.toUtf8()).constData());
            QVERIFY2(r.active == x.active, QByteArray(where + " active").constData());
            QVERIFY2(r.failed == x.failed, QByteArray(where + " failed").constData());
            QVERIFY2(r.nodes == x.nodes, QByteArray(where + " nodes").constData());
            ++resourcesChecked;
        }
    }
    QCOMPARE(failures, 0);
    qInfo("checked %d documents, %d resources", int(m_cibs.size()), resourcesChecked);
    QVERIFY(resourcesChecked > 5000);
    QVERIFY(unavailable <= 5); // 5 CIBs are rejected by Pacemaker 2.1.5's schema
}

// Pacemaker 2.0's `--as-xml` format (still printed by 2.1.5 on request) must give the same
// status as the 2.x API document of the same CIB.
void TestCrmMonCorpus::legacyFormatAgrees()
{
    int compared = 0;
    for (int i = 0; i < m_cibs.size(); i += 29) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CIB_file"), m_cibs.at(i));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("crm_mon"), {QStringLiteral("-1"), QStringLiteral("--as-xml"),
                                            QStringLiteral("--inactive")});
        QVERIFY(p.waitForFinished(30000));
        const QByteArray legacy = p.readAllStandardOutput();
        QVERIFY(legacy.contains("<crm_mon version="));
        Result<ClusterStatus> a = CrmMonParser::parse(legacy);
        QVERIFY2(a.ok(), qPrintable(m_cibs.at(i) + u": " + (a ? QString() : a.error().message)));
        Result<ClusterStatus> b = CrmMonParser::parseFile(m_dir.filePath(QStringLiteral("%1.xml").arg(i)));
        QVERIFY(b.ok());
        QVERIFY(a->summary.apiVersion.isEmpty());
        a->summary.apiVersion = b->summary.apiVersion;
        a->pacemakerdState = b->pacemakerdState;
        QVERIFY2(*a == *b, qPrintable(m_cibs.at(i)));
        ++compared;
    }
    QVERIFY(compared >= 29);
}

namespace {

// The model tree must mirror the status tree exactly after any sequence of updates.
bool mirrors(const ResourceModel &m, const QModelIndex &parent, const QList<Resource> &list,
             QString *why)
{
    if (m.rowCount(parent) != list.size()) {
        *why = QStringLiteral("row count %1 vs %2 under %3")
                   .arg(m.rowCount(parent)).arg(list.size()).arg(parent.data().toString());
        return false;
    }
    for (int i = 0; i < list.size(); ++i) {
        const QModelIndex idx = m.index(i, 0, parent);
        const Resource *r = m.resourceAt(idx);
        if (!r || r->id != list.at(i).id || r->role != list.at(i).role
            || r->nodes != list.at(i).nodes || r->failed != list.at(i).failed) {
            *why = QStringLiteral("row %1 under %2: %3 vs %4")
                       .arg(i).arg(parent.data().toString(), r ? r->id : QString(), list.at(i).id);
            return false;
        }
        if (!mirrors(m, idx, list.at(i).children, why))
            return false;
    }
    return true;
}

} // namespace

// Feeding every corpus document in turn into the same models exercises inserts, removals and
// moves between unrelated clusters; the models must stay consistent and never reset.
void TestCrmMonCorpus::modelsFollowEveryDocument()
{
    ResourceModel rm;
    NodeModel nm;
    QAbstractItemModelTester t1(&rm, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&nm, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&rm, &QAbstractItemModel::modelReset);
    for (int i = 0; i < m_cibs.size(); i += 3) {
        const Result<ClusterStatus> st = CrmMonParser::parseFile(m_dir.filePath(QStringLiteral("%1.xml").arg(i)));
        QVERIFY(st.ok());
        rm.update(*st);
        nm.update(*st);
        QString why;
        QVERIFY2(mirrors(rm, {}, st->resources, &why), qPrintable(m_cibs.at(i) + u": " + why));
        QCOMPARE(nm.rowCount(), int(st->nodes.size()));
        for (int n = 0; n < nm.rowCount(); ++n)
            QCOMPARE(nm.index(n, 0).data().toString(), st->nodes.at(n).name);
    }
    QCOMPARE(resets.size(), 0);
}

QTEST_GUILESS_MAIN(TestCrmMonCorpus)
#include "tst_crmmon_corpus.moc"
