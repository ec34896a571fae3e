// Every response parser of models/remote over bytes from the server: the body goes through
// ErrorMapper::parseBody as a job's does, then to the parser the first byte picks.
#include "fuzzinput.h"
#include "remote/errormapper.h"
#include "remote/parsers.h"

#include <QUrl>

using namespace zenml;
using namespace zenml::remote;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QUrl url(QStringLiteral("https://zenml.example.com/api/v1/users"));
    auto body =
        ErrorMapper::parseBody(fuzz::rest(data, size), url, QByteArrayLiteral("application/json"));
    if (!body)
        return 0;
    const QJsonValue &json = *body;
    QSet<QString> summaries;
    switch (fuzz::selector(data, size) % 12) {
    case 0:
        if (auto p = parse::page(json)) {
            for (qsizetype i = 0; i < p->items.size(); ++i)
                (void)parse::user(p->items.at(i), QStringLiteral("items[%1]").arg(i), &summaries);
        }
        break;
    case 1:
        (void)parse::user(json, {}, &summaries);
        break;
    case 2:
        (void)parse::team(json, {}, &summaries);
        break;
    case 3:
        (void)parse::role(json);
        break;
    case 4:
        (void)parse::workspace(json);
        break;
    case 5:
        (void)parse::assignment(json, SubjectKind::User, {}, &summaries);
        break;
    case 6:
        (void)parse::assignment(json, SubjectKind::Team, {}, &summaries);
        break;
    case 7:
        (void)parse::serverInfo(json);
        break;
    case 8:
        (void)parse::version(json);
        break;
    case 9:
        (void)parse::login(json);
        break;
    case 10:
        (void)parse::deleted(json);
        break;
    default:
        if (auto p = parse::page(json)) {
            for (const QJsonValue &item : p->items)
                (void)parse::team(item, {}, &summaries);
        }
        break;
    }
    return 0;
}
