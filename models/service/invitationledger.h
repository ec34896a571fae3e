#pragma once

#include "domain/error.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <optional>

namespace zenml {

class LocalStore;

// Which users' invitation tokens the keychain holds, and when each arrived (the "age" of an
// invitation). Kept in the profile's meta table; never the token itself, which only the keychain
// holds. Keychains cannot list their entries, so this is also the index that lets the client
// remove tokens of users that became active or were deleted.
class InvitationLedger
{
public:
    explicit InvitationLedger(LocalStore &store);

    static inline const QString kMetaKey = QStringLiteral("invitations.received");

    // User id (the server's) → time the token was received.
    Result<QHash<QString, QDateTime>> all() const;
    Result<std::optional<QDateTime>> receivedAt(const QString &userId) const;
    Status record(const QString &userId, const QDateTime &received);
    Status forget(const QStringList &userIds);

private:
    Status write(const QHash<QString, QDateTime> &entries);

    LocalStore &m_store;
};

} // namespace zenml
