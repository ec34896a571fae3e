#include "modecheck.h"

#include <QDirIterator>
#include <QFile>

#include <sys/stat.h>

namespace zenml::hardeningtest {

namespace {
QString describe(const QString &path, mode_t mode)
{
    return QStringLiteral("%1 %2").arg(path).arg(mode & 07777, 4, 8, QLatin1Char('0'));
}
} // namespace

QStringList notPrivate(const QString &root)
{
    QStringList out;
    QStringList paths{root};
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        paths << it.next();
    for (const QString &path : paths) {
        struct stat st = {};
        if (::lstat(QFile::encodeName(path).constData(), &st) != 0) {
            out << path + QStringLiteral(" (vanished)");
            continue;
        }
        const mode_t mode = st.st_mode & 07777;
        if (S_ISDIR(st.st_mode) ? mode != 0700 : !S_ISREG(st.st_mode) || mode != 0600)
            out << describe(path, st.st_mode);
    }
    return out;
}

QStringList filesContaining(const QString &folder, const QString &secret)
{
    QStringList out;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(secret.toUtf8()))
            out << file.fileName();
    }
    return out;
}

} // namespace zenml::hardeningtest
