#pragma once

#include "cache/plan_cache.h"
#include "pipeline/request_state.h"

namespace graft::pipeline {

/// §2.2 step 7: root fields bound to the request, the plan from the cache or built (SQL by the
/// SqlBuilder, projections by the ProjectionBuilder), then bound to this request's values.
class PlanStage {
public:
    /// `cache` may be null (cache off: every request is a bypass).
    explicit PlanStage(cache::PlanCache *cache) : m_cache(cache) {}

    /// False when the request ends here (state.requestErrors set).
    bool run(RequestState &state) const;

private:
    /// SqlBuilder's plan with a projection attached to every list query and lookup.
    Result<std::shared_ptr<const sql::SqlPlan>> build(RequestState &state) const;

    cache::PlanCache *m_cache;
};

} // namespace graft::pipeline
