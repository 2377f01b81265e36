// Parse-time benchmarks for the native syntax stage (graft::syntax::parseDocument).
// Run: build-ci/bin/bench_parse  (medians are reported with the `_median` suffix).

#include "syntax/parser.h"

#include <benchmark/benchmark.h>

#include <fstream>
#include <iterator>
#include <string>

namespace {

using graft::syntax::ParseLimits;
using graft::syntax::parseDocument;

/// A ~400-byte filtered list query, the typical request the engine serves.
const std::string kFilteredList = R"(query UsersByFilter($tenant: UUID!, $limit: Int = 20) {
  users(where: {AND: [{tenantId: {eq: $tenant}}, {email: {like: "%@example.com"}}, {createdAt: {gte: "2024-01-01T00:00:00Z"}}], status: {in: [ACTIVE, PENDING]}}, orderBy: [{createdAt: DESC}, {id: ASC}], limit: $limit, offset: 40) {
    id
    email
    firstName
    lastName
    profile { avatarUrl bio }
    createdAt
  }
})";

const std::string kSmall = "{ users { id } }";

const std::string kFragments = R"(query Dashboard($id: ID!, $first: Int = 10, $after: String) @cached(ttl: 30) {
  me: user(id: $id) { ...UserParts posts(first: $first, after: $after) { ...PostParts } }
  recent: posts(orderBy: [{publishedAt: DESC}], limit: 5) { ...PostParts author { ...UserParts } }
  stats { users posts comments }
}
fragment UserParts on User { id name email avatar(size: 64) @include(if: true) createdAt }
fragment PostParts on Post {
  id title body tags
  comments(limit: 3, where: {flagged: {eq: false}, body: {ilike: "%graphql%"}}) { id body author { id name } }
  ... on Article { wordCount } ... @skip(if: false) { publishedAt }
}
)";

std::string readFile(const std::string &path)
{
    std::ifstream file(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
}

void parseBenchmark(benchmark::State &state, const std::string &source)
{
    ParseLimits limits;
    limits.maxDocumentBytes = 1 << 20;
    for (auto _ : state) {
        auto parsed = parseDocument(source, limits);
        if (!parsed) {
            state.SkipWithError(parsed.errors().front().message.c_str());
            break;
        }
        benchmark::DoNotOptimize(parsed);
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(source.size()));
    state.counters["bytes"] = static_cast<double>(source.size());
}

void BM_ParseFilteredList(benchmark::State &state)
{
    parseBenchmark(state, kFilteredList);
}

void BM_ParseSmall(benchmark::State &state)
{
    parseBenchmark(state, kSmall);
}

void BM_ParseFragments(benchmark::State &state)
{
    parseBenchmark(state, kFragments);
}

void BM_ParseDemoSchema(benchmark::State &state)
{
    static const std::string schema = readFile(std::string(GRAFT_SOURCE_DIR) + "/corpus/schema/demo.graphql");
    parseBenchmark(state, schema);
}

void BM_ParseSyntaxError(benchmark::State &state)
{
    const std::string source = kFilteredList.substr(0, kFilteredList.size() - 3) + " ~ }";
    for (auto _ : state) {
        auto parsed = parseDocument(source);
        benchmark::DoNotOptimize(parsed);
    }
}

} // namespace

BENCHMARK(BM_ParseFilteredList)->Repetitions(15)->ReportAggregatesOnly(true);
BENCHMARK(BM_ParseSmall)->Repetitions(15)->ReportAggregatesOnly(true);
BENCHMARK(BM_ParseFragments)->Repetitions(15)->ReportAggregatesOnly(true);
BENCHMARK(BM_ParseDemoSchema)->Repetitions(15)->ReportAggregatesOnly(true);
BENCHMARK(BM_ParseSyntaxError)->Repetitions(15)->ReportAggregatesOnly(true);

BENCHMARK_MAIN();
