#include "pages/conflictsview.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace zenml::gui {

namespace {
enum Column { Base, Mine, Server, ColumnCount };

QString cellText(const QJsonValue &v)
{
    return OutboxService::Conflict::valueText(v, ConflictsView::tr("yes"), ConflictsView::tr("no"),
                                              ConflictsView::tr("?", "value not known"));
}
} // namespace

ConflictsView::ConflictsView(OutboxService &outbox, QWidget *parent)
    : QWidget(parent)
    , m_outbox(outbox)
    , m_list(new QListWidget(this))
    , m_fields(new QTableWidget(this))
    , m_mine(new QPushButton(tr("Keep &mine"), this))
    , m_server(new QPushButton(tr("Take the &server's"), this))
    , m_skip(new QPushButton(tr("S&kip"), this))
{
    setObjectName(QStringLiteral("conflictsView"));
    m_list->setObjectName(QStringLiteral("conflictList"));
    m_fields->setObjectName(QStringLiteral("conflictFields"));
    m_mine->setObjectName(QStringLiteral("conflictKeepMine"));
    m_server->setObjectName(QStringLiteral("conflictTakeServer"));
    m_skip->setObjectName(QStringLiteral("conflictSkip"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_fields->setColumnCount(ColumnCount);
    m_fields->setHorizontalHeaderLabels({tr("Base"), tr("Mine"), tr("Server")});
    m_fields->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mine->setToolTip(tr("Send your version again, over the server's change"));
    m_server->setToolTip(tr("Take the server's version and drop your changes of the row"));
    m_skip->setToolTip(tr("Leave this conflict for later"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_skip);
    buttons->addWidget(m_server);
    buttons->addWidget(m_mine);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_fields);
    rightLayout->addLayout(buttons);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_list, &QListWidget::currentRowChanged, this, &ConflictsView::showCurrent);
    connect(m_mine, &QPushButton::clicked, this, &ConflictsView::keepMine);
    connect(m_server, &QPushButton::clicked, this, &ConflictsView::takeServer);
    connect(m_skip, &QPushButton::clicked, this, &ConflictsView::skip);
    reload();
}

void ConflictsView::reload()
{
    const int row = m_list->currentRow();
    m_list->clear();
    auto entries = m_outbox.conflicts();
    m_entries = entries ? *entries : QList<OutboxService::Conflict>();
    for (const OutboxService::Conflict &e : std::as_const(m_entries)) {
        const QString name =
            e.mine.value(QStringLiteral("name"))
                .toString(e.server.value(QStringLiteral("name")).toString(e.operation.entityId));
        auto *item = new QListWidgetItem(
            //: A conflict in the list: its number, what the change does, the row's name
            tr("#%1 %2: %3").arg(e.operation.id).arg(m_outbox.changeText(e.operation), name),
            m_list);
        item->setData(Qt::UserRole, e.operation.id);
        item->setToolTip(OutboxService::readableTimes(e.operation.lastError));
    }
    if (!m_entries.isEmpty())
        m_list->setCurrentRow(std::clamp(row, 0, int(m_entries.size()) - 1));
    showCurrent();
}

void ConflictsView::showCurrent()
{
    const int row = m_list->currentRow();
    const bool any = row >= 0 && row < m_entries.size();
    m_mine->setEnabled(any);
    m_server->setEnabled(any);
    m_skip->setEnabled(any);
    m_fields->setRowCount(0);
    if (!any)
        return;
    const OutboxService::Conflict &e = m_entries.at(row);
    m_fields->setRowCount(int(e.fields.size()));
    m_fields->setVerticalHeaderLabels(e.fields);
    for (int i = 0; i < e.fields.size(); ++i) {
        const QString &field = e.fields.at(i);
        const QJsonValue values[ColumnCount] = {
            e.base.value(field),
            e.mine.isEmpty() ? QJsonValue(tr("(deleted here)")) : e.mine.value(field),
            e.server.isEmpty() ? QJsonValue(tr("(deleted on the server)")) : e.server.value(field)};
        const bool differs = values[Mine] != values[Server];
        for (int c = 0; c < ColumnCount; ++c) {
            auto *cell = new QTableWidgetItem(cellText(values[c]));
            if (differs && field != QLatin1String("updated")) {
                QFont bold = cell->font();
                bold.setBold(true);
                cell->setFont(bold);
            }
            m_fields->setItem(i, c, cell);
        }
    }
}

QList<qint64> ConflictsView::selectedIds() const
{
    QList<qint64> ids;
    for (QListWidgetItem *item : m_list->selectedItems())
        ids << item->data(Qt::UserRole).toLongLong();
    if (ids.isEmpty() && m_list->currentItem())
        ids << m_list->currentItem()->data(Qt::UserRole).toLongLong();
    return ids;
}

bool ConflictsView::showConflict(qint64 operationId)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toLongLong() == operationId) {
            m_list->clearSelection();
            m_list->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void ConflictsView::resolveSelected(OutboxService::Resolution resolution)
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    if (const Status s = m_outbox.resolve(ids, resolution); !s)
        QMessageBox::warning(this, tr("Conflicts"), s.error().message);
    reload();
    Q_EMIT resolved();
}

void ConflictsView::keepMine()
{
    resolveSelected(OutboxService::Resolution::KeepMine);
}

void ConflictsView::takeServer()
{
    resolveSelected(OutboxService::Resolution::TakeServer);
}

void ConflictsView::skip()
{
    const int next = m_list->currentRow() + 1;
    if (next < m_list->count())
        m_list->setCurrentRow(next);
}

} // namespace zenml::gui
