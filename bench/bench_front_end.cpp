// Front-end benchmarks (issue 3): parse, validate and parse + validate medians of typical corpus
// queries against the demo schema. bench/front_end_side_by_side.sh puts graphql-core 3.2.6 beside them.
//
// The queries are chosen from corpus/cases/generated.jsonl at startup, by a fixed rule that needs no
// randomness (ties broken by FNV-1a 64 of the case id, CorpusReader::stableHash); only non-error cases
// (no `error:` tag) with one operation and one root field (no `ops:multiple`, `root:multi`, `root:count*`):
//   list-pretty, list-compact, list-dense, list-commas — filtered list queries of 350-450 bytes (the
//       "~400-byte query" of the target): tags `root:list`, `page:limit`, at least one `op:` tag, and
//       the layout tag of the name; per layout, the case with the lowest hash;
//   lookup    — a by-id lookup: tags `root:lookup` and `lookup:hit`, the lowest hash;
//   fragments — tag `select:fragment`, 250-500 bytes, the lowest hash.
//
// Run: build-ci/bin/bench_front_end [--queries_out=FILE] [Google Benchmark flags]
// Defaults (each overridable on the command line): --benchmark_repetitions=15
// --benchmark_report_aggregates_only=true --benchmark_min_time=0.1. Benchmarks are named
// `parse/<name>`, `validate/<name>`, `parse+validate/<name>`; the label is the case id. With
// --queries_out the chosen cases are written there as JSON Lines {"name", "id", "query"}, so that
// another tool measures exactly the same documents.

#include "corpus_reader.h"
#include "schema/sdl_loader.h"
#include "syntax/parser.h"
#include "validate/validator.h"

#include <benchmark/benchmark.h>

#include <cstdint>
#include <cstdio>
#include <fstream>
#include <functional>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {

using graft::harness::Case;
using graft::harness::CorpusReader;

/// One benchmarked query: its short name and the corpus case it came from.
struct ChosenQuery {
    std::string name;
    Case testCase;
};

/// A selection slot: the name it gives its query and the rule a case must pass to fill it.
struct Slot {
    std::string name;
    std::function<bool(const Case &)> accepts;
    std::optional<Case> best;
    std::uint64_t bestHash = 0;
};

bool hasTag(const Case &testCase, std::string_view tag)
{
    for (const std::string &t : testCase.tags) {
        if (t == tag)
            return true;
    }
    return false;
}

bool hasTagPrefix(const Case &testCase, std::string_view prefix)
{
    for (const std::string &t : testCase.tags) {
        if (t.starts_with(prefix))
            return true;
    }
    return false;
}

/// A non-error case holding one operation with one root field.
bool isPlainSingleRoot(const Case &c)
{
    return !hasTagPrefix(c, "error:") && !hasTag(c, "ops:multiple") && !hasTag(c, "root:multi")
        && !hasTagPrefix(c, "root:count");
}

bool sizeWithin(const Case &c, std::size_t low, std::size_t high)
{
    return c.query.size() >= low && c.query.size() <= high;
}

Slot makeSlot(std::string name, std::function<bool(const Case &)> accepts)
{
    return Slot{std::move(name), std::move(accepts), std::nullopt, 0};
}

std::vector<Slot> selectionSlots()
{
    std::vector<Slot> slots;
    for (const char *layout : {"pretty", "compact", "dense", "commas"}) {
        const std::string layoutTag = std::string("layout:") + layout;
        slots.push_back(makeSlot(std::string("list-") + layout, [layoutTag](const Case &c) {
            return isPlainSingleRoot(c) && sizeWithin(c, 350, 450) && hasTag(c, "root:list") && hasTag(c, "page:limit")
                && hasTagPrefix(c, "op:") && hasTag(c, layoutTag);
        }));
    }
    slots.push_back(makeSlot("lookup", [](const Case &c) {
        return isPlainSingleRoot(c) && hasTag(c, "root:lookup") && hasTag(c, "lookup:hit");
    }));
    slots.push_back(makeSlot("fragments", [](const Case &c) {
        return isPlainSingleRoot(c) && sizeWithin(c, 250, 500) && hasTag(c, "select:fragment");
    }));
    return slots;
}

/// Reads the corpus file and fills every slot; an unreadable file or an empty slot is an error.
std::optional<std::vector<ChosenQuery>> chooseQueries(const std::string &corpusPath, std::string *error)
{
    std::ifstream file(corpusPath, std::ios::binary);
    if (!file) {
        *error = "cannot read " + corpusPath;
        return std::nullopt;
    }
    std::vector<Slot> slots = selectionSlots();
    std::string line;
    while (std::getline(file, line)) {
        if (line.empty())
            continue;
        std::string recordError;
        std::optional<Case> record = CorpusReader::parseRecord(line, &recordError);
        if (!record)
            continue;
        const std::uint64_t hash = CorpusReader::stableHash(record->id);
        for (Slot &slot : slots) {
            if (!slot.accepts(*record))
                continue;
            if (!slot.best || hash < slot.bestHash || (hash == slot.bestHash && record->id < slot.best->id)) {
                slot.best = *record;
                slot.bestHash = hash;
            }
        }
    }
    std::vector<ChosenQuery> chosen;
    for (Slot &slot : slots) {
        if (!slot.best) {
            *error = "no corpus case fits the slot " + slot.name;
            return std::nullopt;
        }
        chosen.push_back({slot.name, std::move(*slot.best)});
    }
    return chosen;
}

