#pragma once

#include <QStringList>

namespace zenml::hardeningtest {

// Every folder under (and including) `root` that is not 0700 and every file that is not 0600,
// as "path mode" lines; empty when all are private. Symbolic links are reported too.
QStringList notPrivate(const QString &root);
// The files under `folder` whose bytes contain `secret` (UTF-8).
QStringList filesContaining(const QString &folder, const QString &secret);

} // namespace zenml::hardeningtest
