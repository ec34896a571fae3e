#pragma once

#include "service/profilemanager.h"

#include <QDialog>
#include <functional>
#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace zenml {
class ProfileConnector;
class SecretStore;
class ServerConnection;
namespace remote {
struct CertificateInfo;
}
} // namespace zenml

namespace zenml::gui {

class CertificateDialog;
class Prompter;

// The server profiles: add, edit, remove; URL, user name, password and "Remember password";
// "Test connection" before saving; compatibility and TLS problems in words, with the certificate
// shown and a way to trust it. Saving with a password signs in (ServerConnection).
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    // Shows the certificate dialog and says whether the admin chose to trust it; tests install
    // one that answers without blocking.
    using CertificateRunner = std::function<bool(CertificateDialog &)>;

    // `connector` (may be null: the dialog makes its own) holds the network, the probe and the
    // connection of the profile signed in from here.
    ConnectDialog(ProfileManager profiles, SecretStore &secrets, Prompter &prompter,
                  ProfileConnector *connector = nullptr, QWidget *parent = nullptr);
    ~ConnectDialog() override;

    void setCertificateRunner(CertificateRunner runner) { m_runCertificate = std::move(runner); }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    // Selects an existing profile for editing, or starts a new one with an empty name.
    void selectProfile(const QString &name);
    // The profile the window has open: it cannot be removed from here.
    void setOpenProfile(const QString &name) { m_openProfile = name; }
    void addProfile();
    void removeProfile();
    void testConnection();
    void save();

    QString statusText() const;
    // The connection of the profile signed in last from this dialog (null before).
    ServerConnection *connection() const;

signals:
    void profilesChanged();
    void signedIn(const QString &profile);

private:
    void buildUi();
    void reloadList(const QString &select);
    void setStatus(const QString &text, bool problem);
    void setBusy(bool busy);
    // The form's URL in stored form, after asking about plain http:// to another computer.
    std::optional<QUrl> confirmedUrl();
    // Offers the rejected certificate; true when the admin trusts it (it is then pinned).
    bool offerCertificate(const remote::CertificateInfo &certificate);
    void signIn(const QString &password, bool remember);

    ProfileManager m_profiles;
    SecretStore &m_secrets;
    Prompter &m_prompter;
    ProfileConnector *m_connector = nullptr;
    CertificateRunner m_runCertificate;
    int m_timeoutMs = 15000;

    QString m_current; // the profile being edited; empty for a new one
    QString m_openProfile;
    QString m_pin; // fingerprint trusted in this dialog, saved with the profile
    QString m_insecureConfirmedFor;

    QListWidget *m_list = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace zenml::gui
