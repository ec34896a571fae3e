// The invitation link: exactly the zenml CLI's shape, path prefix kept, values URL-encoded.
#include "service/invitationlink.h"

#include <QtTest>

using namespace zenml;

class TestInviteLink : public QObject
{
    Q_OBJECT

private slots:
    void build_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        const QString id = QStringLiteral("0b0c6b5e-6f4e-4a51-9b38-5f1f2c4d0e11");
        QTest::newRow("plain") << "https://zen.example.com"
                               << "bob"
                               << "https://zen.example.com/signup?user=" + id +
                                      "&username=bob&token=tok";
        QTest::newRow("trailing slash")
            << "https://zen.example.com/"
            << "bob"
            << "https://zen.example.com/signup?user=" + id + "&username=bob&token=tok";
        QTest::newRow("path prefix")
            << "http://127.0.0.1:8080/zen//"
            << "bob"
            << "http://127.0.0.1:8080/zen/signup?user=" + id + "&username=bob&token=tok";
        QTest::newRow("encoded name")
            << "https://h"
            << "a b&c=d+é"
            << "https://h/signup?user=" + id + "&username=a%20b%26c%3Dd%2B%C3%A9&token=tok";
    }

    void build()
    {
        QFETCH(QString, server);
        QFETCH(QString, name);
        QFETCH(QString, expected);
        const QString id = QStringLiteral("0b0c6b5e-6f4e-4a51-9b38-5f1f2c4d0e11");
        const QString link = InvitationLink::build(server, id, name, QStringLiteral("tok"));
        QCOMPARE(link, expected);
        const auto parts = InvitationLink::parse(link);
        QVERIFY(parts);
        QCOMPARE(parts->userId, id);
        QCOMPARE(parts->userName, name);
        QCOMPARE(parts->token, QStringLiteral("tok"));
    }

    void tokenWithReservedCharacters()
    {
        const QString token = QStringLiteral("a+b/c=d&e");
        const QString link = InvitationLink::build("https://h", "id", "n", token);
        QVERIFY(link.endsWith(QStringLiteral("token=a%2Bb%2Fc%3Dd%26e")));
        QCOMPARE(InvitationLink::parse(link)->token, token);
    }

    void parseRejectsOtherLinks()
    {
        QVERIFY(
            !InvitationLink::parse(QStringLiteral("https://h/login?user=a&username=b&token=c")));
        QVERIFY(!InvitationLink::parse(QStringLiteral("https://h/signup?user=a&username=b")));
        QVERIFY(!InvitationLink::parse(QStringLiteral("not a link")));
    }

    void noticeIsZenmlsSentence()
    {
        QCOMPARE(InvitationLink::inactiveNotice(),
                 QStringLiteral("The created user account is currently inactive. You can "
                                "activate it by visiting the dashboard at the following URL:"));
    }
};

QTEST_GUILESS_MAIN(TestInviteLink)
#include "tst_invitelink.moc"
