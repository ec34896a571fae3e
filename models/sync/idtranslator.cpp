#include "idtranslator.h"

#include "store/sqlutil.h"

namespace zenml::sync {

Result<IdTranslator> IdTranslator::load(const QSqlDatabase &db)
{
    auto q = sql::exec(db, QStringLiteral("SELECT local_id, server_id FROM id_map"));
    if (!q)
        return q.error();
    IdTranslator t;
    while (q->next())
        t.m_map.insert(q->value(0).toString(), q->value(1).toString());
    return t;
}

QStringList IdTranslator::toServer(const QStringList &ids) const
{
    QStringList out;
    out.reserve(ids.size());
    for (const QString &id : ids)
        out << toServer(id);
    return out;
}

} // namespace zenml::sync
