#include "dialogs/invitationlinkdialog.h"

#include "parts/qrcodewidget.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace zenml::gui {

InvitationLinkDialog::InvitationLinkDialog(const QString &userId, const QString &userName,
                                           QWidget *parent)
    : QDialog(parent)
    , m_userId(userId)
    , m_userName(userName)
{
    setWindowTitle(tr("Invitation link for %1").arg(userName));
    setObjectName(QStringLiteral("invitationLinkDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("'%1' is inactive until activated with this link. Send it to the "
                                "person privately: anyone holding it can set the account's "
                                "password. It works once.")
                                 .arg(userName),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("linkState"));
    m_state->setWordWrap(true);
    layout->addWidget(m_state);

    auto *row = new QHBoxLayout;
    m_linkEdit = new QLineEdit(this);
    m_linkEdit->setObjectName(QStringLiteral("link"));
    m_linkEdit->setReadOnly(true);
    m_linkEdit->setMinimumWidth(420);
    m_linkEdit->setAccessibleName(tr("Invitation link"));
    row->addWidget(m_linkEdit, 1);
    m_copy = new QPushButton(tr("&Copy"), this);
    m_copy->setObjectName(QStringLiteral("copy"));
    m_copy->setToolTip(tr("Copy the link to the clipboard"));
    row->addWidget(m_copy);
    layout->addLayout(row);

    m_qr = new QrCodeWidget(this);
    m_qr->setObjectName(QStringLiteral("qrCode"));
    layout->addWidget(m_qr, 1, Qt::AlignHCenter);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, &InvitationLinkDialog::copyLink);
    setPendingText(tr("Link available after sync: it arrives when the invitation reaches the "
                      "server."));
}

void InvitationLinkDialog::setLink(const QString &link)
{
    m_link = link;
    m_linkEdit->setText(link);
    m_linkEdit->setCursorPosition(0); // the start says which server it is for
    m_linkEdit->setVisible(true);
    m_copy->setEnabled(true);
    m_qr->setText(link);
    m_qr->setVisible(true);
    m_state->setText(tr("Scan the code or copy the link."));
    adjustSize();
}

void InvitationLinkDialog::setPendingText(const QString &text)
{
    m_link.clear();
    m_linkEdit->clear();
    m_linkEdit->setVisible(false);
    m_copy->setEnabled(false);
    m_qr->setText({});
    m_qr->setVisible(false);
    m_state->setText(text);
}

void InvitationLinkDialog::copyLink()
{
    if (m_link.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(m_link);
    m_state->setText(tr("Copied to the clipboard."));
}

} // namespace zenml::gui
