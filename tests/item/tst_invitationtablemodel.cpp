// InvitationTableModel alone, over an InvitationService of a server profile with no server: the
// mirror, the outbox and the ledger of held tokens say what the rows show. Watched by
// QAbstractItemModelTester, directly and through the sort proxy the Invitations page uses.
#include "auth/memorysecretstore.h"
#include "domain/entitykind.h"
#include "item/invitationtablemodel.h"
#include "item/itemroles.h"
#include "service/adminservice.h"
#include "service/invitationledger.h"
#include "service/invitationservice.h"
#include "store/localstore.h"
#include "store/usertable.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace zenml;
using Model = InvitationTableModel;

class TstInvitationTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void columnsAndHeaders();
    void textsPerRow();
    void roles();
    void ageSortsByTimeNotText();
    void otherColumnsSort();
    void reloadKeepsRowsOnChange();
    void clockMovesTheAges();
    void ageTexts();

private:
    void attach(QAbstractItemModel *model)
    {
        m_testers.emplace_back(std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    }
    // A user that came from the server (clean in the mirror), inactive, created that long ago.
    QString insertInvited(const QString &name, qint64 ageSecs)
    {
        User u;
        u.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        u.name = name;
        u.active = false;
        u.created = u.updated = m_now.addSecs(-ageSecs);
        if (!m_store->users().insert(u, SyncState::Clean))
            return {};
        return u.id;
    }
    int rowOfName(const QString &name) const
    {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->index(row, Model::Name).data().toString() == name)
                return row;
        }
        return -1;
    }
    QString text(const QString &name, int column) const
    {
        return m_model->index(rowOfName(name), column).data().toString();
    }
    static QStringList names(const QAbstractItemModel &model)
    {
        QStringList out;
        for (int row = 0; row < model.rowCount(); ++row)
            out << model.index(row, Model::Name).data(itemrole::Name).toString();
        return out;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<AdminService> m_service;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<InvitationService> m_invitations;
    std::unique_ptr<Model> m_model;
    std::unique_ptr<QSortFilterProxyModel> m_proxy;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    QDateTime m_now;
    QHash<QString, QString> m_ids; // name → user id
};

// Four invitations whose age order differs from the service's (creation) order and from the
// order of their age texts:
//   dora  created now (queued create)         after sync  just now   guest
//   Bert  created 5 hours ago                 missing     5 hours    (none)
//   anna  created 1 day ago, link 2 hours ago held        2 hours    admin
//   carl  created 3 days ago                  missing     3 days     admin (in default)
void TstInvitationTableModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto store = LocalStore::open(m_dir->filePath(QStringLiteral("t.sqlite")));
    QVERIFY2(store, store ? "" : qPrintable(store.error().message));
    m_store = std::move(store.value());
    QVERIFY(m_store->seedLocalDefaults());
    m_service = std::make_unique<AdminService>(*m_store, ProfileKind::Server);
    m_secrets = std::make_unique<MemorySecretStore>();
    ProfileInfo profile;
    profile.name = QStringLiteral("t");
    profile.kind = ProfileKind::Server;
    profile.serverUrl = QStringLiteral("https://zenml.example.org");
    profile.username = QStringLiteral("default");
    m_invitations = std::make_unique<InvitationService>(*m_service, *m_secrets, profile);

    // Whole seconds: the ledger and the mirror keep times to the second at best.
    m_now = QDateTime::currentDateTimeUtc().addSecs(30);
    m_now.setTime(QTime(m_now.time().hour(), m_now.time().minute(), m_now.time().second()));
    m_ids.clear();
    m_ids[QStringLiteral("carl")] = insertInvited(QStringLiteral("carl"), 3 * 86400);
    m_ids[QStringLiteral("anna")] = insertInvited(QStringLiteral("anna"), 86400);
    m_ids[QStringLiteral("Bert")] = insertInvited(QStringLiteral("Bert"), 5 * 3600);
    for (const QString &id : std::as_const(m_ids))
        QVERIFY(!id.isEmpty());
    QVERIFY(m_service->assignRole({QStringLiteral("admin"), {QStringLiteral("anna")}, {}, {}}));
    QVERIFY(m_service->assignRole(
        {QStringLiteral("admin"), {QStringLiteral("carl")}, {}, QStringLiteral("default")}));
    QVERIFY(InvitationLedger(*m_store).record(m_ids.value(QStringLiteral("anna")),
                                              m_now.addSecs(-2 * 3600)));
    auto dora = m_invitations->invite(
        {QStringLiteral("dora"), {}, {}, std::nullopt, {QStringLiteral("guest")}});
    QVERIFY2(dora, dora ? "" : qPrintable(dora.error().message));
    m_ids[QStringLiteral("dora")] = dora->id;

    m_model = std::make_unique<Model>(*m_invitations);
    attach(m_model.get());
    m_model->setClock([this] { return m_now; });
    QVERIFY(m_model->reload());
    m_proxy = std::make_unique<QSortFilterProxyModel>();
    m_proxy->setSourceModel(m_model.get());
    m_proxy->setSortRole(Model::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    attach(m_proxy.get());
}

