#pragma once

#include "clisession.h"

#include <QStringList>
#include <QTest>
#include <memory>

namespace zenml::hardeningtest {

// Runs zenml-admin like CliSession does, with the process's file-size limit (RLIMIT_FSIZE) set to
// `limitBytes` (0: no limit): no file may grow past it, as on a full disk, without mounting one.
connecttest::CliResult runLimited(const QString &dataDir, const QString &home, qint64 limitBytes,
                                  const QStringList &arguments, const QByteArray &input = {});

// Lowers THIS process's file-size limit for as long as it lives: no file may grow past `bytes`,
// as on a full disk. SIGXFSZ is ignored meanwhile, so that a write past it fails (EFBIG) instead
// of ending the process.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(qint64 bytes);
    ~FileSizeLimit();
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;
    bool ok() const { return m_ok; }

private:
    struct Saved;
    std::unique_ptr<Saved> m_saved;
    bool m_ok = false;
};

// Every row of every table of the profile database, one line each, sorted: the database's
// content, compared row by row.
QStringList dumpRows(const QString &databasePath);

} // namespace zenml::hardeningtest

// A command line run that must succeed: otherwise the test fails with its exit code and output.
#define RUN_OK(call)                                                                               \
    do {                                                                                           \
        const zenml::connecttest::CliResult r_ = (call);                                           \
        QVERIFY2(r_.code == 0,                                                                     \
                 qPrintable(QStringLiteral("exit %1: %2").arg(r_.code).arg(r_.all())));            \
    } while (false)
