#pragma once

#include "domain/roleassignment.h"
#include "idtranslator.h"
#include "operationoutcome.h"
#include "remote/apicall.h"
#include "remote/listquery.h"
#include "remote/remoterow.h"
#include "store/outboxoperation.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

namespace zenml::remote {
class RemoteApi;
class RemoteJob;
} // namespace zenml::remote

namespace zenml::sync {

// Pushes one outbox operation: the conflict check (GET and compare `updated` with the base) for
// updates and deletes, the request itself, and the idempotency rules for a retry whose first
// attempt may have reached the server (see ARCHITECTURE.md "Sync contract" and
// models/sync/README.md). Emits finished() once, then may be deleted.
class OperationRunner : public QObject
{
    Q_OBJECT

public:
    // `mayHaveBeenSent`: an earlier attempt of this operation may have been applied by the server
    // (it was in flight when the app stopped, or failed transiently).
    OperationRunner(remote::RemoteApi &api, OutboxOperation op, const IdTranslator &ids,
                    bool mayHaveBeenSent, std::optional<QString> password,
                    QObject *parent = nullptr);
    ~OperationRunner() override;

    const OutboxOperation &operation() const { return m_op; }
    void start();
    void abort();

signals:
    void finished(const zenml::sync::OperationOutcome &outcome);

private:
    struct RowReply
    {
        QJsonObject row;
        QString token;
    };
    using RowDone = std::function<void(const Result<RowReply> &)>;
    using AssignmentsDone = std::function<void(const Result<QList<remote::RemoteAssignment>> &)>;

    void send();
    void onSent(const Result<RowReply> &reply);
    void adoptCreate(const Error &conflict);
    // A new activation token for an invitation whose create answer was lost.
    void renewInvitation(const QJsonObject &row);
    // The server stores duplicate team assignments, and Qt may have sent the create twice.
    void removeDuplicates(const QJsonObject &ours);
    void deleteNext(QStringList ids, const QJsonObject &ours);
    void adoptAssignment(const Error &conflict, bool createIfMissing);
    bool isOurs(const QJsonObject &row) const;
    // The server's row holds every field this update sent.
    bool carriesOurChange(const QJsonObject &row) const;

    void fetchRow(const remote::ApiCall &call, const RowDone &done);
    void listAssignments(const AssignmentsDone &done);
    void track(remote::RemoteJob *job);
    void finish(const OperationOutcome &outcome);

    remote::RemoteApi &m_api;
    OutboxOperation m_op;
    IdTranslator m_ids;
    bool m_mayHaveBeenSent;
    std::optional<QString> m_password;
    QPointer<remote::RemoteJob> m_job;
    bool m_finished = false;
};

} // namespace zenml::sync
