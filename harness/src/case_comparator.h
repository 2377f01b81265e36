#pragma once

#include "case_outcome.h"
#include "difference.h"
#include "side_report.h"
#include "signature.h"

#include <set>
#include <string>
#include <vector>

namespace graft::harness {

/// The comparison of one case: its outcome, every difference found, and its signature.
struct Comparison {
    CaseOutcome outcome = CaseOutcome::Match;
    std::vector<Difference> differences;
    Signature signature;
};

/// The layers of CONTRACT §10.3 applied to two outcomes (pure functions).
class CaseComparator {
public:
    /// Compares legacy with native: crash/timeout first, then SQL, params, errors, response. The
    /// outcome is named after the earliest layer with a difference that is not noise; a difference
    /// at or below a pointer in `noisePointers` is marked noise.
    static Comparison compare(const Outcome& legacy, const Outcome& native,
                              const std::set<std::string>& noisePointers = {});

    /// Every difference between two reports, all layers (also used between two runs of one side).
    static std::vector<Difference> compareReports(const SideReport& legacy, const SideReport& native);

    /// `/data/<key>` of each list-query root field whose statement has no ORDER BY (§10.3 list order).
    static std::set<std::string> multisetPointers(const SideReport& report);

    /// The signature of a compared case, from its first deciding difference.
    static Signature signatureOf(CaseOutcome outcome, const std::vector<Difference>& differences,
                                 const SideReport& legacy, const SideReport& native);
};

} // namespace graft::harness
