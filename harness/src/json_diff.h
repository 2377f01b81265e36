#pragma once

#include "difference.h"
#include "json_value.h"

#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace graft::harness {

/// What JsonDiff compares as a multiset and how much it reports.
struct JsonDiffOptions {
    std::set<std::string> multisetPointers;  ///< arrays compared ignoring order (§10.3 list order)
    std::size_t maxDifferences = 200;        ///< stop after this many
};

/// Structural JSON comparison of CONTRACT §10.3 (a pure function).
class JsonDiff {
public:
    /// Differences between `legacy` and `native`; pointers are `base` + RFC 6901 tokens. Numbers
    /// compare by token text; member order is a difference of its own (`key-order`, at the object).
    static std::vector<Difference> compare(const JsonValue& legacy, const JsonValue& native,
                                           const JsonDiffOptions& options = {}, const std::string& base = {});

    /// One RFC 6901 reference token: `~` → `~0`, `/` → `~1`.
    static std::string escapeToken(std::string_view token);

    /// The pointer with array indices replaced by `*` (/data/users/3/id → /data/users/*/id); the
    /// numeric tokens of /sql and /params and /errors are indices too.
    static std::string indexFree(std::string_view pointer);

    /// The value as a short excerpt for reports (compact JSON, cut at `limit` bytes on a UTF-8 boundary).
    static std::string excerpt(const JsonValue& value, std::size_t limit = 240);
};

} // namespace graft::harness
