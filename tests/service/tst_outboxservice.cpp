// The OutboxService on a real server profile's store: the queue in words, times in the user's
// locale, and retry, drop and resolve each taking the profile's sync lock themselves.
#include "service/adminservice.h"
#include "service/outboxservice.h"
#include "service/profilemanager.h"
#include "store/localstore.h"
#include "store/roletable.h"
#include "sync/synclock.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <ctime>

using namespace zenml;

class TstOutboxService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void pendingInWords();
    void storeAnnouncesEdits();
    void timesInTheUsersLocale();
    void changesTakeTheSyncLock();

private:
    QStringList changes();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<AdminService> m_service;
};

void TstOutboxService::initTestCase()
{
    qputenv("TZ", "UTC");
    ::tzset();
}

void TstOutboxService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    ProfileManager profiles(m_dir->filePath(QStringLiteral("data")));
    QVERIFY(profiles
                .createServer(QStringLiteral("srv"), QStringLiteral("https://zenml.test"),
                              QStringLiteral("admin"))
                .ok());
    auto store = profiles.open(QStringLiteral("srv"));
    QVERIFY(store.ok());
    m_store = std::move(store.value());
    m_service = std::make_unique<AdminService>(*m_store, ProfileKind::Server);
}

void TstOutboxService::cleanup()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_service.reset();
    m_store.reset();
    m_dir.reset();
}

QStringList TstOutboxService::changes()
{
    QStringList out;
    const auto pending = OutboxService(*m_store).pending();
    if (!pending)
        return {pending.error().message};
    for (const PendingChange &c : *pending)
        out << c.change + QStringLiteral(" | ") + c.row;
    return out;
}

void TstOutboxService::pendingInWords()
{
    QVERIFY(m_service->createRole(QStringLiteral("editor"), Permission::Read).ok());
    QVERIFY(m_service->createUser({QStringLiteral("ann"), {}, {}, std::nullopt, {}}).ok());
    QVERIFY(m_service->createTeam(QStringLiteral("ops"), {}).ok());
    QVERIFY(m_service->createWorkspace(QStringLiteral("lab")).ok());
    UserChanges c;
    c.fullName = QStringLiteral("Ann");
    QVERIFY(m_service->updateUser(QStringLiteral("ann"), c).ok());
    QVERIFY(
        m_service->assignRole({QStringLiteral("editor"), {QStringLiteral("ann")}, {}, {}}).ok());
    QVERIFY(m_service
                ->assignRole(
                    {QStringLiteral("editor"), {}, {QStringLiteral("ops")}, QStringLiteral("lab")})
                .ok());
    QVERIFY(
        m_service->revokeRole({QStringLiteral("editor"), {QStringLiteral("ann")}, {}, {}}).ok());
    const QStringList got = changes();
    // Revoking a queued assignment may take the create back out of the queue; what stays reads
    // in words, never as an operation key.
    for (const QString &line : got)
        QVERIFY2(!line.contains(QLatin1Char('_')), qPrintable(got.join('\n')));
    QVERIFY2(got.contains(QStringLiteral("Create role | editor")), qPrintable(got.join('\n')));
    QVERIFY2(got.contains(QStringLiteral("Create user | ann")), qPrintable(got.join('\n')));
    QVERIFY2(got.contains(QStringLiteral("Update user | ann")), qPrintable(got.join('\n')));
    QVERIFY2(got.contains(QStringLiteral("Create workspace | lab")), qPrintable(got.join('\n')));
    QVERIFY2(
        got.contains(QStringLiteral("Assign role editor to team ops in lab | ops → editor in lab")),
        qPrintable(got.join('\n')));
    // In German, too.
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const auto pending = OutboxService(*m_store).pending();
    QVERIFY(pending.ok());
    QCOMPARE(OutboxService::statusText(pending->first().operation.status),
             OutboxService::statusText(OutboxStatus::Pending));
}

void TstOutboxService::storeAnnouncesEdits()
{
    QSignalSpy edited(m_store.get(), &LocalStore::edited);
    QVERIFY(m_service->createRole(QStringLiteral("r1"), Permission::Read).ok());
    QCOMPARE(edited.size(), 1);
    QCOMPARE(edited.first().first().value<EntityKind>(), EntityKind::Role);
    // A block of verbs is one announcement per kind, when it has ended.
    QVERIFY(m_service
                ->atomically([this]() -> Status {
                    if (auto r = m_service->createRole(QStringLiteral("r2"), Permission::Read); !r)
                        return r.error();
                    if (auto r = m_service->createRole(QStringLiteral("r3"), Permission::Read); !r)
                        return r.error();
                    return {};
                })
                .ok());
    QCOMPARE(edited.size(), 2);
    // A refused edit announces nothing.
    QVERIFY(!m_service->createRole(QStringLiteral("r1"), Permission::Read).ok());
    QCOMPARE(edited.size(), 2);
}

void TstOutboxService::timesInTheUsersLocale()
{
    const QString stored = QStringLiteral("The row was changed on the server (at "
                                          "2026-12-04T15:34:05.057578) after the version this "
                                          "edit was made on (2026-12-04T15:30:00Z).");
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QString german = OutboxService::readableTimes(stored);
    QVERIFY2(german.contains(QStringLiteral("(at 04.12.26 15:34:05)")), qPrintable(german));
    QVERIFY2(german.contains(QStringLiteral("(04.12.26 15:30:00)")), qPrintable(german));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QString english = OutboxService::readableTimes(stored);
    QVERIFY2(english.contains(QStringLiteral("12/4/26")), qPrintable(english));
    QVERIFY2(english.contains(QStringLiteral("3:34:05")), qPrintable(english));
    QVERIFY2(!english.contains(QStringLiteral("T15")), qPrintable(english));
    QCOMPARE(OutboxService::readableTimes(QStringLiteral("no time here")),
             QStringLiteral("no time here"));
}

void TstOutboxService::changesTakeTheSyncLock()
{
    QVERIFY(m_service->createRole(QStringLiteral("r1"), Permission::Read).ok());
    const auto pending = OutboxService(*m_store).pending();
    QVERIFY(pending.ok());
    QCOMPARE(pending->size(), 1);
    const qint64 id = pending->first().operation.id;
    {
        // A sync holds the lock (here: this process, as a window's engine would).
        auto held = sync::takeSyncLock(*m_store);
        QVERIFY(held.ok());
        OutboxService cli(*m_store);
        const Status dropped = cli.drop({id});
        QVERIFY(!dropped.ok());
        QCOMPARE(dropped.error().kind, ErrorKind::Busy);
        QCOMPARE(cli.retry({id}).error().kind, ErrorKind::Busy);
        QCOMPARE(cli.resolve({id}, OutboxService::Resolution::KeepMine).error().kind,
                 ErrorKind::Busy);
        QVERIFY(m_store->roles().refByName(QStringLiteral("r1"))->has_value());
        // The app's own pages only give way to another process.
        OutboxService app(*m_store, OutboxService::LockScope::OtherProcesses);
        QVERIFY(app.retry({id}).ok());
    }
    QVERIFY(OutboxService(*m_store).drop({id}).ok());
    QVERIFY(!m_store->roles().refByName(QStringLiteral("r1"))->has_value());
    QCOMPARE(OutboxService(*m_store).pending()->size(), 0);
}

QTEST_GUILESS_MAIN(TstOutboxService)
#include "tst_outboxservice.moc"
