// The dialogs that stand between the operator and something irreversible or secret: typed
// confirmation, host keys, adding a cluster. Screenshots of each go to HA_ARTIFACT_DIR.

#include "confirmbynamedialog.h"
#include "firstrundialog.h"
#include "guitestutil.h"
#include "hostkeydialog.h"
#include "messagebox.h"
#include "nodeprofileeditor.h"
#include "profile/profilestore.h"
#include "profile/secretstore.h"
#include "profileeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ha;
using namespace ha::ui;

namespace {

ConfirmRequest powerOffNode2()
{
    ConfirmRequest r;
    r.title = QStringLiteral("Power off node2");
    r.actionText = QStringLiteral("Power off node2");
    r.target = QStringLiteral("node2");
    r.runsOn = QStringLiteral("BMC of node2 (198.18.0.52:623)");
    r.commands = {QStringLiteral("chassis power off  (IPMI, lanplus, cipher suite 3)")};
    r.warning = QStringLiteral("node2 runs the database (db-group). It stops until node1 has "
                               "taken over.");
    return r;
}

HostKeyInfo hostKey()
{
    HostKeyInfo k;
    k.node = QStringLiteral("node2");
    k.host = QStringLiteral("198.18.0.12");
    k.port = 2222;
    k.keyType = QStringLiteral("ssh-ed25519");
    k.fingerprint = QStringLiteral("SHA256:q0kqCk3Lr5hV2nN3yA7mTzM1d8Kx2Uo9bFh4eRj6WcE");
    k.knownHostsFile = QStringLiteral("/home/op/.config/haconsole/known_hosts");
    return k;
}

bool anyVisibleLabelContains(QWidget *w, const QString &text)
{
    const auto labels = w->findChildren<QLabel *>();
    for (const QLabel *l : labels) {
        if (l->isVisibleTo(w) && l->text().contains(text))
            return true;
    }
    return false;
}

} // namespace

class TstUiDialogs : public QObject
{
    Q_OBJECT
private slots:
    void confirmNeedsExactName();
    void confirmEnterDoesNotRunAction();
    void confirmSeam();
    void hostKeyUnknown();
    void hostKeyChangedCannotBeAccepted();
    void firstRunValidation();
    void firstRunSavesProfileButNoPassword();
    void firstRunUseLab();
};

void TstUiDialogs::confirmNeedsExactName()
{
    ConfirmByNameDialog d(powerOffNode2());
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QCOMPARE(d.actionButton()->text(), QStringLiteral("Power off node2"));
    QVERIFY(d.cancelButton()->isDefault());
    QVERIFY(!d.actionButton()->isEnabled());
    QCOMPARE(d.commandsText(), powerOffNode2().commands.join(u'\n'));
    QVERIFY(d.warningText().contains(QStringLiteral("runs the database")));
    QVERIFY(
        QFontInfo(d.findChild<QPlainTextEdit *>(QStringLiteral("commands"))->font()).fixedPitch());

    QTest::keyClicks(d.nameEdit(), QStringLiteral("node"));
    QVERIFY(!d.actionButton()->isEnabled());
    QVERIFY(test::saveShot(&d, QStringLiteral("confirm_power_off_typing")));
    d.nameEdit()->setText(QStringLiteral("Node2"));
    QVERIFY2(!d.actionButton()->isEnabled(), "case matters: node names are case-sensitive");
    d.nameEdit()->setText(QStringLiteral("node1"));
    QVERIFY(!d.actionButton()->isEnabled());
    d.nameEdit()->clear();
    QTest::keyClicks(d.nameEdit(), QStringLiteral("node2"));
    QVERIFY(d.actionButton()->isEnabled());
    QVERIFY(test::saveShot(&d, QStringLiteral("confirm_power_off_ready")));
    QTest::mouseClick(d.actionButton(), Qt::LeftButton);
    QCOMPARE(d.result(), int(QDialog::Accepted));
}

void TstUiDialogs::confirmEnterDoesNotRunAction()
{
    ConfirmByNameDialog d(powerOffNode2());
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    d.nameEdit()->setFocus();
    QTest::keyClicks(d.nameEdit(), QStringLiteral("node2"));
    QVERIFY(d.actionButton()->isEnabled());
    // Return after typing the name must not power anything off: only the named button does.
    QTest::keyClick(d.nameEdit(), Qt::Key_Return);
    QCOMPARE(d.result(), int(QDialog::Rejected));
}

