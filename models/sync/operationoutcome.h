#pragma once

#include "domain/error.h"

#include <QJsonObject>

namespace zenml::sync {

// How one push attempt of one outbox operation ended.
struct OperationOutcome
{
    enum class Kind {
        Done,         // the server holds the change (serverRow is its row, when it has one)
        Transient,    // try again later with back-off
        Failed,       // the server refused it for good; error has its message
        Conflict,     // the row changed or vanished on the server; serverRow is its copy
        Unauthorized, // the token was refused: sign in again, then resend
    };

    Kind kind = Kind::Done;
    Error error;
    QJsonObject serverRow;   // rowsnapshot.h shape; empty for deletes and vanished rows
    QString activationToken; // from a create without password; memory only
    bool adopted = false;    // a retried create found its own earlier row

    static OperationOutcome done(QJsonObject row = {}, QString token = {})
    {
        OperationOutcome o;
        o.serverRow = std::move(row);
        o.activationToken = std::move(token);
        return o;
    }
    static OperationOutcome conflict(QJsonObject row, QString message)
    {
        OperationOutcome o;
        o.kind = Kind::Conflict;
        o.serverRow = std::move(row);
        o.error = Error::make(ErrorKind::Conflict, std::move(message));
        return o;
    }
    // Sorts an error into transient, unauthorized or failed.
    static OperationOutcome fromError(const Error &error)
    {
        OperationOutcome o;
        o.error = error;
        if (error.kind == ErrorKind::Unauthorized)
            o.kind = Kind::Unauthorized;
        else if (error.isTransient() || error.kind == ErrorKind::Protocol ||
                 error.kind == ErrorKind::Cancelled)
            o.kind = Kind::Transient; // a cut or garbled answer may hide an applied request
        else
            o.kind = Kind::Failed;
        return o;
    }
};

} // namespace zenml::sync
