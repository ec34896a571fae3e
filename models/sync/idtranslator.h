#pragma once

#include "domain/error.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

namespace zenml::sync {

// Local ids of rows created offline → the server ids they became (the store's id_map table),
// cached in memory for the length of one push. Ids without an entry are server ids already.
class IdTranslator
{
public:
    static Result<IdTranslator> load(const QSqlDatabase &db);

    QString toServer(const QString &id) const { return m_map.value(id, id); }
    QStringList toServer(const QStringList &ids) const;
    // Records a mapping made during the push (the store's id_map is written by the caller).
    void add(const QString &localId, const QString &serverId) { m_map.insert(localId, serverId); }
    bool isMapped(const QString &localId) const { return m_map.contains(localId); }

private:
    QHash<QString, QString> m_map;
};

} // namespace zenml::sync
