// Issue 6 against the test ZenML server: invite, take the token from the link, activate with it,
// sync, and the token is gone; wrong tokens, regeneration, offline invitations, revoking. Built
// twice: with the in-memory secret store, and (INVITE_KEYCHAIN) with the real OS keychain.
#include "invitefixture.h"
#include "service/invitationlink.h"
#include "store/usertable.h"

#ifdef INVITE_KEYCHAIN
#include "auth/keychainsecretstore.h"
#else
#include "auth/memorysecretstore.h"
#endif

#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

using namespace zenml;
using namespace zenml::test;

class TestInvitations : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<InviteFixture> m_f;

    static std::unique_ptr<SecretStore> makeStore()
    {
#ifdef INVITE_KEYCHAIN
        return std::make_unique<KeychainSecretStore>();
#else
        return std::make_unique<MemorySecretStore>();
#endif
    }

    // Invites `name` with `roles`, syncs, and gives the link the push delivered.
    QString inviteAndSync(const QString &name, const QStringList &roles = {})
    {
        QSignalSpy ready(&m_f->invitations(), &InvitationService::linkReady);
        UserDraft draft;
        draft.name = name;
        draft.roles = roles;
        auto user = m_f->invitations().invite(draft);
        if (!user) {
            qWarning("invite failed: %s", qPrintable(user.error().message));
            return {};
        }
        if (!m_f->syncOk())
            return {};
        if (ready.isEmpty() && !ready.wait(5000))
            return {};
        if (!ready.last().at(3).toBool())
            qWarning("the token was not kept in the keychain");
        return ready.last().at(2).toString();
    }

