#include "case_comparator.h"

#include "json_diff.h"
#include "json_value.h"
#include "sql_compare.h"

#include <algorithm>
#include <cstdlib>

namespace graft::harness {

namespace {

bool startsWith(const std::string& text, const std::string& prefix)
{
    return text.compare(0, prefix.size(), prefix) == 0;
}

bool underAny(const std::string& pointer, const std::set<std::string>& roots)
{
    return std::any_of(roots.begin(), roots.end(), [&](const std::string& root) {
        return pointer == root || startsWith(pointer, root + "/");
    });
}

enum class Layer { Sql, Params, Errors, Response };

Layer layerOf(const Difference& d)
{
    if (d.kind == DiffKind::Sql)
        return Layer::Sql;
    if (d.kind == DiffKind::Params)
        return Layer::Params;
    if (d.pointer == "/errors" || startsWith(d.pointer, "/errors/"))
        return Layer::Errors;
    return Layer::Response;
}

/// The response without its top-level `errors` member (compared in the errors layer).
JsonValue withoutErrors(JsonValue response)
{
    if (response.type == JsonValue::Type::Object) {
        auto& m = response.members;
        m.erase(std::remove_if(m.begin(), m.end(), [](const auto& member) { return member.first == "errors"; }), m.end());
    }
    return response;
}

void compareResponses(const SideReport& l, const SideReport& n, std::vector<Difference>& out, bool structuralSoFar)
{
    if (!l.response || !n.response) {
        if (l.response.has_value() != n.response.has_value())
            out.push_back({DiffKind::Type, "", l.response.value_or("(no response)"), n.response.value_or("(no response)"),
                           "one side gave no response", false});
        return;
    }
    const JsonParseResult pl = parseJson(*l.response);
    const JsonParseResult pn = parseJson(*n.response);
    if (!pl.value || !pn.value) {
        if (*l.response != *n.response)
            out.push_back({DiffKind::Serialization, "", *l.response, *n.response, "response is not valid JSON", false});
        return;
    }
    JsonDiffOptions options;
    options.multisetPointers = CaseComparator::multisetPointers(l);
    const std::set<std::string> nativeSets = CaseComparator::multisetPointers(n);
    // An array is a multiset only when neither side ordered it.
    for (auto it = options.multisetPointers.begin(); it != options.multisetPointers.end();)
        it = nativeSets.count(*it) || n.sql.empty() ? std::next(it) : options.multisetPointers.erase(it);
    const std::size_t before = out.size();
    for (Difference& d : JsonDiff::compare(withoutErrors(*pl.value), withoutErrors(*pn.value), options))
        out.push_back(std::move(d));
    const bool multisetUsed = std::any_of(options.multisetPointers.begin(), options.multisetPointers.end(), [&](const std::string& p) {
        const JsonValue* data = pl.value->member("data");
        return data && data->type == JsonValue::Type::Object && data->member(p.substr(6)) != nullptr;
    });
    if (structuralSoFar && out.size() == before && !multisetUsed && *l.response != *n.response)
        out.push_back({DiffKind::Serialization, "", *l.response, *n.response, "same structure, different bytes", false});
}

std::string coordinateOfResponse(const std::string& pointer)
{
    // /data/users/3/homeAddress/city → users.homeAddress.city
    std::string out;
    const std::string free = JsonDiff::indexFree(pointer);
    std::size_t i = startsWith(free, "/data") ? 5 : 0;
    while (i < free.size()) {
        std::size_t end = free.find('/', i + 1);
        if (end == std::string::npos)
            end = free.size();
        const std::string token = free.substr(i + 1, end - i - 1);
        if (token != "*")
            out += (out.empty() ? "" : ".") + token;
        i = end;
    }
    return out;
}

std::size_t indexAfter(const std::string& pointer, const std::string& prefix)
{
    return static_cast<std::size_t>(std::strtoul(pointer.c_str() + prefix.size(), nullptr, 10));
}

void describeError(const SideReport& report, std::size_t index, Signature& signature)
{
    const JsonParseResult parsed = parseJson(report.errors);
    if (!parsed.value || index >= parsed.value->items.size())
        return;
    const JsonValue& error = parsed.value->items[index];
    if (const JsonValue* path = error.member("path"); path && path->type == JsonValue::Type::Array) {
        for (const JsonValue& key : path->items)
            signature.coordinate += (signature.coordinate.empty() ? "" : ".") + (key.type == JsonValue::Type::String ? key.text : std::string("*"));
    }
    if (const JsonValue* ext = error.member("extensions")) {
        if (const JsonValue* code = ext->member("code"); code && code->type == JsonValue::Type::String)
            signature.op = code->text;
    }
}

} // namespace

std::vector<Difference> CaseComparator::compareReports(const SideReport& legacy, const SideReport& native)
{
    std::vector<Difference> out = SqlCompare::compareStatements(legacy.sql, native.sql);
    for (Difference& d : SqlCompare::compareParams(legacy.params, native.params))
        out.push_back(std::move(d));
    const JsonParseResult el = parseJson(legacy.errors);
    const JsonParseResult en = parseJson(native.errors);
    if (el.value && en.value) {
        for (Difference& d : JsonDiff::compare(*el.value, *en.value, {}, "/errors"))
            out.push_back(std::move(d));
    } else if (legacy.errors != native.errors) {
        out.push_back({DiffKind::Serialization, "/errors", legacy.errors, native.errors, "errors are not valid JSON", false});
    }
    const bool structuralSoFar = std::none_of(out.begin(), out.end(), [](const Difference& d) { return layerOf(d) == Layer::Errors; });
    compareResponses(legacy, native, out, structuralSoFar);
    return out;
}

std::set<std::string> CaseComparator::multisetPointers(const SideReport& report)
{
    std::set<std::string> out;
    if (!report.response)
        return out;
    const JsonParseResult parsed = parseJson(*report.response);
    const JsonValue* data = parsed.value ? parsed.value->member("data") : nullptr;
    if (!data || data->type != JsonValue::Type::Object)
        return out;
    // Statements follow the executed root fields in order: a list (array) consumes one; an object or
    // null consumes one when the next statement reads like a lookup; meta-fields consume none.
    std::size_t next = 0;
    for (const auto& [key, value] : data->members) {
        if (value.type == JsonValue::Type::Array) {
            if (next < report.sql.size() && !SqlCompare::hasOrderBy(report.sql[next]))
                out.insert("/data/" + JsonDiff::escapeToken(key));
            else if (next >= report.sql.size())
                out.insert("/data/" + JsonDiff::escapeToken(key));
            ++next;
        } else if ((value.type == JsonValue::Type::Object || value.type == JsonValue::Type::Null)
                   && next < report.sql.size() && SqlCompare::looksLikeLookup(report.sql[next])) {
            ++next;
        }
    }
    return out;
}

Signature CaseComparator::signatureOf(CaseOutcome outcome, const std::vector<Difference>& differences,
                                      const SideReport& legacy, const SideReport& native)
{
    Signature s;
    s.outcome = caseOutcomeName(outcome);
    const Difference* first = nullptr;
    for (const Difference& d : differences) {
        if (d.noise)
            continue;
        const Layer layer = layerOf(d);
        const bool wanted = outcome == CaseOutcome::SqlDivergence ? layer == Layer::Sql
                            : outcome == CaseOutcome::ParamDivergence ? layer == Layer::Params
                            : outcome == CaseOutcome::ResponseDivergence ? layer == Layer::Response
                            : outcome == CaseOutcome::CacheDivergence ? d.kind == DiffKind::Cache
                                                                      : layer == Layer::Errors;
        if (!wanted)
            continue;
        // A multiset or length difference over an array yields to a difference found inside it.
        if (!first) {
            first = &d;
            continue;
        }
        const bool overArray = first->kind == DiffKind::Multiset || first->kind == DiffKind::Length;
        if (overArray && d.pointer == first->pointer)
            continue;
        if (overArray && startsWith(d.pointer, first->pointer + "/"))
            first = &d;
        break;
    }
    if (!first)
        return s;
    s.path = JsonDiff::indexFree(first->pointer);
    const std::string& p = first->pointer;
    if (startsWith(p, "/sql/") || startsWith(p, "/params/")) {
        const bool isSql = startsWith(p, "/sql/");
        const std::size_t i = indexAfter(p, isSql ? "/sql/" : "/params/");
        const std::string& text = i < legacy.sql.size() ? legacy.sql[i] : (i < native.sql.size() ? native.sql[i] : std::string());
        s.coordinate = SqlCompare::relationOf(text);
        if (isSql && i < legacy.sql.size() && i < native.sql.size())
            s.op = SqlCompare::operatorAt(legacy.sql[i], SqlCompare::commonPrefix(legacy.sql[i], native.sql[i]));
        else if (!isSql) {
            const std::size_t slash = p.find('/', std::string("/params/").size());
            if (slash != std::string::npos)
                s.op = SqlCompare::operatorOfParam(text, indexAfter(p, p.substr(0, slash + 1)) + 1);
        }
    } else if (startsWith(p, "/errors/")) {
        const std::size_t i = indexAfter(p, "/errors/");
        describeError(outcome == CaseOutcome::NativeOnlyError ? native : legacy, i, s);
        if (s.op.empty())
            describeError(native, i, s);
    } else if (first->kind != DiffKind::Cache) {
        s.coordinate = coordinateOfResponse(p);
    }
    return s;
}

Comparison CaseComparator::compare(const Outcome& legacy, const Outcome& native, const std::set<std::string>& noisePointers)
{
    Comparison c;
    if (legacy.status != RunStatus::Ok || native.status != RunStatus::Ok) {
        const bool legacyFailed = legacy.status != RunStatus::Ok;
        const RunStatus status = legacyFailed ? legacy.status : native.status;
        c.outcome = status == RunStatus::Timeout ? (legacyFailed ? CaseOutcome::LegacyTimeout : CaseOutcome::NativeTimeout)
                                                 : (legacyFailed ? CaseOutcome::LegacyCrash : CaseOutcome::NativeCrash);
        c.signature.outcome = caseOutcomeName(c.outcome);
        return c;
    }
    c.differences = compareReports(legacy.report, native.report);
    bool layers[4] = {false, false, false, false};
    bool anyNoise = false;
    for (Difference& d : c.differences) {
        d.noise = underAny(d.pointer, noisePointers);
        anyNoise = anyNoise || d.noise;
        if (!d.noise)
            layers[static_cast<int>(layerOf(d))] = true;
    }
    if (layers[static_cast<int>(Layer::Sql)]) {
        c.outcome = CaseOutcome::SqlDivergence;
    } else if (layers[static_cast<int>(Layer::Params)]) {
        c.outcome = CaseOutcome::ParamDivergence;
    } else if (layers[static_cast<int>(Layer::Errors)]) {
        const bool legacyErrors = legacy.report.errors != "[]";
        const bool nativeErrors = native.report.errors != "[]";
        c.outcome = legacyErrors && !nativeErrors   ? CaseOutcome::LegacyOnlyError
                    : nativeErrors && !legacyErrors ? CaseOutcome::NativeOnlyError
                                                    : CaseOutcome::ErrorDivergence;
    } else if (layers[static_cast<int>(Layer::Response)]) {
        c.outcome = CaseOutcome::ResponseDivergence;
    } else {
        c.outcome = anyNoise ? CaseOutcome::Noise : CaseOutcome::Match;
    }
    c.signature = signatureOf(c.outcome, c.differences, legacy.report, native.report);
    return c;
}

} // namespace graft::harness
