#pragma once

#include "clisession.h"

#include <QStringList>

namespace zenml::hardeningtest {

// Runs zenml-admin like CliSession does, with the process's file-size limit (RLIMIT_FSIZE) set to
// `limitBytes` (0: no limit): no file may grow past it, as on a full disk, without mounting one.
connecttest::CliResult runLimited(const QString &dataDir, const QString &home, qint64 limitBytes,
                                  const QStringList &arguments, const QByteArray &input = {});

// Every row of every table of the profile database, one line each, sorted: the database's
// content, compared row by row.
QStringList dumpRows(const QString &databasePath);

} // namespace zenml::hardeningtest
