// The response stage's row projection (engine/src/json): the single-pass scanner (RowProjector,
// production) against the RapidJSON SAX Reader building a flat DOM per row (DomRowProjector), on
// jsonb::text documents shaped like the demo database's users, for a narrow and a wide selection.
// Also the cost of a whole list value (100 rows) through RootRows.

#include "graft/schema.h"
#include "json/dom_row_projector.h"
#include "json/field_collector.h"
#include "json/projection_builder.h"
#include "json/root_rows.h"
#include "json/row_projector.h"
#include "syntax/parser.h"
#include "validate/coerced_variables.h"
#include "validate/operation_selection.h"

#include <benchmark/benchmark.h>

#include <memory>
#include <stdexcept>
#include <string>

using namespace graft;

namespace {

// A demo `app.v_user` document as PostgreSQL's jsonb output writes it (keys by length, `, ` and `: `).
const std::string kRow =
    R"({"id": "0b0f3c2e-7a51-4d1c-9f0e-3c2b1a0d9e8f", "age": 37, "tags": ["admin", "beta", "ops"], "email": "zoe.dmitriev@example.com", "score": 1234.50, "rating": 4.25, "last_name": "Дмитриев", "nickname": "zo\"e\\", "is_active": true, "tenant_id": "7e57a000-0000-4000-8000-000000000001", "birth_date": "1987-03-04", "created_at": "2023-05-06T07:08:09.123+00:00", "device_mac": "00:11:22:33:44:55", "first_name": "Zoë", "external_id": "EXT-1234", "preferences": {"theme": "dark", "langs": ["en", "fr"], "notifications": {"email": true, "sms": false}, "limits": [1, 2.5, -3e2]}, "home_address": {"geo": {"lat": 48.8566, "lng": 2.3522, "altitude": 35.00}, "city": "Paris", "street": "1 Rue de Rivoli", "postal_code": "75001", "country_code": "FR"}, "work_address": null, "last_login_ip": "203.0.113.7", "lucky_numbers": [7, 13, 42]})";

struct Fixture {
    std::optional<Schema> schema;
    std::shared_ptr<const json::Projection> narrow;
    std::shared_ptr<const json::Projection> wide;

    Fixture()
    {
        auto loaded = Schema::loadFile(std::string(GRAFT_SOURCE_DIR) + "/corpus/schema/demo.graphql");
        if (!loaded)
            throw std::runtime_error("demo schema");
        schema = loaded.value();
        narrow = build("{ users { id firstName } }");
        wide = build("{ users { id tenantId email firstName lastName nickname age score rating isActive createdAt "
                     "birthDate lastLoginIp deviceMac tags luckyNumbers preferences homeAddress { street city "
                     "postalCode countryCode geo { lat lng altitude } } workAddress { city } externalID } }");
    }

    std::shared_ptr<const json::Projection> build(const std::string &query)
    {
        const schema::SchemaRegistry &registry = *schema->registry();
        auto document = syntax::parseDocument(query);
        auto operation = validate::selectOperation(**document, std::nullopt);
        static const validate::CoercedVariables kNone;
        json::FieldCollector collector(**document, registry, kNone);
        auto roots = collector.fields("Query", *(*operation)->selectionSet);
        const json::CollectedField &root = roots->front();
        json::ProjectionBuilder builder(collector);
        auto projection = builder.build(*registry.queryType().field("users")->view, root.nodes);
        return projection.value();
    }
};

Fixture &fixture()
{
    static Fixture instance;
    return instance;
}

template <typename Projector>
void projectRow(benchmark::State &state, bool wide)
{
    const json::Projection &projection = wide ? *fixture().wide : *fixture().narrow;
    Projector projector;
    std::string out;
    for (auto _ : state) {
        out.clear();
        if (projector.project(projection, kRow, out) != json::RowOutcome::Projected)
            state.SkipWithError("not projected");
        benchmark::DoNotOptimize(out.data());
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * kRow.size()));
}

void BM_ScanNarrow(benchmark::State &state) { projectRow<json::RowProjector>(state, false); }
void BM_DomNarrow(benchmark::State &state) { projectRow<json::DomRowProjector>(state, false); }
void BM_ScanWide(benchmark::State &state) { projectRow<json::RowProjector>(state, true); }
void BM_DomWide(benchmark::State &state) { projectRow<json::DomRowProjector>(state, true); }

void BM_ListOf100Rows(benchmark::State &state)
{
    for (auto _ : state) {
        json::RootRows rows(fixture().wide);
        for (int i = 0; i < 100; ++i)
            rows.row(kRow);
        benchmark::DoNotOptimize(rows.listJson());
    }
}

} // namespace

BENCHMARK(BM_ScanNarrow);
BENCHMARK(BM_DomNarrow);
BENCHMARK(BM_ScanWide);
BENCHMARK(BM_DomWide);
BENCHMARK(BM_ListOf100Rows);
BENCHMARK_MAIN();
