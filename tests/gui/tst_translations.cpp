// Every source string has a finished German translation. lupdate runs on the sources now, into
// a temporary file, so a tr() added without translating it fails here even before anyone
// refreshes the checked-in .ts files.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

class TstTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void checkedInGermanIsComplete();
    void everySourceStringHasGerman();
    void englishFileExists();

private:
    struct Entry
    {
        QString key; // context + source (+ comment)
        bool finished = false;
        bool plural = false;
    };
    static QList<Entry> parse(const QString &path, QString *error);
    static QString germanPath()
    {
        return QStringLiteral(ZENML_SOURCE_DIR "/translations/zenml-admin_de.ts");
    }
};

QList<TstTranslations::Entry> TstTranslations::parse(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read ") + path;
        return {};
    }
    QList<Entry> entries;
    QXmlStreamReader xml(&file);
    QString context;
    Entry entry;
    QString source;
    QString comment;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                entry = {};
                source.clear();
                comment.clear();
                entry.plural =
                    xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                const auto type = xml.attributes().value(QLatin1String("type")).toString();
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                entry.finished = type.isEmpty() && !text.trimmed().isEmpty();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            entry.key = context + QStringLiteral(" | ") + source +
                        (comment.isEmpty() ? QString() : QStringLiteral(" | ") + comment);
            entries << entry;
        }
    }
    if (xml.hasError())
        *error = path + QStringLiteral(": ") + xml.errorString();
    return entries;
}

void TstTranslations::checkedInGermanIsComplete()
{
    QString error;
    const QList<Entry> entries = parse(germanPath(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(entries.size() > 100);
    QStringList unfinished;
    for (const Entry &e : entries) {
        if (!e.finished)
            unfinished << e.key;
    }
    QVERIFY2(unfinished.isEmpty(),
             qPrintable(QStringLiteral("%1 strings without German:\n").arg(unfinished.size()) +
                        unfinished.join(QLatin1Char('\n'))));
}

void TstTranslations::everySourceStringHasGerman()
{
    QTemporaryDir dir;
    const QString fresh = dir.filePath(QStringLiteral("fresh_de.ts"));
    QStringList arguments{QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),
                          QStringLiteral("-locations"), QStringLiteral("none")};
    for (const char *part : {"models", "widgets", "app"}) {
        const QString path = QStringLiteral(ZENML_SOURCE_DIR "/") + QLatin1String(part);
        if (QDir(path).exists())
            arguments << path;
    }
    arguments << QStringLiteral("-ts") << fresh;
    QProcess lupdate;
    lupdate.start(QStringLiteral(ZENML_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
    QString error;
    const QList<Entry> sources = parse(fresh, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(sources.size() > 100);
    QSet<QString> translated;
    for (const Entry &e : parse(germanPath(), &error)) {
        if (e.finished)
            translated.insert(e.key);
    }
    QStringList missing;
    for (const Entry &e : sources) {
        if (!translated.contains(e.key))
            missing << e.key;
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 source strings have no German translation (run "
                                       "'ninja update_translations' and translate them):\n")
                            .arg(missing.size()) +
                        missing.join(QLatin1Char('\n'))));
}

void TstTranslations::englishFileExists()
{
    QVERIFY(QFile::exists(QStringLiteral(ZENML_SOURCE_DIR "/translations/zenml-admin_en.ts")));
}

QTEST_GUILESS_MAIN(TstTranslations)
#include "tst_translations.moc"
