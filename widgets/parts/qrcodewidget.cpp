#include "parts/qrcodewidget.h"

#include <QPainter>
#include <qrencode.h>

namespace zenml::gui {

QrCodeWidget::QrCodeWidget(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    setAccessibleName(tr("QR code of the link"));
}

void QrCodeWidget::setText(const QString &text)
{
    m_text = text;
    m_modules.clear();
    m_size = 0;
    if (!text.isEmpty()) {
        const QByteArray utf8 = text.toUtf8();
        // Level M: a link of ~150 characters stays small enough to scan from a screen.
        QRcode *code = QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M);
        if (code) {
            m_size = code->width;
            m_modules.resize(qsizetype(m_size) * m_size);
            for (int i = 0; i < m_size * m_size; ++i)
                m_modules[i] = char(code->data[i] & 1);
            QRcode_free(code);
        }
    }
    updateGeometry();
    update();
}

bool QrCodeWidget::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    return m_modules.at(qsizetype(y) * m_size + x) != 0;
}

QImage QrCodeWidget::toImage(int scale) const
{
    const int side = (m_size + 2 * kQuietZone) * scale;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (isDark(x, y))
                painter.fillRect((x + kQuietZone) * scale, (y + kQuietZone) * scale, scale, scale,
                                 Qt::black);
        }
    }
    return image;
}

QSize QrCodeWidget::sizeHint() const
{
    const int side = (m_size + 2 * kQuietZone) * 4;
    return {side, side};
}

QSize QrCodeWidget::minimumSizeHint() const
{
    const int side = (m_size + 2 * kQuietZone) * 2;
    return {side, side};
}

void QrCodeWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (m_size == 0)
        return;
    // Black on white whatever the palette: a dark theme must not invert the code.
    const int side = std::min(width(), height());
    const int scale = std::max(1, side / (m_size + 2 * kQuietZone));
    const QImage image = toImage(scale);
    painter.drawImage((width() - image.width()) / 2, (height() - image.height()) / 2, image);
}

} // namespace zenml::gui
