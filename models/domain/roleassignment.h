#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace zenml {

// Who holds a role: a user or a team.
enum class SubjectKind { User, Team };

// A role given to a user or a team, globally (empty workspaceId) or in one workspace.
struct RoleAssignment
{
    QString id;
    SubjectKind subjectKind = SubjectKind::User;
    QString subjectId;
    QString roleId;
    QString workspaceId;
    QDateTime created;
    QDateTime updated;

    bool isGlobal() const { return workspaceId.isEmpty(); }
};

} // namespace zenml

Q_DECLARE_METATYPE(zenml::RoleAssignment)
