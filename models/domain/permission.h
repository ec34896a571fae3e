#pragma once

#include <QFlags>
#include <QString>
#include <QStringList>
#include <optional>

namespace zenml {

// The fixed permission vocabulary of a ZenML server (there is no endpoint that lists it).
enum class Permission { Read = 0x1, Write = 0x2, Me = 0x4 };
Q_DECLARE_FLAGS(Permissions, Permission)
Q_DECLARE_OPERATORS_FOR_FLAGS(Permissions)

namespace permission {

// All permissions in their canonical order: read, write, me.
const QList<Permission> &all();
QString name(Permission p); // "read", "write", "me"
std::optional<Permission> parse(const QString &name);
QString description(Permission p); // one translated line on what it allows
// The English source of description(), the same in every language: for JSON and CSV, which
// scripts read.
QString sourceDescription(Permission p);
QStringList names(Permissions set); // canonical order
Permissions fromNames(const QStringList &names, QStringList *unknown = nullptr);

} // namespace permission
} // namespace zenml
