#include "pages/historypage.h"

#include "item/historymodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

namespace zenml::gui {

HistoryPage::HistoryPage(AdminService &service, QWidget *parent)
    : QWidget(parent)
    , m_model(new HistoryModel(service, this))
    , m_view(new QTableView(this))
    , m_entity(new QLineEdit(this))
    , m_actor(new QComboBox(this))
    , m_verb(new QComboBox(this))
    , m_fromOn(new QCheckBox(tr("Fro&m"), this))
    , m_from(new QDateEdit(this))
    , m_toOn(new QCheckBox(tr("&To"), this))
    , m_to(new QDateEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("historyPage"));
    m_view->setObjectName(QStringLiteral("historyView"));
    m_view->setAccessibleName(tr("History"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    // The entries' numbers, which "undo of #N" and "undone by #N" name.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(HistoryModel::When, 130);
    m_view->setColumnWidth(HistoryModel::Who, 100);
    m_view->setColumnWidth(HistoryModel::Verb, 220); // "Rolle an Benutzer vergeben"
    m_view->setColumnWidth(HistoryModel::Entity, 140);
    // What became of a change stays in sight; the fields, often long, take the rest.
    m_view->horizontalHeader()->moveSection(HistoryModel::Outcome, HistoryModel::Fields);
    m_view->setColumnWidth(HistoryModel::Outcome, 160);

    m_entity->setObjectName(QStringLiteral("historyEntity"));
    m_entity->setPlaceholderText(tr("Part of a name"));
    m_entity->setClearButtonEnabled(true);
    m_entity->setAccessibleName(tr("Entity name"));
    m_actor->setObjectName(QStringLiteral("historyActor"));
    m_actor->setAccessibleName(tr("Who"));
    m_verb->setObjectName(QStringLiteral("historyVerb"));
    m_verb->setAccessibleName(tr("Kind of change"));
    const QDate today = QDate::currentDate();
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDate(today);
        edit->setEnabled(false);
    }
    m_from->setDate(today.addDays(-30));
    m_from->setObjectName(QStringLiteral("historyFrom"));
    m_to->setObjectName(QStringLiteral("historyTo"));
    m_from->setAccessibleName(tr("From day"));
    m_to->setAccessibleName(tr("To day (inclusive)"));
    m_fromOn->setAccessibleName(tr("Only changes from a day on"));
    m_toOn->setAccessibleName(tr("Only changes up to a day"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *entityLabel = new QLabel(tr("E&ntity:"), this);
    entityLabel->setBuddy(m_entity);
    auto *actorLabel = new QLabel(tr("&Who:"), this);
    actorLabel->setBuddy(m_actor);
    auto *verbLabel = new QLabel(tr("&Kind:"), this);
    verbLabel->setBuddy(m_verb);
    auto *filters = new QHBoxLayout;
    filters->addWidget(entityLabel);
    filters->addWidget(m_entity, 2);
    filters->addWidget(actorLabel);
    filters->addWidget(m_actor, 1);
    filters->addWidget(verbLabel);
    filters->addWidget(m_verb, 1);
    filters->addWidget(m_fromOn);
    filters->addWidget(m_from);
    filters->addWidget(m_toOn);
    filters->addWidget(m_to);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Every change made on this profile and every change found on "
                                    "the server, newest first."),
                                 this));
    layout->addLayout(filters);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);

    m_typing.setSingleShot(true);
    m_typing.setInterval(250);
    connect(&m_typing, &QTimer::timeout, this, &HistoryPage::applyFilter);
    connect(m_entity, &QLineEdit::textChanged, this, [this] { m_typing.start(); });
    connect(m_actor, &QComboBox::currentIndexChanged, this, &HistoryPage::applyFilter);
    connect(m_verb, &QComboBox::currentIndexChanged, this, &HistoryPage::applyFilter);
    connect(m_from, &QDateEdit::dateChanged, this, &HistoryPage::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &HistoryPage::applyFilter);
    connect(m_fromOn, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        applyFilter();
    });
    connect(m_toOn, &QCheckBox::toggled, this, [this](bool on) {
        m_to->setEnabled(on);
        applyFilter();
    });
    connect(m_model, &HistoryModel::loadFailed, this, [this](const QString &message) {
        m_error->setText(message);
        m_error->show();
    });
    (void)m_model->reload();
}

void HistoryPage::showEvent(QShowEvent *event)
{
    if (m_choicesStale)
        fillChoices();
    QWidget::showEvent(event);
}

void HistoryPage::fillChoices()
{
    m_choicesStale = false;
    const QString actor = m_actor->currentData().toString();
    const QString verb = m_verb->currentData().toString();
    const QSignalBlocker actorBlock(m_actor);
    const QSignalBlocker verbBlock(m_verb);
    m_actor->clear();
    m_actor->addItem(tr("Anyone"), QString());
    for (const QString &name : m_model->actors())
        m_actor->addItem(HistoryModel::actorText(name), name);
    m_actor->setCurrentIndex(qMax(0, m_actor->findData(actor)));
    m_verb->clear();
    m_verb->addItem(tr("Any change"), QString());
    for (const QString &name : m_model->verbs())
        m_verb->addItem(HistoryModel::verbText(name), name);
    m_verb->setCurrentIndex(qMax(0, m_verb->findData(verb)));
}

void HistoryPage::reload()
{
    m_choicesStale = true;
    if (isVisible())
        fillChoices();
    m_error->hide();
    (void)m_model->reload();
}

void HistoryPage::applyFilter()
{
    m_typing.stop();
    HistoryFilter filter;
    filter.entityText = m_entity->text().trimmed();
    filter.actor = m_actor->currentData().toString();
    filter.verb = m_verb->currentData().toString();
    // Days are the admin's own; the store keeps UTC.
    if (m_fromOn->isChecked())
        filter.from = m_from->date().startOfDay().toUTC();
    if (m_toOn->isChecked())
        filter.to = m_to->date().addDays(1).startOfDay().toUTC();
    m_error->hide();
    m_model->setFilter(filter);
}

void HistoryPage::focusSearch()
{
    m_entity->setFocus(Qt::ShortcutFocusReason);
    m_entity->selectAll();
}

} // namespace zenml::gui
