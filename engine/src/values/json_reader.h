#pragma once

#include "values/json_value.h"

#include <string>
#include <string_view>

namespace graft::values {

/// The outcome of reading JSON text: whether it parsed, and the facts the §4.1 checks need.
enum class JsonReadStatus : std::uint8_t {
    Ok,           ///< parsed; see JsonReadResult's flags
    Malformed,    ///< not RFC 8259 JSON (NaN/Infinity, invalid UTF-8 and lone surrogate escapes included)
    DuplicateKey, ///< an object has a member name twice (the first such object to close)
    NumberOutOfRange, ///< a number token rounds to an infinite binary64
};

/// What readJson() found.
struct JsonReadResult {
    JsonReadStatus status = JsonReadStatus::Ok;
    /// The value (when Ok and not tooDeep; null otherwise).
    JsonValue value;
    /// The kind of the top-level value (when Ok).
    JsonKind rootKind = JsonKind::Null;
    /// The repeated member name, decoded (when DuplicateKey).
    std::string duplicateKey;
    /// Containers nest deeper than the limit (a top-level `{}` is depth 1); value is not built.
    bool tooDeep = false;
};

/// Reads one JSON text with the semantics of Python's json.loads(text,
/// object_pairs_hook=<raise on the first repeated name>, parse_int/parse_float=<raise when the
/// number is infinite>, parse_constant=<reject>): the first failure in reading order wins, a
/// duplicate being found when its object's `}` is read (inner objects close first) and an
/// out-of-range number at its token, so `{"a":1,"a":2,` is Malformed, `{"a":{"b":1,"b":2},` a
/// DuplicateKey and `[1e999,` NumberOutOfRange. Numbers follow §4.1. Iterative: no recursion
/// whatever the nesting; past maxNesting levels the value is not built (tooDeep) but reading goes on.
JsonReadResult readJson(std::string_view text, int maxNesting);

/// The deepest `[`/`{` nesting of `text` scanned as the legacy path's pre-scan does: outside
/// strings (a `"` toggles, `\` escapes inside) `[`/`{` add one, `]`/`}` subtract one unless at
/// zero; the text need not be valid JSON. Stops counting once the depth exceeds `limit`.
int jsonNestingDepth(std::string_view text, int limit);

} // namespace graft::values
