#pragma once

#include "sync/conflictresolver.h"

#include <QWidget>

class QListWidget;
class QPushButton;
class QTableWidget;

namespace zenml {
class LocalStore;
}

namespace zenml::gui {

// The Conflicts view: the held conflicts on the left; for the current one, base, mine and the
// server's version side by side per field (differences marked); keep mine, take the server's or
// skip, for the current conflict or for every selected one.
class ConflictsView : public QWidget
{
    Q_OBJECT

public:
    explicit ConflictsView(LocalStore &store, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QTableWidget *fields() const { return m_fields; }

public Q_SLOTS:
    void reload();
    void keepMine();
    void takeServer();
    void skip();

Q_SIGNALS:
    void resolved();

private:
    void showCurrent();
    void resolveSelected(sync::ConflictResolver::Choice choice);
    QList<qint64> selectedIds() const;

    LocalStore &m_store;
    QList<sync::ConflictEntry> m_entries;
    QListWidget *m_list = nullptr;
    QTableWidget *m_fields = nullptr;
    QPushButton *m_mine = nullptr;
    QPushButton *m_server = nullptr;
    QPushButton *m_skip = nullptr;
};

} // namespace zenml::gui
