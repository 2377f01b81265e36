"""The worked examples of CONTRACT §11 (E1-E21, X1-X17) as data: exact SQL, parameters, responses."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

T1 = '{"tenant":"7e57a000-0000-4000-8000-000000000001"}'
PRIVATE = ('{"10.0.0.0/8","172.16.0.0/12","192.168.0.0/16","127.0.0.0/8","169.254.0.0/16","fc00::/7",'
           '"fe80::/10","::1/128"}')
U = 'SELECT "data"::text FROM "public"."v_user"'
D = 'SELECT "doc"::text FROM "inventory"."v_device"'


@dataclass
class Case:
    name: str
    query: str
    sql: list[str]
    params: list[list[tuple[str, str]]]
    response: Optional[str]
    variables: Optional[str] = None
    context: Optional[str] = None
    ordered: bool = True  # False: rows of an unordered statement, compare as a multiset
    operation_name: Optional[str] = None
    errors: list[dict] = field(default_factory=list)


E = [
    Case("E1", "{ users { firstName age } }", [U], [[]],
         '{"data":{"users":[{"firstName":"Al","age":42},{"firstName":"Bea","age":17},{"firstName":"Cy","age":70}]}}',
         ordered=False),
    Case("E2", '{ users(where: {age: {gte: 18, lt: 65}, firstName: {eq: "Al"}}) { firstName } }',
         [U + """ WHERE (((("data"->>'age')::numeric >= $1::numeric) AND (("data"->>'age')::numeric < $2::numeric)) AND ("data"->>'first_name' = $3::text))"""],
         [[("numeric", "18"), ("numeric", "65"), ("text", "Al")]],
         '{"data":{"users":[{"firstName":"Al"}]}}'),
    Case("E3", """{ users(where: {firstName: {contains: "O'Brien_50%"}, addressLine1: {istartswith: "1 rue"}}) { firstName } }""",
         [U + """ WHERE (("data"->>'first_name' LIKE $1::text) AND ("data"->>'address_line1' ILIKE $2::text))"""],
         [[("text", "%O'Brien\\_50\\%%"), ("text", "1 rue%")]],
         '{"data":{"users":[]}}'),
    Case("E4", '{ users(where: {firstName: {matches: "^A", notMatches: "x$"}, addressLine1: {imatches: "RIVOLI"}}) { firstName } }',
         [U + """ WHERE ((("data"->>'first_name' ~ $1::text) AND ("data"->>'first_name' !~ $2::text)) AND ("data"->>'address_line1' ~* $3::text))"""],
         [[("text", "^A"), ("text", "x$"), ("text", "RIVOLI")]],
         '{"data":{"users":[{"firstName":"Al"}]}}'),
    Case("E5", '{ users(where: {id: {in: ["11111111-1111-4111-8111-111111111111", "22222222-2222-4222-8222-222222222222"]}, firstName: {nin: ["Bea", "say \\"hi\\""]}}) { firstName } }',
         [U + """ WHERE (("id" = ANY($1::uuid[])) AND ("data"->>'first_name' <> ALL($2::text[])))"""],
         [[("uuid[]", '{"11111111-1111-4111-8111-111111111111","22222222-2222-4222-8222-222222222222"}'),
           ("text[]", '{"Bea","say \\"hi\\""}')]],
         '{"data":{"users":[{"firstName":"Al"}]}}'),
    Case("E6", '{ users(where: {isActive: {eq: true}, createdAt: {gte: "2024-01-02T05:04:05+02:00", isnull: false}, birthDate: {lt: "1990-01-01"}}) { firstName } }',
         [U + """ WHERE ((("data"->>'is_active')::boolean = $1::boolean) AND ((("data"->>'created_at')::timestamptz >= $2::timestamptz) AND ("data"->>'created_at' IS NOT NULL)) AND (("data"->>'birth_date')::date < $3::date))"""],
         [[("boolean", "true"), ("timestamptz", "2024-01-02T03:04:05Z"), ("date", "1990-01-01")]],
         '{"data":{"users":[{"firstName":"Al"}]}}'),
    Case("E7", '{ users(where: {homeAddress: {city: {eq: "Paris"}, geo: {lat: {gt: 48.5}}}, score: {lte: 100}}) { firstName } }',
         [U + """ WHERE ((("data"->'home_address'->>'city' = $1::text) AND (("data"->'home_address'->'geo'->>'lat')::numeric > $2::numeric)) AND (("data"->>'score')::numeric <= $3::numeric))"""],
         [[("text", "Paris"), ("numeric", "48.5"), ("numeric", "100.0")]],
         '{"data":{"users":[{"firstName":"Al"}]}}'),
    Case("E8", "{ users(where: {OR: [{age: {lt: 18}}, {AND: [{age: {gte: 65}}, {NOT: {isActive: {eq: true}}}]}]}) { firstName } }",
         [U + """ WHERE ((("data"->>'age')::numeric < $1::numeric) OR ((("data"->>'age')::numeric >= $2::numeric) AND (NOT (("data"->>'is_active')::boolean = $3::boolean))))"""],
         [[("numeric", "18"), ("numeric", "65"), ("boolean", "true")]],
         '{"data":{"users":[{"firstName":"Bea"}]}}'),
    Case("E9", '{ users(where: {tags: {contains: ["admin"], overlaps: ["ops", "dev"], lenGt: 1}}) { firstName } }',
         [U + """ WHERE (("data"->'tags' @> $1::jsonb) AND ("data"->'tags' @> ANY($2::jsonb[])) AND (jsonb_array_length(CASE jsonb_typeof("data"->'tags') WHEN 'array' THEN "data"->'tags' END) > $3::integer))"""],
         [[("jsonb", '["admin"]'), ("jsonb[]", '{"[\\"ops\\"]","[\\"dev\\"]"}'), ("integer", "1")]],
         '{"data":{"users":[{"firstName":"Al"}]}}'),
    Case("E10", '{ users(where: {meta: {hasKey: "plan", hasAnyKeys: ["seats", "quota"], contains: {plan: "pro"}}}) { firstName } }',
         [U + """ WHERE ((jsonb_exists("data"->'meta', $1::text)) AND (jsonb_exists_any("data"->'meta', $2::text[])) AND ("data"->'meta' @> $3::jsonb))"""],
         [[("text", "plan"), ("text[]", '{"seats","quota"}'), ("jsonb", '{"plan":"pro"}')]],
         '{"data":{"users":[{"firstName":"Al"}]}}'),
    Case("E11", '{ users(where: {period: {containsDate: "2024-01-15", overlaps: "[2024-01-20,2024-03-01)"}}) { firstName } }',
         [U + """ WHERE ((("data"->>'period')::daterange @> $1::date) AND (("data"->>'period')::daterange && $2::daterange))"""],
         [[("date", "2024-01-15"), ("daterange", "[2024-01-20,2024-03-01)")]],
         '{"data":{"users":[{"firstName":"Al"}]}}'),
    Case("E12", '{ devices(where: {ipAddress: {isPrivate: true, isIPv4: true}, macAddress: {eq: "00:11:22:33:44:55"}}) { hostname } }',
         [D + """ WHERE ("tenant_id" = $1::uuid) AND (((("doc"->>'ip_address')::inet <<= ANY($2::inet[])) AND (family(("doc"->>'ip_address')::inet) = 4)) AND (("doc"->>'mac_address')::macaddr = $3::macaddr))"""],
         [[("uuid", "7e57a000-0000-4000-8000-000000000001"), ("inet[]", PRIVATE), ("macaddr", "00:11:22:33:44:55")]],
         '{"data":{"devices":[{"hostname":"gw-1"}]}}',
         context='{"tenant":"7E57A000-0000-4000-8000-000000000001"}'),
    Case("E13", '{ devices(where: {location: {descendantOf: "eu", depthGt: 2, matchesLquery: "*.paris"}, ipAddress: {inSubnet: "10.0.0.0/8", isPublic: false}, ports: {anyEq: 443}}) { hostname } }',
         [D + """ WHERE ("tenant_id" = $1::uuid) AND (((("doc"->>'location')::ltree <@ $2::ltree) AND (nlevel(("doc"->>'location')::ltree) > $3::integer) AND (("doc"->>'location')::ltree ~ $4::lquery)) AND ((("doc"->>'ip_address')::inet <<= $5::inet) AND (("doc"->>'ip_address')::inet <<= ANY($6::inet[]))) AND ("doc"->'ports' @> $7::jsonb))"""],
         [[("uuid", "7e57a000-0000-4000-8000-000000000001"), ("ltree", "eu"), ("integer", "2"), ("lquery", "*.paris"),
           ("inet", "10.0.0.0/8"), ("inet[]", PRIVATE), ("jsonb", "[443]")]],
         '{"data":{"devices":[{"hostname":"gw-1"}]}}', context=T1),
    Case("E14", "{ users(orderBy: [{age: DESC}, {homeAddress: {city: ASC_NULLS_FIRST}}], limit: 2, offset: 1) { firstName } }",
         [U + """ ORDER BY ("data"->>'age')::numeric DESC NULLS FIRST, "data"->'home_address'->>'city' ASC NULLS FIRST, "id" ASC NULLS LAST LIMIT $1::bigint OFFSET $2::bigint"""],
         [[("bigint", "2"), ("bigint", "1")]],
         '{"data":{"users":[{"firstName":"Al"},{"firstName":"Bea"}]}}'),
    Case("E15", "{ users(orderBy: [{createdAt: ASC}, {id: DESC}], limit: 1) { firstName } }",
         [U + """ ORDER BY ("data"->>'created_at')::timestamptz ASC NULLS LAST, "id" DESC NULLS FIRST LIMIT $1::bigint"""],
         [[("bigint", "1")]],
         '{"data":{"users":[{"firstName":"Bea"}]}}'),
    Case("E16", "query Q($w: UserWhereInput, $n: Int = 5) { users(where: $w, limit: $n) { firstName } }",
         [U + """ WHERE ((("data"->>'score')::numeric > $1::numeric) AND ("data"->>'first_name' = ANY($2::text[]))) LIMIT $3::bigint"""],
         [[("numeric", "1e+16"), ("text[]", '{"Al"}'), ("bigint", "5")]],
         '{"data":{"users":[]}}',
         variables='{"w":{"score":{"gt":1e16},"age":{"eq":null},"firstName":{"in":"Al"}}}'),
    Case("E17a", '{ user(id: "11111111-1111-4111-8111-111111111111") { firstName score homeAddress { zipCode geo { lat } } tags meta } }',
         [U + """ WHERE ("id" = $1::uuid)"""],
         [[("uuid", "11111111-1111-4111-8111-111111111111")]],
         '{"data":{"user":{"firstName":"Al","score":1.50,"homeAddress":{"zipCode":"75001","geo":{"lat":48.85}},"tags":["admin","ops"],"meta":{"plan":"pro","seats":5}}}}'),
    Case("E17b", '{ device(id: "D0000000-0000-4000-8000-000000000009") { hostname } }',
         [D + """ WHERE ("tenant_id" = $1::uuid) AND ("id" = $2::uuid)"""],
         [[("uuid", "7e57a000-0000-4000-8000-000000000001"), ("uuid", "d0000000-0000-4000-8000-000000000009")]],
         '{"data":{"device":null}}', context=T1),
    Case("E18", """query Q($withAge: Boolean!, $skipHome: Boolean = false) {
    people: users(orderBy: {age: ASC}, limit: 2) {
      ...Basic
      years: age @include(if: $withAge)
      ... on User { home: homeAddress @skip(if: $skipHome) { town: city __typename } }
      __typename
    }
  }
  fragment Basic on User { uid: id firstName }""",
         [U + """ ORDER BY ("data"->>'age')::numeric ASC NULLS LAST, "id" ASC NULLS LAST LIMIT $1::bigint"""],
         [[("bigint", "2")]],
         '{"data":{"people":[{"uid":"22222222-2222-4222-8222-222222222222","firstName":"Bea","home":{"town":"Lyon","__typename":"Address"},"__typename":"User"},{"uid":"11111111-1111-4111-8111-111111111111","firstName":"Al","home":{"town":"Paris","__typename":"Address"},"__typename":"User"}]}}',
         variables='{"withAge":false}'),
    Case("E19", '{ a: users(where: {age: {gt: 60}}) { firstName } dev: device(id: "d0000000-0000-4000-8000-000000000002") { hostname ipAddress } __typename }',
         [U + """ WHERE (("data"->>'age')::numeric > $1::numeric)""",
          D + """ WHERE ("tenant_id" = $1::uuid) AND ("id" = $2::uuid)"""],
         [[("numeric", "60")], [("uuid", "7e57a000-0000-4000-8000-000000000001"), ("uuid", "d0000000-0000-4000-8000-000000000002")]],
         '{"data":{"a":[{"firstName":"Cy"}],"dev":{"hostname":"web-1","ipAddress":"203.0.113.7"},"__typename":"Query"}}',
         context=T1),
    Case("E20a", "{ users(where: {}) { firstName } }", [U], [[]],
         '{"data":{"users":[{"firstName":"Al"},{"firstName":"Bea"},{"firstName":"Cy"}]}}', ordered=False),
    Case("E20b", "{ users(where: {AND: [], OR: []}) { firstName } }", [U + " WHERE (FALSE)"], [[]],
         '{"data":{"users":[]}}'),
    Case("E20c", "{ users(where: {OR: [{}, {age: {gt: 1}}], NOT: {}}) { firstName } }", [U + " WHERE (FALSE)"], [[]],
         '{"data":{"users":[]}}'),
    Case("E21", '{ __type(name: "IntFilter") { name inputFields { name } } }', [], [],
         '{"data":{"__type":{"name":"IntFilter","inputFields":[{"name":"eq"},{"name":"neq"},{"name":"gt"},{"name":"gte"},{"name":"lt"},{"name":"lte"},{"name":"in"},{"name":"nin"},{"name":"isnull"}]}}}'),
]

# Request errors (steps 1-6): the response is known without a database.
X_REQUEST = [
    ("X1", "{ users { firstName }", None,
     '{"errors":[{"message":"Syntax Error: Expected Name, found <EOF>.","locations":[{"line":1,"column":22}],"extensions":{"code":"GRAPHQL_PARSE_FAILED"}}]}'),
    ("X2", "{ users { firstName nickname } }", None,
     '{"errors":[{"message":"Cannot query field \'nickname\' on type \'User\'. Did you mean \'firstName\'?","locations":[{"line":1,"column":21}],"extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}]}'),
    ("X3", '{ users(where: {age: {like: "4%"}}) { firstName } }', None,
     '{"errors":[{"message":"Field \'like\' is not defined by type \'IntFilter\'. Did you mean \'lte\'?","locations":[{"line":1,"column":23}],"extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}]}'),
    ("X4", "{ users(first: 10) { firstName } }", None,
     '{"errors":[{"message":"Unknown argument \'first\' on field \'Query.users\'. Did you mean \'limit\'?","locations":[{"line":1,"column":9}],"extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}]}'),
    ("X5", "query Q { users(limit: $n) { firstName } }", None,
     '{"errors":[{"message":"Variable \'$n\' is not defined by operation \'Q\'.","locations":[{"line":1,"column":24},{"line":1,"column":1}],"extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}]}'),
    ("X6", "query ($n: Int) { users(limit: $n) { firstName } }", '{"n":2147483648}',
     '{"errors":[{"message":"Variable \'$n\' got invalid value 2147483648; Int cannot represent non 32-bit signed integer value: 2147483648","locations":[{"line":1,"column":8}],"extensions":{"code":"BAD_USER_INPUT"}}]}'),
    ("X11", "{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } } } } } }", None,
     '{"errors":[{"message":"Query depth 16 exceeds the maximum depth of 15.","extensions":{"code":"QUERY_TOO_COMPLEX"}}]}'),
    ("X12", "mutation { users { firstName } }", None,
     '{"errors":[{"message":"Schema is not configured to execute mutation operation.","locations":[{"line":1,"column":1}],"extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}]}'),
    ("X13", "{ users(where: {nope: 1}) { nickname } user { id } }", None,
     '{"errors":[{"message":"Field \'nope\' is not defined by type \'UserWhereInput\'. Did you mean \'NOT\'?","locations":[{"line":1,"column":17}],"extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}},{"message":"Cannot query field \'nickname\' on type \'User\'. Did you mean \'firstName\'?","locations":[{"line":1,"column":29}],"extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}},{"message":"Field \'user\' argument \'id\' of type \'UUID!\' is required, but it was not provided.","locations":[{"line":1,"column":40}],"extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}]}'),
    ("X14", "{ users {\nfirstName\nnickname } }", None,
     '{"errors":[{"message":"Cannot query field \'nickname\' on type \'User\'. Did you mean \'firstName\'?","locations":[{"line":2,"column":10}],"extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}]}'),
    ("X15", '{ users(where: {firstName: {eq: "😀"}}) { nickname } }', None,
     '{"errors":[{"message":"Cannot query field \'nickname\' on type \'User\'. Did you mean \'firstName\'?","locations":[{"line":1,"column":42}],"extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}]}'),
    ("X16", "query ($id: UUID!, $n: Int) { user(id: $id) { id } users(limit: $n) { id } }", '{"id":"abc","n":"x"}',
     '{"errors":[{"message":"Variable \'$id\' got invalid value \'abc\'; UUID cannot represent value: \'abc\'","locations":[{"line":1,"column":8}],"extensions":{"code":"BAD_USER_INPUT"}},{"message":"Variable \'$n\' got invalid value \'x\'; Int cannot represent non-integer value: \'x\'","locations":[{"line":1,"column":20}],"extensions":{"code":"BAD_USER_INPUT"}}]}'),
    ("X17", "{ users(orderBy: {age: asc}) { firstName } }", None,
     '{"errors":[{"message":"Value \'asc\' does not exist in \'OrderDirection\' enum. Did you mean the enum value \'ASC\' or \'DESC\'?","locations":[{"line":1,"column":24}],"extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}]}'),
]

# Field errors (step 7 and later): (name, query, context, sql, params, response).
X_FIELD = [
    ("X7", "{ users(limit: 50000) { firstName } }", None, [], [],
     '{"errors":[{"message":"Argument \\"limit\\" must not exceed 10000.","locations":[{"line":1,"column":3}],"path":["users"],"extensions":{"code":"BAD_USER_INPUT"}}],"data":null}'),
    ("X8", "{ users(orderBy: [{age: ASC, firstName: DESC}]) { firstName } }", None, [], [],
     '{"errors":[{"message":"Invalid orderBy element at index 0: exactly one field must be set, found 2.","locations":[{"line":1,"column":3}],"path":["users"],"extensions":{"code":"BAD_USER_INPUT"}}],"data":null}'),
    ("X9", '{ users(orderBy: {age: ASC}, limit: 1) { firstName } device(id: "d0000000-0000-4000-8000-000000000001") { hostname } }', "{}",
     [U + """ ORDER BY ("data"->>'age')::numeric ASC NULLS LAST, "id" ASC NULLS LAST LIMIT $1::bigint"""], [[("bigint", "1")]],
     '{"errors":[{"message":"Tenant context is required for type \\"Device\\".","locations":[{"line":1,"column":54}],"path":["device"],"extensions":{"code":"FORBIDDEN"}}],"data":{"users":[{"firstName":"Bea"}],"device":null}}'),
    ("X10", '{ users(where: {firstName: {matches: "("}}) { firstName } }', None,
     [U + """ WHERE ("data"->>'first_name' ~ $1::text)"""], [[("text", "(")]],
     '{"errors":[{"message":"Database error: invalid regular expression: parentheses () not balanced","locations":[{"line":1,"column":3}],"path":["users"],"extensions":{"code":"DATABASE_ERROR","sqlstate":"2201B"}}],"data":null}'),
]


def params_of(report: dict) -> list[list[tuple[str, str]]]:
    return [[(p["type"], p["text"]) for p in statement] for statement in report["params"]]
