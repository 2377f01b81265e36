#pragma once

// The DATABASE_ERROR values of CONTRACT §6 and §8: one place spells their messages.

#include "graft/error.h"

#include <string_view>

namespace graft::exec {

/// The SQLSTATE reported for a lost or unobtainable connection.
inline constexpr std::string_view kConnectionFailureState = "08006";

/// `Database error: ⟨first line of primaryMessage⟩` with `sqlstate`.
Error databaseError(std::string_view primaryMessage, std::string_view sqlstate);

/// `Database error: connection failure`, sqlstate 08006.
Error connectionFailure();

/// `Not executed because an earlier statement in this request failed.` (no sqlstate).
Error notExecuted();

/// INTERNAL_SERVER_ERROR `Internal server error.` for a broken invariant (never user input).
Error internalError();

/// True for the connection-failure error.
bool isConnectionFailure(const Error &error);

} // namespace graft::exec
