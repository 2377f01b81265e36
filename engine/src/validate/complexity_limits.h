#pragma once

#include "graft/error.h"
#include "syntax/document.h"
#include "validate/coerced_variables.h"

#include <cstddef>
#include <optional>

namespace graft::validate {

/// The complexity configuration keys of CONTRACT §2.1 with their defaults (§3.4).
struct ComplexityLimits {
    std::size_t maxDepth = 15;
    std::size_t maxRootFields = 20;
    std::size_t maxAliases = 100;
    std::size_t maxInputDepth = 32;
};

/// §2.2 step 5: maxDepth, maxRootFields, maxAliases (in that order) on `operation` with fragments
/// expanded and directives ignored; the first exceeded limit as a QUERY_TOO_COMPLEX error without
/// location, or nothing. Fragment cycles (rejected by validation) count as empty, never loop.
std::optional<Error> checkStaticLimits(const syntax::Document &document, const syntax::OperationDefinition &operation,
                                       const ComplexityLimits &limits);

/// §2.2 step 6, after coercion: maxInputDepth per field argument of `operation` and of the
/// fragments it reaches (each once), in document order, measured after substituting `variables`
/// (an absent variable counts 0); the first offending argument's QUERY_TOO_COMPLEX error, or nothing.
std::optional<Error> checkInputDepth(const syntax::Document &document, const syntax::OperationDefinition &operation,
                                     const CoercedVariables &variables, const ComplexityLimits &limits);

} // namespace graft::validate
