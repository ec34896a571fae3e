#pragma once

#include "storetablemodel.h"

#include <QPointer>
#include <optional>

class QSqlDatabase;
class QThread;

namespace zenml {

// The users of the store, built for 100,000 rows: one forward-only query of plain columns, the
// times kept as their stored ISO text (parsed only for the rows on screen) and lower-cased copies
// of the searchable text made once per load, so a keystroke in the search field is a substring
// scan and a sort is a plain string comparison.
class UserTableModel : public StoreTableModel
{
    Q_OBJECT
public:
    enum Column { Name, FullName, Email, Status, Created, Updated, ColumnCount };

    explicit UserTableModel(AdminService &service, QObject *parent = nullptr);
    ~UserTableModel() override;

    // Shows the first page at once (one LIMIT query) and reads all rows on a worker thread with
    // its own connection; off, startReload() reads synchronously (as reload() always does).
    void setBackgroundLoading(bool on) { m_background = on; }
    void startReload() override;
    // True while the rows shown are only the first page.
    bool isPartial() const { return m_partial; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool rowMatches(int row, const QString &lowerNeedle) const override;

    bool isActive(int row) const;

protected:
    QString columnTitle(int section) const override;
    Result<int> load() override;
    QString storageId(int index) const override;
    QString storageName(int index) const override;
    bool storageLess(int a, int b, int column) const override;

private:
    struct Row
    {
        QString id;
        QString name;
        QString fullName;
        QString email;
        // Lower-case UTF-8 "name\nfull name\nemail": what the search scans, and (in slices)
        // the sort keys; UTF-8 bytes compare in code point order, like the strings.
        QByteArray haystack;
        qint64 created = 0; // ms since the epoch, UTC; 0 when unknown
        qint64 updated = 0;
        int nameEnd = 0; // haystack offsets of the two separators
        int fullNameEnd = 0;
        bool active = true;

        QByteArrayView lowerName() const { return QByteArrayView(haystack).first(nameEnd); }
        QByteArrayView lowerFullName() const
        {
            return QByteArrayView(haystack).sliced(nameEnd + 1, fullNameEnd - nameEnd - 1);
        }
        QByteArrayView lowerEmail() const
        {
            return QByteArrayView(haystack).sliced(fullNameEnd + 1);
        }
    };
    struct Loaded
    {
        QList<Row> rows;
        std::optional<Error> error;
    };
    static Loaded read(const QSqlDatabase &db, const QString &orderBy, int limit);
    QString orderClause() const;
    void showFirstPage();

    QList<Row> m_rows;
    bool m_background = true;
    bool m_partial = false;
    int m_generation = 0;
    QList<QPointer<QThread>> m_threads;
    mutable QString m_needle; // the last search, and its UTF-8 form
    mutable QByteArray m_needleUtf8;
};

} // namespace zenml