void TstUiDialogs::confirmSeam()
{
    ConfirmByNameDialog::setNextAnswer(false);
    QVERIFY(!ConfirmByNameDialog::confirm(nullptr, powerOffNode2()));
    QCOMPARE(ConfirmByNameDialog::lastRequest().target, QStringLiteral("node2"));
    ConfirmByNameDialog::setNextAnswer(true);
    QVERIFY(ConfirmByNameDialog::confirm(nullptr, powerOffNode2()));
}

void TstUiDialogs::hostKeyUnknown()
{
    HostKeyDialog d(HostKeyDialog::Kind::Unknown, hostKey());
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QCOMPARE(d.fingerprintField()->text(), hostKey().fingerprint);
    QVERIFY(d.fingerprintField()->isReadOnly());
    QVERIFY(QFontInfo(d.fingerprintField()->font()).fixedPitch());
    QVERIFY(d.explanation().contains(
        QStringLiteral("ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub")));
    QVERIFY(d.explanation().contains(hostKey().knownHostsFile));
    QVERIFY(anyVisibleLabelContains(&d, QStringLiteral("198.18.0.12:2222")));
    QVERIFY(d.trustButton());
    QCOMPARE(d.trustButton()->text(), QStringLiteral("Trust this key and connect"));
    QVERIFY(d.cancelButton()->isDefault());
    QVERIFY(!d.trustButton()->isDefault());
    QVERIFY(test::saveShot(&d, QStringLiteral("hostkey_unknown")));
    QTest::keyClick(&d, Qt::Key_Return);
    QCOMPARE(d.result(), int(QDialog::Rejected));

    HostKeyDialog d2(HostKeyDialog::Kind::Unknown, hostKey());
    d2.show();
    QTest::mouseClick(d2.trustButton(), Qt::LeftButton);
    QCOMPARE(d2.result(), int(QDialog::Accepted));

    HostKeyInfo rsa = hostKey();
    rsa.keyType = QStringLiteral("rsa-sha2-512");
    QCOMPARE(HostKeyDialog::hostKeyFileFor(rsa.keyType),
             QStringLiteral("/etc/ssh/ssh_host_rsa_key.pub"));
    QCOMPARE(HostKeyDialog::hostKeyFileFor(QStringLiteral("ecdsa-sha2-nistp256")),
             QStringLiteral("/etc/ssh/ssh_host_ecdsa_key.pub"));
}

void TstUiDialogs::hostKeyChangedCannotBeAccepted()
{
    HostKeyInfo k = hostKey();
    k.message = QStringLiteral("Host key of 198.18.0.12 changed; the old key is on line 3 of "
                               "/home/op/.config/haconsole/known_hosts.");
    HostKeyDialog d(HostKeyDialog::Kind::Changed, k);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QVERIFY(!d.trustButton());
    const auto buttons = d.findChildren<QPushButton *>();
    QCOMPARE(buttons.size(), 1); // Close, nothing else
    QVERIFY(!buttons.first()->text().contains(QStringLiteral("Trust")));
    QVERIFY(!buttons.first()->text().contains(QStringLiteral("onnect")));
    QVERIFY(anyVisibleLabelContains(&d, QStringLiteral("CHANGED")));
    QVERIFY(d.explanation().contains(k.knownHostsFile));
    QVERIFY(d.explanation().contains(QStringLiteral("line 3")));
    QVERIFY2(d.explanation().contains(QStringLiteral(
                 "ssh-keygen -R '[198.18.0.12]:2222' -f /home/op/.config/haconsole/known_hosts")),
             qPrintable(d.explanation()));
    QVERIFY(test::saveShot(&d, QStringLiteral("hostkey_changed")));
    QTest::mouseClick(buttons.first(), Qt::LeftButton);
    QCOMPARE(d.result(), int(QDialog::Rejected));
}

