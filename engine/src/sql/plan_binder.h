#pragma once

// The per-request half of planning (CONTRACT §9): runs a plan's recipe over one request's values
// — the tenant, limit/offset and orderBy checks of §5.5-§5.7, inSubnet and the value checks of
// §5.3 in the order of §5.7 — and produces each statement's parameter texts. Runs on every
// request, cache hit or miss; never builds SQL.

#include "graft/error.h"
#include "sql/bound_operation.h"
#include "sql/sql_plan.h"
#include "values/json_value.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace graft::sql {

/// Configuration the SQL stage reads (CONTRACT §2.1).
struct SqlOptions {
    std::int64_t maxLimit = 10000;
};

/// What the request context contributes: the tenant, when `context.tenant` is a UUID string (§5.5).
struct RequestContext {
    std::optional<std::string> tenant; ///< lower-cased

    /// Reads `context` (any JSON value; nullptr or a non-object counts as `{}`).
    static RequestContext fromJson(const values::JsonValue *context);
    /// Reads the request's context JSON text (nullopt: none); text that is not JSON (values::readJson:
    /// not Ok), or nests deeper than `maxNesting`, counts as `{}`. The usual `{"tenant": "…"}` (one
    /// member, a plain ASCII string without escapes) is read without building a value.
    static RequestContext fromText(std::optional<std::string_view> text, int maxNesting);
};

/// One root field after binding: its parameter texts (types are in the plan) or its field error.
struct BoundRoot {
    std::vector<std::string> parameters;
    std::optional<Error> error;
};

/// A plan bound to one request. Holds the plan, so the SQL texts it refers to stay alive.
struct BoundPlan {
    std::shared_ptr<const SqlPlan> plan;
    std::vector<BoundRoot> roots; ///< parallel to plan->roots()
};

/// Binds `plan` (built for `operation`'s plan key) to the values of `operation`.
BoundPlan bindPlan(std::shared_ptr<const SqlPlan> plan, const BoundOperation &operation,
                   const RequestContext &context, const SqlOptions &options);

/// Binds one root field; the error, when there is one, is the field's only error (§5.7).
BoundRoot bindRoot(const RootPlan &plan, const BoundRootField &root, const RequestContext &context,
                   const SqlOptions &options);

} // namespace graft::sql
