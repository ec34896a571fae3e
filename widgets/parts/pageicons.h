#pragma once

#include <QIcon>
#include <QString>
#include <QStringList>

namespace zenml::gui {

// The one list of which sidebar page shows which icon of resources/icons. A new page adds its
// key and icon file here (and the file to resources.qrc); every page has an icon of its own.
class PageIcons
{
public:
    // The icon of the page with this key; a null icon for a key not listed.
    static QIcon icon(const QString &key);
    // The keys listed, in no particular order (for tests).
    static QStringList keys();
};

} // namespace zenml::gui