void TstUiDialogs::firstRunValidation()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    FirstRunDialog d(ProfileStore(dir.path()), nullptr);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QCOMPARE(d.editor()->nodeCount(), 2);

    QTest::mouseClick(d.saveButton(), Qt::LeftButton);
    QVERIFY(d.isVisible());
    QVERIFY(anyVisibleLabelContains(&d, QStringLiteral("Give the cluster a name.")));
    QVERIFY(anyVisibleLabelContains(&d, QStringLiteral("Enter the node's name")));

    ProfileEditor *e = d.editor();
    e->nameEdit()->setText(QStringLiteral("nova db"));
    NodeProfileEditor *n1 = e->nodeEditor(0);
    NodeProfileEditor *n2 = e->nodeEditor(1);
    n1->nameEdit()->setText(QStringLiteral("node1"));
    n1->addressEdit()->setText(QStringLiteral("198.18.0.11; rm -rf /"));
    n2->nameEdit()->setText(QStringLiteral("node1"));
    n2->addressEdit()->setText(QStringLiteral("198.18.0.12"));
    n2->authCombo()->setCurrentIndex(n2->authCombo()->findText(QStringLiteral("Key file")));
    n2->identityEdit()->setText(dir.path() + QStringLiteral("/no-such-key"));
    e->serviceAddressEdit()->setText(QStringLiteral("198.18.0.100"));
    QTest::mouseClick(d.saveButton(), Qt::LeftButton);
    QVERIFY(d.isVisible());
    QVERIFY(anyVisibleLabelContains(&d, QStringLiteral("Letters, digits"))); // "nova db"
    QVERIFY(anyVisibleLabelContains(n1, QStringLiteral("Not a host name or IP address.")));
    QVERIFY(anyVisibleLabelContains(n2, QStringLiteral("Another node already has this name.")));
    QVERIFY(anyVisibleLabelContains(n2, QStringLiteral("No such file.")));
    QVERIFY(test::saveShot(&d, QStringLiteral("firstrun_validation")));
    QVERIFY(ProfileStore(dir.path()).names().isEmpty());
}

