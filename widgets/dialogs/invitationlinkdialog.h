#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace zenml::gui {

class QrCodeWidget;

// The invitation link of one user: the link, a Copy button and a QR code. Opened without a link
// (an invitation not yet pushed) it says "link available after sync" and fills in when setLink()
// brings it, so it can stay open while the push runs.
class InvitationLinkDialog : public QDialog
{
    Q_OBJECT
public:
    InvitationLinkDialog(const QString &userId, const QString &userName, QWidget *parent = nullptr);

    QString userId() const { return m_userId; }
    QString userName() const { return m_userName; }
    QString link() const { return m_link; }
    void setLink(const QString &link);
    // No link: the reason (after sync, or none held) instead of the link.
    void setPendingText(const QString &text);
    void copyLink();

private:
    QString m_userId;
    QString m_userName;
    QString m_link;
    QLabel *m_state = nullptr;
    QLineEdit *m_linkEdit = nullptr;
    QPushButton *m_copy = nullptr;
    QrCodeWidget *m_qr = nullptr;
};

} // namespace zenml::gui
