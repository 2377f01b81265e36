#pragma once

#include "cache/document_cache.h"
#include "cache/operation_facts.h"
#include "exec/executor.h"
#include "graft/response.h"
#include "pipeline/engine_settings.h"
#include "sql/bound_operation.h"
#include "sql/plan_binder.h"
#include "syntax/document.h"
#include "validate/coerced_variables.h"
#include "values/json_value.h"

#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace graft::pipeline {

/// One request as it passes through the stages: the inputs, each stage's product, the response.
struct RequestState {
    RequestState(const SchemaSnapshot &schemaSnapshot, const EngineSettings &engineSettings, Response &out)
        : snapshot(schemaSnapshot), settings(engineSettings), response(out)
    {
    }

    const SchemaSnapshot &snapshot;
    const EngineSettings &settings;
    Response &response;

    std::string_view query;
    std::optional<std::string_view> variablesText;
    std::optional<std::string_view> operationName;
    std::optional<std::string_view> contextText;

    std::shared_ptr<const syntax::Document> document;        ///< parse
    std::shared_ptr<const cache::CachedDocument> cached;     ///< parse: the document cache's entry on a hit
    bool documentValidated = false; ///< parse: a document cache hit, validateDocument already passed
    bool documentAdmitted = false;  ///< parse: a document cache miss for a text seen before: store it once valid
    const syntax::OperationDefinition *operation = nullptr;  ///< validate
    const cache::OperationFacts *facts = nullptr;            ///< validate: the cached entry's, or ownFacts
    std::optional<cache::OperationFacts> ownFacts;           ///< validate: without a cached entry
    validate::CoercedVariables variables;                    ///< validate
    sql::BoundOperation bound;                               ///< plan
    sql::BoundPlan plan;                                     ///< plan (projections attached)
    exec::ExecutionResult execution;                         ///< execute: one result per statement
    std::vector<std::size_t> statementRoots;                 ///< execute: the root of each statement

    Errors requestErrors; ///< non-empty: the request ended at this stage (steps 1-7)
    bool internalError = false; ///< an unexpected failure: the response is `Internal server error.`

    const schema::SchemaRegistry &registry() const { return *snapshot.schema.registry(); }
};

} // namespace graft::pipeline
