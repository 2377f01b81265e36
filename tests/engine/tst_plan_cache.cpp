// The plan cache (CONTRACT §9, DESIGN §5): what the key includes and excludes, LRU bounds by
// entries and bytes, counters, generations across clear(), the cache invariant (on ≡ off) over
// thousands of random queries, and concurrent readers during schema reloads.

#include "random_queries.h"
#include "sql_request.h"
#include "test_env.h"

#include "cache/plan_cache.h"
#include "cache/plan_key.h"
#include "schema/schema_registry.h"
#include "sql/bound_operation.h"
#include "sql/sql_builder.h"
#include "syntax/parser.h"
#include "validate/operation_selection.h"
#include "validate/variable_coercion.h"
#include "values/variables_decoder.h"

#include <QTest>

#include <atomic>
#include <thread>

using namespace graft;
using namespace graft::test;

namespace {

Schema loadSchema(const char *relative)
{
    auto schema = Schema::loadFile(sourceDir().toStdString() + "/" + relative);
    if (!schema)
        qFatal("cannot load %s", relative);
    return std::move(schema).value();
}

Schema contractSchema()
{
    return loadSchema("tests/fixtures/contract/schema.graphql");
}

// The key of one request (parse, select, coerce, bind).
std::string keyOf(const Schema &schema, const std::string &query, const std::string &variables = {},
                  std::string_view configuration = "maxLimit=10000")
{
    const schema::SchemaRegistry &registry = *schema.registry();
    auto document = syntax::parseDocument(query);
    if (!document)
        return "parse error";
    auto operation = validate::selectOperation(**document, std::nullopt);
    values::JsonValue vars = values::JsonValue::object({}, {});
    if (!variables.empty())
        vars = values::decodeVariables(variables).value();
    auto coerced = validate::coerceVariables(registry, **document, **operation, &vars);
    if (!coerced)
        return "coercion error";
    auto bound = sql::bindOperation(**document, **operation, registry, *coerced);
    cache::PlanKey key;
    cache::PlanKeyBuilder(schema.hash(), configuration).build(key, **document, **operation, registry, *coerced, *bound);
    return key.bytes;
}

std::shared_ptr<const sql::SqlPlan> emptyPlan(std::size_t padding = 0)
{
    sql::RootPlan root;
    root.sql.assign(padding, 'x');
    std::vector<sql::RootPlan> roots;
    roots.push_back(std::move(root));
    return std::make_shared<const sql::SqlPlan>(std::move(roots));
}

cache::PlanKey keyFor(const std::string &text)
{
    return {cache::keyHash(text), text};
}

} // namespace

