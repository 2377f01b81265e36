#pragma once

#include "graft/error.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace graft {

/// What the plan cache did for a request (CONTRACT §10.2).
enum class CacheOutcome { Hit, Miss, Bypass };

/// "hit", "miss" or "bypass".
std::string_view cacheOutcomeName(CacheOutcome outcome);

/// One bound parameter of a statement: the cast after its placeholder and its text.
struct Parameter {
    std::string type;
    std::string text;
    friend bool operator==(const Parameter &, const Parameter &) = default;
};

/// Integer microseconds per stage of §2.2; stages not reached are 0.
struct StageTimings {
    std::int64_t parse = 0;
    std::int64_t validate = 0;
    std::int64_t plan = 0;
    std::int64_t execute = 0;
    std::int64_t respond = 0;
};

/// The outcome of one request: the response bytes and the per-side report of CONTRACT §10.2.
struct Response {
    std::string body;                           ///< the exact response bytes (§7)
    std::vector<std::string> sql;               ///< statements sent, in order
    std::vector<std::vector<Parameter>> params; ///< one list per statement
    Errors errors;                              ///< the response's errors
    StageTimings timings;
    CacheOutcome cache = CacheOutcome::Bypass;

    /// The §10.2 report as compact JSON: sql, params, response, errors, timings, cache.
    std::string reportJson() const;
};

} // namespace graft
