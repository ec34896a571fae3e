#pragma once

#include "remote/certificateinfo.h"

#include <QDialog>

namespace zenml::gui {

// Shows a server certificate that did not verify (subject, issuer, SHA-256 fingerprint, validity
// and Qt's reasons) so the admin can compare the fingerprint with the server's and, if it
// matches, trust it: accepted() means "pin this fingerprint for the profile".
class CertificateDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CertificateDialog(const remote::CertificateInfo &certificate,
                               QWidget *parent = nullptr);

    const remote::CertificateInfo &certificate() const { return m_certificate; }

private:
    remote::CertificateInfo m_certificate;
};

} // namespace zenml::gui
