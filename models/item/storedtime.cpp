#include "storedtime.h"

#include "store/sqlutil.h"

namespace zenml::storedtime {

namespace {
int digits(const QString &s, int from, int count, bool *ok)
{
    int value = 0;
    for (int i = from; i < from + count; ++i) {
        const char16_t c = s.at(i).unicode();
        if (c < u'0' || c > u'9') {
            *ok = false;
            return 0;
        }
        value = value * 10 + (c - u'0');
    }
    return value;
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = int(y - era * 400);
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}
} // namespace

qint64 toMsecs(const QString &stored)
{
    if (stored.isEmpty())
        return 0;
    bool ok = stored.size() >= 19 && stored.at(4) == u'-' && stored.at(7) == u'-' &&
              stored.at(10) == u'T' && stored.at(13) == u':' && stored.at(16) == u':';
    const int y = ok ? digits(stored, 0, 4, &ok) : 0;
    const int mo = ok ? digits(stored, 5, 2, &ok) : 0;
    const int d = ok ? digits(stored, 8, 2, &ok) : 0;
    const int h = ok ? digits(stored, 11, 2, &ok) : 0;
    const int mi = ok ? digits(stored, 14, 2, &ok) : 0;
    const int s = ok ? digits(stored, 17, 2, &ok) : 0;
    int ms = 0;
    if (ok && stored.size() >= 23 && stored.at(19) == u'.')
        ms = digits(stored, 20, 3, &ok);
    if (!ok) {
        const QDateTime slow = sql::fromDb(stored);
        return slow.isValid() ? slow.toMSecsSinceEpoch() : 0;
    }
    return ((daysFromCivil(y, mo, d) * 24 + h) * 60 + mi) * 60000LL + s * 1000LL + ms;
}

QDateTime toDateTime(qint64 msecs)
{
    return msecs == 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

} // namespace zenml::storedtime
