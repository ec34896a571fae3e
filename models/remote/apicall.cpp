#include "apicall.h"

#include <QUrl>

namespace zenml::remote {

QString ApiCall::segment(const QString &nameOrId)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(nameOrId));
}

QString ApiCall::encodedQuery() const
{
    QStringList parts;
    for (const auto &[key, value] : query) {
        // ':' stays readable (gte:..., contains:...); everything else outside the unreserved
        // set is encoded, so '+' and '&' in a filter value reach the server as themselves.
        parts << QString::fromLatin1(QUrl::toPercentEncoding(key)) + QLatin1Char('=') +
                     QString::fromLatin1(QUrl::toPercentEncoding(value, ":"));
    }
    return parts.join(QLatin1Char('&'));
}

} // namespace zenml::remote
