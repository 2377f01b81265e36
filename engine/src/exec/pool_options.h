#pragma once

#include "exec/libpq_runner.h"

#include <chrono>
#include <cstddef>

namespace graft::exec {

/// Which SqlRunner a pooled connection hands out.
enum class RunnerKind { Libpq, QtSql };

/// How a ConnectionPool behaves.
struct PoolOptions {
    int size = 8;                                     ///< most connections open at once
    std::chrono::milliseconds waitTimeout{5000};      ///< longest wait for a free slot when all are open
    std::chrono::seconds connectTimeout{5};           ///< libpq connect_timeout, unless the DSN sets one
    std::size_t statementCacheSize = 512;             ///< prepared statements kept per connection
    RunnerKind runner = RunnerKind::Libpq;            ///< the hot path (bench_exec measures both)
    RowMode rowMode = RowMode::Buffered;              ///< LibpqRunner only
};

} // namespace graft::exec
