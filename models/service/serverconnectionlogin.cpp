// ServerConnection: signing in and out, and signing in again after a 401.
#include "auth/secretstore.h"
#include "serverconnection.h"
#include "store/localstore.h"

namespace zenml {

void ServerConnection::runLogin(const QString &password, PasswordPolicy policy, LoginDone done)
{
    // The server check comes first so that an old or foreign server is named as such instead of
    // failing on the login route.
    runCheck([this, password, policy, done](const Result<remote::ServerInfo> &info) {
        if (!info) {
            done(info.error());
            return;
        }
        remote::LoginJob *job = m_api.login(m_profile.username, password);
        watch(job);
        connect(job, &remote::LoginJob::finished, this,
                [this, password, policy, done,
                 server = *info](const Result<remote::LoginResult> &result) {
                    if (!result) {
                        Error error = result.error();
                        if (error.kind == ErrorKind::Unauthorized)
                            //: %1 user name, %2 the server's own words
                            error.message = tr("The server did not accept the user name '%1' "
                                               "with this password (%2).")
                                                .arg(m_profile.username, error.message);
                        done(error);
                        return;
                    }
                    finishLogin(*result, server, password, policy, done);
                });
        job->start();
    });
}

void ServerConnection::finishLogin(const remote::LoginResult &login, const remote::ServerInfo &info,
                                   const QString &password, PasswordPolicy policy, LoginDone done)
{
    auto session = Session::fromToken(login.accessToken, m_profile.username);
    if (!session) {
        done(session.error());
        return;
    }
    SessionRecord record;
    record.userId = session->userId();
    record.userName = m_profile.username;
    record.permissions = session->permissions();
    record.serverId = info.id.isEmpty() ? session->serverId() : info.id;
    record.serverVersion = info.version;
    // The non-secret facts go into the profile before anything else is kept, so that a profile
    // that says "signed in" always knows what the sign-in allowed.
    if (Status s = record.save(m_store); !s) {
        done(s.error());
        return;
    }
    m_session = *session;
    m_record = record;
    m_api.setToken(m_session.bearerToken());
    emit sessionChanged();

    LoginOutcome outcome;
    outcome.record = record;
    outcome.server = info;
    if (policy == PasswordPolicy::Keep) {
        outcome.passwordStored = m_sessionPassword.isEmpty();
        // The token goes with the password: a session-only sign-in keeps neither.
        keepToken(outcome.passwordStored, [done, outcome] { done(outcome); });
        return;
    }
    SecretChangeJob *job =
        policy == PasswordPolicy::Store
            ? m_secrets.write(m_profile.name, SecretStore::passwordKey(), password)
            : m_secrets.remove(m_profile.name, SecretStore::passwordKey());
    connect(job, &SecretChangeJob::finished, this,
            [this, policy, password, outcome, done](const Status &status) mutable {
                if (policy == PasswordPolicy::Store && status) {
                    outcome.passwordStored = true;
                    m_sessionPassword.clear();
                } else {
                    // Memory only, for signing in again after a 401 in this process.
                    m_sessionPassword = password;
                }
                if (!status && policy == PasswordPolicy::Store)
                    //: %1 why the keychain failed
                    outcome.note = tr("The password was not saved: %1 You are signed in for "
                                      "this session only; it is never written to a file.")
                                       .arg(status.error().message);
                else if (!status)
                    outcome.note =
                        tr("A saved password could not be removed: %1").arg(status.error().message);
                keepToken(outcome.passwordStored, [done, outcome] { done(outcome); });
            });
}

void ServerConnection::runEnsure(bool force, StatusDone done)
{
    if (hasToken() && !force) {
        QMetaObject::invokeMethod(
            this, [done] { done({}); }, Qt::QueuedConnection);
        return;
    }
    if (force) {
        signInWithPassword(std::move(done));
        return;
    }
    // A token saved by an earlier run is tried first; the server's 401, if it is no longer
    // good, brings the caller back here with force (reauthenticate).
    reuseToken([this, done](bool reused) {
        if (reused)
            done({});
        else
            signInWithPassword(done);
    });
}

void ServerConnection::signInWithPassword(StatusDone done)
{
    const auto loginWith = [this, done](const QString &password) {
        runLogin(password, PasswordPolicy::Keep, [this, done](const Result<LoginOutcome> &r) {
            if (!r && r.error().kind == ErrorKind::Unauthorized) {
                done(Error::make(ErrorKind::Unauthorized,
                                 tr("The saved password of '%1' is no longer accepted. Sign in "
                                    "again: zenml-admin login")
                                     .arg(m_profile.username)));
                return;
            }
            done(r ? Status() : Status(r.error()));
        });
    };
    if (!m_sessionPassword.isEmpty()) {
        loginWith(m_sessionPassword);
        return;
    }
    SecretReadJob *read = m_secrets.read(m_profile.name, SecretStore::passwordKey());
    connect(
        read, &SecretReadJob::finished, this, [done, loginWith](const SecretReadResult &secret) {
            if (secret && secret->has_value()) {
                loginWith(**secret);
                return;
            }
            QString message = tr("Sign in first: zenml-admin login");
            if (!secret)
                message +=
                    QLatin1Char(' ') +
                    tr("(the saved password could not be read: %1)").arg(secret.error().message);
            done(Error::make(ErrorKind::Unauthorized, message));
        });
}

void ServerConnection::reauthenticate(QObject *context, std::function<void(Status)> done)
{
    m_reauthWaiting.append({QPointer<QObject>(context), std::move(done)});
    if (m_reauthWaiting.size() > 1)
        return; // a login is already under way; it answers everyone
    forgetSession();
    // The saved token was refused: it goes now, whether or not the new sign-in works.
    m_secrets.remove(m_profile.name, SecretStore::sessionTokenKey());
    runEnsure(true, [this](const Status &status) {
        const auto waiting = std::exchange(m_reauthWaiting, {});
        for (const auto &[context, callback] : waiting) {
            if (context)
                callback(status);
        }
    });
}

void ServerConnection::forgetSession()
{
    m_session = Session();
    m_api.setToken(QString());
}

void ServerConnection::runLogout(std::function<void(const Result<QString> &)> done)
{
    forgetSession();
    m_sessionPassword.clear();
    Status cleared = SessionRecord::clear(m_store);
    if (cleared)
        m_record = SessionRecord();
    emit sessionChanged();
    // Queued before the password's removal, which reports for both (the store runs them in
    // order).
    m_secrets.remove(m_profile.name, SecretStore::sessionTokenKey());
    SecretChangeJob *job = m_secrets.remove(m_profile.name, SecretStore::passwordKey());
    connect(job, &SecretChangeJob::finished, this, [done, cleared](const Status &status) {
        if (!cleared) {
            done(cleared.error());
            return;
        }
        // Without a keychain nothing could have been saved there; say so rather than fail.
        if (!status && status.error().kind == ErrorKind::Keychain) {
            done(tr("No saved password was removed: %1").arg(status.error().message));
            return;
        }
        if (!status) {
            done(status.error());
            return;
        }
        done(QString());
    });
}

} // namespace zenml
