#pragma once

#include "exec/connection_pool.h"
#include "exec/executor.h"
#include "graft/engine.h"
#include "pipeline/request_state.h"

namespace graft::pipeline {

/// §2.2 step 8: the statements of the root fields that planned without error, in root order,
/// through the Executor on a pooled connection (or, with no database configured, the connection
/// failure of §6 for the first and "not executed" for the rest).
class ExecuteStage {
public:
    /// `pool` may be null (no DSN configured); `log` (may be empty) hears why no connection could be had.
    ExecuteStage(exec::ConnectionPool *pool, exec::ExecutorOptions options, LogSink log)
        : m_pool(pool), m_executor(options), m_log(std::move(log))
    {
    }
    /// Runs every request's statements on `runner`, one session used by one thread at a time
    /// (benchmarks and tests of the whole pipeline without a server).
    ExecuteStage(SqlRunner &runner, exec::ExecutorOptions options) : m_runner(&runner), m_executor(options) {}

    void run(RequestState &state) const;

private:
    exec::ConnectionPool *m_pool = nullptr;
    SqlRunner *m_runner = nullptr;
    exec::Executor m_executor;
    LogSink m_log;
};

} // namespace graft::pipeline
