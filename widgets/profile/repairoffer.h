#pragma once

#include "service/profilemanager.h"

#include <QMessageBox>
#include <QObject>
#include <QPointer>

class QPushButton;
class QWidget;

namespace zenml {
class ProfileRepair;
}

namespace zenml::gui {

// The damaged-profile message with a "Repair…" button: the repair the command line offers as
// `zenml-admin profile repair NAME` (ProfileRepair), run from the message. The box is window
// modal; the repair runs in the event loop; the offer deletes itself when it has ended.
class RepairOffer : public QObject
{
    Q_OBJECT

public:
    // Shows `message` about the profile `name` beside `parent` (null: on its own).
    RepairOffer(QWidget *parent, const ProfileManager &profiles, const QString &name,
                const QString &message);
    ~RepairOffer() override;

    QMessageBox *box() const { return m_box; }
    QPushButton *repairButton() const { return m_repair; }

signals:
    // The repair ended: repaired (summary says what it did) or not (summary says why).
    void finished(bool repaired, const QString &summary);
    // Closed without a repair.
    void declined();

private:
    void onClicked(QPushButton *button);

    ProfileManager m_profiles;
    QString m_name;
    QPointer<QMessageBox> m_box;
    QPushButton *m_repair = nullptr;
    std::unique_ptr<ProfileRepair> m_run;
};

} // namespace zenml::gui
