#pragma once

#include "servicecommand.h"

#include <QStringList>

namespace zenml::gui {

// Renames a team and replaces its members (user names).
class EditTeamCommand : public ServiceCommand
{
public:
    EditTeamCommand(AdminService &service, QString oldName, QStringList oldMembers, QString newName,
                    QStringList newMembers);

protected:
    Status apply() override;
    Status revert() override;

private:
    static Status write(AdminService &service, const QString &from, const QString &to,
                        const QStringList &members);

    QString m_oldName;
    QStringList m_oldMembers;
    QString m_newName;
    QStringList m_newMembers;
};

} // namespace zenml::gui
