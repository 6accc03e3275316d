#pragma once
// Results as values: either the value or a typed error with a message a person can read.
// Shaped like std::expected (C++23) so it can be swapped for it later.

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace ha {

enum class ErrorCode {
    InvalidInput,       // rejected before anything ran (validation)
    Parse,              // a document or line could not be read
    NotFound,
    Unreachable,        // network: no route, refused, timeout while connecting
    AuthFailed,         // wrong password, key refused, BMC login failed
    HostKeyUnknown,     // first contact: the operator must decide
    HostKeyChanged,     // possible attack: never accepted silently
    PermissionDenied,   // e.g. sudo needs a password, insufficient IPMI privilege
    Timeout,
    Cancelled,
    RemoteFailed,       // the remote command ran and failed
    KeyringUnavailable,
    Io,
    Unsupported,
    Internal,
};

QString errorCodeName(ErrorCode code);

struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message;
};

template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_v(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_v(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_v); }
    T &value() & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<1>(m_v); }
    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_v;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}
    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

inline Error makeError(ErrorCode code, QString message)
{
    return Error{code, std::move(message)};
}

} // namespace ha
