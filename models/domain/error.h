#pragma once

#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace zenml {

// What went wrong, in the terms the callers act on (CLI exit codes, sync retry policy, GUI
// wording).
enum class ErrorKind {
    Usage,            // the caller asked for something malformed (bad flag, bad value)
    Invalid,          // input breaks a domain rule (name length, unknown permission)
    NotFound,         // the named entity does not exist
    Ambiguous,        // a prefix matched more than one entity
    AlreadyExists,    // unique name or assignment already taken
    Forbidden,        // a protected entity (built-in role, default user, role still assigned)
    Io,               // the local store or file system failed
    Network,          // connection refused, host not found, dropped connection
    Timeout,          // no answer in time
    Tls,              // certificate or handshake problem
    Protocol,         // the peer answered something that is not the ZenML contract
    Unauthorized,     // login failed or the token is no longer accepted (401)
    PermissionDenied, // the signed-in user lacks a permission (403 or the token's claim)
    Server,           // 5xx
    Unsupported,      // server version outside 0.39 to 0.47, or not a ZenML server
    Cancelled,        // aborted by the caller
    Conflict,         // the server row changed since the base the edit was made on
    Keychain,         // the OS keychain is missing or refused
    Busy,             // another process or window is doing the same now (a sync of the profile)
};

struct Error
{
    ErrorKind kind = ErrorKind::Invalid;
    QString message;        // one sentence a person can act on
    int httpStatus = 0;     // 0 when no HTTP exchange was involved
    QString exceptionClass; // ZenML's exception class name, when the server sent one

    static Error make(ErrorKind kind, QString message)
    {
        Error e;
        e.kind = kind;
        e.message = std::move(message);
        return e;
    }

    // True for errors worth retrying later without any change by the admin.
    bool isTransient() const
    {
        return kind == ErrorKind::Network || kind == ErrorKind::Timeout ||
               kind == ErrorKind::Server;
    }
};

// A value or an Error; errors are values here, never exceptions.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace zenml
