// The connect dialog on the offscreen platform, against the in-process test ZenML server: fill
// in a profile, test the connection, save and sign in; trust a self-signed certificate; refuse
// plain http:// to another computer; remove a profile with its saved password. And the main
// window hook's read-only state for a user without 'write'.
#include "auth/memorysecretstore.h"
#include "cannedserver.h"
#include "commands/prompter.h"
#include "connectfixture.h"
#include "dialogs/certificatedialog.h"
#include "dialogs/connectdialog.h"
#include "service/serverconnection.h"
#include "testserver.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace zenml;
using namespace zenml::gui;
using zenml::remotetest::CannedServer;
using zenml::test::TestServer;

namespace {
const QString kPassword = QStringLiteral("Adm1n-Secret-7781");
const QString kGuestPassword = QStringLiteral("Gu3st-Secret-4410");

const QByteArray kInfo = R"({"id": "303f3cf4-3e89-4738-870f-c73697bc7365", "version": "0.47.0",
    "debug": false, "deployment_type": "other", "database_type": "sqlite",
    "secrets_store_type": "sql", "auth_scheme": "OAUTH2_PASSWORD_BEARER"})";

// Answers questions as the test says and records them.
class ScriptedPrompter : public Prompter
{
public:
    bool answer = true;
    QStringList asked;
    bool confirm(QWidget *, const QString &, const QString &text, const QString &) override
    {
        asked << text;
        return answer;
    }
    void showError(QWidget *, const QString &, const QString &text) override { asked << text; }
};
} // namespace

class TestConnectDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void fillTestAndSave();
    void guestIsToldReadOnly();
    void trustSelfSignedCertificate();
    void plainHttpElsewhereNeedsConsent();
    void removeProfileAndItsPassword();
    void editExistingProfile();
    void unsupportedServerInWords();

