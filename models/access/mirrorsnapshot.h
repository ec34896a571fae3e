#pragma once

#include "accessmodel.h"
#include "domain/error.h"

#include <QHash>

namespace zenml {
class LocalStore;
}

namespace zenml::access {

// The mirror's rows of one profile, read in one query per table, with the ids the plan needs to
// queue changes without looking anything up again.
struct MirrorSnapshot
{
    AccessModel model;                    // normalized; built-ins marked
    QHash<QString, QString> workspaceIds; // by name
    QHash<QString, QString> roleIds;
    QHash<QString, QString> userIds;
    QHash<QString, QString> teamIds;
};

Result<MirrorSnapshot> snapshotOf(LocalStore &store);

// Only the ids by name (the model left empty): what a CSV import is checked against, without
// reading and sorting 150,000 assignments.
Result<MirrorSnapshot> namesOf(LocalStore &store);

} // namespace zenml::access
