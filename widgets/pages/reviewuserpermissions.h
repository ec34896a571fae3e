#pragma once

#include <QString>

namespace zenml {
class AdminService;
}

namespace zenml::gui {

// The "Effective permissions" section of a user's detail pane, as HTML: the global row, then
// one row per workspace where the user holds more, each permission with every path that grants
// it listed beneath.
QString reviewUserPermissionsHtml(AdminService &service, const QString &userName);

} // namespace zenml::gui
