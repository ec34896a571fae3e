#include "historymodel.h"

#include "itemroles.h"
#include "service/adminservice.h"
#include "store/localstore.h"

#include <QHash>
#include <QJsonArray>
#include <QLocale>

namespace zenml {

HistoryModel::HistoryModel(AdminService &service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(0);
    connect(&m_reloadTimer, &QTimer::timeout, this, [this] { (void)reload(); });
    // Every edit writes its history in its own transaction before it is announced.
    connect(&service, &AdminService::changed, this, &HistoryModel::scheduleReload);
}

void HistoryModel::setFilter(const HistoryFilter &filter)
{
    m_filter = filter;
    (void)reload();
}

void HistoryModel::scheduleReload()
{
    m_reloadTimer.start();
}

Result<QList<HistoryEntry>> HistoryModel::nextBatch() const
{
    return m_service.store().history().page(m_filter, m_rows.isEmpty() ? nullptr : &m_rows.last(),
                                            kBatch);
}

Status HistoryModel::reload()
{
    m_reloadTimer.stop();
    beginResetModel();
    m_rows.clear();
    auto batch = nextBatch();
    if (batch) {
        m_rows = *batch;
        m_atEnd = batch->size() < kBatch;
    } else {
        m_atEnd = true;
    }
    endResetModel();
    if (!batch) {
        emit loadFailed(batch.error().message);
        return batch.error();
    }
    return {};
}

bool HistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void HistoryModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    auto batch = nextBatch();
    if (!batch) {
        m_atEnd = true;
        emit loadFailed(batch.error().message);
        return;
    }
    m_atEnd = batch->size() < kBatch;
    if (batch->isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + batch->size() - 1));
    m_rows += *batch;
    endInsertRows();
}

const HistoryEntry *HistoryModel::entryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QStringList HistoryModel::actors() const
{
    auto values = m_service.store().history().distinct(QStringLiteral("actor"));
    return values ? *values : QStringList();
}

QStringList HistoryModel::verbs() const
{
    auto values = m_service.store().history().distinct(QStringLiteral("verb"));
    return values ? *values : QStringList();
}

QString HistoryModel::verbText(const QString &verb)
{
    static const QHash<QString, const char *> texts{
        {QStringLiteral("create_user"), QT_TR_NOOP("Create user")},
        {QStringLiteral("update_user"), QT_TR_NOOP("Update user")},
        {QStringLiteral("delete_user"), QT_TR_NOOP("Delete user")},
        {QStringLiteral("deactivate_user"), QT_TR_NOOP("New invitation link")},
        {QStringLiteral("create_team"), QT_TR_NOOP("Create team")},
        {QStringLiteral("update_team"), QT_TR_NOOP("Update team")},
        {QStringLiteral("set_team_members"), QT_TR_NOOP("Change team members")},
        {QStringLiteral("delete_team"), QT_TR_NOOP("Delete team")},
        {QStringLiteral("create_role"), QT_TR_NOOP("Create role")},
        {QStringLiteral("update_role"), QT_TR_NOOP("Update role")},
        {QStringLiteral("delete_role"), QT_TR_NOOP("Delete role")},
        {QStringLiteral("create_workspace"), QT_TR_NOOP("Create workspace")},
        {QStringLiteral("update_workspace"), QT_TR_NOOP("Update workspace")},
        {QStringLiteral("delete_workspace"), QT_TR_NOOP("Delete workspace")},
        {QStringLiteral("assign_user_role"), QT_TR_NOOP("Assign role to user")},
        {QStringLiteral("revoke_user_role"), QT_TR_NOOP("Revoke role from user")},
        {QStringLiteral("assign_team_role"), QT_TR_NOOP("Assign role to team")},
        {QStringLiteral("revoke_team_role"), QT_TR_NOOP("Revoke role from team")},
        {QStringLiteral("server_create"), QT_TR_NOOP("Created on the server")},
        {QStringLiteral("server_update"), QT_TR_NOOP("Changed on the server")},
        {QStringLiteral("server_delete"), QT_TR_NOOP("Deleted on the server")}};
    const char *text = texts.value(verb);
    return text ? tr(text) : verb;
}

QString HistoryModel::actorText(const QString &actor)
{
    if (actor == QLatin1String("local"))
        //: Who made a change: the admin on a local profile (no sign-in)
        return tr("local");
    if (actor == QLatin1String("server"))
        //: Who made a change: someone on the server, found by a sync
        return tr("on the server");
    return actor;
}

namespace {
QString valueText(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? HistoryModel::tr("yes") : HistoryModel::tr("no");
    if (value.isDouble())
        return QLocale().toString(value.toDouble());
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items << valueText(item);
        return items.join(QStringLiteral(", "));
    }
    if (value.isNull() || value.isUndefined())
        return HistoryModel::tr("(none)");
    return value.toString();
}
} // namespace

namespace {
// The REST field names a change is recorded with, as a person reads them.
QString fieldText(const QString &field)
{
    static const QHash<QString, const char *> texts{
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("zenml::HistoryModel", "name")},
        {QStringLiteral("full_name"), QT_TRANSLATE_NOOP("zenml::HistoryModel", "full name")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("zenml::HistoryModel", "email")},
        {QStringLiteral("active"), QT_TRANSLATE_NOOP("zenml::HistoryModel", "active")},
        {QStringLiteral("permissions"), QT_TRANSLATE_NOOP("zenml::HistoryModel", "permissions")},
        {QStringLiteral("users"), QT_TRANSLATE_NOOP("zenml::HistoryModel", "members")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("zenml::HistoryModel", "description")},
        {QStringLiteral("role"), QT_TRANSLATE_NOOP("zenml::HistoryModel", "role")},
        {QStringLiteral("user"), QT_TRANSLATE_NOOP("zenml::HistoryModel", "user")},
        {QStringLiteral("team"), QT_TRANSLATE_NOOP("zenml::HistoryModel", "team")},
        {QStringLiteral("workspace"), QT_TRANSLATE_NOOP("zenml::HistoryModel", "workspace")}};
    const char *text = texts.value(field);
    return text ? HistoryModel::tr(text) : field;
}
} // namespace

