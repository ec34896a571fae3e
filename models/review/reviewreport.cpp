#include "reviewreport.h"

#include "service/adminservice.h"
#include "service/sessionrecord.h"
#include "store/localstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>
#include <QLocale>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace zenml::review::report {

namespace {
struct ReviewReport
{
    Q_DECLARE_TR_FUNCTIONS(zenml::review::ReviewReport)
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}
} // namespace

ReportHeader headerOf(AdminService &service, const QString &profileName)
{
    ReportHeader header;
    header.profile = profileName;
    if (service.profileKind() == ProfileKind::Local)
        return header;
    if (auto url = service.store().meta(QStringLiteral("server_url")))
        header.serverUrl = *url;
    if (auto record = SessionRecord::load(service.store())) {
        header.serverVersion = record->serverVersion;
        header.signedInAs = record->userName;
    }
    return header;
}

QString html(const ReviewResult &review, const ReportHeader &header)
{
    QString out;
    out += QStringLiteral("<h1>%1</h1>").arg(esc(ReviewReport::tr("Access review")));
    out += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    auto line = [&](const QString &label, const QString &value) {
        out += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(label), esc(value));
    };
    line(ReviewReport::tr("Profile"), header.profile);
    line(ReviewReport::tr("Server"),
         header.serverUrl.isEmpty() ? ReviewReport::tr("local profile") : header.serverUrl);
    if (!header.serverVersion.isEmpty())
        line(ReviewReport::tr("Server version"), header.serverVersion);
    line(ReviewReport::tr("Signed in as"),
         header.signedInAs.isEmpty() ? ReviewReport::tr("local") : header.signedInAs);
    line(ReviewReport::tr("Date"),
         QLocale().toString(review.generated.toLocalTime(), QLocale::LongFormat));
    out += QStringLiteral("</table>");
    if (!review.enforced)
        out += QStringLiteral("<p><i>%1</i></p>")
                   .arg(esc(ReviewReport::tr(
                       "A local profile records roles but does not enforce them.")));
    for (const Finding &f : review.findings) {
        out += QStringLiteral("<h2>%1 (%2)</h2><p>%3</p>")
                   .arg(esc(f.title()))
                   .arg(f.rows.size())
                   .arg(esc(f.explanation()));
        if (f.rows.isEmpty()) {
            out += QStringLiteral("<p>%1</p>").arg(esc(ReviewReport::tr("None.")));
            continue;
        }
        out += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">");
        for (const FindingRow &r : f.rows)
            out += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                       .arg(esc(r.entityName), esc(r.detail));
        out += QStringLiteral("</table>");
    }
    return out;
}

Status writePdf(const ReviewResult &review, const ReportHeader &header, const QString &path)
{
    {
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly))
            return Error::make(ErrorKind::Io,
                               ReviewReport::tr("Cannot write the report to '%1': %2. Choose "
                                                "another file.")
                                   .arg(path, probe.errorString()));
    }
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(96);
    writer.setTitle(ReviewReport::tr("Access review"));
    writer.setCreator(QStringLiteral("ZenML Admin"));
    QTextDocument doc;
    doc.setHtml(html(review, header));
    doc.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
    doc.print(&writer);
    return {};
}

QJsonArray rows(const ReviewResult &review)
{
    QJsonArray out;
    for (const Finding &f : review.findings) {
        for (const FindingRow &r : f.rows) {
            QJsonArray paths;
            for (const GrantPath &p : r.paths)
                paths.append(
                    QJsonObject{{QStringLiteral("via"), p.viaKey()},
                                {QStringLiteral("role"), p.roleName},
                                {QStringLiteral("team"), p.teamName},
                                {QStringLiteral("workspace"),
                                 p.workspaceName.isEmpty() ? p.workspaceId : p.workspaceName}});
            out.append(QJsonObject{{QStringLiteral("finding"), f.key()},
                                   {QStringLiteral("count"), int(f.rows.size())},
                                   {QStringLiteral("entity_kind"), entitykind::key(r.entityKind)},
                                   {QStringLiteral("entity_id"), r.entityId},
                                   {QStringLiteral("name"), r.entityName},
                                   {QStringLiteral("detail"), r.detail},
                                   {QStringLiteral("paths"), paths}});
        }
    }
    return out;
}

QString csv(const ReviewResult &review)
{
    QString out = QStringLiteral("finding,count,entity_kind,entity_id,name,detail\r\n");
    for (const Finding &f : review.findings) {
        for (const FindingRow &r : f.rows) {
            out += QStringList{f.key(),
                               QString::number(f.rows.size()),
                               entitykind::key(r.entityKind),
                               csvField(r.entityId),
                               csvField(r.entityName),
                               csvField(r.detail)}
                       .join(QLatin1Char(','));
            out += QStringLiteral("\r\n");
        }
    }
    return out;
}

} // namespace zenml::review::report
