#include "infojob.h"

#include "errormapper.h"
#include "parsers.h"

namespace zenml::remote {

void InfoJob::handleJson(const QJsonValue &json)
{
    auto info = parse::serverInfo(json);
    if (!info) {
        // JSON, but not the shape of ZenML's /info: most likely some other service.
        Error e = info.error();
        e.kind = ErrorKind::Unsupported;
        e.message = tr("The server at %1 answered, but not like a ZenML server (%2)")
                        .arg(ErrorMapper::serverText(endpoint().baseUrl), info.error().message);
        complete(e);
        return;
    }
    complete(info);
}

void InfoJob::deliverError(const Error &error)
{
    if (error.kind == ErrorKind::NotFound || error.kind == ErrorKind::Unsupported) {
        Error e = error;
        e.kind = ErrorKind::Unsupported;
        e.message = tr("The server at %1 has no ZenML API at %2. Check the URL, including any "
                       "path prefix; is this a ZenML server?")
                        .arg(ErrorMapper::serverText(endpoint().baseUrl),
                             endpoint().apiUrl(QStringLiteral("/info")).toDisplayString());
        complete(e);
        return;
    }
    complete(error);
}

void InfoJob::complete(const ResultType &result)
{
    if (claimCompletion())
        emit finished(result);
}

} // namespace zenml::remote
