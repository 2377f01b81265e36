// The validated-document cache (engine performance, issue 5): LRU bounds by entries and bytes,
// eviction order, counters, concurrent readers and writers; then, through graft::Engine with no
// database, that it changes no output: the same bytes and errors with the cache on and off, failing
// documents never stored, a reload starting empty, per-request checks still run on a hit.

#include "test_env.h"

#include "cache/document_cache.h"
#include "graft/engine.h"
#include "graft/schema.h"
#include "pipeline/engine_settings.h"
#include "syntax/parser.h"

#include <QTest>

#include <atomic>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

using namespace graft;

namespace {

std::shared_ptr<const syntax::Document> parsed(const std::string &text)
{
    auto document = syntax::parseDocument(text);
    if (!document)
        qFatal("cannot parse %s", text.c_str());
    return std::move(document).value();
}

// The bytes one entry of `text` is charged (a cache of one entry, read back).
std::size_t chargeOf(const std::string &text)
{
    cache::DocumentCache cache({1, 1 << 20});
    cache.insert(text, parsed(text));
    return cache.stats().bytes;
}

std::string contractSchemaFile()
{
    return QString(test::sourceDir() + QStringLiteral("/tests/fixtures/contract/schema.graphql")).toStdString();
}

constexpr std::size_t kDefaultBytes = std::size_t(16) << 20;

std::unique_ptr<Engine> makeEngine(std::size_t documentCacheEntries, std::size_t documentCacheBytes = kDefaultBytes,
                                   std::size_t maxDepth = EngineLimits().maxDepth)
{
    EngineConfig config;
    config.schemaFile = contractSchemaFile();
    config.documentCacheEntries = documentCacheEntries;
    config.documentCacheBytes = documentCacheBytes;
    config.limits.maxDepth = maxDepth;
    auto engine = Engine::create(config);
    if (!engine)
        qFatal("cannot create the engine: %s", engine.errors().front().message.c_str());
    return std::move(engine).value();
}

struct Call {
    std::string query;
    std::optional<std::string> variables;
    std::optional<std::string> operationName;
};

Response run(const Engine &engine, const Call &call)
{
    return engine.execute(Request{call.query, call.variables, call.operationName, std::nullopt});
}

// Everything a response says except its timings.
void compareResponses(const Response &actual, const Response &expected)
{
    QCOMPARE(actual.body, expected.body);
    QVERIFY(actual.errors == expected.errors);
    QCOMPARE(actual.sql, expected.sql);
    QVERIFY(actual.params == expected.params);
    QCOMPARE(actual.cache, expected.cache);
}

const char *const kTwoOperations = "query Q($n: Int!) { users(limit: $n) { id } } query R { users { id age } }";

// Operations whose request-independent facts differ: aliases, depth, directives deciding the root
// fields (Skip) or only what lies below them (Inner).
const char *const kFactOperations =
    "query A { users { id } a2: users { id } } query B { users { id homeAddress { city } } } "
    "query Skip($s: Boolean!) { users @skip(if: $s) { id } __typename } "
    "query Inner($s: Boolean!) { users { id age @include(if: $s) } }";

const syntax::OperationDefinition &operationNamed(const syntax::Document &document, std::string_view name)
{
    for (const syntax::Definition *definition : document.definitions()) {
        const auto *operation = definition->as<syntax::OperationDefinition>();
        if (operation && operation->name.value == name)
            return *operation;
    }
    qFatal("no operation %s", std::string(name).c_str());
}

} // namespace

