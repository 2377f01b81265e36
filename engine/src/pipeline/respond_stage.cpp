#include "pipeline/respond_stage.h"

#include "json/field_collector.h"
#include "json/introspection.h"
#include "json/response_writer.h"
#include "json/root_rows.h"

namespace graft::pipeline {

namespace {

Error fieldError(const sql::RootPlan &root, ErrorCode code, std::string message)
{
    return Error{code, std::move(message), {root.location}, {root.responseKey}, {}};
}

} // namespace

void RespondStage::run(RequestState &state) const
{
    const std::vector<sql::RootPlan> &roots = state.plan.plan->roots();
    json::ResponseWriter writer;
    json::FieldCollector collector(*state.document, state.registry(), state.variables);
    json::IntrospectionWriter introspection(collector);
    std::size_t statement = 0;
    for (std::size_t i = 0; i < roots.size(); ++i) {
        const sql::RootPlan &root = roots[i];
        const bool nonNull = root.kind == sql::RootKind::ListQuery;
        switch (root.kind) {
        case sql::RootKind::Typename:
            writer.value(root.responseKey, "\"Query\"");
            continue;
        case sql::RootKind::Introspection: {
            json::IntrospectionResult result = introspection.rootField(state.bound.roots[i].nodes);
            if (result.fatal) {
                state.internalError = true;
                return;
            }
            if (result.error) {
                result.error->locations = {root.location};
                result.error->path = {root.responseKey};
                writer.fieldError(root.responseKey, std::move(*result.error), false);
            } else {
                writer.value(root.responseKey, result.json);
            }
            continue;
        }
        case sql::RootKind::ListQuery:
        case sql::RootKind::Lookup:
            break;
        }
        if (const std::optional<Error> &error = state.plan.roots[i].error) {
            writer.fieldError(root.responseKey, *error, nonNull);
            continue;
        }
        if (statement >= state.statementRoots.size() || state.statementRoots[statement] != i) {
            state.internalError = true; // a statement the plan promised was never run
            return;
        }
        const exec::StatementResult &result = state.execution.statements[statement++];
        if (result.status != exec::StatementStatus::Succeeded) {
            writer.fieldError(root.responseKey, result.error.value_or(fieldError(root, ErrorCode::InternalServerError,
                                                                                  "Internal server error.")),
                              nonNull);
            continue;
        }
        json::RootRows rows(root.projection);
        rows.reserve(result.rows.bytes());
        for (std::size_t r = 0; r < result.rows.size(); ++r)
            rows.row(result.rows[r]);
        if (rows.malformed()) {
            state.internalError = true;
            return;
        }
        if (root.kind == sql::RootKind::ListQuery) {
            writer.value(root.responseKey, rows.listJson());
        } else if (rows.count() <= 1) {
            writer.value(root.responseKey, rows.lookupJson());
        } else {
            writer.fieldError(root.responseKey,
                              fieldError(root, ErrorCode::InternalServerError,
                                         "Lookup \"" + root.fieldName + "\" matched more than one row."),
                              false);
        }
    }
    state.response.body = writer.finish();
    state.response.errors = writer.errors();
}

} // namespace graft::pipeline