private:
    void fill(const QString &name, const QString &url, const QString &user,
              const QString &password);
    void click(const QString &button);
    QString status() const { return m_dialog->statusText(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<MemorySecretStore> m_secrets;
    ScriptedPrompter m_prompter;
    std::unique_ptr<ConnectDialog> m_dialog;
};

void TestConnectDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<TestServer>();
    m_server->setDefaultPassword(kPassword);
    QVERIFY(m_server->listen());
    m_secrets = std::make_unique<MemorySecretStore>();
    m_prompter = ScriptedPrompter();
    m_dialog =
        std::make_unique<ConnectDialog>(ProfileManager(m_dir->path()), *m_secrets, m_prompter);
    m_dialog->setTimeout(10000);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestConnectDialog::cleanup()
{
    m_dialog.reset();
    m_secrets.reset();
    m_server.reset();
    m_dir.reset();
}

void TestConnectDialog::fill(const QString &name, const QString &url, const QString &user,
                             const QString &password)
{
    click(QStringLiteral("addButton"));
    const auto type = [this](const QString &field, const QString &text) {
        auto *edit = m_dialog->findChild<QLineEdit *>(field);
        QVERIFY(edit);
        edit->clear();
        QTest::keyClicks(edit, text);
    };
    type(QStringLiteral("name"), name);
    type(QStringLiteral("url"), url);
    type(QStringLiteral("username"), user);
    type(QStringLiteral("password"), password);
}

void TestConnectDialog::click(const QString &button)
{
    auto *b = m_dialog->findChild<QPushButton *>(button);
    QVERIFY2(b, qPrintable(button));
    QVERIFY2(b->isEnabled(), qPrintable(button));
    QTest::mouseClick(b, Qt::LeftButton);
}

void TestConnectDialog::fillTestAndSave()
{
    fill(QStringLiteral("work"), m_server->baseUrl().toString() + QStringLiteral("/"),
         QStringLiteral("default"), kPassword);
    click(QStringLiteral("testButton"));
    QTRY_VERIFY2_WITH_TIMEOUT(status().contains(QStringLiteral("ZenML 0.47.0")),
                              qPrintable(status()), 10000);
    QVERIFY(!ProfileManager(m_dir->path()).exists(QStringLiteral("work"))); // only tested

    QSignalSpy signedIn(m_dialog.get(), &ConnectDialog::signedIn);
    click(QStringLiteral("saveButton"));
    QVERIFY(signedIn.wait(10000));
    QCOMPARE(signedIn.first().first().toString(), QStringLiteral("work"));
    QVERIFY2(status().contains(QStringLiteral("Signed in as 'default'")), qPrintable(status()));
    auto info = ProfileManager(m_dir->path()).info(QStringLiteral("work"));
    QVERIFY(info.ok());
    QCOMPARE(info->serverUrl, m_server->baseUrl().toString()); // normalised: no trailing slash
    QCOMPARE(info->username, QStringLiteral("default"));
    QCOMPARE(m_secrets->entryValue(QStringLiteral("work/password")), kPassword);
    QVERIFY(m_dialog->findChild<QLineEdit *>(QStringLiteral("password"))->text().isEmpty());
    m_dialog.reset();
    QCOMPARE(connecttest::filesContaining(m_dir->path(), kPassword), QStringList());
}

void TestConnectDialog::guestIsToldReadOnly()
{
    QCOMPARE(connecttest::addUser(*m_server, QStringLiteral("gina"), kGuestPassword,
                                  QStringLiteral("guest")),
             QString());
    fill(QStringLiteral("view"), m_server->baseUrl().toString(), QStringLiteral("gina"),
         kGuestPassword);
    m_dialog->findChild<QCheckBox *>(QStringLiteral("remember"))->setChecked(false);
    QSignalSpy signedIn(m_dialog.get(), &ConnectDialog::signedIn);
    click(QStringLiteral("saveButton"));
    QVERIFY(signedIn.wait(10000));
    QVERIFY2(status().contains(QStringLiteral("read-only")), qPrintable(status()));
    QVERIFY(m_dialog->connection());
    QVERIFY(!m_dialog->connection()->canWrite());
    QVERIFY(m_secrets->entryNames().isEmpty()); // not remembered
}

void TestConnectDialog::trustSelfSignedCertificate()
{
    const auto [certificate, key] = connecttest::selfSignedCertificate();
    QVERIFY(!certificate.isNull());
    CannedServer tls;
    tls.enableTls(certificate, key);
    tls.on("GET", QStringLiteral("^/api/v1/info$"), 200, kInfo);
    QVERIFY(tls.start());
    QString shownSha;
    QString shownSubject;
    m_dialog->setCertificateRunner([&](CertificateDialog &dialog) {
        shownSha = dialog.findChild<QLabel *>(QStringLiteral("sha256"))->text();
        shownSubject = dialog.findChild<QLabel *>(QStringLiteral("subject"))->text();
        return true; // "Trust this certificate"
    });
    fill(QStringLiteral("selfsigned"), tls.baseUrl().toString(), QStringLiteral("default"), {});
    click(QStringLiteral("testButton"));
    QTRY_VERIFY2_WITH_TIMEOUT(status().contains(QStringLiteral("ZenML 0.47.0")),
                              qPrintable(status()), 10000);
    QCOMPARE(shownSha.size(), 95);
    QVERIFY(shownSubject.contains(QStringLiteral("zenml-connect-test")));
    click(QStringLiteral("saveButton"));
    QTRY_VERIFY_WITH_TIMEOUT(ProfileManager(m_dir->path()).exists(QStringLiteral("selfsigned")),
                             5000);
    QCOMPARE(ProfileManager(m_dir->path()).info(QStringLiteral("selfsigned"))->fingerprint,
             shownSha);
}

void TestConnectDialog::plainHttpElsewhereNeedsConsent()
{
    m_prompter.answer = false;
    fill(QStringLiteral("lan"), QStringLiteral("http://zenml.example.invalid"),
         QStringLiteral("default"), kPassword);
    click(QStringLiteral("saveButton"));
    QCOMPARE(m_prompter.asked.size(), 1);
    QVERIFY(m_prompter.asked.first().contains(QStringLiteral("http://")));
    QVERIFY2(status().contains(QStringLiteral("not confirmed")), qPrintable(status()));
    QVERIFY(!ProfileManager(m_dir->path()).exists(QStringLiteral("lan")));
    QVERIFY(m_secrets->entryNames().isEmpty());
}

void TestConnectDialog::removeProfileAndItsPassword()
{
    fill(QStringLiteral("work"), m_server->baseUrl().toString(), QStringLiteral("default"),
         kPassword);
    QSignalSpy signedIn(m_dialog.get(), &ConnectDialog::signedIn);
    click(QStringLiteral("saveButton"));
    QVERIFY(signedIn.wait(10000));
    QVERIFY(!m_secrets->entryNames().isEmpty());
    click(QStringLiteral("removeButton"));
    QVERIFY(!ProfileManager(m_dir->path()).exists(QStringLiteral("work")));
    QTRY_VERIFY_WITH_TIMEOUT(m_secrets->entryNames().isEmpty(), 5000);
}

void TestConnectDialog::editExistingProfile()
{
    QCOMPARE(connecttest::addUser(*m_server, QStringLiteral("gina"), kGuestPassword,
                                  QStringLiteral("guest")),
             QString());
    fill(QStringLiteral("work"), m_server->baseUrl().toString(), QStringLiteral("default"),
         kPassword);
    QSignalSpy signedIn(m_dialog.get(), &ConnectDialog::signedIn);
    click(QStringLiteral("saveButton"));
    QVERIFY(signedIn.wait(10000));
    // A fresh dialog lists the profile; selecting it fills the form (never the password).
    m_dialog =
        std::make_unique<ConnectDialog>(ProfileManager(m_dir->path()), *m_secrets, m_prompter);
    auto *list = m_dialog->findChild<QListWidget *>(QStringLiteral("profileList"));
    QVERIFY(list);
    QCOMPARE(list->count(), 1);
    list->setCurrentRow(0);
    auto *name = m_dialog->findChild<QLineEdit *>(QStringLiteral("name"));
    auto *user = m_dialog->findChild<QLineEdit *>(QStringLiteral("username"));
    QCOMPARE(name->text(), QStringLiteral("work"));
    QVERIFY(name->isReadOnly());
    QCOMPARE(user->text(), QStringLiteral("default"));
    QVERIFY(m_dialog->findChild<QLineEdit *>(QStringLiteral("password"))->text().isEmpty());
    // Another user: saved, the old saved password goes, the new user signs in.
    user->setText(QStringLiteral("gina"));
    m_dialog->findChild<QLineEdit *>(QStringLiteral("password"))->setText(kGuestPassword);
    QSignalSpy again(m_dialog.get(), &ConnectDialog::signedIn);
    click(QStringLiteral("saveButton"));
    QVERIFY(again.wait(10000));
    QCOMPARE(ProfileManager(m_dir->path()).info(QStringLiteral("work"))->username,
             QStringLiteral("gina"));
    QTRY_COMPARE_WITH_TIMEOUT(m_secrets->entryValue(QStringLiteral("work/password")),
                              kGuestPassword, 5000);
}

void TestConnectDialog::unsupportedServerInWords()
{
    m_server->setVersion(QStringLiteral("0.50.0"));
    fill(QStringLiteral("new"), m_server->baseUrl().toString(), QStringLiteral("default"), {});
    click(QStringLiteral("testButton"));
    QTRY_VERIFY2_WITH_TIMEOUT(status().contains(QStringLiteral("0.50.0")) &&
                                  status().contains(QStringLiteral("0.39 to 0.47")),
                              qPrintable(status()), 10000);
}

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
