#pragma once

#include "commandspec.h"
#include "service/adminservice.h"

#include <memory>

namespace zenml {
class InvitationService;
}
namespace zenml::sync {
class SyncEngine;
}

namespace zenml::cli {

class Context;
class Invocation;

// Issue 6 on the command line. `user create NAME` without --password on a server profile hands
// over to inviteUser(); `user invite-link NAME [--regenerate]` is inviteLinkCommand().
int inviteUser(Invocation &inv, const UserDraft &draft);
Command inviteLinkCommand();

// For a command that runs one sync of a server profile: the invitation tokens `engine` receives
// go to the keychain (a line says whose link is ready), and tokens of users the pull sees active
// or gone are removed. Keep the result alive until the sync ended, then call
// waitForKeychainSync() on it. Null for a local profile.
std::unique_ptr<InvitationService> keepInvitations(Context &ctx, sync::SyncEngine &engine);

} // namespace zenml::cli
