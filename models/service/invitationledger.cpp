#include "invitationledger.h"

#include "store/localstore.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace zenml {

InvitationLedger::InvitationLedger(LocalStore &store)
    : m_store(store)
{}

Result<QHash<QString, QDateTime>> InvitationLedger::all() const
{
    auto text = m_store.meta(kMetaKey);
    if (!text)
        return text.error();
    QHash<QString, QDateTime> out;
    const QJsonObject object = QJsonDocument::fromJson(text->toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        out.insert(it.key(), QDateTime::fromString(it.value().toString(), Qt::ISODateWithMs));
    return out;
}

Result<std::optional<QDateTime>> InvitationLedger::receivedAt(const QString &userId) const
{
    auto entries = all();
    if (!entries)
        return entries.error();
    const auto it = entries->constFind(userId);
    if (it == entries->constEnd())
        return std::optional<QDateTime>();
    return std::optional<QDateTime>(*it);
}

Status InvitationLedger::record(const QString &userId, const QDateTime &received)
{
    auto entries = all();
    if (!entries)
        return entries.error();
    entries->insert(userId, received.toUTC());
    return write(*entries);
}

Status InvitationLedger::forget(const QStringList &userIds)
{
    auto entries = all();
    if (!entries)
        return entries.error();
    bool changed = false;
    for (const QString &id : userIds)
        changed = entries->remove(id) > 0 || changed;
    return changed ? write(*entries) : Status();
}

Status InvitationLedger::write(const QHash<QString, QDateTime> &entries)
{
    QJsonObject object;
    for (auto it = entries.begin(); it != entries.end(); ++it)
        object.insert(it.key(), it.value().toString(Qt::ISODateWithMs));
    return m_store.setMeta(kMetaKey,
                           QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

} // namespace zenml
