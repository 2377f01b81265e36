#include "pipeline/plan_stage.h"

#include "json/field_collector.h"
#include "json/projection_builder.h"
#include "sql/sql_builder.h"

namespace graft::pipeline {

bool PlanStage::run(RequestState &state) const
{
    const cache::OperationFacts &facts = *state.facts;
    auto bound = sql::bindOperation(*state.document, *state.operation, state.registry(), state.variables,
                                    facts.roots ? &*facts.roots : nullptr);
    if (!bound) {
        state.requestErrors = std::move(bound).takeErrors();
        return false;
    }
    state.bound = std::move(bound).value();

    std::shared_ptr<const sql::SqlPlan> plan;
    cache::PlanKey key;
    if (m_cache) {
        state.snapshot.keyBuilder.build(key, facts.keyTemplate, *state.document, state.registry(), state.variables,
                                        state.bound);
        plan = m_cache->find(key, state.snapshot.generation);
        state.response.cache = plan ? CacheOutcome::Hit : CacheOutcome::Miss;
    }
    if (!plan) {
        auto built = build(state);
        if (!built) {
            // A request error ends the request before any plan exists: like the legacy path, the
            // cache took no part (§10.2 `bypass`), whatever the lookup said.
            state.response.cache = CacheOutcome::Bypass;
            state.requestErrors = std::move(built).takeErrors();
            return false;
        }
        plan = std::move(built).value();
        if (m_cache)
            m_cache->insert(key, plan, state.snapshot.generation);
    }
    state.plan = sql::bindPlan(std::move(plan), state.bound, sql::RequestContext::fromText(state.contextText, static_cast<int>(state.settings.parse.maxNesting)),
                                 state.settings.sql);
    return true;
}

Result<std::shared_ptr<const sql::SqlPlan>> PlanStage::build(RequestState &state) const
{
    std::shared_ptr<const sql::SqlPlan> sqlPlan = sql::SqlBuilder::build(state.bound);
    std::vector<sql::RootPlan> roots = sqlPlan->roots();
    json::FieldCollector collector(*state.document, state.registry(), state.variables);
    json::ProjectionBuilder projections(collector);
    std::size_t projectionBytes = 0;
    for (std::size_t i = 0; i < roots.size(); ++i) {
        const sql::BoundRootField &root = state.bound.roots[i];
        if (root.kind != sql::RootKind::ListQuery && root.kind != sql::RootKind::Lookup)
            continue;
        auto projection = projections.build(*root.definition->view, root.nodes);
        if (!projection)
            return std::move(projection).takeErrors(); // @skip/@include given a null (§4.2)
        roots[i].projection = std::move(projection).value();
        projectionBytes += roots[i].projection->bytes();
    }
    return std::make_shared<const sql::SqlPlan>(std::move(roots), projectionBytes);
}

} // namespace graft::pipeline
