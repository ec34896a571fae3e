#pragma once

#include "domain/error.h"
#include "remote/apicall.h"
#include "store/outboxoperation.h"

#include <QCoreApplication>
#include <optional>

namespace zenml {
class LocalStore;
}

namespace zenml::sync {

class IdTranslator;

// What an outbox operation sends: the one place that turns a queued payload (local ids, a
// password waiting in the keychain) into the REST request, so that what the Pending page shows
// and what the push sends cannot drift apart.
class OperationRequest
{
    Q_DECLARE_TR_FUNCTIONS(OperationRequest)

public:
    // The request with ids translated to server ids. `password` fills "password" when the
    // payload says one waits in the keychain.
    static Result<remote::ApiCall> build(const OutboxOperation &op, const IdTranslator &ids,
                                         const std::optional<QString> &password = {});

    // "METHOD /api/v1/path" and the JSON body, with any password shown as "********".
    static QString describe(const OutboxOperation &op, const IdTranslator &ids);

    // The server id (after translation) of the row an update or delete works on, and the GET
    // that reads it for the conflict check; nullopt for creates and assignments.
    static std::optional<remote::ApiCall> baseCheck(const OutboxOperation &op,
                                                    const IdTranslator &ids);

    // Every id the payload refers to besides the entity itself (user, role, team, workspace,
    // members), untranslated.
    static QStringList referencedIds(const OutboxOperation &op);

    // Adds what the queued payload leaves out but the server needs: a team update REPLACES the
    // membership (absent `users` means none), so a rename carries the mirror's member list.
    static void complete(LocalStore &store, const IdTranslator &ids, OutboxOperation &op);

    static bool isCreate(const OutboxOperation &op);
    static bool isDelete(const OutboxOperation &op);
    static bool needsPassword(const OutboxOperation &op);
    // The key of a queued password in the profile's SecretStore (see AdminService::SecretSink).
    static QString passwordKey(const QString &localUserId);
};

} // namespace zenml::sync
