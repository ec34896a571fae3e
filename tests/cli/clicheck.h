#pragma once

#include "clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// Small readers of zenml-admin's JSON output, shared by the tst_cli files.
namespace zenml::test {

inline QJsonArray jsonArray(const CliRun &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).array();
}

inline QJsonObject jsonObject(const CliRun &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

inline QJsonObject findByName(const QJsonArray &rows, const QString &name)
{
    for (const QJsonValue &v : rows) {
        if (v.toObject().value(QStringLiteral("name")).toString() == name)
            return v.toObject();
    }
    return {};
}

inline QStringList names(const QJsonArray &rows, const QString &key = QStringLiteral("name"))
{
    QStringList out;
    for (const QJsonValue &v : rows)
        out << v.toObject().value(key).toString();
    return out;
}

inline QStringList strings(const QJsonValue &array)
{
    QStringList out;
    for (const QJsonValue &v : array.toArray())
        out << v.toString();
    return out;
}

} // namespace zenml::test

// A run that succeeded: exit code 0 and nothing on stderr.
#define CHECK_OK(run)                                                                              \
    do {                                                                                           \
        const zenml::test::CliRun &r_ = (run);                                                     \
        QVERIFY2(r_.code == 0,                                                                     \
                 qPrintable(QStringLiteral("exit %1: %2").arg(r_.code).arg(r_.err)));              \
        QVERIFY2(r_.err.isEmpty(), qPrintable(r_.err));                                            \
    } while (false)
