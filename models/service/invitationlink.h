#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace zenml {

// The invitation link, built in this one place: what the zenml CLI prints after creating a user
// without a password, and what the dashboard's signup page understands.
class InvitationLink
{
    Q_DECLARE_TR_FUNCTIONS(InvitationLink)

public:
    struct Parts
    {
        QString userId;
        QString userName;
        QString token;
    };

    // "{server_url}/signup?user={id}&username={name}&token={token}". serverUrl is the profile's
    // URL (a path prefix is kept, trailing slashes dropped); the query values are URL-encoded.
    // userId is the server's id of the user (after the push mapped the local one).
    static QString build(const QString &serverUrl, const QString &userId, const QString &userName,
                         const QString &token);
    // The parts of a link made by build(); nullopt for anything else.
    static std::optional<Parts> parse(const QString &link);

    // The first of the two lines zenml prints; the link is the second.
    static QString inactiveNotice();
};

} // namespace zenml
