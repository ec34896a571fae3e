#include "dialogs/certificatedialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace zenml::gui {

namespace {
QLabel *selectable(const QString &text, const QString &objectName)
{
    auto *label = new QLabel(text);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}
} // namespace

CertificateDialog::CertificateDialog(const remote::CertificateInfo &certificate, QWidget *parent)
    : QDialog(parent)
    , m_certificate(certificate)
{
    setWindowTitle(tr("Certificate not trusted"));
    auto *intro = new QLabel(
        tr("The server's certificate could not be verified. Compare its SHA-256 fingerprint "
           "with the one your server administrator gives you. Trust it only if they match: "
           "from then on this profile accepts exactly this certificate."));
    intro->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Subject:"), selectable(certificate.subject, QStringLiteral("subject")));
    form->addRow(tr("Issuer:"), selectable(certificate.issuer, QStringLiteral("issuer")));
    auto *fingerprint = selectable(certificate.sha256, QStringLiteral("sha256"));
    fingerprint->setFont(QFont(QStringLiteral("monospace")));
    form->addRow(tr("SHA-256:"), fingerprint);
    const QLocale locale;
    //: %1 start date, %2 end date of the certificate's validity
    form->addRow(
        tr("Valid:"),
        selectable(
            tr("from %1 to %2")
                .arg(locale.toString(certificate.notBefore.toLocalTime(), QLocale::ShortFormat),
                     locale.toString(certificate.notAfter.toLocalTime(), QLocale::ShortFormat)),
            QStringLiteral("validity")));
    form->addRow(tr("Problems:"),
                 selectable(certificate.errors.join(QLatin1Char('\n')), QStringLiteral("errors")));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton *trust =
        buttons->addButton(tr("Trust this certificate"), QDialogButtonBox::AcceptRole);
    trust->setObjectName(QStringLiteral("trustButton"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

} // namespace zenml::gui