void TstInvitationTableModel::cleanup()
{
    m_testers.clear();
    m_proxy.reset();
    m_model.reset();
    m_invitations.reset();
    m_secrets.reset();
    m_service.reset();
    m_store.reset();
    m_dir.reset();
}

void TstInvitationTableModel::columnsAndHeaders()
{
    QCOMPARE(m_model->columnCount(), 4);
    QCOMPARE(m_model->rowCount(), 4); // the active default user is no invitation
    QStringList headers;
    for (int c = 0; c < Model::ColumnCount; ++c)
        headers << m_model->headerData(c, Qt::Horizontal).toString();
    QCOMPARE(headers, (QStringList{"Name", "Link", "Age", "Roles"}));
    // The service's order: newest user first.
    QCOMPARE(names(*m_model), (QStringList{"dora", "Bert", "anna", "carl"}));
}

void TstInvitationTableModel::textsPerRow()
{
    QCOMPARE(text("dora", Model::Link), QStringLiteral("available after sync"));
    QCOMPARE(text("anna", Model::Link), QStringLiteral("held"));
    QCOMPARE(text("carl", Model::Link), QStringLiteral("not on this computer: regenerate"));
    QCOMPARE(text("dora", Model::Age), QStringLiteral("just now"));
    QCOMPARE(text("Bert", Model::Age), QStringLiteral("5 hour(s)"));
    // The age of a held link counts from its arrival, not from the user's creation.
    QCOMPARE(text("anna", Model::Age), QStringLiteral("2 hour(s)"));
    QCOMPARE(text("carl", Model::Age), QStringLiteral("3 day(s)"));
    QCOMPARE(text("dora", Model::Roles), QStringLiteral("guest"));
    QCOMPARE(text("Bert", Model::Roles), QStringLiteral("(none)"));
    QCOMPARE(text("anna", Model::Roles), QStringLiteral("admin"));
    QCOMPARE(text("carl", Model::Roles), QStringLiteral("admin (in default)"));
    QCOMPARE(m_model->index(rowOfName("carl"), Model::Roles).data(Qt::ToolTipRole).toString(),
             QStringLiteral("admin (in default)"));
}

void TstInvitationTableModel::roles()
{
    for (const QString &name : QStringList{"dora", "Bert", "anna", "carl"}) {
        const int row = rowOfName(name);
        QVERIFY(row >= 0);
        QCOMPARE(m_model->rowOf(m_ids.value(name)), row);
        QCOMPARE(m_model->invitationAt(row).user.name, name);
        // Every column of a row answers the row's roles.
        for (int c = 0; c < Model::ColumnCount; ++c) {
            const QModelIndex index = m_model->index(row, c);
            QCOMPARE(index.data(itemrole::Id).toString(), m_ids.value(name));
            QCOMPARE(index.data(itemrole::Name).toString(), name);
            QCOMPARE(index.data(itemrole::Kind).toInt(), int(EntityKind::User));
            QCOMPARE(index.data(Model::HeldRole).toBool(), name == QStringLiteral("anna"));
            QCOMPARE(index.data(Model::ActiveRole).toBool(), false);
        }
    }
    QCOMPARE(m_model->rowOf(QStringLiteral("nobody")), -1);
    const int anna = rowOfName("anna");
    QCOMPARE(m_model->index(anna, Model::Age).data(itemrole::Raw).toDateTime(),
             m_now.addSecs(-2 * 3600));
    QCOMPARE(m_model->index(anna, Model::Roles).data(itemrole::Raw).toStringList(),
             QStringList{"admin"});
    QCOMPARE(m_model->index(anna, Model::Link).data(itemrole::Raw).toInt(), int(LinkState::Held));
    QVERIFY(!m_model->index(anna, Model::Name).data(Qt::DecorationRole).isValid());
}

