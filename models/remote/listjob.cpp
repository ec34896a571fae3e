#include "listjob.h"

#include "jsonreader.h"
#include "parsers.h"

namespace zenml::remote {

ListJob::ListJob(QNetworkAccessManager *network, ServerEndpoint endpoint, ApiCall call,
                 ListQuery query, QObject *parent)
    : RemoteJob(network, std::move(endpoint), std::move(call), parent)
    , m_query(std::move(query))
{}

void ListJob::begin()
{
    requestPage(1);
}

void ListJob::requestPage(int page)
{
    m_page = page;
    ApiCall c = call();
    c.query = m_query.forPage(page) + c.query;
    send(c);
}

void ListJob::handleJson(const QJsonValue &json)
{
    auto envelope = parse::page(json);
    if (!envelope) {
        fail(envelope.error());
        return;
    }
    if (envelope->index != m_page) {
        const JsonReader r(json);
        r.fail(JsonReader::tr("is %1 but page %2 was asked for").arg(envelope->index).arg(m_page),
               QStringLiteral("index"));
        fail(r.error());
        return;
    }
    // Index of the first item of this page in the whole collection, for error paths.
    const qsizetype offset = qsizetype(m_page - 1) * m_query.size();
    for (qsizetype i = 0; i < envelope->items.size(); ++i) {
        const Status s =
            addItem(envelope->items.at(i), QStringLiteral("items[%1]").arg(offset + i));
        if (!s) {
            fail(s.error());
            return;
        }
    }
    // An empty collection may report 0 pages; it is still one page answered.
    const int pageCount = qMax(1, envelope->totalPages);
    emit progress(m_page, pageCount);
    if (isFinished())
        return; // a progress slot aborted the job
    if (m_page < pageCount)
        requestPage(m_page + 1);
    else
        deliverList();
}

} // namespace zenml::remote