private slots:
    void init()
    {
        m_f = std::make_unique<InviteFixture>(makeStore());
        QVERIFY(m_f->ok());
        QVERIFY2(m_f->secrets().checkAvailableSync().ok(), "the secret store is not available");
        QVERIFY(m_f->syncOk(sync::SyncMode::PullOnly)); // the mirror knows roles and users
        InviteFixture::clearLogs();
    }

    void cleanup()
    {
        m_f.reset();
    }

    void inviteActivateAndForget()
    {
        const QString link = inviteAndSync(QStringLiteral("bob"), {QStringLiteral("guest")});
        QVERIFY(!link.isEmpty());
        TestServer &server = m_f->server();
        const QString id = server.userId(QStringLiteral("bob"));
        const QString token = server.activationToken(QStringLiteral("bob"));
        QVERIFY(!token.isEmpty());
        QCOMPARE(link, QStringLiteral("%1/signup?user=%2&username=bob&token=%3")
                           .arg(server.baseUrl().toString(), id, token));
        const auto parts = InvitationLink::parse(link);
        QVERIFY(parts);
        QCOMPARE(parts->token, token);

        // The role chosen with the invitation went out in the same batch.
        bool guest = false;
        for (const QJsonValue &a : server.roleAssignments()) {
            const QJsonObject o = a.toObject();
            guest = guest || (o.value("user").toObject().value("name").toString() == "bob" &&
                              o.value("role").toObject().value("name").toString() == "guest");
        }
        QVERIFY(guest);

        // Held in the secret store, listed as an invitation with its age and roles.
        QCOMPARE(m_f->storedToken(id), token);
        auto inv = m_f->invitations().invitation(QStringLiteral("bob"));
        QVERIFY(inv);
        QCOMPARE(inv->link, LinkState::Held);
        QVERIFY(inv->received.has_value());
        QCOMPARE(inv->roles, QStringList{QStringLiteral("guest")});
        auto again = m_f->invitations().linkSync(QStringLiteral("bob"));
        QVERIFY(again && again.value());
        QCOMPARE(*again.value(), link);

        // The token is a credential: not in the SQLite files, not in any log line.
        QVERIFY(!m_f->dataContains(token));
        QVERIFY(!InviteFixture::logsContain(token));

        // The invitee activates with the token from the link; the next sync sees it active.
        QVERIFY(m_f->activate(parts->userId, parts->token, QStringLiteral("s3cret-Pw")));
        QVERIFY(server.checkPassword(QStringLiteral("bob"), QStringLiteral("s3cret-Pw")));
        QVERIFY(m_f->syncOk());
        auto user = m_f->sync().store().users().byName(QStringLiteral("bob"));
        QVERIFY(user && user.value());
        QVERIFY(user.value()->active);
        QTRY_VERIFY(m_f->storedToken(id).isEmpty());
        auto list = m_f->invitations().invitations();
        QVERIFY(list);
        QVERIFY(list->isEmpty());
        QVERIFY(!m_f->dataContains(token));
        QVERIFY(!InviteFixture::logsContain(token));
    }

    void wrongTokenRefused()
    {
        const QString link = inviteAndSync(QStringLiteral("carol"));
        QVERIFY(!link.isEmpty());
        const auto parts = InvitationLink::parse(link);
        QVERIFY(parts);
        const Status wrong =
            m_f->activate(parts->userId, parts->token + QStringLiteral("x"), "pw-pw-pw-1");
        QVERIFY(!wrong);
        QVERIFY(!m_f->server().user(QStringLiteral("carol")).value("active").toBool());
        // The right one still works after a refusal.
        QVERIFY(m_f->activate(parts->userId, parts->token, QStringLiteral("pw-pw-pw-1")));
    }

    void regenerateReplacesLink()
    {
        const QString first = inviteAndSync(QStringLiteral("dave"));
        QVERIFY(!first.isEmpty());
        const QString id = m_f->server().userId(QStringLiteral("dave"));

        QSignalSpy ready(&m_f->invitations(), &InvitationService::linkReady);
        QVERIFY(m_f->invitations().regenerate({QStringLiteral("dave")}));
        auto inv = m_f->invitations().invitation(QStringLiteral("dave"));
        QVERIFY(inv);
        QCOMPARE(inv->link, LinkState::AfterSync);
        QTRY_VERIFY(m_f->storedToken(id).isEmpty()); // the old token is dropped at once
        QVERIFY(m_f->syncOk());
        QTRY_COMPARE(ready.size(), 1);
        const QString second = ready.first().at(2).toString();
        QVERIFY(second != first);
        QCOMPARE(InvitationLink::parse(second)->token,
                 m_f->server().activationToken(QStringLiteral("dave")));

        QVERIFY(!m_f->activate(id, InvitationLink::parse(first)->token, "pw-pw-pw-2"));
        QVERIFY(m_f->activate(id, InvitationLink::parse(second)->token, "pw-pw-pw-2"));
    }

    void regenerateActiveUserDeactivates()
    {
        UserDraft draft;
        draft.name = QStringLiteral("erin");
        draft.password = QStringLiteral("pw-pw-pw-3"); // ignored: an invite has no password
        QVERIFY(m_f->invitations().invite(draft));
        QVERIFY(m_f->syncOk());
        const QString id = m_f->server().userId(QStringLiteral("erin"));
        QVERIFY(!m_f->server().user(id).value("active").toBool());
        QVERIFY(m_f->activate(id, m_f->server().activationToken("erin"), "pw-pw-pw-3"));
        QVERIFY(m_f->syncOk());
        QVERIFY(m_f->sync().store().users().byId(id)->value().active);

        QVERIFY(m_f->invitations().regenerate({QStringLiteral("erin")}));
        QVERIFY(!m_f->sync().store().users().byId(id)->value().active);
        QVERIFY(m_f->syncOk());
        QVERIFY(!m_f->server().user(id).value("active").toBool());
        QTRY_VERIFY(!m_f->storedToken(id).isEmpty());
        QCOMPARE(m_f->storedToken(id), m_f->server().activationToken("erin"));
    }

    void regenerateRefusals()
    {
        UserDraft draft;
        draft.name = QStringLiteral("fay");
        QVERIFY(m_f->invitations().invite(draft));
        const Status early = m_f->invitations().regenerate({QStringLiteral("fay")});
        QVERIFY(!early);
        QCOMPARE(early.error().kind, ErrorKind::Invalid);
        const Status self = m_f->invitations().regenerate({QStringLiteral("default")});
        QVERIFY(!self);
        QCOMPARE(self.error().kind, ErrorKind::Forbidden);
    }

    void offlineInvitationGetsLinkAfterSync()
    {
        TestServer &server = m_f->server();
        const quint16 port = server.port();
        server.close();
        UserDraft draft;
        draft.name = QStringLiteral("gil");
        draft.roles = {QStringLiteral("guest")};
        QVERIFY(m_f->invitations().invite(draft));
        QVERIFY(!m_f->syncOk()); // unreachable
        auto inv = m_f->invitations().invitation(QStringLiteral("gil"));
        QVERIFY(inv);
        QCOMPARE(inv->link, LinkState::AfterSync);
        auto none = m_f->invitations().linkSync(QStringLiteral("gil"));
        QVERIFY(none);
        QVERIFY(!none.value());

        QVERIFY(server.listen(port));
        QSignalSpy ready(&m_f->invitations(), &InvitationService::linkReady);
        QVERIFY(m_f->syncOk());
        QTRY_COMPARE(ready.size(), 1);
        QCOMPARE(ready.first().at(1).toString(), QStringLiteral("gil"));
        inv = m_f->invitations().invitation(QStringLiteral("gil"));
        QVERIFY(inv);
        QCOMPARE(inv->link, LinkState::Held);
        QCOMPARE(inv->user.id, server.userId(QStringLiteral("gil"))); // mapped to the server id
        const auto link = m_f->invitations().linkSync(QStringLiteral("gil"));
        QVERIFY(link && link.value());
        QVERIFY(
            m_f->activate(inv->user.id, InvitationLink::parse(*link.value())->token, "pw-pw-pw-4"));
    }

    void revokeDeletesUserAndToken()
    {
        QVERIFY(!inviteAndSync(QStringLiteral("hal")).isEmpty());
        QVERIFY(!inviteAndSync(QStringLiteral("ivy")).isEmpty());
        const QString hal = m_f->server().userId(QStringLiteral("hal"));
        const QString ivy = m_f->server().userId(QStringLiteral("ivy"));
        QVERIFY(m_f->invitations().revoke({QStringLiteral("hal"), QStringLiteral("ivy")}));
        QTRY_VERIFY(m_f->storedToken(hal).isEmpty());
        QTRY_VERIFY(m_f->storedToken(ivy).isEmpty());
        QVERIFY(m_f->syncOk());
        QVERIFY(m_f->server().user(QStringLiteral("hal")).isEmpty());
        QVERIFY(m_f->server().user(QStringLiteral("ivy")).isEmpty());
        const Status active = m_f->invitations().revoke({QStringLiteral("default")});
        QVERIFY(!active);
    }

    void deletedOnServerForgetsToken()
    {
        QVERIFY(!inviteAndSync(QStringLiteral("jo")).isEmpty());
        const QString id = m_f->server().userId(QStringLiteral("jo"));
        QVERIFY(!m_f->storedToken(id).isEmpty());
        auto job = m_f->sync().api().deleteUser(id);
        QSignalSpy done(job, &remote::DeleteJob::finished);
        job->start();
        QVERIFY(done.wait(5000));
        QVERIFY(m_f->syncOk(sync::SyncMode::Both, true)); // a sweep finds deletions
        QTRY_VERIFY(m_f->storedToken(id).isEmpty());
    }

    void localProfileHasNoInvitations()
    {
        ProfileInfo local;
        local.name = QStringLiteral("local-one");
        local.kind = ProfileKind::Local;
        InvitationService service(m_f->sync().service(), m_f->secrets(), local);
        QVERIFY(!service.isAvailable());
        UserDraft draft;
        draft.name = QStringLiteral("kim");
        const auto user = service.invite(draft);
        QVERIFY(!user);
        QCOMPARE(user.error().message, InvitationService::unavailableReason());
        QVERIFY(service.invitations()->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestInvitations)
#include "tst_invitations.moc"
