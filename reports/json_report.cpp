#include "json_report.h"

#include "json_value.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace graft::harness {

namespace {

std::string q(std::string_view s)
{
    return quoteJson(s);
}

std::string percentiles(const Percentiles& p)
{
    return "{\"count\":" + std::to_string(p.count) + ",\"p50\":" + JsonReport::number(p.p50) + ",\"p90\":"
           + JsonReport::number(p.p90) + ",\"p99\":" + JsonReport::number(p.p99) + "}";
}

std::string stages(const StageLatency& s)
{
    return "{\"endToEnd\":" + percentiles(s.endToEnd) + ",\"parse\":" + percentiles(s.parse) + ",\"validate\":"
           + percentiles(s.validate) + ",\"plan\":" + percentiles(s.plan) + ",\"execute\":" + percentiles(s.execute)
           + ",\"respond\":" + percentiles(s.respond) + "}";
}

std::string stringList(const std::vector<std::string>& list)
{
    std::string out = "[";
    for (std::size_t i = 0; i < list.size(); ++i)
        out += (i ? "," : "") + q(list[i]);
    return out + "]";
}

std::string differenceList(const std::vector<Difference>& list)
{
    std::string out = "[";
    for (std::size_t i = 0; i < list.size(); ++i) {
        const Difference& d = list[i];
        out += std::string(i ? "," : "") + "{\"kind\":" + q(diffKindName(d.kind)) + ",\"pointer\":" + q(d.pointer)
               + ",\"legacy\":" + q(d.legacy) + ",\"native\":" + q(d.native) + ",\"detail\":" + q(d.detail)
               + ",\"noise\":" + (d.noise ? "true" : "false") + "}";
    }
    return out + "]";
}

std::string runSection(const RunInfo& r)
{
    return "{\"started\":" + q(r.started) + ",\"finished\":" + q(r.finished) + ",\"durationMs\":" + std::to_string(r.durationMs)
           + ",\"legacy\":" + q(r.legacy) + ",\"native\":" + q(r.native) + ",\"corpus\":" + stringList(r.corpus)
           + ",\"schema\":" + q(r.schema) + ",\"shard\":" + q(r.shard) + ",\"sample\":" + JsonReport::number(r.sample)
           + ",\"repeat\":" + std::to_string(r.repeat) + ",\"jobs\":" + std::to_string(r.jobs)
           + ",\"legacyOnly\":" + (r.legacyOnly ? "true" : "false") + ",\"complete\":" + (r.complete ? "true" : "false")
           + ",\"stopReason\":" + q(r.stopReason) + ",\"selected\":" + std::to_string(r.selected)
           + ",\"failOn\":" + q(r.failOn == FailOn::Any ? "any" : "new") + ",\"baseline\":" + q(r.baselineFile) + "}";
}

std::string str(const JsonValue& o, std::string_view key)
{
    const JsonValue* v = o.member(key);
    return v && v->type == JsonValue::Type::String ? v->text : std::string();
}

std::int64_t integer(const JsonValue& o, std::string_view key)
{
    const JsonValue* v = o.member(key);
    std::int64_t n = 0;
    if (v && v->type == JsonValue::Type::Number)
        std::from_chars(v->text.data(), v->text.data() + v->text.size(), n);
    return n;
}

bool boolean(const JsonValue& o, std::string_view key)
{
    const JsonValue* v = o.member(key);
    return v && v->type == JsonValue::Type::Boolean && v->boolean;
}

} // namespace

std::string JsonReport::number(double value)
{
    if (!std::isfinite(value))
        return "0";
    if (value == std::floor(value) && std::fabs(value) < 9e15)
        return std::to_string(static_cast<std::int64_t>(value));
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.3f", value);
    return buffer;
}

