#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace graft::harness {

/// One bound parameter: the cast after the placeholder and the bound text (§10.2).
struct Param {
    std::string type;
    std::string text;
    friend bool operator==(const Param&, const Param&) = default;
};

/// Microseconds per stage of CONTRACT §2.2; stages not reached are 0.
struct StageTimings {
    std::int64_t parse = 0;
    std::int64_t validate = 0;
    std::int64_t plan = 0;
    std::int64_t execute = 0;
    std::int64_t respond = 0;
};

/// The plan cache's outcome for one request (§9); Unknown when a side did not say.
enum class CacheStatus { Hit, Miss, Bypass, Unknown };

/// The per-side report of CONTRACT §10.2, as a value.
struct SideReport {
    std::vector<std::string> sql;
    std::vector<std::vector<Param>> params;
    std::optional<std::string> response;  ///< the response bytes; nullopt when the side gave none
    std::string errors = "[]";            ///< the `errors` array as compact JSON text
    StageTimings timings;
    CacheStatus cache = CacheStatus::Unknown;
};

/// How one execution of one side ended, as far as the harness is concerned.
enum class RunStatus { Ok, Crash, Timeout };

/// What QueryPath::execute returns: the report plus crash/timeout status and wall time.
struct Outcome {
    RunStatus status = RunStatus::Ok;
    std::string detail;  ///< why it crashed or timed out
    SideReport report;
    std::int64_t elapsedMicros = 0;  ///< end to end, measured around the call
};

/// "hit", "miss", "bypass" or "unknown".
const char* cacheStatusName(CacheStatus status);
/// The status named `name`; Unknown for anything else.
CacheStatus cacheStatusFromName(std::string_view name);
/// "ok", "crash" or "timeout".
const char* runStatusName(RunStatus status);
/// The status named `name`; Crash for anything unknown.
RunStatus runStatusFromName(std::string_view name);

/// Parses a §10.2 report from JSON text (as a path or a fixture would write it); error text on failure.
std::optional<SideReport> sideReportFromJson(std::string_view json, std::string* error);

/// The report as compact §10.2 JSON text (response as a JSON string, errors spliced in).
std::string sideReportToJson(const SideReport& report);

} // namespace graft::harness
