// ServerConnection: the session token kept in the keychain beside the password, so that each
// run of the command line does not sign in again (a sign-in costs a real server a bcrypt check,
// about 0.3 s of CPU). Never on disk. It is reused only for the server URL and user it was issued
// for, until it expires or the server answers 401; logout removes it.
#include "auth/secretstore.h"
#include "serverconnection.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace zenml {

namespace {
const QString kServer = QStringLiteral("server");
const QString kUser = QStringLiteral("user");
const QString kToken = QStringLiteral("token");
// A token this close to its end is not worth trying: the next call would get a 401.
constexpr qint64 kExpiryMarginSeconds = 60;
} // namespace

void ServerConnection::reuseToken(std::function<void(bool)> done)
{
    SecretReadJob *read = m_secrets.read(m_profile.name, SecretStore::sessionTokenKey());
    connect(read, &SecretReadJob::finished, this,
            [this, done = std::move(done)](const SecretReadResult &secret) {
                if (!secret || !secret->has_value()) {
                    done(false);
                    return;
                }
                const QJsonObject saved = QJsonDocument::fromJson((**secret).toUtf8()).object();
                // Another server (the profile's URL changed) or another user: sign in afresh.
                if (saved.value(kServer).toString() != m_profile.serverUrl ||
                    saved.value(kUser).toString() != m_profile.username) {
                    done(false);
                    return;
                }
                auto session =
                    Session::fromToken(saved.value(kToken).toString(), m_profile.username);
                if (!session) {
                    done(false);
                    return;
                }
                const auto &expires = session->claims().expiresAt;
                if (expires &&
                    QDateTime::currentDateTimeUtc().secsTo(*expires) < kExpiryMarginSeconds) {
                    done(false);
                    return;
                }
                m_session = *session;
                m_api.setToken(m_session.bearerToken());
                emit sessionChanged();
                done(true);
            });
}

void ServerConnection::keepToken(bool keep, std::function<void()> done)
{
    SecretChangeJob *job = nullptr;
    if (keep) {
        const QJsonObject saved{{kServer, m_profile.serverUrl},
                                {kUser, m_profile.username},
                                {kToken, m_session.bearerToken()}};
        job =
            m_secrets.write(m_profile.name, SecretStore::sessionTokenKey(),
                            QString::fromUtf8(QJsonDocument(saved).toJson(QJsonDocument::Compact)));
    } else {
        job = m_secrets.remove(m_profile.name, SecretStore::sessionTokenKey());
    }
    // A token that could not be kept only costs the next run a sign-in.
    connect(job, &SecretChangeJob::finished, this,
            [done = std::move(done)](const Status &) { done(); });
}

} // namespace zenml
