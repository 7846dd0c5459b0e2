#pragma once
// Errors are values in Conduct's core: every operation that can fail returns a Result.
// An Error names the field at fault (in the user's words) and what would be valid, so the
// UI can show it verbatim and put the cursor in the right place.

#include <QString>
#include <QStringList>
#include <optional>
#include <utility>
#include <variant>

namespace conduct {

struct Error {
    QString field;    // e.g. "URN", "Incident start"; empty when no single field is at fault
    QString message;  // a complete sentence saying what is wrong and what would be valid

    QString text() const { return field.isEmpty() ? message : field + QStringLiteral(": ") + message; }
};

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_state); }
    T& value() & { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    const T* operator->() const { return &std::get<T>(m_state); }
    T* operator->() { return &std::get<T>(m_state); }
    const T& operator*() const { return value(); }

    const Error& error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// Result<void>: success carries nothing.
template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

inline Error fieldError(const QString& field, const QString& message) { return Error{field, message}; }

} // namespace conduct
