#pragma once

// Test support for the SQL stage: one request taken from query text to bound statements
// (parse → select → decode/coerce variables → bind the operation → plan key → cached or built
// plan → bind), and the text form of the outcome used by the golden files.

#include "cache/plan_cache.h"
#include "cache/plan_key.h"
#include "graft/schema.h"
#include "sql/plan_binder.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace graft::test {

/// A statement's parameter: the cast after its placeholder and its text.
using Parameter = std::pair<std::string, std::string>;

/// What planning one request gave: the statements of the root fields that planned, their
/// parameters, and every error (the request's, or the field errors in root order).
struct PlannedRequest {
    std::vector<std::string> sql;
    std::vector<std::vector<Parameter>> params;
    Errors errors;
    bool requestFailed = false;
    bool cacheHit = false;
};

/// Plans requests against one schema, optionally through a plan cache.
class SqlRequestPlanner {
public:
    /// `cache` may be null (cache off); it must outlive the planner.
    explicit SqlRequestPlanner(Schema schema, cache::PlanCache *cache = nullptr, sql::SqlOptions options = {});

    /// Plans one request; `variables` and `context` are JSON texts or empty.
    PlannedRequest plan(const std::string &query, const std::string &variables = {}, const std::string &context = {},
                        std::optional<std::string> operationName = std::nullopt) const;

    const Schema &schema() const { return m_schema; }

private:
    Schema m_schema;
    cache::PlanCache *m_cache;
    sql::SqlOptions m_options;
    cache::PlanKeyBuilder m_keys;
};

/// The golden-file lines of an outcome: `s ⟨sql⟩` and `p ⟨params⟩` per statement, then `e ⟨code⟩ ⟨message⟩`
/// per error (`p (none)` for a statement without parameters; texts JSON-quoted).
std::vector<std::string> outcomeLines(const PlannedRequest &outcome);

/// `type "text", …` with each text JSON-quoted, or `(none)`.
std::string formatParameters(const std::vector<Parameter> &params);

/// A libpq-style JSON string literal of `text` (§7.3 escaping).
std::string jsonQuoted(const std::string &text);

} // namespace graft::test
