#pragma once

// Document validation (CONTRACT §3.2): graphql-core 3.2.6's validate(schema, document) with its
// specified rules and error limit, reproduced for Graft's exposed schema.

#include "graft/error.h"
#include "schema/schema_registry.h"
#include "syntax/document.h"

#include <vector>

namespace graft::validate {

/// Every validation error of `document` against `registry`, in graphql-core's order, each
/// GRAPHQL_VALIDATION_FAILED with graphql-core's message and locations; empty when valid. At most
/// 101 errors (the last then being the error-limit message).
std::vector<Error> validateDocument(const syntax::Document &document, const schema::SchemaRegistry &registry);

} // namespace graft::validate
