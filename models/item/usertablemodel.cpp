#include "usertablemodel.h"

#include "itemroles.h"
#include "service/adminservice.h"
#include "store/localstore.h"
#include "store/sqlutil.h"
#include "storedtime.h"

#include <QLocale>
#include <QSqlDatabase>
#include <QSqlError>
#include <QThread>
#include <cstring>
#include <memory>

namespace zenml {

namespace {
QString displayTime(qint64 msecs)
{
    return msecs == 0 ? QString()
                      : QLocale().toString(storedtime::toDateTime(msecs).toLocalTime(),
                                           QLocale::ShortFormat);
}

int compare(QByteArrayView a, QByteArrayView b)
{
    const int common = int(std::min(a.size(), b.size()));
    if (int c = common ? std::memcmp(a.data(), b.data(), common) : 0)
        return c;
    return int(a.size() - b.size());
}
} // namespace

namespace {
// Rows of the first page, shown while the rest loads.
constexpr int kFirstPage = 300;
} // namespace

UserTableModel::UserTableModel(AdminService &service, QObject *parent)
    : StoreTableModel(service, {EntityKind::User}, parent)
{
    setColumns(ColumnCount);
}

UserTableModel::~UserTableModel()
{
    // A load still running reads a store that goes away with us: wait for it, then free it
    // (its finished() handler, which would have, dies with this object).
    for (const QPointer<QThread> &thread : std::as_const(m_threads)) {
        if (thread) {
            thread->wait();
            delete thread.data();
        }
    }
}

UserTableModel::Loaded UserTableModel::read(const QSqlDatabase &db, const QString &orderBy,
                                            int limit)
{
    Loaded out;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    QString statement = QStringLiteral("SELECT id, name, full_name, IFNULL(email, ''), active, "
                                       "IFNULL(created, ''), IFNULL(updated, '') FROM users "
                                       "ORDER BY ") +
                        orderBy;
    if (limit > 0)
        statement += QStringLiteral(" LIMIT %1").arg(limit);
    if (!query.exec(statement)) {
        out.error = sql::errorOf(query);
        return out;
    }
    while (query.next()) {
        Row r;
        r.id = query.value(0).toString();
        r.name = query.value(1).toString();
        r.fullName = query.value(2).toString();
        r.email = query.value(3).toString();
        r.active = query.value(4).toInt() != 0;
        r.created = storedtime::toMsecs(query.value(5).toString());
        r.updated = storedtime::toMsecs(query.value(6).toString());
        const QByteArray name = r.name.toLower().toUtf8();
        const QByteArray fullName = r.fullName.toLower().toUtf8();
        r.nameEnd = int(name.size());
        r.fullNameEnd = int(name.size() + 1 + fullName.size());
        r.haystack.reserve(r.fullNameEnd + 1 + r.email.size());
        r.haystack.append(name).append('\n').append(fullName).append('\n').append(
            r.email.toLower().toUtf8());
        out.rows.append(std::move(r));
    }
    return out;
}

QString UserTableModel::orderClause() const
{
    const QString direction =
        sortOrder() == Qt::DescendingOrder ? QStringLiteral(" DESC") : QString();
    QString first;
    switch (sortColumn()) {
    case FullName:
        first = QStringLiteral("full_name COLLATE NOCASE");
        break;
    case Email:
        first = QStringLiteral("IFNULL(email, '') COLLATE NOCASE");
        break;
    case Status:
        first = QStringLiteral("active");
        break;
    case Created:
        first = QStringLiteral("created");
        break;
    case Updated:
        first = QStringLiteral("updated");
        break;
    default:
        return QStringLiteral("name COLLATE NOCASE") + direction;
    }
    if (sortColumn() == Status)
        return sortOrder() == Qt::DescendingOrder ? QStringLiteral("active, name COLLATE NOCASE")
                                                  : QStringLiteral("active DESC, name COLLATE "
                                                                   "NOCASE");
    return first + direction + QStringLiteral(", name COLLATE NOCASE") + direction;
}

Result<int> UserTableModel::load()
{
    // Name order: the usual sort, which the model then only has to confirm.
    Loaded loaded = read(service().store().database(), QStringLiteral("name COLLATE NOCASE"), 0);
    if (loaded.error)
        return *loaded.error;
    m_rows = std::move(loaded.rows);
    m_partial = false;
    return int(m_rows.size());
}

void UserTableModel::showFirstPage()
{
    Loaded page = read(service().store().database(), orderClause(), kFirstPage);
    if (page.error)
        return;
    beginResetModel();
    m_rows = std::move(page.rows);
    m_partial = true;
    endRows(int(m_rows.size()), false);
}

void UserTableModel::startReload()
{
    if (!m_background) {
        (void)reload();
        return;
    }
    const int generation = ++m_generation;
    if (!isLoaded())
        showFirstPage();
    auto result = std::make_shared<Loaded>();
    const QString source = service().store().database().connectionName();
    const QString connection =
        QStringLiteral("users-%1-%2").arg(quintptr(this), 0, 16).arg(generation);
    QThread *thread = QThread::create([result, source, connection] {
        {
            QSqlDatabase db = QSqlDatabase::cloneDatabase(source, connection);
            if (!db.open())
                result->error = Error::make(ErrorKind::Io, db.lastError().text());
            else
                *result = read(db, QStringLiteral("name COLLATE NOCASE"), 0);
        }
        QSqlDatabase::removeDatabase(connection);
    });
    m_threads << thread;
    connect(thread, &QThread::finished, this, [this, thread, result, generation] {
        m_threads.removeAll(thread);
        thread->deleteLater();
        if (generation != m_generation)
            return; // a newer reload is on its way
        if (result->error) {
            Q_EMIT loadFailed(result->error->message);
            return;
        }
        beginResetModel();
        m_rows = std::move(result->rows);
        m_partial = false;
        endRows(int(m_rows.size()));
    });
    thread->start(QThread::LowPriority);
}

QString UserTableModel::storageId(int index) const
{
    return m_rows.at(index).id;
}

QString UserTableModel::storageName(int index) const
{
    return m_rows.at(index).name;
}

bool UserTableModel::storageLess(int a, int b, int column) const
{
    const Row &x = m_rows.at(a);
    const Row &y = m_rows.at(b);
    switch (column) {
    case FullName:
        if (int c = compare(x.lowerFullName(), y.lowerFullName()))
            return c < 0;
        break;
    case Email:
        if (int c = compare(x.lowerEmail(), y.lowerEmail()))
            return c < 0;
        break;
    case Status:
        if (x.active != y.active)
            return x.active && !y.active;
        break;
    case Created:
        if (x.created != y.created)
            return x.created < y.created;
        break;
    case Updated:
        if (x.updated != y.updated)
            return x.updated < y.updated;
        break;
    default:
        break;
    }
    // Ties (and the Name column) fall back to the name, so every sort is total and stable.
    if (int c = compare(x.lowerName(), y.lowerName()))
        return c < 0;
    return x.name < y.name;
}

bool UserTableModel::rowMatches(int row, const QString &lowerNeedle) const
{
    if (lowerNeedle != m_needle) {
        m_needle = lowerNeedle;
        m_needleUtf8 = lowerNeedle.toUtf8();
    }
    return m_rows.at(storageIndex(row)).haystack.contains(m_needleUtf8);
}

bool UserTableModel::isActive(int row) const
{
    return m_rows.at(storageIndex(row)).active;
}

QVariant UserTableModel::data(const QModelIndex &index, int role) const
{
    if (!validRow(index))
        return {};
    const Row &r = m_rows.at(storageIndex(index.row()));
    switch (role) {
    case itemrole::Id:
        return r.id;
    case itemrole::Name:
        return r.name;
    case itemrole::Kind:
        return int(EntityKind::User);
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Name:
            return r.name;
        case FullName:
            return r.fullName;
        case Email:
            return r.email;
        case Status:
            return r.active ? tr("Active") : tr("Inactive");
        case Created:
            return displayTime(r.created);
        case Updated:
            return displayTime(r.updated);
        }
        break;
    case itemrole::Raw:
        switch (index.column()) {
        case Name:
            return r.name;
        case FullName:
            return r.fullName;
        case Email:
            return r.email;
        case Status:
            return r.active;
        case Created:
            return storedtime::toDateTime(r.created);
        case Updated:
            return storedtime::toDateTime(r.updated);
        }
        break;
    default:
        break;
    }
    return {};
}

QString UserTableModel::columnTitle(int section) const
{
    switch (section) {
    case Name:
        return tr("Name");
    case FullName:
        return tr("Full name");
    case Email:
        return tr("Email");
    case Status:
        return tr("Status");
    case Created:
        return tr("Created");
    case Updated:
        return tr("Updated");
    }
    return {};
}

} // namespace zenml
