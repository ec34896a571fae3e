#include "apierrors.h"

#include <QJsonArray>
#include <QJsonObject>

namespace zenml::test {

HttpResponse ApiErrors::domain(int status, const QString &exceptionClass, const QString &message)
{
    return HttpResponse::ofJson(status,
                                QJsonObject{{"detail", QJsonArray{exceptionClass, message}}});
}

HttpResponse ApiErrors::keyError(const QString &message)
{
    return domain(404, "KeyError", pyRepr(message));
}

HttpResponse ApiErrors::requestValidation(const QList<ValidationIssue> &issues)
{
    QString text = QStringLiteral("%1 validation error%2 for Request")
                       .arg(issues.size())
                       .arg(issues.size() == 1 ? "" : "s");
    for (const ValidationIssue &issue : issues)
        text += '\n' + issue.loc.join(" -> ") + "\n  " + issue.message;
    return HttpResponse::ofJson(422, QJsonArray{"ValueError", text});
}

HttpResponse ApiErrors::queryValidation(const QString &field, const QString &message)
{
    const QJsonObject error{
        {"loc", QJsonArray{"query", field}}, {"msg", message}, {"type", "value_error"}};
    return HttpResponse::ofJson(422, QJsonObject{{"detail", QJsonArray{error}}});
}

HttpResponse ApiErrors::detail(int status, const QString &text)
{
    return HttpResponse::ofJson(status, QJsonObject{{"detail", text}});
}

QString ApiErrors::pyRepr(const QString &text)
{
    const bool useDouble = text.contains('\'') && !text.contains('"');
    const QChar quote = useDouble ? '"' : '\'';
    QString out = quote;
    for (const QChar c : text) {
        if (c == '\\')
            out += "\\\\";
        else if (c == quote)
            out += QString('\\') + c;
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out + quote;
}

} // namespace zenml::test