std::string JsonReport::write(const RunReport& r)
{
    std::string out = "{\n  \"format\": \"graft-harness-report\",\n  \"version\": " + std::to_string(RunReport::kVersion) + ",\n";
    out += "  \"run\": " + runSection(r.run) + ",\n";
    out += "  \"summary\": {\"cases\":" + std::to_string(r.cases.size()) + ",\"selected\":" + std::to_string(r.run.selected)
           + ",\"outcomes\":{";
    bool first = true;
    for (const auto& [name, count] : r.outcomes) {
        out += (first ? "" : ",") + q(name) + ":" + std::to_string(count);
        first = false;
    }
    out += "},\"gating\":" + std::to_string(r.gating) + ",\"accepted\":" + std::to_string(r.accepted) + ",\"noise\":"
           + std::to_string(r.noise) + ",\"staleBaseline\":" + std::to_string(r.stale) + ",\"exitStatus\":"
           + std::to_string(r.exitStatus) + "},\n";
    out += "  \"latency\": {\"legacy\":{\"cold\":" + stages(r.latency.legacyCold) + ",\"warm\":" + stages(r.latency.legacyWarm)
           + "},\"native\":{\"cold\":" + stages(r.latency.nativeCold) + ",\"warm\":" + stages(r.latency.nativeWarm)
           + "},\"ratio\":{\"cold\":" + percentiles(r.latency.ratioCold) + ",\"warm\":" + percentiles(r.latency.ratioWarm) + "}},\n";
    out += "  \"cache\": {\"checked\":" + std::to_string(r.cache.checked) + ",\"consistent\":" + std::to_string(r.cache.consistent)
           + ",\"divergent\":" + std::to_string(r.cache.divergent) + ",\"firstRun\":{";
    first = true;
    for (const auto& [name, count] : r.cache.firstRun) {
        out += (first ? "" : ",") + q(name) + ":" + std::to_string(count);
        first = false;
    }
    out += "}},\n  \"clusters\": [";
    for (std::size_t i = 0; i < r.clusters.size(); ++i) {
        const Cluster& c = r.clusters[i];
        out += std::string(i ? ",\n    " : "\n    ") + "{\"key\":" + q(c.signature.key()) + ",\"signature\":{\"outcome\":"
               + q(c.signature.outcome) + ",\"path\":" + q(c.signature.path) + ",\"coordinate\":" + q(c.signature.coordinate)
               + ",\"operator\":" + q(c.signature.op) + "},\"count\":" + std::to_string(c.count) + ",\"gating\":"
               + std::to_string(c.gating) + ",\"accepted\":" + std::to_string(c.accepted) + ",\"examples\":"
               + stringList(c.examples) + ",\"sample\":" + differenceList(c.sample) + "}";
    }
    out += "],\n  \"baseline\": [";
    for (std::size_t i = 0; i < r.baseline.size(); ++i) {
        const BaselineEntryReport& b = r.baseline[i];
        out += std::string(i ? "," : "") + "\n    {\"index\":" + std::to_string(i) + ",\"case\":" + q(b.entry.caseId)
               + ",\"signature\":" + q(b.entry.signature) + ",\"path\":" + q(b.entry.path) + ",\"owner\":" + q(b.entry.owner)
               + ",\"reason\":" + q(b.entry.reason) + ",\"link\":" + q(b.entry.link) + ",\"expires\":"
               + q(b.entry.expires.isValid() ? b.entry.expires.toString(Qt::ISODate).toStdString() : std::string())
               + ",\"status\":" + q(baselineStatusName(b.status)) + ",\"hits\":" + std::to_string(b.hits) + "}";
    }
    out += "],\n  \"harnessErrors\": " + stringList(r.harnessErrors) + ",\n  \"cases\": [";
    for (std::size_t i = 0; i < r.cases.size(); ++i)
        out += std::string(i ? ",\n    " : "\n    ") + caseResultToJson(r.cases[i]);
    out += "\n  ]\n}\n";
    return out;
}

std::optional<RunReport> JsonReport::read(std::string_view text, std::string* error)
{
    const JsonParseResult parsed = parseJson(text);
    if (!parsed.value || parsed.value->type != JsonValue::Type::Object) {
        *error = "not a JSON object: " + parsed.error;
        return std::nullopt;
    }
    const JsonValue& root = *parsed.value;
    if (str(root, "format") != "graft-harness-report" || integer(root, "version") != RunReport::kVersion) {
        *error = "not a graft harness report of version " + std::to_string(RunReport::kVersion);
        return std::nullopt;
    }
    RunReport report;
    if (const JsonValue* run = root.member("run")) {
        RunInfo& r = report.run;
        r.started = str(*run, "started");
        r.finished = str(*run, "finished");
        r.durationMs = integer(*run, "durationMs");
        r.legacy = str(*run, "legacy");
        r.native = str(*run, "native");
        if (const JsonValue* corpus = run->member("corpus")) {
            for (const JsonValue& c : corpus->items)
                r.corpus.push_back(c.text);
        }
        r.schema = str(*run, "schema");
        r.shard = str(*run, "shard");
        if (const JsonValue* sample = run->member("sample"))
            r.sample = std::strtod(sample->text.c_str(), nullptr);
        r.repeat = static_cast<int>(integer(*run, "repeat"));
        r.jobs = static_cast<int>(integer(*run, "jobs"));
        r.legacyOnly = boolean(*run, "legacyOnly");
        r.complete = boolean(*run, "complete");
        r.stopReason = str(*run, "stopReason");
        r.selected = static_cast<std::size_t>(integer(*run, "selected"));
        r.failOn = str(*run, "failOn") == "any" ? FailOn::Any : FailOn::New;
        r.baselineFile = str(*run, "baseline");
    }
    if (const JsonValue* errors = root.member("harnessErrors")) {
        for (const JsonValue& e : errors->items)
            report.harnessErrors.push_back(e.text);
    }
    if (const JsonValue* cases = root.member("cases")) {
        for (const JsonValue& c : cases->items) {
            std::optional<CaseResult> result = caseResultFromJson(writeJson(c), error);
            if (!result)
                return std::nullopt;
            report.cases.push_back(std::move(*result));
        }
    }
    return report;
}

} // namespace graft::harness
