#include "dialogs/connectdialog.h"

#include "dialogs/certificatedialog.h"
#include "service/profileconnector.h"
#include "service/serverconnection.h"
#include "service/serverprobe.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace zenml::gui {

ConnectDialog::ConnectDialog(ProfileManager profiles, SecretStore &secrets, Prompter &prompter,
                             ProfileConnector *connector, QWidget *parent)
    : QDialog(parent)
    , m_profiles(std::move(profiles))
    , m_secrets(secrets)
    , m_prompter(prompter)
    , m_connector(connector ? connector : new ProfileConnector(secrets, nullptr, this))
    , m_runCertificate([](CertificateDialog &dialog) { return dialog.exec() == QDialog::Accepted; })
{
    buildUi();
    reloadList({});
}

ConnectDialog::~ConnectDialog() = default;

ServerConnection *ConnectDialog::connection() const
{
    return m_connector->connection();
}

void ConnectDialog::buildUi()
{
    setWindowTitle(tr("Connect to a ZenML server"));
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("profileList"));
    auto *add = new QPushButton(tr("Add"));
    add->setObjectName(QStringLiteral("addButton"));
    m_remove = new QPushButton(tr("Remove"));
    m_remove->setObjectName(QStringLiteral("removeButton"));
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(m_remove);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list);
    left->addLayout(listButtons);

    const auto field = [](const QString &objectName, const QString &placeholder) {
        auto *edit = new QLineEdit;
        edit->setObjectName(objectName);
        edit->setPlaceholderText(placeholder);
        return edit;
    };
    m_name = field(QStringLiteral("name"), tr("e.g. production"));
    m_url = field(QStringLiteral("url"), tr("https://zenml.example.com"));
    m_username = field(QStringLiteral("username"), tr("your ZenML user name"));
    m_password = field(QStringLiteral("password"), tr("leave empty to sign in later"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(tr("Remember password in the keychain"));
    m_remember->setObjectName(QStringLiteral("remember"));
    m_remember->setChecked(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Profile &name:"), m_name);
    form->addRow(tr("Server &URL:"), m_url);
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_test = buttons->addButton(tr("&Test connection"), QDialogButtonBox::ActionRole);
    m_test->setObjectName(QStringLiteral("testButton"));
    m_save = buttons->addButton(tr("&Save and sign in"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);

    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(m_status, 1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(buttons);

    connect(add, &QPushButton::clicked, this, &ConnectDialog::addProfile);
    connect(m_remove, &QPushButton::clicked, this, &ConnectDialog::removeProfile);
    connect(m_test, &QPushButton::clicked, this, &ConnectDialog::testConnection);
    connect(m_save, &QPushButton::clicked, this, &ConnectDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentTextChanged, this, [this](const QString &name) {
        if (!name.isEmpty() && name != m_current)
            selectProfile(name);
    });
    connect(&m_connector->probe(), &ServerProbe::finished, this,
            [this](const Result<remote::ServerInfo> &result) {
                setBusy(false);
                if (result) {
                    //: %1 version, %2 URL
                    setStatus(tr("Reached ZenML %1 at %2. It can be administered here.")
                                  .arg(result->version, m_url->text().trimmed()),
                              false);
                    return;
                }
                setStatus(result.error().message, true);
                if (const auto certificate = m_connector->probe().rejectedCertificate();
                    certificate && offerCertificate(*certificate))
                    testConnection();
            });
}

void ConnectDialog::reloadList(const QString &select)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    auto all = m_profiles.list();
    if (all) {
        for (const ProfileInfo &p : *all) {
            if (p.kind == ProfileKind::Server)
                m_list->addItem(p.name);
        }
    }
    const auto found = m_list->findItems(select, Qt::MatchExactly);
    if (!select.isEmpty() && !found.isEmpty())
        m_list->setCurrentItem(found.first());
    m_remove->setEnabled(!m_current.isEmpty());
}

void ConnectDialog::selectProfile(const QString &name)
{
    auto info = m_profiles.info(name);
    if (!info || info->kind != ProfileKind::Server) {
        addProfile();
        return;
    }
    m_current = name;
    m_pin = info->fingerprint;
    m_insecureConfirmedFor.clear();
    m_name->setText(name);
    m_name->setReadOnly(true);
    m_url->setText(info->serverUrl);
    m_username->setText(info->username);
    m_password->clear();
    setStatus(info->fingerprint.isEmpty() ? QString()
                                          : tr("Trusted certificate: %1").arg(info->fingerprint),
              false);
    reloadList(name);
}

void ConnectDialog::addProfile()
{
    m_current.clear();
    m_pin.clear();
    m_insecureConfirmedFor.clear();
    for (QLineEdit *edit : {m_name, m_url, m_username, m_password})
        edit->clear();
    m_name->setReadOnly(false);
    m_name->setFocus();
    setStatus(tr("A new server profile: fill in the server's URL and your user name."), false);
    reloadList({});
}

QString ConnectDialog::statusText() const
{
    return m_status->text();
}

void ConnectDialog::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setProperty("problem", problem);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
}

void ConnectDialog::setBusy(bool busy)
{
    m_test->setEnabled(!busy);
    m_save->setEnabled(!busy);
    if (busy)
        setStatus(tr("Contacting the server…"), false);
}

bool ConnectDialog::offerCertificate(const remote::CertificateInfo &certificate)
{
    CertificateDialog dialog(certificate, this);
    if (!m_runCertificate(dialog))
        return false;
    m_pin = certificate.sha256;
    if (connection()) {
        if (Status s = connection()->trustCertificate(m_pin); !s) {
            setStatus(s.error().message, true);
            return false;
        }
    }
    return true;
}

} // namespace zenml::gui
