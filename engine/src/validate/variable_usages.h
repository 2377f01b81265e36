#pragma once

// graphql-core's VariableUsageVisitor: the variables written in an operation or fragment, in
// source order, each with the input type TypeInfo gives its position.

#include "validate/type_info.h"
#include "validate/validation_context.h"

#include <vector>

namespace graft::validate {

/// Appends the variable usages of `operation` (variable definitions excluded) to `out`.
void collectVariableUsages(const syntax::OperationDefinition &operation, TypeInfo &typeInfo,
                           std::vector<VariableUsage> &out);

/// Appends the variable usages of `fragment` to `out`.
void collectVariableUsages(const syntax::FragmentDefinition &fragment, TypeInfo &typeInfo,
                           std::vector<VariableUsage> &out);

} // namespace graft::validate
