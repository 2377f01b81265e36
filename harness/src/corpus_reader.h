#pragma once

#include "corpus_case.h"

#include <QStringList>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace graft::harness {

/// Which cases of the corpus run: all given filters must hold.
struct CaseSelection {
    std::vector<std::string> tags;     ///< a case runs when it has at least one of these (empty: all)
    std::vector<std::string> caseIds;  ///< exact ids (empty: all)
    double sample = 1.0;               ///< fraction in (0, 1]: stable by case id hash
    int shardIndex = 0;                ///< 1-based shard of `shardCount` (0: no sharding)
    int shardCount = 0;
};

/// A record the reader rejected, located.
struct CorpusProblem {
    std::string source;
    int line = 0;
    std::string message;
};

/// The selected cases (file order) and every rejected record.
struct Corpus {
    std::vector<Case> cases;
    std::vector<CorpusProblem> problems;
    std::size_t records = 0;  ///< valid records read, before selection
};

/// Reads CONTRACT §10.1 JSON Lines corpora.
class CorpusReader {
public:
    /// Reads files, and directories (every *.jsonl below them, sorted by path); later duplicates of
    /// an id are rejected; then applies `selection`.
    static Corpus read(const QStringList& paths, const CaseSelection& selection);

    /// One record: invalid UTF-8, unpaired surrogate escapes, a missing id/query or mistyped members
    /// are rejected (nullopt, `error` set). `variables` becomes compact JSON with number tokens verbatim.
    static std::optional<Case> parseRecord(std::string_view line, std::string* error);

    /// Whether `testCase` passes `selection`.
    static bool selected(const Case& testCase, const CaseSelection& selection);

    /// FNV-1a 64 of `text`: the stable hash behind --sample and --shard.
    static std::uint64_t stableHash(std::string_view text);
};

} // namespace graft::harness
