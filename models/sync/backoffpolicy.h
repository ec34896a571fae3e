#pragma once

#include <QDateTime>
#include <chrono>
#include <functional>

namespace zenml::sync {

// The time source of the sync engine; tests replace it to make back-off deterministic.
using Clock = std::function<QDateTime()>;
// A uniform random number in [0, 1); tests replace it with a seeded or constant source.
using RandomSource = std::function<double()>;

Clock systemClock();
RandomSource systemRandom();

// Capped exponential back-off with jitter for transient push errors: the n-th failed attempt
// waits base * 2^(n-1), capped, then spread by +/- jitter so that many clients (or many
// operations of one client) do not retry in lock step.
class BackoffPolicy
{
public:
    BackoffPolicy() = default;
    BackoffPolicy(std::chrono::milliseconds base, std::chrono::milliseconds cap,
                  double jitter = 0.5);

    void setRandom(RandomSource random) { m_random = std::move(random); }
    std::chrono::milliseconds base() const { return m_base; }
    std::chrono::milliseconds cap() const { return m_cap; }

    // The wait after `failedAttempts` failures (1 = the first failure).
    std::chrono::milliseconds delayFor(int failedAttempts) const;

private:
    std::chrono::milliseconds m_base{1000};
    std::chrono::milliseconds m_cap{std::chrono::minutes(5)};
    double m_jitter = 0.5;
    RandomSource m_random = systemRandom();
};

} // namespace zenml::sync