class TestPlanCache : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void keyIgnoresParameterValues_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addRow("scalars") << R"({ users(where: {age: {gt: 1}}) { id } })" << R"({ users(where: {age: {gt: 99}}) { id } })";
        QTest::addRow("in lists of any length") << R"({ users(where: {firstName: {in: ["a"]}}) { id } })"
                                                << R"({ users(where: {firstName: {in: ["a", "b", "c"]}}) { id } })";
        QTest::addRow("single value for a list") << R"({ users(where: {firstName: {in: "a"}}) { id } })"
                                                 << R"({ users(where: {firstName: {in: ["a", "b"]}}) { id } })";
        QTest::addRow("json values") << R"({ users(where: {meta: {eq: {a: 1}}}) { id } })"
                                     << R"({ users(where: {meta: {eq: [1, {b: 2}]}}) { id } })";
        QTest::addRow("limit and offset values") << R"({ users(limit: 1, offset: 2) { id } })"
                                                 << R"({ users(limit: 50000, offset: -3) { id } })";
        QTest::addRow("lookup id") << R"({ user(id: "11111111-1111-4111-8111-111111111111") { id } })"
                                   << R"({ user(id: "22222222-2222-4222-8222-222222222222") { id } })";
        QTest::addRow("whitespace and comments") << "{ users { id } }" << "{\n  users # c\n  { id }\n}";
        QTest::addRow("fragment names") << "{ ...A } fragment A on Query { users { id } }"
                                        << "{ ...B } fragment B on Query { users { id } }";
        QTest::addRow("unselected operations") << "{ users { id } }" << "{ users { id } } fragment Z on User { age }";
    }

    // §9: values that become parameters, whitespace, comments and fragment names are not in the key.
    void keyIgnoresParameterValues()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        const Schema schema = contractSchema();
        QCOMPARE(keyOf(schema, a.toStdString()), keyOf(schema, b.toStdString()));
    }

    void keySeparatesShapes_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addRow("operator") << R"({ users(where: {age: {gt: 1}}) { id } })" << R"({ users(where: {age: {lt: 1}}) { id } })";
        QTest::addRow("written order") << R"({ users(where: {age: {gt: 1, lt: 2}}) { id } })"
                                       << R"({ users(where: {age: {lt: 2, gt: 1}}) { id } })";
        QTest::addRow("null entry") << R"({ users(where: {age: {gt: 1}}) { id } })" << R"({ users(where: {age: {gt: null}}) { id } })";
        QTest::addRow("OR length") << R"({ users(where: {OR: [{}, {}]}) { id } })" << R"({ users(where: {OR: [{}]}) { id } })";
        QTest::addRow("AND single vs list") << R"({ users(where: {AND: {}}) { id } })" << R"({ users(where: {AND: [{}]}) { id } })";
        QTest::addRow("orderBy length") << R"({ users(orderBy: [{age: ASC}]) { id } })"
                                        << R"({ users(orderBy: [{age: ASC}, {age: ASC}]) { id } })";
        QTest::addRow("direction") << R"({ users(orderBy: {age: ASC}) { id } })" << R"({ users(orderBy: {age: DESC}) { id } })";
        QTest::addRow("isnull") << R"({ users(where: {age: {isnull: true}}) { id } })" << R"({ users(where: {age: {isnull: false}}) { id } })";
        QTest::addRow("isPrivate") << R"({ devices(where: {ipAddress: {isPrivate: true}}) { id } })"
                                   << R"({ devices(where: {ipAddress: {isPrivate: false}}) { id } })";
        QTest::addRow("limit presence") << R"({ users(limit: 1) { id } })" << R"({ users { id } })";
        QTest::addRow("alias") << "{ a: users { id } }" << "{ b: users { id } }";
        QTest::addRow("selection") << "{ users { id } }" << "{ users { id age } }";
        QTest::addRow("operation name") << "query A { users { id } }" << "query B { users { id } }";
        QTest::addRow("variable types") << "query ($a: Int) { users { id } }" << "query ($a: String) { users { id } }";
        QTest::addRow("skip evaluated") << "{ users { id age @skip(if: true) } }" << "{ users { id age @skip(if: false) } }";
        QTest::addRow("eq boolean value is a parameter, not shape, but isnull is")
            << R"({ users(where: {isActive: {isnull: true}}) { id } })" << R"({ users(where: {isActive: {eq: true}}) { id } })";
    }

    // §9: every shape difference that changes the SQL or the recipe gives a different key.
    void keySeparatesShapes()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        const Schema schema = contractSchema();
        QVERIFY(keyOf(schema, a.toStdString()) != keyOf(schema, b.toStdString()));
    }

    // Schema hash and configuration are part of every key.
    void keyIncludesSchemaAndConfiguration()
    {
        const Schema contract = contractSchema();
        const std::string query = "{ users { id } }";
        QVERIFY(keyOf(contract, query, {}, "maxLimit=10000") != keyOf(contract, query, {}, "maxLimit=5"));
        QVERIFY(keyOf(contract, query).find(contract.hash()) != std::string::npos);
    }

    // A boolean given through a variable for `eq` is a value; for `isnull` it is shape.
    void keyFollowsVariableShapes()
    {
        const Schema schema = contractSchema();
        const std::string query = "query ($w: UserWhereInput) { users(where: $w) { id } }";
        QCOMPARE(keyOf(schema, query, R"({"w":{"age":{"eq":1}}})"), keyOf(schema, query, R"({"w":{"age":{"eq":7}}})"));
        QVERIFY(keyOf(schema, query, R"({"w":{"age":{"eq":1}}})") != keyOf(schema, query, R"({"w":{"age":{"gt":1}}})"));
        QVERIFY(keyOf(schema, query, R"({"w":{"age":{"isnull":true}}})")
                != keyOf(schema, query, R"({"w":{"age":{"isnull":false}}})"));
    }

    void hashOfTemplateKeyIsKeyHash_data()
    {
        QTest::addColumn<QString>("configuration");
        // Heads of every length modulo 8: the template's head is hashed once, the rest per request.
        for (int pad = 0; pad < 8; ++pad)
            QTest::addRow("head +%d", pad) << QString(pad, QLatin1Char('c'));
    }

    // A key built from a template hashes as its whole bytes do.
    void hashOfTemplateKeyIsKeyHash()
    {
        QFETCH(QString, configuration);
        const Schema schema = contractSchema();
        const schema::SchemaRegistry &registry = *schema.registry();
        auto document = syntax::parseDocument(R"(query Q($a: Int) { users(where: {age: {gt: $a}}, limit: 3) { id } })");
        QVERIFY(document);
        auto operation = validate::selectOperation(**document, std::nullopt);
        auto coerced = validate::coerceVariables(registry, **document, **operation, nullptr);
        QVERIFY(coerced);
        auto bound = sql::bindOperation(**document, **operation, registry, *coerced);
        QVERIFY(bound);
        const cache::PlanKeyBuilder keys(schema.hash(), configuration.toStdString());
        cache::PlanKey key;
        keys.build(key, **document, **operation, registry, *coerced, *bound);
        QCOMPARE(key.hash, cache::keyHash(key.bytes));
        const auto roots = sql::staticRoots(**document, **operation, registry);
        QVERIFY(roots);
        const cache::PlanKeyTemplate keyTemplate = keys.prepare(**document, **operation, registry, &*roots);
        cache::PlanKey fromTemplate;
        keys.build(fromTemplate, keyTemplate, **document, registry, *coerced, *bound);
        QCOMPARE(fromTemplate.bytes, key.bytes);
        QCOMPARE(fromTemplate.hash, key.hash);
    }

    void hitsMissesAndLru()
    {
        cache::PlanCache cache({3, 1 << 20});
        QCOMPARE(cache.shardCount(), std::size_t(1));
        const std::uint64_t g = cache.generation();
        QVERIFY(!cache.find(keyFor("a"), g));
        cache.insert(keyFor("a"), emptyPlan(), g);
        cache.insert(keyFor("b"), emptyPlan(), g);
        cache.insert(keyFor("c"), emptyPlan(), g);
        QVERIFY(cache.find(keyFor("a"), g)); // a is now more recent than b
        cache.insert(keyFor("d"), emptyPlan(), g);
        QVERIFY(!cache.find(keyFor("b"), g));
        QVERIFY(cache.find(keyFor("a"), g));
        QVERIFY(cache.find(keyFor("c"), g));
        QVERIFY(cache.find(keyFor("d"), g));
        const cache::PlanCacheStats stats = cache.stats();
        QCOMPARE(stats.entries, std::size_t(3));
        QCOMPARE(stats.evictions, std::uint64_t(1));
        QCOMPARE(stats.hits, std::uint64_t(4));
        QCOMPARE(stats.misses, std::uint64_t(2));
        QVERIFY(stats.bytes > 0);
    }

    // Eviction is exact LRU within a shard however entries were used since they were stored (the
    // lazily kept heap of use stamps): over 300 entries used in a shuffled order, the 100 inserted
    // past the bound evict exactly the 100 least recently used.
    void evictsTheLeastRecentlyUsedAfterManyUses()
    {
        cache::PlanCache cache({200, 1 << 24});
        QCOMPARE(cache.shardCount(), std::size_t(1));
        const std::uint64_t g = cache.generation();
        for (int i = 0; i < 200; ++i)
            cache.insert(keyFor("k" + std::to_string(i)), emptyPlan(), g);
        std::vector<int> order(200);
        for (int i = 0; i < 200; ++i)
            order[static_cast<std::size_t>(i)] = (i * 73 + 11) % 200; // a permutation (73 is prime to 200)
        for (const int i : order)
            QVERIFY(cache.find(keyFor("k" + std::to_string(i)), g));
        for (int i = 0; i < 100; ++i)
            cache.insert(keyFor("new" + std::to_string(i)), emptyPlan(), g);
        QCOMPARE(cache.stats().evictions, std::uint64_t(100));
        for (std::size_t at = 0; at < order.size(); ++at) {
            const bool kept = cache.find(keyFor("k" + std::to_string(order[at])), g) != nullptr;
            QVERIFY2(kept == (at >= 100), qPrintable(QStringLiteral("used %1th").arg(at)));
        }
        for (int i = 0; i < 100; ++i)
            QVERIFY(cache.find(keyFor("new" + std::to_string(i)), g));
    }

    void boundedByBytes()
    {
        cache::PlanCache cache({100, 20000});
        const std::uint64_t g = cache.generation();
        for (int i = 0; i < 10; ++i)
            cache.insert(keyFor("k" + std::to_string(i)), emptyPlan(4000), g);
        const cache::PlanCacheStats stats = cache.stats();
        QVERIFY(stats.bytes <= 20000);
        QVERIFY(stats.entries < 10);
        QVERIFY(stats.evictions > 0);
        QVERIFY(cache.find(keyFor("k9"), g)); // the newest survive
        cache.insert(keyFor("huge"), emptyPlan(50000), g);
        QVERIFY(!cache.find(keyFor("huge"), g)); // larger than the whole budget: never stored
    }

    // A colliding hash never serves another key's plan: the bytes are compared.
    void collisionsCompareBytes()
    {
        cache::PlanCache cache({10, 1 << 20});
        const std::uint64_t g = cache.generation();
        auto a = emptyPlan(1);
        auto b = emptyPlan(2);
        cache.insert({42, "first"}, a, g);
        cache.insert({42, "second"}, b, g);
        QCOMPARE(cache.find({42, "first"}, g), a);
        QCOMPARE(cache.find({42, "second"}, g), b);
        QVERIFY(!cache.find({42, "third"}, g));
    }

    // clear() starts a new generation: nothing older is served or stored afterwards.
    void clearStartsNewGeneration()
    {
        cache::PlanCache cache({10, 1 << 20});
        const std::uint64_t old = cache.generation();
        cache.insert(keyFor("a"), emptyPlan(), old);
        cache.insert(keyFor("b"), emptyPlan(), old);
        cache.clear();
        const std::uint64_t now = cache.generation();
        QVERIFY(now != old);
        QVERIFY(!cache.find(keyFor("a"), now));
        cache.insert(keyFor("late"), emptyPlan(), old); // built before the reload, finished after it
        QVERIFY(!cache.find(keyFor("late"), old));
        QVERIFY(!cache.find(keyFor("late"), now));
        cache.insert(keyFor("a"), emptyPlan(), now);
        QVERIFY(cache.find(keyFor("a"), now));
        QVERIFY(!cache.find(keyFor("a"), old));
        QCOMPARE(cache.stats().invalidations, std::uint64_t(2));
        QCOMPARE(cache.stats().entries, std::size_t(1));
    }

    void largeCachesAreSharded()
    {
        cache::PlanCache cache;
        QCOMPARE(cache.shardCount(), std::size_t(16));
        const std::uint64_t g = cache.generation();
        for (int i = 0; i < 6000; ++i)
            cache.insert(keyFor("key" + std::to_string(i)), emptyPlan(), g);
        const cache::PlanCacheStats stats = cache.stats();
        QCOMPARE(stats.entries, std::size_t(5000));
        QCOMPARE(stats.evictions, std::uint64_t(1000));
    }

    void cacheOnEqualsCacheOff_data()
    {
        QTest::addColumn<QString>("schema");
        QTest::addColumn<bool>("asVariable");
        QTest::addRow("contract literals") << "tests/fixtures/contract/schema.graphql" << false;
        QTest::addRow("contract variables") << "tests/fixtures/contract/schema.graphql" << true;
        QTest::addRow("demo literals") << "corpus/schema/demo.graphql" << false;
        QTest::addRow("demo variables") << "corpus/schema/demo.graphql" << true;
    }

    // §9 invariant: over random queries (300 shapes × 4 value sets per row), SQL, parameters and
    // errors are identical with the cache off, cold and warm; and the warm requests hit.
    void cacheOnEqualsCacheOff()
    {
        QFETCH(QString, schema);
        QFETCH(bool, asVariable);
        const Schema loaded = loadSchema(schema.toUtf8().constData());
        cache::PlanCache cache({2000, 64 << 20});
        const SqlRequestPlanner off(loaded);
        const SqlRequestPlanner on(loaded, &cache);
        RandomQueryGenerator generator(*loaded.registry());
        const std::string context = R"({"tenant":"7e57a000-0000-4000-8000-000000000001"})";
        int hits = 0;
        int total = 0;
        int statements = 0;
        for (std::uint64_t shape = 1; shape <= 300; ++shape) {
            for (std::uint64_t values = 1; values <= 4; ++values) {
                const RandomQuery q = generator.generate(shape, shape * 1000 + values, asVariable);
                const PlannedRequest expected = off.plan(q.query, q.variables, context);
                statements += static_cast<int>(expected.sql.size());
                if (expected.requestFailed)
                    QFAIL((q.query + " " + q.variables + ": " + expected.errors.front().message).c_str());
                for (int pass = 0; pass < 2; ++pass) {
                    const PlannedRequest actual = on.plan(q.query, q.variables, context);
                    hits += actual.cacheHit ? 1 : 0;
                    ++total;
                    QVERIFY2(outcomeLines(actual) == outcomeLines(expected), q.query.c_str());
                }
            }
        }
        // Each shape misses at most once per distinct key; everything else hits.
        QVERIFY2(hits >= total * 3 / 4, qPrintable(QStringLiteral("%1 hits of %2").arg(hits).arg(total)));
        QCOMPARE(cache.stats().hits, std::uint64_t(hits));
        QVERIFY2(statements >= 300 * 4 * 9 / 10, qPrintable(QStringLiteral("%1 statements").arg(statements)));
    }

    // Many readers plan through one cache while another thread reloads (clears) it: every
    // outcome equals the cache-off outcome, nothing crashes or races (run under the asan preset).
    void concurrentReadersDuringReload()
    {
        const Schema loaded = contractSchema();
        cache::PlanCache cache({64, 1 << 20});
        const SqlRequestPlanner off(loaded);
        const SqlRequestPlanner on(loaded, &cache);
        RandomQueryGenerator generator(*loaded.registry());
        std::vector<RandomQuery> queries;
        std::vector<std::vector<std::string>> expected;
        for (std::uint64_t shape = 1; shape <= 40; ++shape) {
            for (std::uint64_t values = 1; values <= 3; ++values) {
                queries.push_back(generator.generate(shape, values * 7 + shape, values == 2));
                expected.push_back(outcomeLines(off.plan(queries.back().query, queries.back().variables)));
            }
        }
        std::atomic<bool> stop{false};
        std::atomic<int> mismatches{0};
        std::atomic<int> done{0};
        std::atomic<int> clears{0};
        // The reloader starts first and readers wait for its first clear, so a reload always
        // overlaps the readers however the threads are scheduled (a loaded 2-core machine).
        std::thread reloader([&] {
            while (done.load() < 4 && !stop.load()) {
                cache.clear();
                clears.fetch_add(1);
                std::this_thread::sleep_for(std::chrono::microseconds(200));
            }
        });
        std::vector<std::thread> readers;
        for (int t = 0; t < 4; ++t) {
            readers.emplace_back([&, t] {
                while (clears.load() == 0)
                    std::this_thread::yield();
                for (int round = 0; round < 6; ++round) {
                    for (std::size_t i = 0; i < queries.size(); ++i) {
                        const std::size_t k = (i * 7 + static_cast<std::size_t>(t) * 13) % queries.size();
                        if (outcomeLines(on.plan(queries[k].query, queries[k].variables)) != expected[k])
                            mismatches.fetch_add(1);
                    }
                }
                done.fetch_add(1);
            });
        }
        for (std::thread &reader : readers)
            reader.join();
        stop = true;
        reloader.join();
        QCOMPARE(mismatches.load(), 0);
        const cache::PlanCacheStats stats = cache.stats();
        QVERIFY(stats.entries <= 64);
        QVERIFY(stats.hits + stats.misses >= 4 * 6 * queries.size());
        QVERIFY(stats.generation > 1);
        QVERIFY(clears.load() >= 1);
    }

    // Per-request checks run on a hit: a plan cached from a valid request still rejects bad values.
    void checksRunOnHit()
    {
        cache::PlanCache cache;
        const SqlRequestPlanner on(contractSchema(), &cache);
        QVERIFY(on.plan("{ users(limit: 5) { id } }").errors.empty());
        const PlannedRequest negative = on.plan("{ users(limit: -5) { id } }");
        QVERIFY(negative.cacheHit);
        QCOMPARE(negative.errors.size(), std::size_t(1));
        QCOMPARE(negative.errors.front().message, std::string(R"(Argument "limit" must not be negative.)"));
        QVERIFY(on.plan(R"({ devices(where: {ipAddress: {inSubnet: "10.0.0.0/8"}}) { id } })", {},
                        R"({"tenant":"7e57a000-0000-4000-8000-000000000001"})").errors.empty());
        const PlannedRequest noTenant = on.plan(R"({ devices(where: {ipAddress: {inSubnet: "10.0.0.0/8"}}) { id } })");
        QVERIFY(noTenant.cacheHit);
        QCOMPARE(noTenant.errors.front().code, ErrorCode::Forbidden);
        const PlannedRequest badCidr = on.plan(R"({ devices(where: {ipAddress: {inSubnet: "10.0.0.0"}}) { id } })", {},
                                               R"({"tenant":"7e57a000-0000-4000-8000-000000000001"})");
        QVERIFY(badCidr.cacheHit);
        QCOMPARE(badCidr.errors.front().message,
                 std::string(R"(Argument "where" has an invalid value at "where.ipAddress.inSubnet": expected a network in CIDR notation.)"));
    }
};

QTEST_GUILESS_MAIN(TestPlanCache)
#include "tst_plan_cache.moc"
