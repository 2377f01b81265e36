#pragma once

// parse_literal of the fourteen scalars as the legacy path's graphql-core schema runs it
// (CONTRACT §1.3, §3.2 rule 22): which literals each scalar accepts, and the GraphQLError message
// it raises for the others.

#include "schema/scalars.h"
#include "syntax/ast.h"

#include <optional>
#include <string>

namespace graft::validate {

/// The message `parse_literal` of scalar `scalar` raises for `literal`, or nullopt when it accepts it.
std::optional<std::string> scalarLiteralError(schema::ScalarId scalar, const syntax::Value &literal);

} // namespace graft::validate
