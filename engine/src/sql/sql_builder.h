#pragma once

// Builds the plan of a bound operation (CONTRACT §5, §9): one canonical statement per list query
// and lookup, and the recipe that binds each request's values. Only the shape of the argument
// values is read (which entries are present and non-null, list lengths, directions, flags), never
// a value that becomes a parameter, so the plan serves every request with the same plan key.

#include "sql/bound_operation.h"
#include "sql/sql_plan.h"

#include <memory>

namespace graft::sql {

/// Compiles bound operations into plans. Stateless.
class SqlBuilder {
public:
    /// The plan of `operation`: a RootPlan per root field, in order.
    static std::shared_ptr<const SqlPlan> build(const BoundOperation &operation);

    /// The plan of one root field.
    static RootPlan buildRoot(const BoundRootField &root);
};

} // namespace graft::sql
