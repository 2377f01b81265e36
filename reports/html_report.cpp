#include "html_report.h"

#include "json_report.h"
#include "sql_compare.h"
#include "svg_chart.h"

namespace graft::harness {

namespace {

std::string h(const std::string& text)
{
    return SvgChart::escape(text);
}

/// `text` escaped, with the part after byte `from` marked (the first difference onwards).
std::string marked(const std::string& text, std::size_t from)
{
    if (from >= text.size())
        return h(text);
    while (from > 0 && (static_cast<unsigned char>(text[from]) & 0xC0) == 0x80)
        --from;
    return h(text.substr(0, from)) + "<mark>" + h(text.substr(from)) + "</mark>";
}

std::string sideBySide(const std::string& title, const std::string& legacy, const std::string& native)
{
    const std::size_t common = SqlCompare::commonPrefix(legacy, native);
    const bool same = legacy == native;
    return "<tr><th>" + h(title) + "</th><td><pre>" + (same ? h(legacy) : marked(legacy, common)) + "</pre></td><td><pre>"
           + (same ? h(native) : marked(native, common)) + "</pre></td></tr>";
}

std::string latencyChart(const RunReport& r)
{
    const auto group = [&](const char* label, const Percentiles StageLatency::*stage) {
        BarGroup g{label, {(r.latency.legacyCold.*stage).p50 / 1000, (r.latency.legacyCold.*stage).p90 / 1000}};
        if (!r.run.legacyOnly) {
            g.values.push_back((r.latency.nativeCold.*stage).p50 / 1000);
            g.values.push_back((r.latency.nativeCold.*stage).p90 / 1000);
        }
        return g;
    };
    std::vector<std::string> series{"legacy p50", "legacy p90"};
    if (!r.run.legacyOnly) {
        series.push_back("native p50");
        series.push_back("native p90");
    }
    return SvgChart::bars("Latency per stage, first runs", series,
                          {group("end to end", &StageLatency::endToEnd), group("parse", &StageLatency::parse),
                           group("validate", &StageLatency::validate), group("plan", &StageLatency::plan),
                           group("execute", &StageLatency::execute), group("respond", &StageLatency::respond)},
                          "ms");
}

std::string cacheChart(const RunReport& r)
{
    std::vector<BarGroup> groups{{"checked", {static_cast<double>(r.cache.checked)}},
                                 {"consistent", {static_cast<double>(r.cache.consistent)}},
                                 {"divergent", {static_cast<double>(r.cache.divergent)}}};
    for (const auto& [name, count] : r.cache.firstRun)
        groups.push_back({name, {static_cast<double>(count)}});
    return SvgChart::bars("Plan cache (§9 check) and first-run cache outcomes", {"cases"}, groups, "cases");
}

std::string caseDetail(const CaseResult& c)
{
    std::string s = "<section class=\"case\" id=\"case-" + h(c.id) + "\"><h3>" + h(c.id) + " <span class=\"o " + caseOutcomeName(c.outcome)
                    + "\">" + caseOutcomeName(c.outcome) + "</span>" + (c.gating ? " <span class=\"gate\">gating</span>" : "")
                    + (c.baselineEntry >= 0 ? " <span class=\"acc\">accepted (#" + std::to_string(c.baselineEntry) + ")</span>" : "")
                    + "</h3><p>Signature <code>" + h(c.signature.key()) + "</code></p>";
    if (c.legacy.status != RunStatus::Ok)
        s += "<p>Legacy " + std::string(runStatusName(c.legacy.status)) + ": " + h(c.legacy.detail) + "</p>";
    if (c.native && c.native->status != RunStatus::Ok)
        s += "<p>Native " + std::string(runStatusName(c.native->status)) + ": " + h(c.native->detail) + "</p>";
    const std::vector<Difference>& diffs = c.outcome == CaseOutcome::CacheDivergence ? c.cache.differences : c.differences;
    if (!diffs.empty()) {
        s += "<table class=\"diff\"><tr><th>kind</th><th>pointer</th><th>legacy</th><th>native</th><th>detail</th></tr>";
        for (std::size_t i = 0; i < diffs.size() && i < 100; ++i) {
            const Difference& d = diffs[i];
            s += std::string("<tr") + (d.noise ? " class=\"noise\"" : "") + "><td>" + diffKindName(d.kind) + "</td><td><code>"
                 + h(d.pointer.empty() ? "(root)" : d.pointer) + "</code></td><td><pre>" + h(d.legacy) + "</pre></td><td><pre>"
                 + h(d.native) + "</pre></td><td>" + h(d.detail) + (d.noise ? " (noise)" : "") + "</td></tr>";
        }
        s += "</table>";
    }
    if (c.native) {
        const SideReport& l = c.legacy.report;
        const SideReport& n = c.native->report;
        s += "<table class=\"sbs\"><tr><th></th><th>legacy</th><th>native</th></tr>";
        for (std::size_t i = 0; i < std::max(l.sql.size(), n.sql.size()); ++i)
            s += sideBySide("sql " + std::to_string(i), i < l.sql.size() ? l.sql[i] : "", i < n.sql.size() ? n.sql[i] : "");
        for (std::size_t i = 0; i < std::max(l.params.size(), n.params.size()); ++i) {
            const auto text = [](const std::vector<std::vector<Param>>& p, std::size_t k) {
                std::string out;
                if (k < p.size())
                    for (const Param& x : p[k])
                        out += x.type + " " + x.text + "\n";
                return out;
            };
            s += sideBySide("params " + std::to_string(i), text(l.params, i), text(n.params, i));
        }
        s += sideBySide("response", l.response.value_or("(none)"), n.response.value_or("(none)"));
        s += "</table>";
    }
    return s + "</section>";
}

} // namespace

std::string HtmlReport::write(const RunReport& r, std::size_t maxCases)
{
    std::string s = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Graft shadow run</title><style>"
                    "body{font-family:sans-serif;margin:2em;max-width:1400px}table{border-collapse:collapse;margin:1em 0}"
                    "td,th{border:1px solid #ccc;padding:3px 6px;vertical-align:top;text-align:left}"
                    "pre{white-space:pre-wrap;word-break:break-all;margin:0;max-height:24em;overflow:auto}"
                    "mark{background:#ffd6d6}.gate{color:#b00;font-weight:bold}.acc{color:#070}.noise{color:#888}"
                    ".o{font-size:80%;padding:1px 5px;border-radius:3px;background:#eee}.sbs td{width:48%}"
                    "</style></head><body>";
    s += "<h1>Graft shadow run</h1><p>Exit status <b>" + std::to_string(r.exitStatus) + "</b>; " + std::to_string(r.cases.size())
         + " of " + std::to_string(r.run.selected) + " selected cases" + (r.run.complete ? "" : " — <b>incomplete</b> (" + h(r.run.stopReason) + ")")
         + ". Legacy <code>" + h(r.run.legacy) + "</code>" + (r.run.native.empty() ? " (legacy only)" : ", native <code>" + h(r.run.native) + "</code>")
         + ". Started " + h(r.run.started) + ", " + std::to_string(r.run.durationMs) + " ms.</p>";
    s += "<h2>Summary</h2><table><tr><th>outcome</th><th>cases</th></tr>";
    for (const auto& [name, count] : r.outcomes) {
        if (count > 0)
            s += "<tr><td>" + h(name) + "</td><td>" + std::to_string(count) + "</td></tr>";
    }
    s += "<tr><th>gating</th><td>" + std::to_string(r.gating) + "</td></tr><tr><th>accepted</th><td>" + std::to_string(r.accepted)
         + "</td></tr><tr><th>noise</th><td>" + std::to_string(r.noise) + "</td></tr><tr><th>stale baseline entries</th><td>"
         + std::to_string(r.stale) + "</td></tr></table>";
    for (const std::string& e : r.harnessErrors)
        s += "<p class=\"gate\">Harness error: " + h(e) + "</p>";
    s += "<h2>Latency</h2>" + latencyChart(r);
    if (!r.run.legacyOnly)
        s += "<p>Native/legacy end-to-end ratio per case (cold): p50 " + JsonReport::number(r.latency.ratioCold.p50) + ", p90 "
             + JsonReport::number(r.latency.ratioCold.p90) + ", p99 " + JsonReport::number(r.latency.ratioCold.p99) + " over "
             + std::to_string(r.latency.ratioCold.count) + " cases.</p>";
    s += "<h2>Plan cache</h2>" + cacheChart(r);
    s += "<h2>Clusters</h2><table><tr><th>cases</th><th>gating</th><th>outcome</th><th>path</th><th>coordinate</th><th>operator</th><th>examples</th></tr>";
    for (const Cluster& c : r.clusters) {
        std::string examples;
        for (const std::string& e : c.examples)
            examples += "<a href=\"#case-" + h(e) + "\">" + h(e) + "</a> ";
        s += "<tr><td>" + std::to_string(c.count) + "</td><td>" + std::to_string(c.gating) + "</td><td>" + h(c.signature.outcome)
             + "</td><td><code>" + h(c.signature.path) + "</code></td><td>" + h(c.signature.coordinate) + "</td><td>"
             + h(c.signature.op) + "</td><td>" + examples + "</td></tr>";
    }
    s += "</table>";
    if (!r.baseline.empty()) {
        s += "<h2>Baseline</h2><table><tr><th>#</th><th>case</th><th>signature</th><th>path</th><th>owner</th><th>reason</th><th>expires</th><th>status</th><th>hits</th></tr>";
        for (std::size_t i = 0; i < r.baseline.size(); ++i) {
            const BaselineEntryReport& b = r.baseline[i];
            s += "<tr><td>" + std::to_string(i) + "</td><td>" + h(b.entry.caseId) + "</td><td>" + h(b.entry.signature) + "</td><td>"
                 + h(b.entry.path) + "</td><td>" + h(b.entry.owner) + "</td><td>" + h(b.entry.reason)
                 + (b.entry.link.empty() ? "" : " (" + h(b.entry.link) + ")") + "</td><td>"
                 + h(b.entry.expires.toString(Qt::ISODate).toStdString()) + "</td><td>" + baselineStatusName(b.status)
                 + "</td><td>" + std::to_string(b.hits) + "</td></tr>";
        }
        s += "</table>";
    }
    s += "<h2>Diverging cases</h2>";
    std::size_t shown = 0;
    std::size_t diverging = 0;
    for (const CaseResult& c : r.cases) {
        if (c.outcome == CaseOutcome::Match || c.outcome == CaseOutcome::LegacyOnly)
            continue;
        ++diverging;
        if (shown < maxCases) {
            s += caseDetail(c);
            ++shown;
        }
    }
    if (diverging > shown)
        s += "<p>" + std::to_string(diverging - shown) + " more diverging cases are in report.json.</p>";
    if (diverging == 0)
        s += "<p>None.</p>";
    return s + "</body></html>\n";
}

} // namespace graft::harness
