#pragma once

#include "graft/error.h"
#include "syntax/document.h"

#include <optional>
#include <string_view>

namespace graft::validate {

/// Selects the operation to run after validation (CONTRACT §3.3, graphql-core's
/// ExecutionContext.build / execute_operation): the operation named `operationName` (any text, the
/// empty string included), else the only operation; a selected mutation or subscription is
/// rejected, located at its first token. Every error is GRAPHQL_VALIDATION_FAILED.
Result<const syntax::OperationDefinition *> selectOperation(const syntax::Document &document,
                                                           std::optional<std::string_view> operationName);

} // namespace graft::validate
