#include "contract_examples.h"

namespace graft::test {

namespace {

const std::string T1 = R"~({"tenant":"7e57a000-0000-4000-8000-000000000001"})~";
const std::string U = R"~(s SELECT "data"::text FROM "public"."v_user")~";
const std::string D = R"~(s SELECT "doc"::text FROM "inventory"."v_device")~";
const std::string PRIVATE =
    R"~("{\"10.0.0.0/8\",\"172.16.0.0/12\",\"192.168.0.0/16\",\"127.0.0.0/8\",\"169.254.0.0/16\",\"fc00::/7\",\"fe80::/10\",\"::1/128\"}")~";

std::vector<ContractExample> makeExamples()
{
    return {
        {"E1", "{ users { firstName age } }", {}, {}, {U, "p (none)"}},
        {"E2", R"~({ users(where: {age: {gte: 18, lt: 65}, firstName: {eq: "Al"}}) { firstName } })~", {}, {},
         {U + R"~( WHERE (((("data"->>'age')::numeric >= $1::numeric) AND (("data"->>'age')::numeric < $2::numeric)) AND ("data"->>'first_name' = $3::text)))~",
          R"~(p numeric "18", numeric "65", text "Al")~"}},
        {"E3", R"~({ users(where: {firstName: {contains: "O'Brien_50%"}, addressLine1: {istartswith: "1 rue"}}) { firstName } })~", {}, {},
         {U + R"~( WHERE (("data"->>'first_name' LIKE $1::text) AND ("data"->>'address_line1' ILIKE $2::text)))~",
          R"~(p text "%O'Brien\\_50\\%%", text "1 rue%")~"}},
        {"E4", R"~({ users(where: {firstName: {matches: "^A", notMatches: "x$"}, addressLine1: {imatches: "RIVOLI"}}) { firstName } })~", {}, {},
         {U + R"~( WHERE ((("data"->>'first_name' ~ $1::text) AND ("data"->>'first_name' !~ $2::text)) AND ("data"->>'address_line1' ~* $3::text)))~",
          R"~(p text "^A", text "x$", text "RIVOLI")~"}},
        {"E5", R"~({ users(where: {id: {in: ["11111111-1111-4111-8111-111111111111", "22222222-2222-4222-8222-222222222222"]}, firstName: {nin: ["Bea", "say \"hi\""]}}) { firstName } })~", {}, {},
         {U + R"~( WHERE (("id" = ANY($1::uuid[])) AND ("data"->>'first_name' <> ALL($2::text[]))))~",
          R"~(p uuid[] "{\"11111111-1111-4111-8111-111111111111\",\"22222222-2222-4222-8222-222222222222\"}", text[] "{\"Bea\",\"say \\\"hi\\\"\"}")~"}},
        {"E6", R"~({ users(where: {isActive: {eq: true}, createdAt: {gte: "2024-01-02T05:04:05+02:00", isnull: false}, birthDate: {lt: "1990-01-01"}}) { firstName } })~", {}, {},
         {U + R"~( WHERE ((("data"->>'is_active')::boolean = $1::boolean) AND ((("data"->>'created_at')::timestamptz >= $2::timestamptz) AND ("data"->>'created_at' IS NOT NULL)) AND (("data"->>'birth_date')::date < $3::date)))~",
          R"~(p boolean "true", timestamptz "2024-01-02T03:04:05Z", date "1990-01-01")~"}},
        {"E7", R"~({ users(where: {homeAddress: {city: {eq: "Paris"}, geo: {lat: {gt: 48.5}}}, score: {lte: 100}}) { firstName } })~", {}, {},
         {U + R"~( WHERE ((("data"->'home_address'->>'city' = $1::text) AND (("data"->'home_address'->'geo'->>'lat')::numeric > $2::numeric)) AND (("data"->>'score')::numeric <= $3::numeric)))~",
          R"~(p text "Paris", numeric "48.5", numeric "100.0")~"}},
        {"E8", R"~({ users(where: {OR: [{age: {lt: 18}}, {AND: [{age: {gte: 65}}, {NOT: {isActive: {eq: true}}}]}]}) { firstName } })~", {}, {},
         {U + R"~( WHERE ((("data"->>'age')::numeric < $1::numeric) OR ((("data"->>'age')::numeric >= $2::numeric) AND (NOT (("data"->>'is_active')::boolean = $3::boolean)))))~",
          R"~(p numeric "18", numeric "65", boolean "true")~"}},
        {"E9", R"~({ users(where: {tags: {contains: ["admin"], overlaps: ["ops", "dev"], lenGt: 1}}) { firstName } })~", {}, {},
         {U + R"~( WHERE (("data"->'tags' @> $1::jsonb) AND ("data"->'tags' @> ANY($2::jsonb[])) AND (jsonb_array_length(CASE jsonb_typeof("data"->'tags') WHEN 'array' THEN "data"->'tags' END) > $3::integer)))~",
          R"~(p jsonb "[\"admin\"]", jsonb[] "{\"[\\\"ops\\\"]\",\"[\\\"dev\\\"]\"}", integer "1")~"}},
        {"E10", R"~({ users(where: {meta: {hasKey: "plan", hasAnyKeys: ["seats", "quota"], contains: {plan: "pro"}}}) { firstName } })~", {}, {},
         {U + R"~( WHERE ((jsonb_exists("data"->'meta', $1::text)) AND (jsonb_exists_any("data"->'meta', $2::text[])) AND ("data"->'meta' @> $3::jsonb)))~",
          R"~(p text "plan", text[] "{\"seats\",\"quota\"}", jsonb "{\"plan\":\"pro\"}")~"}},
        {"E11", R"~({ users(where: {period: {containsDate: "2024-01-15", overlaps: "[2024-01-20,2024-03-01)"}}) { firstName } })~", {}, {},
         {U + R"~( WHERE ((("data"->>'period')::daterange @> $1::date) AND (("data"->>'period')::daterange && $2::daterange)))~",
          R"~(p date "2024-01-15", daterange "[2024-01-20,2024-03-01)")~"}},
        {"E12", R"~({ devices(where: {ipAddress: {isPrivate: true, isIPv4: true}, macAddress: {eq: "00:11:22:33:44:55"}}) { hostname } })~", {},
         R"~({"tenant":"7E57A000-0000-4000-8000-000000000001"})~",
         {D + R"~( WHERE ("tenant_id" = $1::uuid) AND (((("doc"->>'ip_address')::inet <<= ANY($2::inet[])) AND (family(("doc"->>'ip_address')::inet) = 4)) AND (("doc"->>'mac_address')::macaddr = $3::macaddr)))~",
          R"~(p uuid "7e57a000-0000-4000-8000-000000000001", inet[] )~" + PRIVATE + R"~(, macaddr "00:11:22:33:44:55")~"}},
        {"E13", R"~({ devices(where: {location: {descendantOf: "eu", depthGt: 2, matchesLquery: "*.paris"}, ipAddress: {inSubnet: "10.0.0.0/8", isPublic: false}, ports: {anyEq: 443}}) { hostname } })~", {}, T1,
         {D + R"~( WHERE ("tenant_id" = $1::uuid) AND (((("doc"->>'location')::ltree <@ $2::ltree) AND (nlevel(("doc"->>'location')::ltree) > $3::integer) AND (("doc"->>'location')::ltree ~ $4::lquery)) AND ((("doc"->>'ip_address')::inet <<= $5::inet) AND (("doc"->>'ip_address')::inet <<= ANY($6::inet[]))) AND ("doc"->'ports' @> $7::jsonb)))~",
          R"~(p uuid "7e57a000-0000-4000-8000-000000000001", ltree "eu", integer "2", lquery "*.paris", inet "10.0.0.0/8", inet[] )~" + PRIVATE + R"~(, jsonb "[443]")~"}},
        {"E14", R"~({ users(orderBy: [{age: DESC}, {homeAddress: {city: ASC_NULLS_FIRST}}], limit: 2, offset: 1) { firstName } })~", {}, {},
         {U + R"~( ORDER BY ("data"->>'age')::numeric DESC NULLS FIRST, "data"->'home_address'->>'city' ASC NULLS FIRST, "id" ASC NULLS LAST LIMIT $1::bigint OFFSET $2::bigint)~",
          R"~(p bigint "2", bigint "1")~"}},
        {"E15", R"~({ users(orderBy: [{createdAt: ASC}, {id: DESC}], limit: 1) { firstName } })~", {}, {},
         {U + R"~( ORDER BY ("data"->>'created_at')::timestamptz ASC NULLS LAST, "id" DESC NULLS FIRST LIMIT $1::bigint)~",
          R"~(p bigint "1")~"}},
        {"E16", R"~(query Q($w: UserWhereInput, $n: Int = 5) { users(where: $w, limit: $n) { firstName } })~",
         R"~({"w":{"score":{"gt":1e16},"age":{"eq":null},"firstName":{"in":"Al"}}})~", {},
         {U + R"~( WHERE ((("data"->>'score')::numeric > $1::numeric) AND ("data"->>'first_name' = ANY($2::text[]))) LIMIT $3::bigint)~",
          R"~(p numeric "1e+16", text[] "{\"Al\"}", bigint "5")~"}},
        {"E17a", R"~({ user(id: "11111111-1111-4111-8111-111111111111") { firstName score homeAddress { zipCode geo { lat } } tags meta } })~", {}, {},
         {U + R"~( WHERE ("id" = $1::uuid))~", R"~(p uuid "11111111-1111-4111-8111-111111111111")~"}},
        {"E17b", R"~({ device(id: "D0000000-0000-4000-8000-000000000009") { hostname } })~", {}, T1,
         {D + R"~( WHERE ("tenant_id" = $1::uuid) AND ("id" = $2::uuid))~",
          R"~(p uuid "7e57a000-0000-4000-8000-000000000001", uuid "d0000000-0000-4000-8000-000000000009")~"}},
        {"E18", "query Q($withAge: Boolean!, $skipHome: Boolean = false) {\n"
                "    people: users(orderBy: {age: ASC}, limit: 2) {\n"
                "      ...Basic\n"
                "      years: age @include(if: $withAge)\n"
                "      ... on User { home: homeAddress @skip(if: $skipHome) { town: city __typename } }\n"
                "      __typename\n"
                "    }\n"
                "  }\n"
                "  fragment Basic on User { uid: id firstName }",
         R"~({"withAge":false})~", {},
         {U + R"~( ORDER BY ("data"->>'age')::numeric ASC NULLS LAST, "id" ASC NULLS LAST LIMIT $1::bigint)~",
          R"~(p bigint "2")~"}},
        {"E19", R"~({ a: users(where: {age: {gt: 60}}) { firstName } dev: device(id: "d0000000-0000-4000-8000-000000000002") { hostname ipAddress } __typename })~", {}, T1,
         {U + R"~( WHERE (("data"->>'age')::numeric > $1::numeric))~", R"~(p numeric "60")~",
          D + R"~( WHERE ("tenant_id" = $1::uuid) AND ("id" = $2::uuid))~",
          R"~(p uuid "7e57a000-0000-4000-8000-000000000001", uuid "d0000000-0000-4000-8000-000000000002")~"}},
        {"E20a", "{ users(where: {}) { firstName } }", {}, {}, {U, "p (none)"}},
        {"E20b", "{ users(where: {AND: [], OR: []}) { firstName } }", {}, {}, {U + " WHERE (FALSE)", "p (none)"}},
        {"E20c", "{ users(where: {OR: [{}, {age: {gt: 1}}], NOT: {}}) { firstName } }", {}, {},
         {U + " WHERE (FALSE)", "p (none)"}},
        {"X7", "{ users(limit: 50000) { firstName } }", {}, {},
         {R"~(e BAD_USER_INPUT Argument "limit" must not exceed 10000. @1:3 path=users)~"}},
        {"X8", "{ users(orderBy: [{age: ASC, firstName: DESC}]) { firstName } }", {}, {},
         {"e BAD_USER_INPUT Invalid orderBy element at index 0: exactly one field must be set, found 2. @1:3 path=users"}},
        {"X9", R"~({ users(orderBy: {age: ASC}, limit: 1) { firstName } device(id: "d0000000-0000-4000-8000-000000000001") { hostname } })~", {}, "{}",
         {U + R"~( ORDER BY ("data"->>'age')::numeric ASC NULLS LAST, "id" ASC NULLS LAST LIMIT $1::bigint)~",
          R"~(p bigint "1")~", R"~(e FORBIDDEN Tenant context is required for type "Device". @1:54 path=device)~"}},
        {"X10", R"~({ users(where: {firstName: {matches: "("}}) { firstName } })~", {}, {},
         {U + R"~( WHERE ("data"->>'first_name' ~ $1::text))~", R"~(p text "(")~"}},
    };
}

} // namespace

const std::vector<ContractExample> &contractExamples()
{
    static const std::vector<ContractExample> examples = makeExamples();
    return examples;
}

} // namespace graft::test
