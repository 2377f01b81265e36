#pragma once

#include "graft/error.h"

#include <chrono>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace graft {

/// Receives the rows of one statement in order: the single column's text, or nullopt for SQL NULL.
/// The view is valid only during the call.
class RowSink {
public:
    virtual ~RowSink() = default;
    /// One row.
    virtual void row(std::optional<std::string_view> text) = 0;
    /// A hint, before a result's rows arrive, when the runner already holds them all: how many,
    /// and their total text bytes (a sink that copies them can allocate once).
    virtual void reserve(std::size_t rows, std::size_t bytes) { (void)rows, (void)bytes; }
};

/// Runs statements on one database session (CONTRACT §6): one connection, used by one thread.
/// Parameters are texts; their types come from the `$n::type` casts in the SQL text. A failure is
/// a DATABASE_ERROR carrying the SQLSTATE: `Database error: ⟨first line of the primary message⟩`, or
/// `Database error: connection failure` with sqlstate 08006 when the connection is lost.
/// Errors carry no locations or path; the caller places them.
class SqlRunner {
public:
    virtual ~SqlRunner() = default;

    /// Runs one statement and streams its rows to `sink`; rows already streamed before an error
    /// are the caller's to discard.
    virtual std::optional<Error> run(std::string_view sql, std::span<const std::string> parameters,
                                     RowSink &sink) = 0;
    /// Runs a statement that returns no rows (transaction control: BEGIN, COMMIT, ROLLBACK).
    virtual std::optional<Error> command(std::string_view sql) = 0;
    /// Makes later statements of this session fail with 57014 after `timeout` (zero: no limit).
    /// Cheap when the session already has that timeout.
    virtual std::optional<Error> setStatementTimeout(std::chrono::milliseconds timeout) = 0;
};

} // namespace graft
