#pragma once

#include "domain/error.h"

#include <QString>

namespace zenml {

class AdminService;
class ProfileManager;

// The sample organisation of the README's screenshots: workspaces, roles, sixteen users, three
// teams and their role assignments, made through the facade as the GUI and CLI would.
Status fillDemoData(AdminService &service);

// A local profile named name (default "demo") with the sample data; one that exists already is
// left as it is. The window's "Try it with sample data" and tests/bench's zenml-demo-data use it.
Status createDemoProfile(ProfileManager &profiles, const QString &name = QStringLiteral("demo"));

} // namespace zenml
