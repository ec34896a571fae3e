#pragma once

#include "commandspec.h"
#include "service/adminservice.h"

namespace zenml::cli {

class Invocation;

// Issue 6 on the command line. `user create NAME` without --password on a server profile hands
// over to inviteUser(); `user invite-link NAME [--regenerate]` is inviteLinkCommand().
int inviteUser(Invocation &inv, const UserDraft &draft);
Command inviteLinkCommand();

} // namespace zenml::cli
