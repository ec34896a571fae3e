// The layers of ARCHITECTURE.md, read from the sources' #include lines: no folder of models/
// includes one above it, models/ never includes Qt Widgets, and widgets/ includes neither Qt
// Network nor Qt Sql; outside widgets/profile/ (which composes a profile's window and wires its
// sync), widgets/ reaches models/ only through models/service, models/item, the value types of
// models/domain and a few value types named below.
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTest>

namespace {

// Lower first. A folder may include its own files and those of a lower rank.
const QHash<QString, int> kRank{{QStringLiteral("domain"), 0},  {QStringLiteral("i18n"), 0},
                                {QStringLiteral("store"), 1},   {QStringLiteral("remote"), 1},
                                {QStringLiteral("auth"), 1},    {QStringLiteral("sync"), 2},
                                {QStringLiteral("service"), 3}, {QStringLiteral("item"), 4}};

// Value types that pass through widgets/ like those of models/domain.
const QStringList kValueTypes{QStringLiteral("sync/syncstatus.h"),
                              QStringLiteral("remote/certificateinfo.h"),
                              QStringLiteral("auth/secretstore.h")};

const QStringList kWidgetFolders{QStringLiteral("pages/"),    QStringLiteral("dialogs/"),
                                 QStringLiteral("commands/"), QStringLiteral("profile/"),
                                 QStringLiteral("parts/"),    QStringLiteral("mainwindow.h"),
                                 QStringLiteral("guiapp.h")};

bool isNetworkOrSql(const QString &header)
{
    static const QRegularExpression re(
        QStringLiteral("^(QtNetwork|QtSql|QNetwork|QSql|QSsl|"
                       "QHttp|QTcp|QUdp|QAbstractSocket|QHostAddress)"));
    return re.match(header).hasMatch();
}

bool isWidgets(const QString &header)
{
    static const QStringList widgets{QStringLiteral("QtWidgets"),    QStringLiteral("QWidget"),
                                     QStringLiteral("QApplication"), QStringLiteral("QDialog"),
                                     QStringLiteral("QMessageBox"),  QStringLiteral("QMainWindow"),
                                     QStringLiteral("QLabel"),       QStringLiteral("QPushButton"),
                                     QStringLiteral("QUndoCommand"), QStringLiteral("QAction")};
    for (const QString &w : widgets) {
        if (header == w || header.startsWith(w + QLatin1Char('/')))
            return true;
    }
    return false;
}

} // namespace

// The rule for one include line of one file (`file` relative to the source root, e.g.
// "models/sync/syncengine.cpp"); empty when it may stay, else why not.
QString violation(const QString &file, const QString &header, bool angled)
{
    const QStringList parts = file.split(QLatin1Char('/'));
    if (parts.size() < 2)
        return {};
    const QString top = parts.at(0);
    const QString folder = header.section(QLatin1Char('/'), 0, 0);
    if (top == QLatin1String("models")) {
        if (angled)
            return isWidgets(header) ? QStringLiteral("models/ includes Qt Widgets") : QString();
        for (const QString &w : kWidgetFolders) {
            if (header.startsWith(w))
                return QStringLiteral("models/ includes widgets/");
        }
        if (parts.size() < 3 || !header.contains(QLatin1Char('/')))
            return {};
        const QString own = parts.at(1);
        if (!kRank.contains(own) || !kRank.contains(folder) || folder == own)
            return {};
        if (kRank.value(folder) >= kRank.value(own))
            return QStringLiteral("models/%1 includes models/%2, a layer not below it")
                .arg(own, folder);
        return {};
    }
    if (top != QLatin1String("widgets"))
        return {};
    if (angled)
        return isNetworkOrSql(header) ? QStringLiteral("widgets/ includes Qt Network or Qt Sql")
                                      : QString();
    if (!kRank.contains(folder) || kValueTypes.contains(header))
        return {};
    static const QStringList below{QStringLiteral("store"), QStringLiteral("sync"),
                                   QStringLiteral("remote"), QStringLiteral("auth")};
    const bool wiring = parts.size() > 2 && parts.at(1) == QLatin1String("profile");
    if (below.contains(folder) && !wiring)
        return QStringLiteral("widgets/ outside profile/ includes models/%1").arg(folder);
    return {};
}

