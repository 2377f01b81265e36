#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace graft::harness {

/// How a case ended after comparison. `Noise` = every difference also differed between two runs of
/// one side; `LegacyOnly` = the run had no native side (--legacy-only); neither gates.
enum class CaseOutcome {
    Match,
    SqlDivergence,
    ParamDivergence,
    ResponseDivergence,
    ErrorDivergence,
    LegacyOnlyError,
    NativeOnlyError,
    CacheDivergence,
    LegacyCrash,
    NativeCrash,
    LegacyTimeout,
    NativeTimeout,
    Noise,
    LegacyOnly,
};

/// "match", "sql-divergence", …, "legacy-crash", "noise", "legacy-only".
const char* caseOutcomeName(CaseOutcome outcome);
/// The outcome named `name`, if any.
std::optional<CaseOutcome> caseOutcomeFromName(std::string_view name);
/// Every outcome, in declaration order.
const std::vector<CaseOutcome>& allCaseOutcomes();
/// True for outcomes that are divergences (everything but match, noise and legacy-only).
bool isDivergence(CaseOutcome outcome);

} // namespace graft::harness
