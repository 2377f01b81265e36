#pragma once

// The row texts of a statement's result, as strings a test compares (tests of the executor).

#include "exec/executor.h"

#include <string>
#include <vector>

namespace graft::test {

/// Every row text of `result`, in row order.
inline std::vector<std::string> rowTexts(const exec::StatementResult &result)
{
    std::vector<std::string> out;
    for (std::size_t i = 0; i < result.rows.size(); ++i)
        out.emplace_back(result.rows[i]);
    return out;
}

} // namespace graft::test
