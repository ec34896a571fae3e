#pragma once

#include <QString>
#include <QStringList>

namespace zenml::cli {

class Context;

// The shell scripts that `zenml-admin completion bash|zsh|fish` prints. They hold no names: on Tab
// they call `zenml-admin __complete -- WORDS... CURRENT`, which answers from the command registry
// and the profile's local mirror (never the network).
QString bashCompletionScript();
QString zshCompletionScript();
QString fishCompletionScript();

// The candidates for the last of words (the word being completed, maybe empty), given the words
// before it (without the program name). Profile names, and the user, team, role and workspace
// names of the profile's mirror, come through context; nothing is created or fetched.
QStringList completionCandidates(Context &context, const QStringList &words);

} // namespace zenml::cli
