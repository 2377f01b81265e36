#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace graft {

/// A Graft error code (CONTRACT.md §8.2); the wire names live in error_codes.def.
enum class ErrorCode {
#define GRAFT_ERROR_CODE(name, wire) name,
#include "graft/error_codes.def"
#undef GRAFT_ERROR_CODE
};

/// The wire name of a code, e.g. "BAD_USER_INPUT".
std::string_view errorCodeName(ErrorCode code);

/// A 1-based line/column position in the query text, columns counted in code points (§3.1).
struct SourceLocation {
    int line = 0;
    int column = 0;
    friend bool operator==(const SourceLocation &, const SourceLocation &) = default;
};

/// One GraphQL error as the contract shapes it (§8.1); `path` holds response keys of field errors.
struct Error {
    ErrorCode code = ErrorCode::InternalServerError;
    std::string message;
    std::vector<SourceLocation> locations;
    std::vector<std::string> path;
    std::string sqlstate;
    friend bool operator==(const Error &, const Error &) = default;
};

using Errors = std::vector<Error>;

/// An expected failure is a value: a Result holds either a T or a non-empty list of errors.
template <typename T>
class Result {
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(Errors{std::move(error)}) {}
    Result(Errors errors) : m_state(std::move(errors)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    const T &operator*() const & { return value(); }

    const Errors &errors() const { return std::get<Errors>(m_state); }
    Errors &&takeErrors() && { return std::get<Errors>(std::move(m_state)); }

private:
    std::variant<T, Errors> m_state;
};

} // namespace graft