QString HistoryModel::fieldsText(const QJsonObject &fields)
{
    QStringList parts;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it.value().isString()) {
            // A secret is kept only as the fact that it changed.
            parts << (it.key() == QLatin1String("password") ? tr("password changed")
                                                            : it.value().toString());
            continue;
        }
        const QJsonObject change = it.value().toObject();
        const QJsonValue newValue = change.value(QStringLiteral("new"));
        // A new row's empty fields say nothing.
        if (!change.contains(QStringLiteral("old")) &&
            ((newValue.isString() && newValue.toString().isEmpty()) ||
             (newValue.isArray() && newValue.toArray().isEmpty())))
            continue;
        const QString now = valueText(newValue);
        parts << (change.contains(QStringLiteral("old"))
                      //: A changed field in the history: field: old value → new value
                      ? tr("%1: %2 → %3")
                            .arg(fieldText(it.key()),
                                 valueText(change.value(QStringLiteral("old"))), now)
                      : QStringLiteral("%1: %2").arg(fieldText(it.key()), now));
    }
    return parts.join(QStringLiteral("; "));
}

QString HistoryModel::outcomeText(const HistoryEntry &e)
{
    if (e.source == QLatin1String("server"))
        return tr("changed on the server");
    if (e.outcome.isEmpty())
        return withUndone(e.outboxId > 0 ? tr("waiting to be sent") : QString(), e);
    QString text;
    if (e.outcome == QLatin1String("sent"))
        text = e.httpStatus > 0 ? tr("sent (HTTP %1)").arg(e.httpStatus) : tr("sent");
    else if (e.outcome == QLatin1String("failed"))
        text = e.httpStatus > 0 ? tr("failed (HTTP %1)").arg(e.httpStatus) : tr("failed");
    else if (e.outcome == QLatin1String("conflict"))
        text = tr("conflict");
    else if (e.outcome == QLatin1String("dropped"))
        text = tr("dropped");
    else if (e.outcome == QLatin1String("undone"))
        text = tr("undone before it was sent");
    else
        text = e.outcome;
    if (!e.detail.isEmpty())
        text += QStringLiteral(": ") + e.detail;
    return withUndone(text, e);
}

QString HistoryModel::undoneText(const HistoryEntry &e)
{
    if (!e.undoneAt.isValid())
        return {};
    const QDateTime local = e.undoneAt.toLocalTime();
    const QString when = local.date() == QDate::currentDate()
                             ? QLocale().toString(local.time(), QLocale::ShortFormat)
                             : QLocale().toString(local, QLocale::ShortFormat);
    if (e.undoneBy > 0) {
        //: The admin undid this change in the app: at a time, by a later history entry
        return tr("undone %1 by #%2").arg(when).arg(e.undoneBy);
    }
    //: The admin undid this change in the app, at a time
    return tr("undone %1").arg(when);
}

QString HistoryModel::withUndone(const QString &outcome, const HistoryEntry &e)
{
    const QString undone = undoneText(e);
    if (undone.isEmpty())
        return outcome;
    return outcome.isEmpty() ? undone : outcome + QStringLiteral(" · ") + undone;
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const HistoryEntry &e = m_rows.at(index.row());
    if (role == itemrole::Id)
        return e.id;
    if (role == itemrole::Name)
        return e.entityName;
    if (role == itemrole::Raw) {
        switch (index.column()) {
        case When:
            return e.at;
        case Who:
            return e.actor;
        case Verb:
            return e.verb;
        case Entity:
            return e.entityName;
        case Fields:
            return e.fields;
        case Outcome:
            return e.outcome;
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case When:
        // The entry's number, which an undo and an undone entry name.
        return role == Qt::ToolTipRole
                   ? QStringLiteral("#%1, %2").arg(e.id).arg(
                         QLocale().toString(e.at.toLocalTime(), QLocale::LongFormat))
                   : QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat);
    case Who:
        return actorText(e.actor);
    case Verb:
        if (e.undoOf > 0) {
            //: A change that undid an earlier one: the change, the earlier entry's number
            return tr("%1 (undo of #%2)").arg(verbText(e.verb)).arg(e.undoOf);
        }
        return verbText(e.verb);
    case Entity:
        return e.entityName.isEmpty() ? e.entityId : e.entityName;
    case Fields:
        return fieldsText(e.fields);
    case Outcome: {
        const QString text = outcomeText(e);
        if (role == Qt::ToolTipRole && e.outcomeAt.isValid())
            return tr("%1, %2").arg(
                text, QLocale().toString(e.outcomeAt.toLocalTime(), QLocale::ShortFormat));
        return text;
    }
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // Each row's header is the entry's number, which an undo and an undone entry name.
    if (orientation == Qt::Vertical && role == Qt::DisplayRole && section >= 0 &&
        section < m_rows.size())
        return QStringLiteral("#%1").arg(m_rows.at(section).id);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case Verb:
        return tr("Change");
    case Entity:
        return tr("Entity");
    case Fields:
        return tr("Fields (old → new)");
    case Outcome:
        return tr("Outcome");
    default:
        return {};
    }
}

} // namespace zenml
