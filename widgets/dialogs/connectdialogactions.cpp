// ConnectDialog: test, save and sign in, remove.
#include "auth/secretstore.h"
#include "commands/prompter.h"
#include "dialogs/connectdialog.h"
#include "service/profileconnector.h"
#include "service/serverconnection.h"
#include "service/serverprobe.h"
#include "service/serverurl.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace zenml::gui {

std::optional<QUrl> ConnectDialog::confirmedUrl()
{
    auto url = ServerUrl::normalize(m_url->text());
    if (!url) {
        setStatus(url.error().message, true);
        return std::nullopt;
    }
    if (!ServerUrl::needsInsecureConfirmation(*url) || m_insecureConfirmedFor == url->toString())
        return *url;
    if (!m_prompter.confirm(this, tr("Unencrypted connection"),
                            ServerUrl::insecureWarning(*url) + QLatin1Char(' ') +
                                tr("Connect anyway?"),
                            url->toString())) {
        setStatus(tr("Not connected: plain http:// to another computer was not confirmed."), true);
        return std::nullopt;
    }
    m_insecureConfirmedFor = url->toString();
    return *url;
}

void ConnectDialog::testConnection()
{
    const auto url = confirmedUrl();
    if (!url)
        return;
    setBusy(true);
    m_connector->probe().probe(*url, m_pin, std::chrono::milliseconds(m_timeoutMs));
}

void ConnectDialog::save()
{
    const QString name = m_name->text().trimmed();
    const QString username = m_username->text().trimmed();
    if (m_current.isEmpty()) {
        if (Status s = ProfileManager::validateProfileName(name); !s) {
            setStatus(s.error().message, true);
            return;
        }
    }
    if (username.isEmpty()) {
        setStatus(tr("Give the user name to sign in as."), true);
        return;
    }
    const auto url = confirmedUrl();
    if (!url)
        return;

    ProfileInfo info;
    if (m_current.isEmpty()) {
        auto created = m_profiles.createServer(name, url->toString(), username);
        if (!created) {
            setStatus(created.error().message, true);
            return;
        }
        info = *created;
    } else {
        auto existing = m_profiles.info(m_current);
        if (!existing) {
            setStatus(existing.error().message, true);
            return;
        }
        info = *existing;
    }
    const bool otherServerOrUser = info.serverUrl != url->toString() || info.username != username;
    info.serverUrl = url->toString();
    info.username = username;
    info.fingerprint = m_pin;
    if (Status s = m_profiles.update(info); !s) {
        setStatus(s.error().message, true);
        return;
    }
    m_current = info.name;
    m_name->setReadOnly(true);

    auto opened = m_connector->open(m_profiles, info, std::chrono::milliseconds(m_timeoutMs));
    if (!opened) {
        setStatus(opened.error().message, true);
        return;
    }
    ServerConnection *connection = *opened;
    if (m_insecureConfirmedFor == info.serverUrl)
        (void)connection->setInsecureHttpAllowed(true);
    emit profilesChanged();
    reloadList(info.name);

    const QString password = m_password->text();
    m_password->clear();
    if (otherServerOrUser && connection->record().isSignedIn())
        connection->logout(); // the saved sign-in belongs to the old server or user
    if (password.isEmpty()) {
        setStatus(tr("Saved profile '%1'. Give the password to sign in.").arg(info.name), false);
        return;
    }
    signIn(password, m_remember->isChecked());
}

void ConnectDialog::signIn(const QString &password, bool remember)
{
    setBusy(true);
    ServerConnection *connection = m_connector->connection();
    connect(
        connection, &ServerConnection::loginFinished, this,
        [this, connection, password, remember](const Result<LoginOutcome> &result) {
            setBusy(false);
            if (!result) {
                setStatus(result.error().message, true);
                if (const auto certificate = connection->rejectedCertificate();
                    certificate && offerCertificate(*certificate))
                    signIn(password, remember);
                return;
            }
            const QStringList permissions = permission::names(result->record.permissions);
            QString text =
                //: %1 user, %2 version, %3 permission names
                tr("Signed in as '%1' to ZenML %2 with the permissions: %3.")
                    .arg(connection->profile().username, result->server.version,
                         permissions.isEmpty() ? tr("none")
                                               : permissions.join(QStringLiteral(", ")));
            if (!result->record.permissions.testFlag(Permission::Write))
                text += QLatin1Char(' ') + tr("Without 'write' the app is read-only.");
            if (!result->note.isEmpty())
                text += QLatin1Char(' ') + result->note;
            setStatus(text, false);
            emit signedIn(connection->profile().name);
        },
        Qt::SingleShotConnection);
    connection->login(password, remember);
}

void ConnectDialog::removeProfile()
{
    if (m_current.isEmpty())
        return;
    const QString name = m_current;
    if (name == m_openProfile) {
        setStatus(tr("The profile '%1' is open in the window. Open another profile first "
                     "(File > Open Profile), then remove this one.")
                      .arg(name),
                  true);
        return;
    }
    auto unsent = m_profiles.unsentChanges(name);
    if (!unsent) {
        setStatus(unsent.error().message, true);
        return;
    }
    QString question = tr("Remove the profile '%1', its local copy of the server's data and "
                          "its saved password? Nothing changes on the server.")
                           .arg(name);
    if (*unsent > 0)
        question += QLatin1Char(' ') + tr("It holds %n change(s) not yet sent to the server, "
                                          "which will be lost.",
                                          nullptr, *unsent);
    if (!m_prompter.confirm(this, tr("Remove profile"), question, name))
        return;
    m_connector->close();
    if (Status s = m_profiles.remove(name, true); !s) {
        setStatus(s.error().message, true);
        return;
    }
    SecretChangeJob *job = m_secrets.removeAll(name);
    connect(job, &SecretChangeJob::finished, this, [this, name](const Status &status) {
        if (!status)
            setStatus(tr("Removed profile '%1', but its keychain entries could not be removed: %2")
                          .arg(name, status.error().message),
                      true);
    });
    addProfile();
    setStatus(tr("Removed profile '%1'.").arg(name), false);
    emit profilesChanged();
}

} // namespace zenml::gui
