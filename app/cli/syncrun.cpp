#include "syncrun.h"

#include "context.h"
#include "service/serverconnection.h"

namespace zenml::cli {

void setUpEngine(sync::SyncEngine &engine, Context &ctx, ServerConnection &connection)
{
    engine.setReauthenticate([&connection](QObject *context, std::function<void(Status)> done) {
        connection.reauthenticate(context, std::move(done));
    });
    engine.useSecretStore(&ctx.secrets(), ctx.profileName());
}

} // namespace zenml::cli
