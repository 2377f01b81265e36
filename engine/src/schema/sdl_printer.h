#pragma once

#include "schema/schema_registry.h"

#include <string>

namespace graft::schema {

/// The exposed schema as graphql-core 3.2.6 `print_schema` prints it for the legacy path's schema
/// (whose type map is sorted by name): built-in scalars, introspection types, the specified
/// directives and the default `schema { query: Query }` omitted; blocks joined by a blank line,
/// no final newline.
std::string printSchemaSdl(const SchemaRegistry &registry);

} // namespace graft::schema
