#pragma once

#include "graft/error.h"
#include "syntax/document.h"
#include "validate/coerced_variables.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace graft::validate {

/// The complexity configuration keys of CONTRACT §2.1 with their defaults (§3.4).
struct ComplexityLimits {
    std::size_t maxDepth = 15;
    std::size_t maxRootFields = 20;
    std::size_t maxAliases = 100;
    std::size_t maxInputDepth = 32;
};

/// A non-negative count of any size: fragments spread repeatedly multiply field occurrences, so
/// root-field and alias counts can outgrow 64 bits; the messages print them exactly, as Python does.
class OccurrenceCount {
public:
    OccurrenceCount() = default;
    explicit OccurrenceCount(std::uint32_t value)
    {
        if (value)
            m_limbs.push_back(value);
    }
    OccurrenceCount &operator+=(const OccurrenceCount &other);
    /// True when the count is above `limit`.
    bool exceeds(std::size_t limit) const;
    /// The decimal digits.
    std::string text() const;

private:
    std::vector<std::uint32_t> m_limbs; // decimal limbs of 10^9, least significant first
};

/// The three static measures of §3.4 of one operation (fragments expanded, directives ignored):
/// they depend on the document and the operation only.
struct StaticMeasures {
    std::size_t depth = 0;
    OccurrenceCount rootFields;
    OccurrenceCount aliases;
};

/// Measures `operation` of `document`. Fragment cycles (rejected by validation) count as empty, never loop.
StaticMeasures measureStatic(const syntax::Document &document, const syntax::OperationDefinition &operation);

/// §2.2 step 5 on measures taken by measureStatic(): maxDepth, maxRootFields, maxAliases (in that
/// order); the first exceeded limit as a QUERY_TOO_COMPLEX error without location, or nothing.
std::optional<Error> checkStaticLimits(const StaticMeasures &measures, const ComplexityLimits &limits);

/// §2.2 step 5: maxDepth, maxRootFields, maxAliases (in that order) on `operation` with fragments
/// expanded and directives ignored; the first exceeded limit as a QUERY_TOO_COMPLEX error without
/// location, or nothing. Fragment cycles (rejected by validation) count as empty, never loop.
std::optional<Error> checkStaticLimits(const syntax::Document &document, const syntax::OperationDefinition &operation,
                                       const ComplexityLimits &limits);

/// The field arguments of `operation` and of the fragments it reaches (each once), in document
/// order: what checkInputDepth() measures. Depends on the document and the operation only.
std::vector<const syntax::Argument *> inputArguments(const syntax::Document &document,
                                                     const syntax::OperationDefinition &operation);

/// §2.2 step 6 on the arguments inputArguments() lists: maxInputDepth per argument, measured after
/// substituting `variables` (an absent variable counts 0); the first offending argument's
/// QUERY_TOO_COMPLEX error, or nothing.
std::optional<Error> checkInputDepth(std::span<const syntax::Argument *const> arguments,
                                     const CoercedVariables &variables, const ComplexityLimits &limits);

/// §2.2 step 6, after coercion: maxInputDepth per field argument of `operation` and of the
/// fragments it reaches (each once), in document order, measured after substituting `variables`
/// (an absent variable counts 0); the first offending argument's QUERY_TOO_COMPLEX error, or nothing.
std::optional<Error> checkInputDepth(const syntax::Document &document, const syntax::OperationDefinition &operation,
                                     const CoercedVariables &variables, const ComplexityLimits &limits);

} // namespace graft::validate
