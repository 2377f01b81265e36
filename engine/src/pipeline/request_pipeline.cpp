#include "pipeline/request_pipeline.h"

#include "json/response_writer.h"

#include <chrono>

namespace graft::pipeline {

namespace {

// Times one stage into `slot` (integer microseconds, monotonic clock).
class StageTimer {
public:
    explicit StageTimer(std::int64_t &slot) : m_slot(slot), m_start(std::chrono::steady_clock::now()) {}
    ~StageTimer()
    {
        m_slot = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - m_start)
                     .count();
    }
    StageTimer(const StageTimer &) = delete;
    StageTimer &operator=(const StageTimer &) = delete;

private:
    std::int64_t &m_slot;
    std::chrono::steady_clock::time_point m_start;
};

void internalError(Response &response)
{
    response.sql.clear();
    response.params.clear();
    response.errors = {Error{ErrorCode::InternalServerError, "Internal server error.", {}, {}, {}}};
    response.body = json::ResponseWriter::requestErrors(response.errors);
}

} // namespace

Response RequestPipeline::run(const SchemaSnapshot &snapshot, std::string_view query,
                              std::optional<std::string_view> variables, std::optional<std::string_view> operationName,
                              std::optional<std::string_view> context) const
{
    Response response;
    RequestState state(snapshot, m_settings, response);
    state.query = query;
    state.variablesText = variables;
    state.operationName = operationName;
    state.contextText = context;
    try {
        runStages(state);
        if (!state.requestErrors.empty()) {
            response.errors = std::move(state.requestErrors);
            response.body = json::ResponseWriter::requestErrors(response.errors);
        } else if (state.internalError) {
            internalError(response);
        }
    } catch (const std::exception &) {
        internalError(response); // no exception leaves the engine (DESIGN §4)
    }
    m_metrics.record(response);
    return response;
}

void RequestPipeline::runStages(RequestState &state) const
{
    StageTimings &timings = state.response.timings;
    {
        StageTimer timer(timings.parse);
        if (!m_parse.run(state))
            return;
    }
    {
        StageTimer timer(timings.validate);
        if (!m_validate.run(state))
            return;
    }
    {
        StageTimer timer(timings.plan);
        if (!m_plan.run(state))
            return;
    }
    {
        StageTimer timer(timings.execute);
        m_execute.run(state);
    }
    StageTimer timer(timings.respond);
    m_respond.run(state);
}

} // namespace graft::pipeline