void TstUiDialogs::firstRunSavesProfileButNoPassword()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString sshPassword =
        QStringLiteral("S3cret-ssh-%1").arg(QRandomGenerator::global()->generate());
    const QString bmcPassword =
        QStringLiteral("S3cret-bmc-%1").arg(QRandomGenerator::global()->generate());
    // A service of its own, so a real keyring (CI runs one) never mixes with the operator's.
    const QString service =
        QStringLiteral("haconsole-test-%1").arg(QRandomGenerator::global()->generate());
    SecretStore secrets(nullptr, service);
    FirstRunDialog d(ProfileStore(dir.path()), &secrets);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));

    ProfileEditor *e = d.editor();
    e->nameEdit()->setText(QStringLiteral("novadb"));
    NodeProfileEditor *n1 = e->nodeEditor(0);
    n1->nameEdit()->setText(QStringLiteral("node1"));
    n1->addressEdit()->setText(QStringLiteral("198.18.0.11"));
    n1->userEdit()->setText(QStringLiteral("hacluster"));
    n1->sudoCheck()->setChecked(true);
    n1->authCombo()->setCurrentIndex(n1->authCombo()->findText(QStringLiteral("Password")));
    QTest::keyClicks(n1->passwordEdit(), sshPassword);
    NodeProfileEditor *n2 = e->nodeEditor(1);
    n2->nameEdit()->setText(QStringLiteral("node2"));
    n2->addressEdit()->setText(QStringLiteral("198.18.0.12"));
    n2->bmcGroup()->setChecked(true);
    n2->bmcAddressEdit()->setText(QStringLiteral("198.18.0.52"));
    n2->bmcUserEdit()->setText(QStringLiteral("admin"));
    QTest::keyClicks(n2->bmcPasswordEdit(), bmcPassword);
    e->serviceAddressEdit()->setText(QStringLiteral("198.18.0.100"));
    QVERIFY(test::saveShot(&d, QStringLiteral("firstrun_filled")));

    QSignalSpy stored(&d, &FirstRunDialog::secretsStored);
    MessageBox::setNextAnswer(true); // a keyring warning is recorded, not shown
    QTest::mouseClick(d.saveButton(), Qt::LeftButton);
    QVERIFY(stored.wait(20000) || stored.size() == 1);
    QCOMPARE(d.result(), int(QDialog::Accepted));

    const ClusterProfile p = d.profile();
    QCOMPARE(p.name, QStringLiteral("novadb"));
    QCOMPARE(p.nodes.size(), 2);
    QCOMPARE(p.nodes[0].auth, SshAuth::Password);
    QVERIFY(p.nodes[0].sudo);
    QCOMPARE(p.nodes[1].bmc.address, QStringLiteral("198.18.0.52"));
    QCOMPARE(p.serviceAddress, QStringLiteral("198.18.0.100"));

    // What is on disk: the profile, and not one byte of either password.
    const QStringList files = QDir(dir.path()).entryList(QDir::Files);
    QCOMPARE(files, QStringList{QStringLiteral("novadb.ini")});
    QFile ini(dir.filePath(files.first()));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray text = ini.readAll();
    QVERIFY(text.contains("198.18.0.11"));
    QVERIFY(!text.contains(sshPassword.toUtf8()));
    QVERIFY(!text.contains(bmcPassword.toUtf8()));
    QVERIFY(!text.toLower().contains("s3cret"));
    // The form forgets them too.
    QVERIFY(n1->passwordEdit()->text().isEmpty());
    QVERIFY(n2->bmcPasswordEdit()->text().isEmpty());

    const QStringList failures = stored.first().first().toStringList();
    if (!failures.isEmpty()) {
        // No usable keyring here: the operator is told which passwords were not kept.
        qInfo("no usable keyring: checked the warning");
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("keyring did not take")));
        QCOMPARE(failures.size(), 2);
        QVERIFY(failures.first().contains(QStringLiteral("SSH password of node1")));
        for (const QString &f : failures)
            QVERIFY(!f.contains(sshPassword) && !f.contains(bmcPassword));
        return;
    }
    // A keyring is running: the passwords are there, under the profile's keys; clean up.
    qInfo("keyring available: checked the stored password");
    QByteArray got;
    bool done = false;
    secrets.read(p.sshSecretKey(QStringLiteral("node1")), this, [&](Result<QByteArray> r) {
        if (r)
            got = r.value();
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QCOMPARE(got, sshPassword.toUtf8());
    for (const QString &key :
         {p.sshSecretKey(QStringLiteral("node1")), p.bmcSecretKey(QStringLiteral("node2"))}) {
        bool removed = false;
        secrets.remove(key, this, [&](Result<void>) { removed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 20000);
    }
}

void TstUiDialogs::firstRunUseLab()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    {
        FirstRunDialog d(ProfileStore(dir.path()), nullptr);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QTest::mouseClick(d.labButton(), Qt::LeftButton);
        QVERIFY(d.isVisible());
        QVERIFY(d.labStatus().contains(QStringLiteral("The local lab is not running")));
        QVERIFY(d.labStatus().contains(dir.path()));
        QVERIFY(test::saveShot(&d, QStringLiteral("firstrun_no_lab")));
    }
    ClusterProfile lab;
    lab.name = QStringLiteral("lab");
    for (int i = 1; i <= 2; ++i) {
        NodeProfile n;
        n.name = QStringLiteral("node%1").arg(i);
        n.address = QStringLiteral("198.18.0.1%1").arg(i);
        n.auth = SshAuth::Key;
        n.identityFile = dir.filePath(QStringLiteral("id_ed25519"));
        lab.nodes << n;
    }
    lab.serviceAddress = QStringLiteral("198.18.0.100");
    QVERIFY(ProfileStore(dir.path()).save(lab).ok());

    FirstRunDialog d(ProfileStore(dir.path()), nullptr);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QTest::mouseClick(d.labButton(), Qt::LeftButton);
    QCOMPARE(d.result(), int(QDialog::Accepted));
    QVERIFY(d.usedLab());
    QCOMPARE(d.profile().name, QStringLiteral("lab"));
    QCOMPARE(d.profile().nodes.size(), 2);
    QCOMPARE(d.profile().nodes[1].address, QStringLiteral("198.18.0.12"));
}

QTEST_MAIN(TstUiDialogs)
#include "tst_ui_dialogs.moc"
