#include "case_outcome.h"

#include <array>
#include <utility>

namespace graft::harness {

namespace {

constexpr std::array<std::pair<CaseOutcome, const char*>, 14> kNames{{
    {CaseOutcome::Match, "match"},
    {CaseOutcome::SqlDivergence, "sql-divergence"},
    {CaseOutcome::ParamDivergence, "param-divergence"},
    {CaseOutcome::ResponseDivergence, "response-divergence"},
    {CaseOutcome::ErrorDivergence, "error-divergence"},
    {CaseOutcome::LegacyOnlyError, "legacy-only-error"},
    {CaseOutcome::NativeOnlyError, "native-only-error"},
    {CaseOutcome::CacheDivergence, "cache-divergence"},
    {CaseOutcome::LegacyCrash, "legacy-crash"},
    {CaseOutcome::NativeCrash, "native-crash"},
    {CaseOutcome::LegacyTimeout, "legacy-timeout"},
    {CaseOutcome::NativeTimeout, "native-timeout"},
    {CaseOutcome::Noise, "noise"},
    {CaseOutcome::LegacyOnly, "legacy-only"},
}};

} // namespace

const char* caseOutcomeName(CaseOutcome outcome)
{
    for (const auto& [o, name] : kNames) {
        if (o == outcome)
            return name;
    }
    return "match";
}

std::optional<CaseOutcome> caseOutcomeFromName(std::string_view name)
{
    for (const auto& [o, n] : kNames) {
        if (name == n)
            return o;
    }
    return std::nullopt;
}

const std::vector<CaseOutcome>& allCaseOutcomes()
{
    static const std::vector<CaseOutcome> kAll = [] {
        std::vector<CaseOutcome> all;
        for (const auto& entry : kNames)
            all.push_back(entry.first);
        return all;
    }();
    return kAll;
}

bool isDivergence(CaseOutcome outcome)
{
    return outcome != CaseOutcome::Match && outcome != CaseOutcome::Noise && outcome != CaseOutcome::LegacyOnly;
}

} // namespace graft::harness
