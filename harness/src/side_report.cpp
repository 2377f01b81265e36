#include "side_report.h"

#include "json_value.h"

#include <charconv>

namespace graft::harness {

namespace {

std::int64_t integerOf(const JsonValue* value)
{
    if (!value || value->type != JsonValue::Type::Number)
        return 0;
    std::int64_t n = 0;
    std::from_chars(value->text.data(), value->text.data() + value->text.size(), n);
    return n;
}

bool fail(std::string* error, const char* why)
{
    if (error)
        *error = why;
    return false;
}

bool readParams(const JsonValue& value, SideReport& report, std::string* error)
{
    if (value.type != JsonValue::Type::Array)
        return fail(error, "params is not an array");
    for (const JsonValue& statement : value.items) {
        if (statement.type != JsonValue::Type::Array)
            return fail(error, "params entry is not an array");
        std::vector<Param> list;
        for (const JsonValue& p : statement.items) {
            const JsonValue* type = p.member("type");
            const JsonValue* text = p.member("text");
            if (!type || !text || type->type != JsonValue::Type::String || text->type != JsonValue::Type::String)
                return fail(error, "parameter without string type and text");
            list.push_back({type->text, text->text});
        }
        report.params.push_back(std::move(list));
    }
    return true;
}

} // namespace

const char* cacheStatusName(CacheStatus status)
{
    switch (status) {
    case CacheStatus::Hit: return "hit";
    case CacheStatus::Miss: return "miss";
    case CacheStatus::Bypass: return "bypass";
    case CacheStatus::Unknown: return "unknown";
    }
    return "unknown";
}

CacheStatus cacheStatusFromName(std::string_view name)
{
    if (name == "hit")
        return CacheStatus::Hit;
    if (name == "miss")
        return CacheStatus::Miss;
    if (name == "bypass")
        return CacheStatus::Bypass;
    return CacheStatus::Unknown;
}

const char* runStatusName(RunStatus status)
{
    switch (status) {
    case RunStatus::Ok: return "ok";
    case RunStatus::Crash: return "crash";
    case RunStatus::Timeout: return "timeout";
    }
    return "crash";
}

RunStatus runStatusFromName(std::string_view name)
{
    if (name == "ok")
        return RunStatus::Ok;
    if (name == "timeout")
        return RunStatus::Timeout;
    return RunStatus::Crash;
}

std::optional<SideReport> sideReportFromJson(std::string_view json, std::string* error)
{
    const JsonParseResult parsed = parseJson(json);
    if (!parsed.value) {
        if (error)
            *error = "invalid JSON: " + parsed.error;
        return std::nullopt;
    }
    const JsonValue& root = *parsed.value;
    if (root.type != JsonValue::Type::Object) {
        fail(error, "report is not an object");
        return std::nullopt;
    }
    SideReport report;
    if (const JsonValue* sql = root.member("sql")) {
        if (sql->type != JsonValue::Type::Array) {
            fail(error, "sql is not an array");
            return std::nullopt;
        }
        for (const JsonValue& s : sql->items) {
            if (s.type != JsonValue::Type::String) {
                fail(error, "sql entry is not a string");
                return std::nullopt;
            }
            report.sql.push_back(s.text);
        }
    }
    if (const JsonValue* params = root.member("params"); params && !readParams(*params, report, error))
        return std::nullopt;
    if (const JsonValue* response = root.member("response"); response && response->type == JsonValue::Type::String)
        report.response = response->text;
    if (const JsonValue* errors = root.member("errors"); errors && errors->type == JsonValue::Type::Array)
        report.errors = writeJson(*errors);
    if (const JsonValue* timings = root.member("timings"); timings && timings->type == JsonValue::Type::Object) {
        report.timings.parse = integerOf(timings->member("parse"));
        report.timings.validate = integerOf(timings->member("validate"));
        report.timings.plan = integerOf(timings->member("plan"));
        report.timings.execute = integerOf(timings->member("execute"));
        report.timings.respond = integerOf(timings->member("respond"));
    }
    if (const JsonValue* cache = root.member("cache"); cache && cache->type == JsonValue::Type::String)
        report.cache = cacheStatusFromName(cache->text);
    return report;
}

std::string sideReportToJson(const SideReport& report)
{
    std::string out = "{\"sql\":[";
    for (std::size_t i = 0; i < report.sql.size(); ++i)
        out += (i ? "," : "") + quoteJson(report.sql[i]);
    out += "],\"params\":[";
    for (std::size_t i = 0; i < report.params.size(); ++i) {
        out += i ? ",[" : "[";
        for (std::size_t j = 0; j < report.params[i].size(); ++j) {
            out += j ? "," : "";
            out += "{\"type\":" + quoteJson(report.params[i][j].type) + ",\"text\":" + quoteJson(report.params[i][j].text)
                   + "}";
        }
        out += ']';
    }
    out += "],\"response\":" + (report.response ? quoteJson(*report.response) : std::string("null"));
    out += ",\"errors\":" + report.errors;
    const StageTimings& t = report.timings;
    out += ",\"timings\":{\"parse\":" + std::to_string(t.parse) + ",\"validate\":" + std::to_string(t.validate)
           + ",\"plan\":" + std::to_string(t.plan) + ",\"execute\":" + std::to_string(t.execute)
           + ",\"respond\":" + std::to_string(t.respond) + "}";
    out += ",\"cache\":" + quoteJson(cacheStatusName(report.cache)) + "}";
    return out;
}

} // namespace graft::harness
