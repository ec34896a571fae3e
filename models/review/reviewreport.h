#pragma once

#include "accessreview.h"

#include <QJsonArray>

namespace zenml {
class AdminService;
}

namespace zenml::review {

// What the report's first lines say about where the review was made.
struct ReportHeader
{
    QString profile;
    QString serverUrl;     // empty on a local profile
    QString serverVersion; // empty when not known
    QString signedInAs;    // empty on a local profile
};

// The review as a document: HTML for QTextDocument, a PDF drawn with QPdfWriter, and one flat
// table (finding, entity, name, detail) for CSV and JSON.
namespace report {

// The header of this profile: its name, server URL and version and the signed-in user, from the
// profile's meta table.
ReportHeader headerOf(AdminService &service, const QString &profileName);

QString html(const ReviewResult &review, const ReportHeader &header);
Status writePdf(const ReviewResult &review, const ReportHeader &header, const QString &path);
// One object per finding row (findings without rows give none), keys: finding, title, count,
// entity_kind, entity_id, name, detail, paths.
QJsonArray rows(const ReviewResult &review);
QString csv(const ReviewResult &review);

} // namespace report
} // namespace zenml::review