/// `text` as a JSON string literal (UTF-8 passed through, control characters escaped).
std::string jsonString(std::string_view text)
{
    std::string out = "\"";
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (byte < 0x20) {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\u%04x", byte);
            out += escaped;
        } else {
            out += c;
        }
    }
    out += '"';
    return out;
}

bool writeQueries(const std::string &path, const std::vector<ChosenQuery> &queries)
{
    std::ofstream out(path, std::ios::binary);
    for (const ChosenQuery &q : queries) {
        out << "{\"name\":" << jsonString(q.name) << ",\"id\":" << jsonString(q.testCase.id)
            << ",\"query\":" << jsonString(q.testCase.query) << "}\n";
    }
    return static_cast<bool>(out);
}

/// Parses `source`, failing the benchmark run when it does not parse.
std::shared_ptr<const graft::syntax::Document> parseOrSkip(benchmark::State &state, const std::string &source)
{
    auto parsed = graft::syntax::parseDocument(source);
    if (!parsed) {
        state.SkipWithError(parsed.errors().front().message.c_str());
        return nullptr;
    }
    return *parsed;
}

void benchParse(benchmark::State &state, const ChosenQuery &query)
{
    for (auto _ : state) {
        auto parsed = graft::syntax::parseDocument(query.testCase.query);
        if (!parsed) {
            state.SkipWithError(parsed.errors().front().message.c_str());
            break;
        }
        benchmark::DoNotOptimize(parsed);
    }
}

void benchValidate(benchmark::State &state, const ChosenQuery &query, const graft::schema::SchemaRegistry &registry)
{
    const auto document = parseOrSkip(state, query.testCase.query);
    if (!document)
        return;
    if (!graft::validate::validateDocument(*document, registry).empty()) {
        state.SkipWithError("the query does not validate");
        return;
    }
    for (auto _ : state) {
        auto errors = graft::validate::validateDocument(*document, registry);
        benchmark::DoNotOptimize(errors);
    }
}

void benchParseValidate(benchmark::State &state, const ChosenQuery &query,
                        const graft::schema::SchemaRegistry &registry)
{
    for (auto _ : state) {
        auto parsed = graft::syntax::parseDocument(query.testCase.query);
        if (!parsed) {
            state.SkipWithError(parsed.errors().front().message.c_str());
            break;
        }
        auto errors = graft::validate::validateDocument(**parsed, registry);
        benchmark::DoNotOptimize(errors);
    }
}

} // namespace

int main(int argc, char **argv)
{
    // Defaults first, so that the same flags given on the command line win (the last one counts).
    std::vector<char *> args{argv[0]};
    std::string defaults[] = {"--benchmark_repetitions=15", "--benchmark_report_aggregates_only=true",
                              "--benchmark_min_time=0.1"};
    for (std::string &flag : defaults)
        args.push_back(flag.data());
    for (int i = 1; i < argc; ++i)
        args.push_back(argv[i]);
    int count = static_cast<int>(args.size());
    args.push_back(nullptr);
    benchmark::Initialize(&count, args.data());

    std::string queriesOut;
    for (int i = 1; i < count; ++i) {
        const std::string_view arg = args[static_cast<std::size_t>(i)];
        if (arg.starts_with("--queries_out=")) {
            queriesOut = std::string(arg.substr(std::string_view("--queries_out=").size()));
        } else {
            std::cerr << "bench_front_end: unknown argument " << arg << '\n';
            return 2;
        }
    }

    const std::string source = GRAFT_SOURCE_DIR;
    auto registry = graft::schema::SdlLoader::loadFile(source + "/corpus/schema/demo.graphql");
    if (!registry) {
        std::cerr << "bench_front_end: the demo schema does not load: " << registry.errors().front().message << '\n';
        return 1;
    }
    std::string error;
    // Static: the registered benchmarks keep references to the queries until the process ends.
    static std::vector<ChosenQuery> queries;
    if (auto chosen = chooseQueries(source + "/corpus/cases/generated.jsonl", &error)) {
        queries = std::move(*chosen);
    } else {
        std::cerr << "bench_front_end: " << error << '\n';
        return 1;
    }
    if (!queriesOut.empty() && !writeQueries(queriesOut, queries)) {
        std::cerr << "bench_front_end: cannot write " << queriesOut << '\n';
        return 1;
    }

    const graft::schema::SchemaRegistry &schema = **registry;
    for (const ChosenQuery &query : queries) {
        const std::string &label = query.testCase.id;
        const auto bytes = static_cast<double>(query.testCase.query.size());
        benchmark::RegisterBenchmark(("parse/" + query.name).c_str(), [&query, label, bytes](benchmark::State &s) {
            benchParse(s, query);
            s.SetLabel(label);
            s.counters["bytes"] = bytes;
        })->Unit(benchmark::kMicrosecond);
        benchmark::RegisterBenchmark(("validate/" + query.name).c_str(),
                                     [&query, &schema, label, bytes](benchmark::State &s) {
                                         benchValidate(s, query, schema);
                                         s.SetLabel(label);
                                         s.counters["bytes"] = bytes;
                                     })
            ->Unit(benchmark::kMicrosecond);
        benchmark::RegisterBenchmark(("parse+validate/" + query.name).c_str(),
                                     [&query, &schema, label, bytes](benchmark::State &s) {
                                         benchParseValidate(s, query, schema);
                                         s.SetLabel(label);
                                         s.counters["bytes"] = bytes;
                                     })
            ->Unit(benchmark::kMicrosecond);
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
