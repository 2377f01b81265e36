#pragma once

#include "syntax/ast.h"

#include <string>
#include <string_view>

namespace graft::syntax {

/// A value literal exactly as graphql-core 3.2.6 `print_ast` prints it (CONTRACT §3.5).
std::string printValue(const Value &value);

/// Appends printValue(value) to `out`.
void printValue(const Value &value, std::string &out);

/// A type reference in SDL form: `Int`, `[Int!]!`.
std::string printType(const TypeRef &type);

/// `value` as a quoted GraphQL string literal (graphql-core print_string).
std::string printString(std::string_view value);

/// `value` as a block string literal (graphql-core print_block_string, minimize=False).
std::string printBlockString(std::string_view value);

} // namespace graft::syntax
