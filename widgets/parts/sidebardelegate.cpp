#include "parts/sidebardelegate.h"

#include <QApplication>
#include <QPainter>

namespace zenml::gui {

namespace {
int padding(const QStyleOptionViewItem &option)
{
    return option.fontMetrics.height() / 3 + 2;
}
} // namespace

SidebarDelegate::SidebarDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QPixmap SidebarDelegate::tinted(const QIcon &icon, const QSize &size, qreal ratio,
                                const QColor &colour)
{
    QPixmap pixmap = icon.pixmap(size, ratio);
    QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
    {
        QPainter p(&image);
        p.setCompositionMode(QPainter::CompositionMode_SourceIn);
        p.fillRect(image.rect(), colour);
    }
    QPixmap result = QPixmap::fromImage(image);
    result.setDevicePixelRatio(pixmap.devicePixelRatio());
    return result;
}

void SidebarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    if (index.data(SeparatorRole).toBool()) {
        const int y = option.rect.center().y();
        painter->save();
        painter->setPen(QPen(option.palette.color(QPalette::Mid), 1));
        painter->drawLine(option.rect.left() + padding(option), y,
                          option.rect.right() - padding(option), y);
        painter->restore();
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QIcon icon = opt.icon;
    const QString text = opt.text;
    // The style draws the background, the selection and the focus; the icon and the text are
    // drawn here, so that every entry has the same geometry.
    opt.icon = QIcon();
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const int pad = padding(option);
    const QSize iconSize = opt.decorationSize;
    const QRect iconRect(opt.rect.left() + pad,
                         opt.rect.top() + (opt.rect.height() - iconSize.height()) / 2,
                         iconSize.width(), iconSize.height());
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    if (!icon.isNull()) {
        if (selected) {
            const QColor colour = opt.palette.color(
                opt.state.testFlag(QStyle::State_Active) ? QPalette::Active : QPalette::Inactive,
                QPalette::HighlightedText);
            painter->drawPixmap(iconRect, tinted(icon, iconSize, ratio, colour));
        } else {
            painter->drawPixmap(iconRect, icon.pixmap(iconSize, ratio));
        }
    }
    const QRect textRect =
        opt.rect.adjusted(iconRect.right() + 1 + pad - opt.rect.left(), 0, -pad, 0);
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(
        opt.palette.color(QPalette::Normal, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                      opt.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize SidebarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int pad = padding(option);
    if (index.data(SeparatorRole).toBool())
        return {1, pad * 2 + 1};
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const int height = std::max(opt.decorationSize.height(), opt.fontMetrics.height()) + 2 * pad;
    const int width =
        pad + opt.decorationSize.width() + pad + opt.fontMetrics.horizontalAdvance(opt.text) + pad;
    return {width, height};
}

} // namespace zenml::gui
