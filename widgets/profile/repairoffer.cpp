#include "profile/repairoffer.h"

#include "service/profilerepair.h"

#include <QAbstractButton>
#include <QDir>
#include <QMessageBox>
#include <QPushButton>

namespace zenml::gui {

RepairOffer::RepairOffer(QWidget *parent, const ProfileManager &profiles, const QString &name,
                         const QString &message)
    : m_profiles(profiles)
    , m_name(name)
{
    m_box = new QMessageBox(QMessageBox::Critical, tr("Damaged profile"), message,
                            QMessageBox::Close, parent);
    m_box->setAttribute(Qt::WA_DeleteOnClose);
    m_box->setInformativeText(
        tr("Repair keeps the damaged file beside the profile, salvages the changes it can "
           "still read and fetches a fresh copy from the server with the saved sign-in."));
    m_repair = m_box->addButton(tr("&Repair…"), QMessageBox::AcceptRole);
    m_box->setDefaultButton(m_repair);
    connect(m_box, &QMessageBox::buttonClicked, this,
            [this](QAbstractButton *button) { onClicked(qobject_cast<QPushButton *>(button)); });
    m_box->open();
}

RepairOffer::~RepairOffer()
{
    if (m_box)
        m_box->close();
}

void RepairOffer::onClicked(QPushButton *button)
{
    if (button != m_repair) {
        emit declined();
        deleteLater();
        return;
    }
    m_run = std::make_unique<ProfileRepair>(m_profiles, m_name);
    m_run->start([this](const Result<RepairReport> &report) {
        if (!report) {
            emit finished(false, report.error().message);
        } else {
            QString summary =
                tr("The profile '%1' was repaired: %n queued change(s) salvaged, to be sent on "
                   "the next sync.",
                   nullptr, report->operations)
                    .arg(m_name) +
                QLatin1Char(' ') +
                tr("The damaged file is kept as '%1'.")
                    .arg(QDir::toNativeSeparators(report->damagedCopy));
            if (report->pullError)
                summary += QLatin1Char(' ') +
                           tr("Its fresh copy could not be fetched yet: %1 Sign in, then sync.")
                               .arg(report->pullError->message);
            emit finished(true, summary);
        }
        deleteLater();
    });
}

} // namespace zenml::gui
