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
    if (m_page == 1) {
        m_firstTotal = envelope->total;
    } else if (envelope->total != m_firstTotal) {
        // The collection changed between pages; what was read so far may be shifted.
        if (!restart())
            failChanging();
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
    if (m_page < pageCount) {
        requestPage(m_page + 1);
        return;
    }
    if (collectedCount() != envelope->total) {
        // A row moved (sort by updated) and was seen twice while another was skipped.
        if (!restart())
            failChanging();
        return;
    }
    deliverList();
}

void ListJob::failChanging()
{
    fail(Error::make(ErrorKind::Server,
                     tr("The list at %1 kept changing while it was being read; try again.")
                         .arg(endpoint().apiUrl(call().path).toDisplayString())));
}

bool ListJob::restart()
{
    if (m_restarts >= kMaxRestarts)
        return false;
    ++m_restarts;
    clearCollected();
    requestPage(1);
    return true;
}

void ListJob::deliverError(const Error &error)
{
    // "Invalid page N": the collection shrank under the later pages; read it again.
    if (error.httpStatus == 400 && m_page > 1 && !isFinished() &&
        error.exceptionClass == QLatin1String("ValueError") && restart())
        return;
    deliverListError(error);
}

} // namespace zenml::remote