void TstInvitationTableModel::ageSortsByTimeNotText()
{
    m_proxy->sort(Model::Age, Qt::AscendingOrder);
    QCOMPARE(names(*m_proxy), (QStringList{"dora", "anna", "Bert", "carl"}));
    m_proxy->sort(Model::Age, Qt::DescendingOrder);
    QCOMPARE(names(*m_proxy), (QStringList{"carl", "Bert", "anna", "dora"}));
    // The sort key grows with the age.
    QVERIFY(m_model->index(rowOfName("carl"), Model::Age).data(Model::SortRole).toLongLong() >
            m_model->index(rowOfName("Bert"), Model::Age).data(Model::SortRole).toLongLong());

    // A reload that changes an age re-sorts: a new link for carl arrived a minute ago.
    QVERIFY(InvitationLedger(*m_store).record(m_ids.value("carl"), m_now.addSecs(-60)));
    Q_EMIT m_invitations->invitationsChanged();
    QCOMPARE(text("carl", Model::Age), QStringLiteral("1 minute(s)"));
    QCOMPARE(names(*m_proxy), (QStringList{"Bert", "anna", "carl", "dora"}));
}

void TstInvitationTableModel::otherColumnsSort()
{
    m_proxy->sort(Model::Name, Qt::AscendingOrder);
    QCOMPARE(names(*m_proxy), (QStringList{"anna", "Bert", "carl", "dora"}));
    // What can be sent first, then what comes with the sync, then what must be regenerated.
    m_proxy->sort(Model::Link, Qt::AscendingOrder);
    QCOMPARE(names(*m_proxy), (QStringList{"anna", "dora", "Bert", "carl"}));
}

void TstInvitationTableModel::reloadKeepsRowsOnChange()
{
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    const QPersistentModelIndex bert = m_model->index(rowOfName("Bert"), Model::Link);
    const QPersistentModelIndex anna = m_model->index(rowOfName("anna"), Model::Link);

    // A regeneration: the held link goes, the next sync brings a new one. Same rows.
    QVERIFY(m_invitations->regenerate({QStringLiteral("anna")}));
    QCOMPARE(anna.data().toString(), QStringLiteral("available after sync"));
    QCOMPARE(anna.data(Model::HeldRole).toBool(), false);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(removed.count(), 0);

    // A revoke: carl's row goes, the others stay where the view has them.
    QVERIFY(m_invitations->revoke({QStringLiteral("carl")}));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 3);
    QCOMPARE(names(*m_model), (QStringList{"dora", "Bert", "anna"}));
    QVERIFY(bert.isValid());
    QCOMPARE(bert.data(itemrole::Name).toString(), QStringLiteral("Bert"));

    // An invite: the newest row comes first.
    QVERIFY(m_invitations->invite({QStringLiteral("emil"), {}, {}, std::nullopt, {}}));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(names(*m_model), (QStringList{"emil", "dora", "Bert", "anna"}));
    QCOMPARE(bert.row(), 2);
    QCOMPARE(resets.count(), 0);

    // The push gives dora the server's id: the same row, with the new id.
    const QPersistentModelIndex dora = m_model->index(rowOfName("dora"), Model::Name);
    const QString serverId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QVERIFY(m_store->users().replaceId(m_ids.value("dora"), serverId));
    QVERIFY(m_model->reload());
    QVERIFY(dora.isValid());
    QCOMPARE(dora.data(itemrole::Id).toString(), serverId);
    QCOMPARE(m_model->rowOf(serverId), dora.row());
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(removed.count(), 1);

    // A user that becomes active is no invitation any more.
    User activated = m_store->users().byName(QStringLiteral("Bert"))->value();
    activated.active = true;
    QVERIFY(m_store->users().update(activated, SyncState::Clean));
    QVERIFY(m_model->reload());
    QCOMPARE(names(*m_model), (QStringList{"emil", "dora", "anna"}));
    QVERIFY(!bert.isValid());
    QCOMPARE(resets.count(), 0);
}

void TstInvitationTableModel::clockMovesTheAges()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    const QDateTime later = m_now.addDays(2);
    m_model->setClock([later] { return later; });
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().column(), int(Model::Age));
    QCOMPARE(text("dora", Model::Age), QStringLiteral("2 day(s)"));
    QCOMPARE(text("carl", Model::Age), QStringLiteral("5 day(s)"));
}

void TstInvitationTableModel::ageTexts()
{
    const QDateTime t = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
    QCOMPARE(Model::ageText(t, t.addSecs(59)), QStringLiteral("just now"));
    QCOMPARE(Model::ageText(t, t.addSecs(60)), QStringLiteral("1 minute(s)"));
    QCOMPARE(Model::ageText(t, t.addSecs(3599)), QStringLiteral("59 minute(s)"));
    QCOMPARE(Model::ageText(t, t.addSecs(3600)), QStringLiteral("1 hour(s)"));
    QCOMPARE(Model::ageText(t, t.addDays(1)), QStringLiteral("1 day(s)"));
    QCOMPARE(Model::ageText(t, t.addSecs(-5)), QStringLiteral("just now")); // a clock behind
    QCOMPARE(Model::ageText(QDateTime(), t), QStringLiteral("just now"));
}

QTEST_MAIN(TstInvitationTableModel)
#include "tst_invitationtablemodel.moc"
