#include "markdown_report.h"

#include "json_report.h"

namespace graft::harness {

namespace {

/// Inline code safe inside a Markdown table cell.
std::string cell(std::string text, std::size_t limit = 160)
{
    std::string out;
    for (const char c : text) {
        if (c == '|')
            out += "\\|";
        else if (c == '\n' || c == '\r')
            out += ' ';
        else if (c == '`')
            out += '\'';
        else
            out += c;
    }
    if (out.size() > limit) {
        std::size_t cut = limit;
        while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80)
            --cut;
        out = out.substr(0, cut) + "…";
    }
    return out.empty() ? std::string() : "`" + out + "`";
}

std::string ms(double micros)
{
    return JsonReport::number(micros / 1000.0);
}

std::string latencyRow(const char* name, const StageLatency& s)
{
    return std::string("| ") + name + " | " + std::to_string(s.endToEnd.count) + " | " + ms(s.endToEnd.p50) + " | "
           + ms(s.endToEnd.p90) + " | " + ms(s.endToEnd.p99) + " | " + ms(s.parse.p50) + " | " + ms(s.validate.p50) + " | "
           + ms(s.plan.p50) + " | " + ms(s.execute.p50) + " | " + ms(s.respond.p50) + " |\n";
}

} // namespace

std::string MarkdownReport::write(const RunReport& r, std::size_t limit)
{
    std::string out = "# Graft shadow run\n\n";
    const char* verdict = r.exitStatus == 0 ? "clean" : (r.exitStatus & kExitDivergence) ? "divergences gate" : "attention needed";
    out += "**" + std::string(verdict) + "** (exit status " + std::to_string(r.exitStatus) + ") — " + std::to_string(r.cases.size())
           + " of " + std::to_string(r.run.selected) + " selected cases run" + (r.run.complete ? "" : ", run incomplete (" + r.run.stopReason + ")")
           + "; " + std::to_string(r.gating) + " gating, " + std::to_string(r.accepted) + " accepted by the baseline, "
           + std::to_string(r.noise) + " noise" + (r.run.legacyOnly ? "; legacy side only" : "") + ".\n\n";
    out += "Legacy: " + cell(r.run.legacy) + (r.run.native.empty() ? "" : "; native: " + cell(r.run.native)) + "; started "
           + r.run.started + ", " + std::to_string(r.run.durationMs) + " ms.\n\n";
    out += "## Outcomes\n\n| outcome | cases |\n|---|---:|\n";
    for (const auto& [name, count] : r.outcomes) {
        if (count > 0)
            out += "| " + name + " | " + std::to_string(count) + " |\n";
    }
    out += "\n## Latency (ms)\n\n| side | runs | p50 | p90 | p99 | parse p50 | validate p50 | plan p50 | execute p50 | respond p50 |\n"
           "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
    out += latencyRow("legacy cold", r.latency.legacyCold) + latencyRow("legacy warm", r.latency.legacyWarm);
    if (!r.run.legacyOnly) {
        out += latencyRow("native cold", r.latency.nativeCold) + latencyRow("native warm", r.latency.nativeWarm);
        out += "\nNative/legacy end-to-end per case: cold p50 " + JsonReport::number(r.latency.ratioCold.p50) + ", p90 "
               + JsonReport::number(r.latency.ratioCold.p90) + ", p99 " + JsonReport::number(r.latency.ratioCold.p99) + ".\n";
        out += "\nPlan cache: " + std::to_string(r.cache.checked) + " checked, " + std::to_string(r.cache.divergent) + " divergent.\n";
    }
    if (!r.harnessErrors.empty()) {
        out += "\n## Harness errors\n\n";
        for (std::size_t i = 0; i < r.harnessErrors.size() && i < 50; ++i)
            out += "- " + cell(r.harnessErrors[i], 300) + "\n";
        if (r.harnessErrors.size() > 50)
            out += "- … " + std::to_string(r.harnessErrors.size() - 50) + " more\n";
    }
    if (r.stale > 0) {
        out += "\n## Stale baseline entries\n\n| # | selector | owner | expires | status |\n|---:|---|---|---|---|\n";
        for (std::size_t i = 0; i < r.baseline.size(); ++i) {
            const BaselineEntryReport& b = r.baseline[i];
            if (b.status != BaselineStatus::Expired && b.status != BaselineStatus::Unused)
                continue;
            out += "| " + std::to_string(i) + " | " + cell(b.entry.caseId + " " + b.entry.signature + " " + b.entry.path) + " | "
                   + cell(b.entry.owner) + " | " + b.entry.expires.toString(Qt::ISODate).toStdString() + " | "
                   + baselineStatusName(b.status) + " |\n";
        }
    }
    if (!r.clusters.empty()) {
        out += "\n## Clusters\n\n| cases | gating | outcome | path | coordinate | operator | examples |\n|---:|---:|---|---|---|---|---|\n";
        const std::string tail = "\n_Truncated to stay under the size limit; see report.json._\n";
        for (std::size_t i = 0; i < r.clusters.size(); ++i) {
            const Cluster& c = r.clusters[i];
            std::string examples;
            for (const std::string& e : c.examples)
                examples += (examples.empty() ? "" : ", ") + e;
            std::string row = "| " + std::to_string(c.count) + " | " + std::to_string(c.gating) + " | " + c.signature.outcome + " | "
                              + cell(c.signature.path) + " | " + cell(c.signature.coordinate) + " | " + cell(c.signature.op)
                              + " | " + cell(examples) + " |\n";
            if (out.size() + row.size() + tail.size() > limit) {
                out += tail;
                return out;
            }
            out += row;
        }
    }
    return out;
}

} // namespace graft::harness
