#include "compatibility.h"

#include <QRegularExpression>

namespace zenml::remote {

std::optional<Compatibility::Version> Compatibility::parseVersion(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*v?(\d+)\.(\d+)(?:\.(\d+))?)"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    return Version{m.captured(1).toInt(), m.captured(2).toInt(),
                   m.captured(3).isEmpty() ? 0 : m.captured(3).toInt()};
}

Status Compatibility::check(const QString &version)
{
    const auto v = parseVersion(version);
    if (!v) {
        return Error::make(ErrorKind::Unsupported,
                           tr("The server reports the version \"%1\", which is not a ZenML "
                              "version; is this a ZenML server?")
                               .arg(version.left(40)));
    }
    const auto key = [](const Version &x) { return std::tuple(x.major, x.minor); };
    if (key(*v) >= std::tuple(0, 50)) {
        return Error::make(ErrorKind::Unsupported,
                           tr("This server is ZenML %1, which no longer has roles and teams; "
                              "ZenML Admin supports 0.39 to 0.47.")
                               .arg(version));
    }
    if (key(*v) > key(kNewest)) {
        return Error::make(ErrorKind::Unsupported,
                           tr("This server is ZenML %1; ZenML Admin supports 0.39 to 0.47 and "
                              "has not been checked against this release.")
                               .arg(version));
    }
    if (key(*v) < key(kOldest)) {
        return Error::make(ErrorKind::Unsupported,
                           tr("This server is ZenML %1, which is too old; ZenML Admin supports "
                              "0.39 to 0.47. Upgrade the server first.")
                               .arg(version));
    }
    return {};
}

} // namespace zenml::remote
