#include "pipeline/execute_stage.h"

namespace graft::pipeline {

namespace {

Error statementError(const exec::StatementRequest &request, std::string message, std::string sqlstate)
{
    Error error{ErrorCode::DatabaseError, std::move(message), {request.location}, {std::string(request.responseKey)},
                std::move(sqlstate)};
    return error;
}

// No database configured: what a pool that cannot connect gives (§6).
exec::ExecutionResult withoutDatabase(const std::vector<exec::StatementRequest> &requests)
{
    exec::ExecutionResult result;
    for (std::size_t i = 0; i < requests.size(); ++i) {
        exec::StatementResult statement;
        if (i == 0) {
            statement.status = exec::StatementStatus::Failed;
            statement.sent = true;
            statement.error = statementError(requests[i], "Database error: connection failure", "08006");
        } else {
            statement.status = exec::StatementStatus::NotExecuted;
            statement.error = statementError(
                requests[i], "Not executed because an earlier statement in this request failed.", std::string());
        }
        result.statements.push_back(std::move(statement));
    }
    return result;
}

} // namespace

void ExecuteStage::run(RequestState &state) const
{
    const std::vector<sql::RootPlan> &roots = state.plan.plan->roots();
    std::vector<exec::StatementRequest> requests;
    requests.reserve(roots.size());
    state.statementRoots.reserve(roots.size());
    for (std::size_t i = 0; i < roots.size(); ++i) {
        const sql::BoundRoot &bound = state.plan.roots[i];
        if (!roots[i].hasStatement || bound.error)
            continue;
        requests.push_back({roots[i].sql, bound.parameters, roots[i].responseKey, roots[i].location});
        state.statementRoots.push_back(i);
    }
    if (requests.empty())
        return;
    if (m_runner)
        state.execution = m_executor.execute(*m_runner, requests);
    else
        state.execution = m_pool ? m_executor.execute(*m_pool, requests) : withoutDatabase(requests);
    if (!state.execution.diagnostic.empty() && m_log)
        m_log(LogLevel::Warning, "no database connection: " + state.execution.diagnostic);

    // The report's statements and parameters; the bound texts are no longer needed, so they move.
    Response &response = state.response;
    response.sql.reserve(response.sql.size() + requests.size());
    response.params.reserve(response.params.size() + requests.size());
    for (std::size_t s = 0; s < requests.size(); ++s) {
        if (!state.execution.statements[s].sent)
            continue;
        const sql::RootPlan &root = roots[state.statementRoots[s]];
        response.sql.push_back(root.sql);
        std::vector<std::string> &texts = state.plan.roots[state.statementRoots[s]].parameters;
        std::vector<Parameter> parameters;
        parameters.reserve(root.parameterTypes.size());
        for (std::size_t p = 0; p < root.parameterTypes.size(); ++p)
            parameters.push_back({root.parameterTypes[p], std::move(texts[p])});
        response.params.push_back(std::move(parameters));
    }
}

} // namespace graft::pipeline
