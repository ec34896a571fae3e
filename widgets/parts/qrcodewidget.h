#pragma once

#include <QImage>
#include <QWidget>

namespace zenml::gui {

// Shows a text as a QR code (libqrencode makes the modules, QPainter draws them), with the quiet
// zone the standard asks for, scaled to whole pixels per module so that phones read it.
class QrCodeWidget : public QWidget
{
    Q_OBJECT
public:
    explicit QrCodeWidget(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    // Modules per side (0 when nothing is encoded).
    int moduleCount() const { return m_size; }
    bool isDark(int x, int y) const;
    // The code as an image with `scale` pixels per module, quiet zone included.
    QImage toImage(int scale) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    static constexpr int kQuietZone = 4; // modules of white around the code

    QString m_text;
    QByteArray m_modules; // row by row, 1 = dark
    int m_size = 0;
};

} // namespace zenml::gui
