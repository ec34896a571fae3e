// history: every change made on the profile.
#include "groups.h"

namespace zenml::cli {

QList<Command> historyCommands()
{
    return {};
}

} // namespace zenml::cli
