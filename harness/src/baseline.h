#pragma once

#include "difference.h"
#include "signature.h"

#include <QDate>
#include <QString>

#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace graft::harness {

/// One accepted divergence. Selectors are globs (`*` within a pointer segment, `**` across, `?` one
/// character); every selector given must match. At least one selector is required.
struct BaselineEntry {
    std::string caseId;     ///< glob over case ids
    std::string signature;  ///< glob over Signature::key()
    std::string path;       ///< glob over the pointers of the case's (non-noise) differences
    std::string owner;
    std::string reason;
    std::string link;
    QDate expires;  ///< invalid = never expires
};

/// Where an entry stands after a run.
enum class BaselineStatus { Active, Expired, Unused, NotRun };

/// The accepted divergences of a project: matched ones are accepted, expired or never-matched ones stale.
class Baseline {
public:
    /// Parses `{"version":1,"entries":[{…}]}` (or a bare array of entries); lines starting with `#` or
    /// `//` are comments. nullopt with `error` set on a malformed file.
    static std::optional<Baseline> parse(std::string_view text, std::string* error);
    /// Reads and parses a baseline file.
    static std::optional<Baseline> load(const QString& path, std::string* error);

    /// The index of the first unexpired entry accepting this divergence (counted as used), or -1.
    int accept(const std::string& caseId, const Signature& signature, const std::vector<Difference>& differences,
               const QDate& today);

    /// Each entry's status; entries whose case glob matched none of `caseIdsRun` are NotRun.
    std::vector<BaselineStatus> statuses(const QDate& today, const std::set<std::string>& caseIdsRun) const;

    const std::vector<BaselineEntry>& entries() const { return m_entries; }
    /// How many cases entry `index` accepted.
    std::size_t hits(std::size_t index) const { return m_hits.at(index); }

    /// Glob match as described on BaselineEntry.
    static bool globMatch(std::string_view pattern, std::string_view text);

private:
    std::vector<BaselineEntry> m_entries;
    std::vector<std::size_t> m_hits;
};

/// "active", "expired", "unused" or "not-run".
const char* baselineStatusName(BaselineStatus status);

} // namespace graft::harness
