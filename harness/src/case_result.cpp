#include "case_result.h"

#include "json_value.h"

#include <charconv>

namespace graft::harness {

namespace {

std::string str(std::string_view s)
{
    return quoteJson(s);
}

std::string differenceJson(const Difference& d)
{
    return "{\"kind\":" + str(diffKindName(d.kind)) + ",\"pointer\":" + str(d.pointer) + ",\"legacy\":" + str(d.legacy)
           + ",\"native\":" + str(d.native) + ",\"detail\":" + str(d.detail) + ",\"noise\":" + (d.noise ? "true" : "false")
           + "}";
}

std::string differencesJson(const std::vector<Difference>& list)
{
    std::string out = "[";
    for (std::size_t i = 0; i < list.size(); ++i)
        out += (i ? "," : "") + differenceJson(list[i]);
    return out + "]";
}

std::string timingsJson(const StageTimings& t)
{
    return "{\"parse\":" + std::to_string(t.parse) + ",\"validate\":" + std::to_string(t.validate) + ",\"plan\":"
           + std::to_string(t.plan) + ",\"execute\":" + std::to_string(t.execute) + ",\"respond\":" + std::to_string(t.respond)
           + "}";
}

std::string sideJson(const SideResult& side, bool withReport)
{
    std::string out = "{\"status\":" + str(runStatusName(side.status)) + ",\"detail\":" + str(side.detail)
                      + ",\"cache\":" + str(cacheStatusName(side.report.cache)) + ",\"runs\":[";
    for (std::size_t i = 0; i < side.runs.size(); ++i)
        out += std::string(i ? "," : "") + "{\"endToEnd\":" + std::to_string(side.runs[i].endToEnd)
               + ",\"stages\":" + timingsJson(side.runs[i].stages) + "}";
    out += "]";
    if (withReport)
        out += ",\"report\":" + sideReportToJson(side.report);
    return out + "}";
}

std::string member(const JsonValue& o, std::string_view key)
{
    const JsonValue* v = o.member(key);
    return v && v->type == JsonValue::Type::String ? v->text : std::string();
}

std::int64_t integer(const JsonValue* v)
{
    std::int64_t n = 0;
    if (v && v->type == JsonValue::Type::Number)
        std::from_chars(v->text.data(), v->text.data() + v->text.size(), n);
    return n;
}

std::vector<Difference> readDifferences(const JsonValue* list)
{
    std::vector<Difference> out;
    if (!list)
        return out;
    for (const JsonValue& d : list->items) {
        Difference diff;
        diff.kind = diffKindFromName(member(d, "kind")).value_or(DiffKind::Value);
        diff.pointer = member(d, "pointer");
        diff.legacy = member(d, "legacy");
        diff.native = member(d, "native");
        diff.detail = member(d, "detail");
        const JsonValue* noise = d.member("noise");
        diff.noise = noise && noise->type == JsonValue::Type::Boolean && noise->boolean;
        out.push_back(std::move(diff));
    }
    return out;
}

StageTimings readTimings(const JsonValue* t)
{
    StageTimings s;
    if (!t)
        return s;
    s.parse = integer(t->member("parse"));
    s.validate = integer(t->member("validate"));
    s.plan = integer(t->member("plan"));
    s.execute = integer(t->member("execute"));
    s.respond = integer(t->member("respond"));
    return s;
}

SideResult readSide(const JsonValue& o)
{
    SideResult side;
    side.status = runStatusFromName(member(o, "status"));
    side.detail = member(o, "detail");
    if (const JsonValue* report = o.member("report")) {
        std::string ignored;
        if (std::optional<SideReport> r = sideReportFromJson(writeJson(*report), &ignored))
            side.report = std::move(*r);
    }
    side.report.cache = cacheStatusFromName(member(o, "cache"));
    if (const JsonValue* runs = o.member("runs")) {
        for (const JsonValue& run : runs->items)
            side.runs.push_back({integer(run.member("endToEnd")), readTimings(run.member("stages"))});
    }
    return side;
}

} // namespace

std::string caseResultToJson(const CaseResult& r, bool keepReports)
{
    const bool withReports = keepReports || (r.outcome != CaseOutcome::Match && r.outcome != CaseOutcome::LegacyOnly);
    std::string out = "{\"id\":" + str(r.id) + ",\"tags\":[";
    for (std::size_t i = 0; i < r.tags.size(); ++i)
        out += (i ? "," : "") + str(r.tags[i]);
    out += "],\"outcome\":" + str(caseOutcomeName(r.outcome));
    out += ",\"signature\":{\"key\":" + str(r.signature.key()) + ",\"outcome\":" + str(r.signature.outcome)
           + ",\"path\":" + str(r.signature.path) + ",\"coordinate\":" + str(r.signature.coordinate)
           + ",\"operator\":" + str(r.signature.op) + "}";
    out += ",\"differences\":" + differencesJson(r.differences);
    out += ",\"noisePointers\":[";
    for (std::size_t i = 0; i < r.noisePointers.size(); ++i)
        out += (i ? "," : "") + str(r.noisePointers[i]);
    out += "],\"legacy\":" + sideJson(r.legacy, withReports);
    out += ",\"native\":" + (r.native ? sideJson(*r.native, withReports) : std::string("null"));
    out += ",\"cache\":{\"ran\":" + std::string(r.cache.ran ? "true" : "false") + ",\"cold\":" + str(cacheStatusName(r.cache.cold))
           + ",\"warm\":" + str(cacheStatusName(r.cache.warm)) + ",\"off\":" + str(cacheStatusName(r.cache.off))
           + ",\"differences\":" + differencesJson(r.cache.differences) + "}";
    out += ",\"baselineEntry\":" + std::to_string(r.baselineEntry) + ",\"gating\":" + (r.gating ? "true" : "false") + "}";
    return out;
}

std::optional<CaseResult> caseResultFromJson(std::string_view json, std::string* error)
{
    const JsonParseResult parsed = parseJson(json);
    if (!parsed.value || parsed.value->type != JsonValue::Type::Object) {
        *error = parsed.value ? "not an object" : parsed.error;
        return std::nullopt;
    }
    const JsonValue& o = *parsed.value;
    CaseResult r;
    r.id = member(o, "id");
    const std::optional<CaseOutcome> outcome = caseOutcomeFromName(member(o, "outcome"));
    if (r.id.empty() || !outcome) {
        *error = "case result without id or with an unknown outcome";
        return std::nullopt;
    }
    r.outcome = *outcome;
    if (const JsonValue* tags = o.member("tags")) {
        for (const JsonValue& t : tags->items)
            r.tags.push_back(t.text);
    }
    if (const JsonValue* s = o.member("signature")) {
        r.signature = {member(*s, "outcome"), member(*s, "path"), member(*s, "coordinate"), member(*s, "operator")};
    }
    r.differences = readDifferences(o.member("differences"));
    if (const JsonValue* noise = o.member("noisePointers")) {
        for (const JsonValue& p : noise->items)
            r.noisePointers.push_back(p.text);
    }
    if (const JsonValue* legacy = o.member("legacy"); legacy && legacy->type == JsonValue::Type::Object)
        r.legacy = readSide(*legacy);
    if (const JsonValue* native = o.member("native"); native && native->type == JsonValue::Type::Object)
        r.native = readSide(*native);
    if (const JsonValue* cache = o.member("cache"); cache && cache->type == JsonValue::Type::Object) {
        const JsonValue* ran = cache->member("ran");
        r.cache.ran = ran && ran->type == JsonValue::Type::Boolean && ran->boolean;
        r.cache.cold = cacheStatusFromName(member(*cache, "cold"));
        r.cache.warm = cacheStatusFromName(member(*cache, "warm"));
        r.cache.off = cacheStatusFromName(member(*cache, "off"));
        r.cache.differences = readDifferences(cache->member("differences"));
    }
    r.baselineEntry = static_cast<int>(integer(o.member("baselineEntry")));
    if (const JsonValue* g = o.member("gating"))
        r.gating = g->type == JsonValue::Type::Boolean && g->boolean;
    return r;
}

} // namespace graft::harness
