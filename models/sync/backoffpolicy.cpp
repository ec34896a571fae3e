#include "backoffpolicy.h"

#include <QRandomGenerator>
#include <algorithm>
#include <cmath>

namespace zenml::sync {

Clock systemClock()
{
    return [] { return QDateTime::currentDateTimeUtc(); };
}

RandomSource systemRandom()
{
    return [] { return QRandomGenerator::global()->generateDouble(); };
}

BackoffPolicy::BackoffPolicy(std::chrono::milliseconds base, std::chrono::milliseconds cap,
                             double jitter)
    : m_base(base)
    , m_cap(cap)
    , m_jitter(std::clamp(jitter, 0.0, 1.0))
{}

std::chrono::milliseconds BackoffPolicy::delayFor(int failedAttempts) const
{
    const int exponent = std::clamp(failedAttempts - 1, 0, 30);
    const double raw =
        std::min(double(m_base.count()) * std::pow(2.0, exponent), double(m_cap.count()));
    const double spread = 1.0 + m_jitter * (2.0 * (m_random ? m_random() : 0.5) - 1.0);
    return std::chrono::milliseconds(qint64(std::max(0.0, raw * spread)));
}

} // namespace zenml::sync
