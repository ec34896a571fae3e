#pragma once

#include "service/outboxservice.h"

#include <QWidget>

class QListWidget;
class QPushButton;
class QTableWidget;

namespace zenml::gui {

// The Conflicts view: the held conflicts on the left; for the current one, base, mine and the
// server's version side by side per field (differences marked); keep mine, take the server's or
// skip, for the current conflict or for every selected one.
class ConflictsView : public QWidget
{
    Q_OBJECT

public:
    explicit ConflictsView(OutboxService &outbox, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QTableWidget *fields() const { return m_fields; }

public Q_SLOTS:
    void reload();
    // Makes the conflict of this operation the current one (from the Pending changes page).
    bool showConflict(qint64 operationId);
    void keepMine();
    void takeServer();
    void skip();

Q_SIGNALS:
    void resolved();

private:
    void showCurrent();
    void resolveSelected(OutboxService::Resolution resolution);
    QList<qint64> selectedIds() const;

    OutboxService &m_outbox;
    QList<OutboxService::Conflict> m_entries;
    QListWidget *m_list = nullptr;
    QTableWidget *m_fields = nullptr;
    QPushButton *m_mine = nullptr;
    QPushButton *m_server = nullptr;
    QPushButton *m_skip = nullptr;
};

} // namespace zenml::gui
