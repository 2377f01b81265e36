#pragma once

#include "sql/sql_plan.h"

#include <cstdint>
#include <string>
#include <vector>

namespace graft::sql {

/// The bind steps of one root field while it is built, in check order, each with the SQL type of
/// the parameter it would write (empty when it writes none).
struct StepTable {
    std::vector<BindStep> steps;
    std::vector<std::string> types;

    /// Appends `step`, whose parameter has type `type`; returns its index.
    std::uint32_t add(BindStep step, std::string type)
    {
        steps.push_back(std::move(step));
        types.push_back(std::move(type));
        return static_cast<std::uint32_t>(steps.size() - 1);
    }
};

} // namespace graft::sql