class TestDocumentCache : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // lookup() remembers missed texts: the second miss of a text says so, other texts do not.
    void lookupRemembersMisses()
    {
        cache::DocumentCache cache({10, 1 << 20});
        QVERIFY(!cache.lookup("{ a }").seenBefore);
        QVERIFY(!cache.lookup("{ b }").seenBefore);
        const cache::DocumentLookup again = cache.lookup("{ a }");
        QVERIFY(!again.document);
        QVERIFY(again.seenBefore);
        cache.insert("{ a }", parsed("{ a }"));
        const cache::DocumentLookup hit = cache.lookup("{ a }");
        QVERIFY(hit.document);
        QVERIFY(!hit.seenBefore);
        QCOMPARE(cache.stats().misses, std::uint64_t(3));
        QCOMPARE(cache.stats().hits, std::uint64_t(1));
    }

    void hitsMissesAndEntries()
    {
        cache::DocumentCache cache({3, 1 << 20});
        QCOMPARE(cache.shardCount(), std::size_t(1));
        QVERIFY(!cache.find("{ a }"));
        const auto a = parsed("{ a }");
        cache.insert("{ a }", a);
        cache.insert("{ b }", parsed("{ b }"));
        QCOMPARE(cache.find("{ a }"), a);
        QCOMPARE(cache.find("{ b }")->source(), std::string_view("{ b }"));
        const cache::DocumentCacheStats stats = cache.stats();
        QCOMPARE(stats.hits, std::uint64_t(2));
        QCOMPARE(stats.misses, std::uint64_t(1));
        QCOMPARE(stats.entries, std::size_t(2));
        QCOMPARE(stats.evictions, std::uint64_t(0));
        QCOMPARE(stats.bytes, chargeOf("{ a }") + chargeOf("{ b }"));
    }

    // The key is the text byte for byte: whitespace, comments or case make another entry.
    void keyIsTheExactText()
    {
        cache::DocumentCache cache({10, 1 << 20});
        cache.insert("{ a }", parsed("{ a }"));
        QVERIFY(cache.find("{ a }"));
        QVERIFY(!cache.find("{ a } "));
        QVERIFY(!cache.find("{  a }"));
        QVERIFY(!cache.find("{ A }"));
        QVERIFY(!cache.find(std::string_view("{ a }\0", 6)));
        QCOMPARE(cache.stats().misses, std::uint64_t(4));
    }

    // A second insert of the same text keeps the first document.
    void existingEntryWins()
    {
        cache::DocumentCache cache({10, 1 << 20});
        const auto first = parsed("{ a }");
        cache.insert("{ a }", first);
        cache.insert("{ a }", parsed("{ a }"));
        QCOMPARE(cache.find("{ a }"), first);
        QCOMPARE(cache.stats().entries, std::size_t(1));
    }

    void evictsLeastRecentlyUsed()
    {
        cache::DocumentCache cache({3, 1 << 20});
        for (const char *text : {"{ a }", "{ b }", "{ c }"})
            cache.insert(text, parsed(text));
        // Use order now c, a, b (oldest first).
        QVERIFY(cache.find("{ c }"));
        QVERIFY(cache.find("{ a }"));
        QVERIFY(cache.find("{ b }"));
        cache.insert("{ d }", parsed("{ d }")); // evicts c
        QCOMPARE(cache.stats().evictions, std::uint64_t(1));
        QVERIFY(!cache.find("{ c }"));
        cache.insert("{ e }", parsed("{ e }")); // evicts a
        QVERIFY(!cache.find("{ a }"));
        QVERIFY(cache.find("{ b }"));
        QVERIFY(cache.find("{ d }"));
        QVERIFY(cache.find("{ e }"));
        const cache::DocumentCacheStats stats = cache.stats();
        QCOMPARE(stats.entries, std::size_t(3));
        QCOMPARE(stats.evictions, std::uint64_t(2));
    }

    void boundedByBytes()
    {
        // Texts of one length parse to equal charges.
        const std::size_t charge = chargeOf("{ k0 }");
        QCOMPARE(chargeOf("{ k9 }"), charge);
        QVERIFY(charge > std::string("{ k0 }").size());
        cache::DocumentCache cache({100, 3 * charge + charge / 2});
        for (int i = 0; i < 10; ++i) {
            const std::string text = "{ k" + std::to_string(i) + " }";
            cache.insert(text, parsed(text));
            QVERIFY(cache.stats().bytes <= 3 * charge + charge / 2);
        }
        const cache::DocumentCacheStats stats = cache.stats();
        QCOMPARE(stats.entries, std::size_t(3));
        QCOMPARE(stats.evictions, std::uint64_t(7));
        QCOMPARE(stats.bytes, 3 * charge);
        QVERIFY(!cache.find("{ k6 }"));
        for (const char *newest : {"{ k7 }", "{ k8 }", "{ k9 }"})
            QVERIFY(cache.find(newest));
        // A document larger than the whole budget is never stored (and evicts nothing).
        const std::string huge = "{ " + std::string(4 * charge, 'h') + " }";
        cache.insert(huge, parsed(huge));
        QVERIFY(!cache.find(huge));
        QCOMPARE(cache.stats().entries, std::size_t(3));
    }

    void concurrentReadersAndWriters_data()
    {
        QTest::addColumn<int>("maxEntries");
        QTest::addRow("one shard, evicting") << 64;
        QTest::addRow("sharded, all fit") << 4096;
    }

    // 8 threads look up and store 200 texts: no crash, every hit is the document of its own text,
    // the counters add up to the lookups made.
    void concurrentReadersAndWriters()
    {
        QFETCH(int, maxEntries);
        const auto limit = static_cast<std::size_t>(maxEntries);
        cache::DocumentCache cache({limit, 1 << 24});
        constexpr int kTexts = 200;
        constexpr int kThreads = 8;
        constexpr int kRounds = 2000;
        std::vector<std::string> texts;
        std::vector<std::shared_ptr<const syntax::Document>> documents;
        for (int i = 0; i < kTexts; ++i) {
            texts.push_back("{ field" + std::to_string(i) + " }");
            documents.push_back(parsed(texts.back()));
        }
        std::atomic<std::uint64_t> hits{0}, misses{0};
        std::atomic<int> wrong{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([&, t] {
                std::uint64_t state = 0x9e3779b97f4a7c15ULL * static_cast<std::uint64_t>(t + 1);
                for (int r = 0; r < kRounds; ++r) {
                    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
                    const auto k = static_cast<std::size_t>((state >> 33) % kTexts);
                    if (std::shared_ptr<const syntax::Document> hit = cache.find(texts[k])) {
                        hits.fetch_add(1);
                        if (hit->source() != texts[k])
                            wrong.fetch_add(1);
                    } else {
                        misses.fetch_add(1);
                        cache.insert(texts[k], parsed(texts[k]));
                    }
                }
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        QCOMPARE(wrong.load(), 0);
        const cache::DocumentCacheStats stats = cache.stats();
        QCOMPARE(stats.hits, hits.load());
        QCOMPARE(stats.misses, misses.load());
        QCOMPARE(stats.hits + stats.misses, std::uint64_t(kThreads * kRounds));
        if (limit >= kTexts) {
            QVERIFY(cache.shardCount() > 1);
            QCOMPARE(stats.entries, std::size_t(kTexts));
            QCOMPARE(stats.evictions, std::uint64_t(0));
        } else {
            QCOMPARE(cache.shardCount(), std::size_t(1));
            QCOMPARE(stats.entries, limit);
            QVERIFY(stats.entries + stats.evictions <= stats.misses); // every stored entry followed a miss
        }
        for (int i = 0; i < kTexts; ++i) {
            if (std::shared_ptr<const syntax::Document> held = cache.find(texts[static_cast<std::size_t>(i)]))
                QCOMPARE(held->source(), std::string_view(texts[static_cast<std::size_t>(i)]));
        }
    }

    // Each operation of a cached document gets its own facts, computed once: the same object on every
    // call, from any thread.
    void factsPerOperation()
    {
        auto schema = Schema::loadFile(contractSchemaFile());
        QVERIFY(schema.ok());
        const schema::SchemaRegistry &registry = *schema.value().registry();
        const cache::PlanKeyBuilder keys(schema.value().hash(), "configuration");
        const cache::CachedDocument cached(parsed(kFactOperations));
        const syntax::Document &document = *cached.document();
        const syntax::OperationDefinition &a = operationNamed(document, "A");
        const syntax::OperationDefinition &b = operationNamed(document, "B");

        std::vector<const cache::OperationFacts *> seen(8, nullptr);
        std::vector<std::thread> threads;
        for (std::size_t t = 0; t < seen.size(); ++t)
            threads.emplace_back([&, t] { seen[t] = &cached.facts(a, registry, keys); });
        for (std::thread &thread : threads)
            thread.join();
        const cache::OperationFacts &factsA = cached.facts(a, registry, keys);
        for (const cache::OperationFacts *facts : seen)
            QCOMPARE(facts, &factsA);
        const cache::OperationFacts &factsB = cached.facts(b, registry, keys);
        QVERIFY(&factsB != &factsA);
        QCOMPARE(&cached.facts(b, registry, keys), &factsB);

        QCOMPARE(factsA.measures.depth, std::size_t(2));
        QCOMPARE(factsA.measures.rootFields.text(), std::string("2"));
        QCOMPARE(factsA.measures.aliases.text(), std::string("1"));
        QCOMPARE(factsB.measures.depth, std::size_t(3));
        QCOMPARE(factsB.measures.rootFields.text(), std::string("1"));
        QCOMPARE(factsB.measures.aliases.text(), std::string("0"));
        QVERIFY(factsA.roots);
        QCOMPARE(factsA.roots->size(), std::size_t(2));
        QCOMPARE(factsA.roots->at(1).responseKey, std::string_view("a2"));
        QCOMPARE(factsA.keyTemplate.selections.size(), std::size_t(2));
        QVERIFY(factsA.keyTemplate.head != factsB.keyTemplate.head); // the operation's name

        // A directive on a root field: collected per request. Below the root fields only: the
        // roots are known, the key's selections are written per request.
        const cache::OperationFacts &skip = cached.facts(operationNamed(document, "Skip"), registry, keys);
        QVERIFY(!skip.roots);
        QVERIFY(skip.keyTemplate.selections.empty());
        const cache::OperationFacts &inner = cached.facts(operationNamed(document, "Inner"), registry, keys);
        QVERIFY(inner.roots);
        QVERIFY(inner.keyTemplate.selections.empty());
    }

    // Requests for every operation of one cached document, interleaved and repeated, answer as
    // without the cache: each operation's static limit, root fields and plan key are its own, and
    // what directives decide follows each request's variables.
    void memoisedFactsAnswerAsUncached()
    {
        const auto on = makeEngine(1000, kDefaultBytes, 2);
        const auto off = makeEngine(0, kDefaultBytes, 2);
        const std::vector<Call> calls{
            {kFactOperations, std::nullopt, "A"},
            {kFactOperations, std::nullopt, "B"}, // depth 3: too complex
            {kFactOperations, R"({"s": true})", "Skip"},
            {kFactOperations, R"({"s": false})", "Skip"},
            {kFactOperations, R"({"s": true})", "Inner"},
            {kFactOperations, R"({"s": false})", "Inner"},
        };
        for (int round = 0; round < 3; ++round) {
            for (const Call &call : calls)
                compareResponses(run(*on, call), run(*off, call));
        }
        QCOMPARE(run(*on, calls[1]).errors.front().message,
                 std::string("Query depth 3 exceeds the maximum depth of 2."));
        QCOMPARE(on->metrics().documentCache.hits, std::uint64_t(3 * calls.size() - 2 + 1));
    }

    // The document cache changes no output, so it is no part of the plan key.
    void notPartOfThePlanKey()
    {
        EngineConfig config;
        const std::string text = pipeline::EngineSettings::configurationText(config);
        config.documentCacheEntries = 0;
        config.documentCacheBytes = 7;
        QCOMPARE(pipeline::EngineSettings::configurationText(config), text);
    }

    void sameOutputWithCacheOnAndOff_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("variables");
        QTest::addColumn<QString>("operationName");
        QTest::addColumn<bool>("stored");
        const QString none;
        QTest::addRow("list query") << "{ users(where: {age: {gt: 3}}, limit: 5) { id firstName } }" << none << none
                                    << true;
        QTest::addRow("typename only") << "{ __typename }" << none << none << true;
        QTest::addRow("introspection") << R"({ __type(name: "User") { name fields { name } } })" << none << none
                                       << true;
        QTest::addRow("variables") << "query ($n: Int!) { users(limit: $n) { id } }" << R"({"n": 2})" << none << true;
        QTest::addRow("named operation") << kTwoOperations << R"({"n": 2})" << "Q" << true;
        QTest::addRow("unknown field") << "{ users { id nope } }" << none << none << false;
        QTest::addRow("unknown argument") << "{ users(first: 3) { id } }" << none << none << false;
        QTest::addRow("undefined variable") << "{ users(limit: $n) { id } }" << none << none << false;
        QTest::addRow("syntax error") << "{ users { id }" << none << none << false;
        QTest::addRow("empty text") << "" << none << none << false;
        QString roots = QStringLiteral("{");
        for (int i = 0; i < 21; ++i)
            roots += QStringLiteral(" r%1: users { id }").arg(i);
        roots += QStringLiteral(" }");
        QTest::addRow("too many root fields (after validation)") << roots << none << none << true;
        QTest::addRow("missing operation name") << kTwoOperations << none << none << true;
        QTest::addRow("bad variable") << kTwoOperations << R"({"n": "x"})" << "Q" << true;
        QTest::addRow("malformed variables") << "query ($n: Int!) { users(limit: $n) { id } }" << "{" << none << true;
    }

    // The same request three times: byte-identical with the cache on and off; only documents that
    // passed validation are stored, on the second request (its text's second miss), and the third
    // is a hit for exactly those.
    void sameOutputWithCacheOnAndOff()
    {
        QFETCH(QString, query);
        QFETCH(QString, variables);
        QFETCH(QString, operationName);
        QFETCH(bool, stored);
        const Call call{query.toStdString(), variables.isNull() ? std::nullopt : std::optional(variables.toStdString()),
                        operationName.isNull() ? std::nullopt : std::optional(operationName.toStdString())};
        const auto on = makeEngine(1000);
        const auto off = makeEngine(0);
        // Pairwise: the plan cache makes the second response's cache outcome differ from the first's.
        const Response expectedFirst = run(*off, call);
        const Response expectedSecond = run(*off, call);
        QVERIFY(!expectedFirst.body.empty());
        QCOMPARE(expectedSecond.body, expectedFirst.body);
        compareResponses(run(*on, call), expectedFirst);
        QCOMPARE(on->metrics().documentCache.entries, std::uint64_t(0)); // first sighting: not stored
        compareResponses(run(*on, call), expectedSecond);
        compareResponses(run(*on, call), expectedSecond);

        const MetricsSnapshot metrics = on->metrics();
        QCOMPARE(metrics.documentCache.entries, std::uint64_t(stored ? 1 : 0));
        QCOMPARE(metrics.documentCache.hits, std::uint64_t(stored ? 1 : 0));
        QCOMPARE(metrics.documentCache.misses, std::uint64_t(stored ? 2 : 3));
        QCOMPARE(metrics.documentCache.evictions, std::uint64_t(0));
        QCOMPARE(metrics.requests, std::uint64_t(3));
        // Off means no lookups at all.
        const MetricsSnapshot offMetrics = off->metrics();
        QCOMPARE(offMetrics.documentCache.hits + offMetrics.documentCache.misses + offMetrics.documentCache.entries,
                 std::uint64_t(0));
    }

    // A text that fails validation takes the whole path every time and is never stored.
    void failingValidationIsNeverStored()
    {
        const auto on = makeEngine(1000);
        const Call call{"{ users { id nope } devices { hostnme } }", std::nullopt, std::nullopt};
        const Response first = run(*on, call);
        QCOMPARE(first.errors.size(), std::size_t(2));
        QCOMPARE(first.errors.front().code, ErrorCode::GraphqlValidationFailed);
        for (int i = 0; i < 3; ++i)
            compareResponses(run(*on, call), first);
        const MetricsSnapshot metrics = on->metrics();
        QCOMPARE(metrics.documentCache.entries, std::uint64_t(0));
        QCOMPARE(metrics.documentCache.bytes, std::uint64_t(0));
        QCOMPARE(metrics.documentCache.hits, std::uint64_t(0));
        QCOMPARE(metrics.documentCache.misses, std::uint64_t(4));
    }

    // On a hit everything that depends on operationName and variables still runs.
    void perRequestChecksRunOnHit_data()
    {
        QTest::addColumn<QString>("variables");
        QTest::addColumn<QString>("operationName");
        QTest::addColumn<QString>("message");
        const QString none;
        QTest::addRow("wrong variable type")
            << R"({"n": "x"})" << "Q"
            << "Variable '$n' got invalid value 'x'; Int cannot represent non-integer value: 'x'";
        QTest::addRow("missing variable") << none << "Q" << "Variable '$n' of required type 'Int!' was not provided.";
        QTest::addRow("malformed variables") << R"({"n": 1,})" << "Q" << "";
        QTest::addRow("no operation name")
            << R"({"n": 1})" << none << "Must provide operation name if query contains multiple operations.";
        QTest::addRow("unknown operation") << R"({"n": 1})" << "Z" << "Unknown operation named 'Z'.";
        QTest::addRow("negative limit") << R"({"n": -1})" << "Q" << R"(Argument "limit" must not be negative.)";
        QTest::addRow("valid other operation") << none << "R" << "";
    }

    void perRequestChecksRunOnHit()
    {
        QFETCH(QString, variables);
        QFETCH(QString, operationName);
        QFETCH(QString, message);
        const auto on = makeEngine(1000);
        const auto off = makeEngine(0);
        const Call warm{kTwoOperations, R"({"n": 1})", "Q"};
        compareResponses(run(*on, warm), run(*off, warm));
        compareResponses(run(*on, warm), run(*off, warm)); // the second miss stores it
        QCOMPARE(on->metrics().documentCache.entries, std::uint64_t(1));

        const Call call{kTwoOperations, variables.isNull() ? std::nullopt : std::optional(variables.toStdString()),
                        operationName.isNull() ? std::nullopt : std::optional(operationName.toStdString())};
        const Response expected = run(*off, call);
        const Response actual = run(*on, call);
        QCOMPARE(on->metrics().documentCache.hits, std::uint64_t(1));
        compareResponses(actual, expected);
        QVERIFY(!actual.errors.empty()); // no database: a valid request ends in a statement error
        if (!message.isEmpty())
            QCOMPARE(QString::fromStdString(actual.errors.front().message), message);
    }

    // A reload makes a new snapshot with an empty document cache; the counters carry on.
    void reloadStartsEmpty()
    {
        const auto on = makeEngine(1000);
        const Call call{"{ users { id } }", std::nullopt, std::nullopt};
        const Response first = run(*on, call);  // plan cache miss; document seen once
        const Response second = run(*on, call); // plan cache hit; document stored
        QCOMPARE(second.body, first.body);
        compareResponses(run(*on, call), second); // document cache hit
        MetricsSnapshot metrics = on->metrics();
        QCOMPARE(metrics.documentCache.entries, std::uint64_t(1));
        QVERIFY(metrics.documentCache.bytes > 0);
        QCOMPARE(metrics.documentCache.hits, std::uint64_t(1));
        QVERIFY(on->reloadSchema().ok());
        metrics = on->metrics();
        QCOMPARE(metrics.documentCache.entries, std::uint64_t(0));
        QCOMPARE(metrics.documentCache.bytes, std::uint64_t(0));
        QCOMPARE(metrics.documentCache.hits, std::uint64_t(1));
        QCOMPARE(metrics.documentCache.misses, std::uint64_t(2));
        compareResponses(run(*on, call), first); // the reload cleared the plan cache too
        compareResponses(run(*on, call), second);
        metrics = on->metrics();
        QCOMPARE(metrics.documentCache.misses, std::uint64_t(4)); // validated again against the new schema
        QCOMPARE(metrics.documentCache.entries, std::uint64_t(1));
        compareResponses(run(*on, call), second);
        QCOMPARE(on->metrics().documentCache.hits, std::uint64_t(2));
    }

    // documentCacheEntries bounds the engine's cache; evictions reach the metrics.
    void engineCacheIsBounded()
    {
        const auto on = makeEngine(2);
        for (const char *query : {"{ users { id } }", "{ users { age } }", "{ users { score } }"}) {
            run(*on, {query, std::nullopt, std::nullopt});
            run(*on, {query, std::nullopt, std::nullopt}); // stored on the second miss
        }
        const MetricsSnapshot metrics = on->metrics();
        QCOMPARE(metrics.documentCache.entries, std::uint64_t(2));
        QCOMPARE(metrics.documentCache.evictions, std::uint64_t(1));
        const auto noBytes = makeEngine(1000, 0); // no budget: off
        run(*noBytes, {"{ users { id } }", std::nullopt, std::nullopt});
        QCOMPARE(noBytes->metrics().documentCache.misses, std::uint64_t(0));
    }

    void metricsTextHasTheCounters()
    {
        const auto on = makeEngine(1000);
        const Call call{"{ users { id } }", std::nullopt, std::nullopt};
        for (int i = 0; i < 4; ++i)
            run(*on, call); // miss, miss (stored), hit, hit
        run(*on, {"{ nope }", std::nullopt, std::nullopt});
        const std::string text = prometheusText(on->metrics());
        for (const char *expected : {"# TYPE graft_document_cache_requests_total counter\n",
                                     "\ngraft_document_cache_requests_total{outcome=\"hit\"} 2\n",
                                     "\ngraft_document_cache_requests_total{outcome=\"miss\"} 3\n",
                                     "\ngraft_document_cache_evictions_total 0\n",
                                     "# TYPE graft_document_cache_entries gauge\n",
                                     "\ngraft_document_cache_entries 1\n",
                                     "\ngraft_document_cache_bytes "}) {
            QVERIFY2(text.find(expected) != std::string::npos, expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestDocumentCache)
#include "tst_document_cache.moc"
