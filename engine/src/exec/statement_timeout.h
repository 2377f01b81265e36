#pragma once
// The session's statement_timeout as both runners keep it: set only when it changes (CONTRACT §6).

#include "graft/error.h"
#include "graft/sql_runner.h"

#include <chrono>
#include <optional>

namespace graft::exec {

/// Sets `runner`'s session statement_timeout to `wanted` (zero: no limit) unless `current`, the
/// value the session has, already is it; `current` follows on success.
std::optional<Error> changeStatementTimeout(SqlRunner &runner, std::chrono::milliseconds &current,
                                            std::chrono::milliseconds wanted);

} // namespace graft::exec
