// The error mapper over any HTTP answer: the first byte picks the status and the content type,
// the rest is the body (the four ZenML error shapes, HTML, cut-off JSON, anything).
#include "fuzzinput.h"
#include "remote/errormapper.h"

#include <QUrl>

using namespace zenml;
using namespace zenml::remote;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const int statuses[] = {400, 401, 403, 404, 409, 413, 422, 429,
                                   500, 502, 503, 504, 301, 302, 307, 418};
    static const QByteArray types[] = {QByteArrayLiteral("application/json"),
                                       QByteArrayLiteral("text/html; charset=utf-8"), QByteArray(),
                                       QByteArrayLiteral("text/plain")};
    const int pick = fuzz::selector(data, size);
    const QUrl url(QStringLiteral("https://zenml.example.com/api/v1/users/alice"));
    const QByteArray body = fuzz::rest(data, size);
    const Error error =
        ErrorMapper::fromHttp(statuses[pick % 16], body, url, types[(pick >> 4) % 4]);
    if (error.message.isEmpty())
        __builtin_trap(); // every error says something a person can act on
    (void)ErrorMapper::parseBody(body, url, types[(pick >> 4) % 4]);
    (void)ErrorMapper::stripReprQuotes(QString::fromUtf8(body));
    return 0;
}
