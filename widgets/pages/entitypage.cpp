#include "entitypage.h"

#include "detailpane.h"
#include "item/itemroles.h"
#include "item/storetablemodel.h"
#include "item/tablefilterproxy.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace zenml::gui {

EntityPage::EntityPage(AdminService &service, EntityKind kind, StoreTableModel *model,
                       TableFilterProxy *proxy, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_model(model)
    , m_proxy(proxy)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search"));
    m_bar->addWidget(m_search, 1);
    layout->addLayout(m_bar);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_view = new QTableView(m_splitter);
    m_view->setModel(proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Fixed row heights: measuring 100,000 rows for content would cost seconds.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    m_view->setAccessibleName(entitykind::displayName(kind));
    m_detail = new DetailPane(service, m_splitter);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    layout->addWidget(m_splitter, 1);

    connect(m_search, &QLineEdit::textChanged, proxy, &TableFilterProxy::setSearchText);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateDetail();
        Q_EMIT selectionChanged();
    });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT activated(index.data(itemrole::Name).toString());
    });
    // A reload resets the model; keep what was selected by name.
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &EntityPage::rememberSelection);
    connect(model, &QAbstractItemModel::modelReset, this, &EntityPage::restoreSelection);
    updateDetail();
}

void EntityPage::addFilterWidget(QWidget *widget)
{
    m_bar->addWidget(widget);
}

void EntityPage::showEvent(QShowEvent *event)
{
    ensureLoaded();
    QWidget::showEvent(event);
}

void EntityPage::ensureLoaded()
{
    if (!m_model->isLoaded())
        m_model->startReload();
}

QStringList EntityPage::selectedNames() const
{
    QStringList names;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        names << index.data(itemrole::Name).toString();
    return names;
}

QList<int> EntityPage::selectedSourceRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows << m_proxy->mapToSource(index).row();
    return rows;
}

QString EntityPage::currentName() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (current.isValid() && m_view->selectionModel()->isRowSelected(current.row()))
        return current.data(itemrole::Name).toString();
    const QStringList names = selectedNames();
    return names.value(0);
}

bool EntityPage::selectName(const QString &name)
{
    ensureLoaded();
    const int sourceRow = m_model->rowOfName(name);
    if (sourceRow < 0) {
        // Just created: the model reloads on the next turn of the event loop.
        m_pendingSelect = name;
        return false;
    }
    m_pendingSelect.clear();
    QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) {
        m_search->clear();
        index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    }
    if (!index.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

void EntityPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void EntityPage::updateDetail()
{
    const QStringList names = selectedNames();
    m_detail->showEntity(m_kind, names.value(0), int(names.size()));
}

void EntityPage::rememberSelection()
{
    m_keptSelection = selectedNames();
    m_keptCurrent = currentName();
}

void EntityPage::restoreSelection()
{
    if (!m_columnsSized && m_model->rowCount() > 0) {
        // Sized once, to the rows on screen (the view looks at a bounded number of rows).
        m_columnsSized = true;
        m_view->resizeColumnsToContents();
        QHeaderView *header = m_view->horizontalHeader();
        for (int column = 0; column < header->count(); ++column)
            header->resizeSection(column, std::min(header->sectionSize(column) + 16, 320));
    }
    if (!m_pendingSelect.isEmpty()) {
        const QString name = m_pendingSelect;
        m_keptSelection.clear();
        const bool found = selectName(name);
        m_pendingSelect.clear();
        if (found)
            return;
    }
    if (m_keptSelection.isEmpty())
        return;
    QItemSelection selection;
    // Looking names up row by row is fine for the handful usually selected; a huge selection
    // is not worth restoring after a reload.
    if (m_keptSelection.size() <= 200) {
        for (const QString &name : std::as_const(m_keptSelection)) {
            const int row = m_model->rowOfName(name);
            const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
            if (row >= 0 && index.isValid())
                selection.select(index, index);
        }
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect |
                                                    QItemSelectionModel::Rows);
    const int current = m_model->rowOfName(m_keptCurrent);
    if (current >= 0) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(current, 0));
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    }
    m_keptSelection.clear();
}

void EntityPage::saveState(QSettings &settings, const QString &key) const
{
    settings.setValue(key + QStringLiteral("/header"), m_view->horizontalHeader()->saveState());
    settings.setValue(key + QStringLiteral("/splitter"), m_splitter->saveState());
    settings.setValue(key + QStringLiteral("/current"), currentName());
}

void EntityPage::restoreState(QSettings &settings, const QString &key)
{
    const QByteArray header = settings.value(key + QStringLiteral("/header")).toByteArray();
    if (!header.isEmpty() && m_view->horizontalHeader()->restoreState(header)) {
        m_columnsSized = true;
        QHeaderView *h = m_view->horizontalHeader();
        m_proxy->sort(h->sortIndicatorSection(), h->sortIndicatorOrder());
    }
    const QByteArray split = settings.value(key + QStringLiteral("/splitter")).toByteArray();
    if (!split.isEmpty())
        m_splitter->restoreState(split);
    // The row that was current is selected again once the model has loaded.
    const QString current = settings.value(key + QStringLiteral("/current")).toString();
    if (!current.isEmpty() && !m_model->isLoaded())
        m_pendingSelect = current;
}

} // namespace zenml::gui
