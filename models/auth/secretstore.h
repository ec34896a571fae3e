#pragma once

#include "auth/secretchangejob.h"
#include "auth/secretreadjob.h"
#include "domain/error.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <deque>
#include <functional>

namespace zenml {

// Secrets (passwords, activation tokens) of a profile, kept in the OS keychain or, in tests, in
// memory. Every operation is an asynchronous job; operations run one at a time in the order they
// were asked for, so a read right after a write sees the written value.
//
// A secret is addressed by profile and key and stored as the entry "<profile>/<key>". Keychains
// cannot list entries, so the store also keeps the key NAMES of each profile (never the values)
// in the entry "<profile>/__keys__", which lets removeAll() clean up on profile deletion.
//
// Outcomes: read gives the secret, or std::nullopt when there is no such entry (normal, not an
// error); failures are ErrorKind::Keychain (no keychain, or locked: the message says what to do),
// ErrorKind::Io (the keychain failed otherwise) or ErrorKind::Usage (bad profile or key name).
class SecretStore : public QObject
{
    Q_OBJECT
public:
    explicit SecretStore(QObject *parent = nullptr);
    // Jobs still queued or running finish with ErrorKind::Cancelled.
    ~SecretStore() override;

    // The keys the app uses. The session token is kept beside the password so that each run of
    // the command line need not sign in again (never on disk; see ServerConnection).
    static QString passwordKey();                        // "password"
    static QString sessionTokenKey();                    // "session-token"
    static QString activationKey(const QString &userId); // "activation:<userId>"

    // Profile: any non-empty name. Key: non-empty, no '/', no line break, not starting with "__".
    SecretReadJob *read(const QString &profile, const QString &key);
    SecretChangeJob *write(const QString &profile, const QString &key, const QString &secret);
    // Removing a key that holds nothing succeeds.
    SecretChangeJob *remove(const QString &profile, const QString &key);
    // Removes every secret of the profile and its index.
    SecretChangeJob *removeAll(const QString &profile);
    // Writes and removes a probe entry. Use it before relying on the store: a locked keychain
    // answers reads with "not found", only a write tells the truth.
    SecretChangeJob *checkAvailable();

    // Blocking conveniences for the headless CLI: they spin a local QEventLoop until the job ends.
    // Not for GUI code.
    SecretReadResult readSync(const QString &profile, const QString &key);
    Status writeSync(const QString &profile, const QString &key, const QString &secret);
    Status removeSync(const QString &profile, const QString &key);
    Status removeAllSync(const QString &profile);
    Status checkAvailableSync();

protected:
    using ReadDone = std::function<void(SecretReadResult)>;
    using StatusDone = std::function<void(Status)>;

    // The backend: entry is "<profile>/<key>". Each must call done exactly once, at once or later,
    // and never after the store is destroyed. readEntry gives std::nullopt for a missing entry;
    // removeEntry treats a missing entry as success.
    virtual void readEntry(const QString &entry, ReadDone done) = 0;
    virtual void writeEntry(const QString &entry, const QString &secret, StatusDone done) = 0;
    virtual void removeEntry(const QString &entry, StatusDone done) = 0;

private:
    struct Operation
    {
        std::function<void(const std::function<void()> &next)> run;
        std::function<void(const Error &)> cancel;
    };

    void enqueue(Operation operation);
    void runNext();

    void readIndex(const QString &profile, const std::function<void(Result<QStringList>)> &done);
    void writeIndex(const QString &profile, const QStringList &keys, StatusDone done);
    void removeEach(QStringList entries, const StatusDone &done);

    std::deque<Operation> m_queue;
    std::function<void(const Error &)> m_cancelCurrent;
    bool m_busy = false;
};

} // namespace zenml
