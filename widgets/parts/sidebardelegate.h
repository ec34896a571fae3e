#pragma once

#include <QStyledItemDelegate>

namespace zenml::gui {

// Draws every sidebar entry the same way: one height, the same padding, the page's icon and its
// title. The icon of the selected entry is drawn in the highlight's text colour, so that it
// stays visible on the selection (a blue icon on a blue highlight would vanish), in any palette.
// An item with SeparatorRole set is a thin line that sets a group of entries apart.
class SidebarDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int SeparatorRole = Qt::UserRole + 100;

    explicit SidebarDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The icon tinted with one colour, at the device pixel ratio it is drawn at (sharp at 200 %).
    static QPixmap tinted(const QIcon &icon, const QSize &size, qreal ratio, const QColor &colour);
};

} // namespace zenml::gui
