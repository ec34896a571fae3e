#pragma once

#include "httpresponse.h"
#include "validationissue.h"

#include <QList>
#include <QString>

namespace zenml::test {

// The four error body shapes of the ZenML server (contract README, section 3).
class ApiErrors
{
public:
    // 1. {"detail": ["<ExceptionClass>", "<message>"]}
    static HttpResponse domain(int status, const QString &exceptionClass, const QString &message);
    // 404 KeyError: the message is a Python repr, quotes included.
    static HttpResponse keyError(const QString &message);
    // 2. 422 bare array ["ValueError", "N validation error(s) for Request\n..."]
    static HttpResponse requestValidation(const QList<ValidationIssue> &issues);
    // 3. 422 {"detail": [{"loc": ["query", field], "msg": ..., "type": "value_error"}]}
    static HttpResponse queryValidation(const QString &field, const QString &message);
    // 4. {"detail": "<string>"}
    static HttpResponse detail(int status, const QString &text);

    static HttpResponse notFound() { return detail(404, "Not Found"); }
    static HttpResponse methodNotAllowed() { return detail(405, "Method Not Allowed"); }

    // Python's repr() of a str: single quotes unless the text holds single and no double quotes.
    static QString pyRepr(const QString &text);
    static QString invalidUuid() { return "value is not a valid uuid (type=type_error.uuid)"; }
    static QString fieldRequired() { return "field required (type=value_error.missing)"; }
};

} // namespace zenml::test
