#pragma once

#include "domain/user.h"

#include <QDateTime>
#include <QStringList>
#include <optional>

namespace zenml {

// Where the link of an inactive user stands.
enum class LinkState {
    Held,      // the keychain holds the token: the link can be copied
    AfterSync, // the create or a regeneration is still queued: the link comes with the push
    Missing,   // no token here (made elsewhere, lost, or the keychain refused): regenerate
};

// An inactive user as the Invitations page shows it.
struct Invitation
{
    User user;
    LinkState link = LinkState::Missing;
    std::optional<QDateTime> received; // when the current token arrived
    QStringList roles;                 // role names it will have ("admin", "guest (in ws)")
};

} // namespace zenml