class TstLayering : public QObject
{
    Q_OBJECT

private slots:
    void rulesCatchWhatTheyShould();
    void sourcesKeepTheLayers();
};

// The rule itself can fail: the arrows this test exists to stop are found.
void TstLayering::rulesCatchWhatTheyShould()
{
    const auto bad = [](const char *file, const char *header, bool angled = false) {
        return !violation(QString::fromLatin1(file), QString::fromLatin1(header), angled).isEmpty();
    };
    QVERIFY(bad("models/sync/syncengine.cpp", "service/adminservice.h"));
    QVERIFY(bad("models/store/outbox.cpp", "sync/pendingqueue.h"));
    QVERIFY(bad("models/service/x.cpp", "item/usertablemodel.h"));
    QVERIFY(bad("models/item/x.cpp", "pages/pendingpage.h"));
    QVERIFY(bad("models/item/x.cpp", "QWidget", true));
    QVERIFY(bad("widgets/dialogs/connectdialog.cpp", "QNetworkAccessManager", true));
    QVERIFY(bad("widgets/profile/synchook.cpp", "QSqlQuery", true));
    QVERIFY(bad("widgets/pages/pendingpage.cpp", "store/localstore.h"));
    QVERIFY(bad("widgets/pages/conflictsview.h", "sync/conflictresolver.h"));
    QVERIFY(bad("widgets/dialogs/x.cpp", "remote/remoteapi.h"));
    QVERIFY(bad("widgets/mainwindow.cpp", "sync/syncengine.h"));

    QVERIFY(!bad("models/service/outboxservice.cpp", "sync/pendingqueue.h"));
    QVERIFY(!bad("models/sync/syncengine.cpp", "store/localstore.h"));
    QVERIFY(!bad("models/sync/syncengine.cpp", "syncengine.h"));
    QVERIFY(!bad("widgets/profile/synchook.cpp", "sync/syncengine.h"));
    QVERIFY(!bad("widgets/parts/syncstatuswidget.h", "sync/syncstatus.h"));
    QVERIFY(!bad("widgets/pages/pendingpage.cpp", "item/pendingchangemodel.h"));
    QVERIFY(!bad("widgets/pages/pendingpage.cpp", "QTreeView", true));
}

void TstLayering::sourcesKeepTheLayers()
{
    const QString root = QStringLiteral(ZENML_SOURCE_DIR);
    static const QRegularExpression include(
        QStringLiteral("^\\s*#\\s*include\\s*([<\"])([^>\"]+)[>\"]"));
    QStringList found;
    int files = 0;
    for (const QString &top : {QStringLiteral("models"), QStringLiteral("widgets")}) {
        QDirIterator it(root + QLatin1Char('/') + top,
                        {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString file = path.mid(root.size() + 1);
            QFile f(path);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
            ++files;
            int number = 0;
            while (!f.atEnd()) {
                const QString line = QString::fromUtf8(f.readLine());
                ++number;
                const auto m = include.match(line);
                if (!m.hasMatch())
                    continue;
                const QString why =
                    violation(file, m.captured(2), m.captured(1) == QLatin1String("<"));
                if (!why.isEmpty())
                    found << QStringLiteral("%1:%2: %3 (%4)")
                                 .arg(file)
                                 .arg(number)
                                 .arg(m.captured(2), why);
            }
        }
    }
    QVERIFY2(files > 100,
             qPrintable(QStringLiteral("only %1 files under %2").arg(files).arg(root)));
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TstLayering)
#include "tst_layering.moc"
