"""The legacy path without a database: SQL, parameters and errors (CONTRACT §1-§5, §8, §11)."""

from __future__ import annotations

import hashlib
import json

import pytest
from contract_cases import E, X_FIELD, X_REQUEST, params_of

import graft_legacy
from graft_legacy.jsontext import VariablesError, decode_variables, dumps, float_text, load_document
from graft_legacy.params import array_literal, like_escape
from graft_legacy.scalars import normalise_datetime
from graft_legacy.sdl import SchemaError, derive_key

from conftest import CONTRACT_SCHEMA


def messages(adapter, query, variables=None, context=None, operation_name=None):
    report = adapter.plan(query, variables, operation_name, context)
    return [(e["message"], [(loc["line"], loc["column"]) for loc in e.get("locations", [])], e["extensions"]["code"])
            for e in report["errors"]]


# §11 worked examples

@pytest.mark.parametrize("case", E, ids=[c.name for c in E])
def test_worked_example_sql_and_params(adapter, case):
    report = adapter.plan(case.query, case.variables, case.operation_name, case.context)
    assert report["errors"] == []
    assert report["sql"] == case.sql
    assert params_of(report) == case.params
    assert report["cache"] == "bypass"
    assert set(report["timings"]) == {"parse", "validate", "plan", "execute", "respond"}
    assert report["timings"]["execute"] == 0 and report["timings"]["respond"] == 0


@pytest.mark.parametrize("name,query,variables,response", X_REQUEST, ids=[x[0] for x in X_REQUEST])
def test_request_errors(adapter, name, query, variables, response):
    for report in (adapter.plan(query, variables, None, None), adapter.execute(query, variables, None, None)):
        assert report["response"] == response
        assert report["sql"] == [] and report["params"] == []
        assert report["errors"] == json.loads(response)["errors"]


@pytest.mark.parametrize("name,query,context,sql,params,response", X_FIELD, ids=[x[0] for x in X_FIELD])
def test_field_errors_planning(adapter, name, query, context, sql, params, response):
    report = adapter.plan(query, None, None, context)
    assert report["sql"] == sql
    assert params_of(report) == params
    expected = [e for e in json.loads(response)["errors"] if e["extensions"]["code"] != "DATABASE_ERROR"]
    assert report["errors"] == expected


def test_field_error_without_database_is_connection_failure(adapter):
    report = adapter.execute("{ users { firstName } }", None, None, None)
    assert report["response"] == ('{"errors":[{"message":"Database error: connection failure","locations":'
                                  '[{"line":1,"column":3}],"path":["users"],"extensions":{"code":"DATABASE_ERROR",'
                                  '"sqlstate":"08006"}}],"data":null}')


# §1 schema

@pytest.mark.parametrize("field,key", [
    ("firstName", "first_name"), ("userID", "user_id"), ("HTTPServer", "http_server"), ("APIKey", "api_key"),
    ("ID", "id"), ("isIPv4", "is_i_pv4"), ("address1", "address1"), ("addressLine1", "address_line1"),
    ("ipv4Address", "ipv4_address"), ("dns1Id", "dns1_id"), ("v2Beta", "v2_beta"), ("userIDs", "user_i_ds"),
    ("_private", "_private"), ("_privateField", "_private_field"), ("first_Name", "first_name"),
    ("already_snake", "already_snake"), ("iOS", "i_os"),
])
def test_key_derivation(field, key):
    assert derive_key(field) == key


def test_schema_hash_is_sha256_of_file(adapter):
    assert adapter.schema_hash == hashlib.sha256(CONTRACT_SCHEMA.read_bytes()).hexdigest()


BAD_SCHEMAS = {
    "view type outside Query": 'type A @view(name: "a") { id: UUID! b: B } type B @view(name: "b") { id: UUID! } '
                               "type Query { as: [A!]! }",
    "arguments outside Query": 'type A @view(name: "a") { id(x: Int): UUID! } type Query { as: [A!]! }',
    "column on list": 'type A @view(name: "a") { tags: [String!] @column } type Query { as: [A!]! }',
    "column outside view": 'type A @view(name: "a") { e: E } type E { x: Int @column } type Query { as: [A!]! }',
    "generated name clash": 'type A @view(name: "a") { x: Int } type AWhereInput { y: Int } type Query { as: [A!]! }',
    "field named AND": 'type A @view(name: "a") { AND: Int } type Query { as: [A!]! }',
    "bad identifier": 'type A @view(name: "bad-name") { x: Int } type Query { as: [A!]! }',
    "bad key": 'type A @view(name: "a") { x: Int @json(key: "a.b") } type Query { as: [A!]! }',
    "enum definition": 'enum E { A } type A @view(name: "a") { x: Int } type Query { as: [A!]! }',
    "description": '"doc" type A @view(name: "a") { x: Int } type Query { as: [A!]! }',
    "other query field": 'type A @view(name: "a") { id: UUID! } type Query { a: A }',
    "lookup type mismatch": 'type A @view(name: "a") { id: UUID! } type Query { a(id: ID!): A }',
}


@pytest.mark.parametrize("name", BAD_SCHEMAS)
def test_schema_load_errors(tmp_path, name):
    path = tmp_path / "schema.graphql"
    path.write_text(BAD_SCHEMAS[name], encoding="utf-8")
    with pytest.raises(SchemaError):
        graft_legacy.create(str(path), None, {})


def test_unreferenced_view_type_is_allowed(tmp_path):
    path = tmp_path / "schema.graphql"
    path.write_text('type A @view(name: "a") { x: Int } type B @view(name: "b") { y: Int } '
                    "type Query { as: [A!]! }", encoding="utf-8")
    graft_legacy.create(str(path), None, {}).close()


def test_schema_types_sorted_and_all_scalars(adapter):
    report = adapter.execute("{ __schema { types { name } } }")
    names = [t["name"] for t in json.loads(report["response"])["data"]["__schema"]["types"]]
    assert names == sorted(names)
    for scalar in ("Boolean", "Float", "ID", "Int", "String", "Decimal", "UUID", "Date", "DateTime", "IpAddress",
                   "MacAddress", "LTree", "DateRange", "JSON"):
        assert scalar in names
    assert "DecimalFilter" not in names  # not reachable from Query in this schema


def test_introspection_fixed_choices(adapter):
    report = adapter.execute('{ __schema { description directives { name description isRepeatable args { name '
                             'description defaultValue } } } s: __type(name: "String") { description '
                             "specifiedByURL interfaces { name } } q: __type(name: \"Query\") { interfaces { name } fields { name "
                             "description args { name } } } }")
    data = json.loads(report["response"])["data"]
    assert data["__schema"]["description"] is None
    directives = data["__schema"]["directives"]
    assert [d["name"] for d in directives] == ["include", "skip", "deprecated", "specifiedBy"]
    assert all(d["description"] is None and d["isRepeatable"] is False for d in directives)
    assert directives[2]["args"] == [{"name": "reason", "description": None,
                                      "defaultValue": '"No longer supported"'}]
    assert data["s"] == {"description": None, "specifiedByURL": None, "interfaces": None}
    assert data["q"]["interfaces"] == []
    assert [f["name"] for f in data["q"]["fields"]] == ["users", "user", "devices", "device"]
    assert [a["name"] for a in data["q"]["fields"][0]["args"]] == ["where", "orderBy", "limit", "offset"]


def test_generated_input_field_order(adapter):
    def fields(type_name):
        report = adapter.execute(f'{{ __type(name: "{type_name}") {{ inputFields {{ name }} }} }}')
        return [f["name"] for f in json.loads(report["response"])["data"]["__type"]["inputFields"]]

    assert fields("UserWhereInput") == ["id", "firstName", "age", "score", "isActive", "createdAt", "birthDate",
                                        "period", "tags", "meta", "homeAddress", "addressLine1", "AND", "OR", "NOT"]
    assert fields("UserOrderByInput") == ["id", "firstName", "age", "score", "isActive", "createdAt", "birthDate",
                                          "period", "homeAddress", "addressLine1"]
    assert fields("StringFilter") == ["eq", "neq", "gt", "gte", "lt", "lte", "in", "nin", "isnull", "contains",
                                      "icontains", "startswith", "istartswith", "endswith", "iendswith", "like",
                                      "ilike", "matches", "imatches", "notMatches"]
    assert fields("IpAddressFilter") == ["eq", "neq", "in", "nin", "isnull", "inSubnet", "isPrivate", "isPublic",
                                         "isIPv4", "isIPv6"]
    assert fields("LTreeFilter") == ["eq", "neq", "in", "nin", "isnull", "ancestorOf", "descendantOf",
                                     "matchesLquery", "depthEq", "depthGt", "depthLt"]
    assert fields("DateRangeFilter") == ["eq", "neq", "in", "nin", "isnull", "containsDate", "overlaps", "adjacent",
                                         "strictlyLeft", "strictlyRight"]
    assert fields("JSONFilter") == ["eq", "neq", "isnull", "contains", "containedBy", "hasKey", "hasAnyKeys",
                                    "hasAllKeys"]
    assert fields("IntListFilter") == ["contains", "containedBy", "overlaps", "anyEq", "lenEq", "lenGt", "lenLt",
                                       "isnull"]
    assert fields("BooleanFilter") == ["eq", "neq", "isnull"]
    assert fields("UUIDFilter") == ["eq", "neq", "in", "nin", "isnull"]


# §1.3 scalars: literal and value messages

SCALAR_CASES = [
    ("UUID", '"abc"', "UUID cannot represent value: \"abc\"", '"abc"',
     "Variable '$x' got invalid value 'abc'; UUID cannot represent value: 'abc'"),
    ("Date", '"2024-02-30"', 'Date cannot represent value: "2024-02-30"', '"2024-02-30"',
     "Variable '$x' got invalid value '2024-02-30'; Date cannot represent value: '2024-02-30'"),
    ("DateTime", '"2024-01-02T03:04:05"', 'DateTime cannot represent value: "2024-01-02T03:04:05"', "5",
     "Variable '$x' got invalid value 5; DateTime cannot represent value: 5"),
    ("Decimal", '"1,5"', 'Decimal cannot represent value: "1,5"', "true",
     "Variable '$x' got invalid value True; Decimal cannot represent value: True"),
    ("Decimal", "true", "Decimal cannot represent value: true", "true",
     "Variable '$x' got invalid value True; Decimal cannot represent value: True"),
    ("IpAddress", '"::1/128"', 'IpAddress cannot represent value: "::1/128"', '"::1/128"',
     "Variable '$x' got invalid value '::1/128'; IpAddress cannot represent value: '::1/128'"),
    ("MacAddress", '"00:11:22:33:44"', 'MacAddress cannot represent value: "00:11:22:33:44"', '["00:11:22:33:44:55"]',
     "Variable '$x' got invalid value ['00:11:22:33:44:55']; MacAddress cannot represent value: ['00:11:22:33:44:55']"),
    ("LTree", '"a..b"', 'LTree cannot represent value: "a..b"', '"a..b"',
     "Variable '$x' got invalid value 'a..b'; LTree cannot represent value: 'a..b'"),
    ("DateRange", '"[2024-02-01,2024-01-01)"', 'DateRange cannot represent value: "[2024-02-01,2024-01-01)"',
     '"[2024-02-01,2024-01-01)"', "Variable '$x' got invalid value '[2024-02-01,2024-01-01)'; DateRange cannot "
     "represent value: '[2024-02-01,2024-01-01)'"),
    ("JSON", '{k: ["\\u0000"]}', 'JSON cannot represent value: {k: ["\\u0000"]}', '{"k":["\\u0000"]}',
     "Variable '$x' got invalid value {'k': ['\\x00']}; JSON cannot represent value: {'k': ['\\x00']}"),
]


USE_X = "{ users(where: {meta: {eq: {a: $x}}}) { id } }"  # a JSON object literal takes a variable of any type


@pytest.mark.parametrize("scalar,literal,literal_message,value,value_message", SCALAR_CASES)
def test_scalar_messages(adapter, scalar, literal, literal_message, value, value_message):
    found = messages(adapter, f"query Q($x: {scalar} = {literal}) {USE_X}")
    assert found == [(literal_message, [(1, 16 + len(scalar))], "GRAPHQL_VALIDATION_FAILED")]
    found = messages(adapter, f"query Q($x: {scalar}) {USE_X}", '{"x":' + value + "}")
    assert found == [(value_message, [(1, 9)], "BAD_USER_INPUT")]


@pytest.mark.parametrize("scalar,good", [
    ("UUID", ["11111111-1111-4111-8111-11111111111A"]),
    ("Date", ["2024-02-29", "0001-01-01", "9999-12-31"]),
    ("DateTime", ["2024-01-02T03:04:05Z", "2024-01-02t03:04:05.123456z", "2024-01-02T03:04:05-23:59"]),
    ("Decimal", ["1.50", "-0", "1e5", 5, 1.5]),
    ("IpAddress", ["10.0.0.1", "0.0.0.0", "::", "::ffff:1.2.3.4", "FE80::1", "1:2:3:4:5:6:7:8"]),
    ("MacAddress", ["00:11:22:33:44:55", "AA-bb-CC-dd-EE-ff"]),
    ("LTree", ["a", "eu.fr.paris", "A_1.b2"]),
    ("DateRange", ["empty", "[2024-01-01,2024-02-01)", "(,)", "[2024-01-01,]", "(,2024-01-01]"]),
    ("JSON", [{"a": [1, None]}, "x", 1]),
])
def test_scalars_accept(adapter, scalar, good):
    for value in good:
        report = adapter.plan(f"query Q($x: {scalar}) {USE_X}", json.dumps({"x": value}), None, None)
        assert report["errors"] == [], value


@pytest.mark.parametrize("scalar,bad", [
    ("UUID", ["11111111-1111-4111-8111-11111111111", "11111111111141118111111111111111", 5]),
    ("Date", ["2024-2-01", "0000-01-01", "2023-02-29", "2024-01-01T00:00:00Z"]),
    ("DateTime", ["2024-01-02 03:04:05Z", "2024-01-02T24:00:00Z", "2024-01-02T03:04:60Z", "2024-01-02T03:04:05.1234567Z",
                  "2024-01-02T03:04:05+24:00", "0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00"]),
    ("Decimal", ["1,5", "01", ".5", "1.", True, "NaN"]),
    ("IpAddress", ["01.2.3.4", "1.2.3.256", "fe80::1%eth0", "1::2:3:4:5:6:7:8", "10.0.0.0/8", " 1.2.3.4"]),
    ("MacAddress", ["00:11:22:33:44", "00:11-22:33:44:55", "0011.2233.4455"]),
    ("LTree", ["", "a..b", "a.", "a-b"]),
    ("DateRange", ["Empty", "[2024-02-01,2024-01-01)", "[2024-01-01 ,2024-02-01)", "[2024-02-30,)"]),
    ("String", []),
])
def test_scalars_reject(adapter, scalar, bad):
    for value in bad:
        report = adapter.plan(f"query Q($x: {scalar}) {USE_X}", json.dumps({"x": value}), None, None)
        assert [e["extensions"]["code"] for e in report["errors"]] == ["BAD_USER_INPUT"], value


def test_scalar_examples_in_arguments(adapter):
    assert messages(adapter, '{ users(where: {id: {eq: ["11111111-1111-4111-8111-111111111111"]}}) { id } }') == [
        ('UUID cannot represent value: ["11111111-1111-4111-8111-111111111111"]', [(1, 26)],
         "GRAPHQL_VALIDATION_FAILED")]
    assert messages(adapter, '{ user(id: "abc") { id } }') == [
        ('UUID cannot represent value: "abc"', [(1, 12)], "GRAPHQL_VALIDATION_FAILED")]
    assert messages(adapter, '{ user(id: """abc""") { id } }')[0][0] == 'UUID cannot represent value: """abc"""'
    found = messages(adapter, "query Q($w: UserWhereInput) { users(where: $w) { id } }",
                     '{"w":{"AND":[{},{},{"OR":[{"id":{"eq":"zz"}}]}]}}')
    assert found == [("Variable '$w' got invalid value 'zz' at 'w.AND[2].OR[0].id.eq'; UUID cannot represent "
                      "value: 'zz'", [(1, 9)], "BAD_USER_INPUT")]


# §3 documents

@pytest.mark.parametrize("query,expected", [
    ('{ users { ... on UUID { id } } }', [("Fragment cannot condition on non composite type 'UUID'.", [(1, 18)])]),
    ("{ users { homeAddress } }", [("Field 'homeAddress' of type 'Address' must have a selection of subfields. "
                                    "Did you mean 'homeAddress { ... }'?", [(1, 11)])]),
    ("{ users { tags { x } } }", [("Field 'tags' must not have a selection since type '[String!]' has no "
                                   "subfields.", [(1, 16)])]),
    ("{ userz { id } }", [("Cannot query field 'userz' on type 'Query'. Did you mean 'user' or 'users'?", [(1, 3)])]),
    ("query Q($d: Datetime) { users(where: {createdAt: {eq: $d}}) { id } }",
     [("Unknown type 'Datetime'. Did you mean 'DateTime', 'Date', 'DateFilter', 'DateRange', or 'Device'?",
       [(1, 13)])]),
    ("query Q($u: [User!]) { users { id } }", [("Variable '$u' cannot be non-input type '[User!]'.", [(1, 13)]),
                                               ("Variable '$u' is never used in operation 'Q'.", [(1, 9)])]),
    ("{ users { ...F } } fragment F on Device { id }",
     [("Fragment 'F' cannot be spread here as objects of type 'User' can never be of type 'Device'.", [(1, 11)])]),
    ("query Q($id: UUID) { user(id: $id) { id } }",
     [("Variable '$id' of type 'UUID' used in position expecting type 'UUID!'.", [(1, 9), (1, 31)])]),
    ("{ users { a: firstName a: age } }",
     [("Fields 'a' conflict because 'firstName' and 'age' are different fields. Use different aliases on the "
       "fields to fetch both if this was intentional.", [(1, 11), (1, 24)])]),
    ("{ users(where: {age: {eq: 1, eq: 2}}) { id } }",
     [("There can be only one input field named 'eq'.", [(1, 23), (1, 30)])]),
    ("{ users(limit: \"x\") { id } }", [('Int cannot represent non-integer value: "x"', [(1, 16)])]),
    ("{ users(where: {age: {in: [1, null]}}) { id } }", [("Expected value of type 'Int!', found null.", [(1, 31)])]),
    ("{ users(where: {age: 1}) { id } }", [("Expected value of type 'IntFilter', found 1.", [(1, 22)])]),
    ('{ users(orderBy: {age: "ASC"}) { id } }',
     [("Enum 'OrderDirection' cannot represent non-enum value: \"ASC\". Did you mean the enum value 'ASC' or "
       "'DESC'?", [(1, 24)])]),
    ("query Q($v: Int) { users(where: {meta: {eq: [$v]}}) { id } }",
     [("Variable '$v' of type 'Int' used in position expecting type 'JSON'.", [(1, 9), (1, 46)])]),
    ("{ users { id } } type Foo { a: Strin }",
     [("The 'Foo' definition is not executable.", [(1, 18)]),
      ("Unknown type 'Strin'. Did you mean 'String' or 'LTree'?", [(1, 32)])]),
])
def test_validation_examples(adapter, query, expected):
    assert [(m, locs) for m, locs, code in messages(adapter, query)] == expected


def test_recursive_usage_order(adapter):
    query = ("query Q { a: users { ...F } b: users { ...G } c: users { ...H } } fragment F on User { x: age "
             "@skip(if: $f) } fragment G on User { x: age @skip(if: $g) } fragment H on User { x: age @skip(if: $h) }")
    assert [(m, locs) for m, locs, _ in messages(adapter, query)] == [
        (f"Variable '${v}' is not defined by operation 'Q'.", [(1, query.index("$" + v) + 1), (1, 1)])
        for v in "hgf"]


def test_syntax_and_guards(adapter):
    assert messages(adapter, 'query Q($a: Int = $"\\q") { users { id } }') == [
        ("Syntax Error: Invalid character escape sequence: '\\q'.", [(1, 21)], "GRAPHQL_PARSE_FAILED")]
    assert messages(adapter, 'query Q($a: Int = $ "x") { users { id } }') == [
        ("Syntax Error: Unexpected '$'.", [(1, 19)], "GRAPHQL_PARSE_FAILED")]
    assert messages(adapter, "fragment F($a: Int) on User { id }")[0][0] == "Syntax Error: Expected 'on', found '('."
    # graphql-core's IndexError inside an escape at the end of the document
    for query in ('{ users(where: {firstName: {eq: "abc\\', '{ users(where: {firstName: {eq: "\\u12'):
        assert messages(adapter, query) == [("Syntax Error: Unterminated string.", [(1, len(query) + 1)],
                                             "GRAPHQL_PARSE_FAILED")]
    assert messages(adapter, "{" * 513) == [("Document nesting depth exceeds the maximum of 512.", [],
                                             "QUERY_TOO_COMPLEX")]
    assert messages(adapter, "{" * 512)[0][2] == "GRAPHQL_PARSE_FAILED"
    big = "{ users { id } }" + " " * 65536
    assert messages(adapter, big) == [(f"Document size {len(big)} bytes exceeds the maximum of 65536 bytes.", [],
                                       "QUERY_TOO_COMPLEX")]
    assert messages(adapter, "") == [("Syntax Error: Unexpected <EOF>.", [(1, 1)], "GRAPHQL_PARSE_FAILED")]


def test_operation_selection(adapter):
    two = "query A { users { id } } query B { devices { id } }"
    assert messages(adapter, two) == [("Must provide operation name if query contains multiple operations.", [],
                                       "GRAPHQL_VALIDATION_FAILED")]
    assert messages(adapter, two, operation_name="C") == [("Unknown operation named 'C'.", [],
                                                           "GRAPHQL_VALIDATION_FAILED")]
    assert messages(adapter, two, operation_name="") == [("Unknown operation named ''.", [],
                                                          "GRAPHQL_VALIDATION_FAILED")]
    assert adapter.plan(two, None, "A", None)["sql"] == ['SELECT "data"::text FROM "public"."v_user"']
    assert messages(adapter, "subscription S { users { id } }") == [
        ("Schema is not configured to execute subscription operation.", [(1, 1)], "GRAPHQL_VALIDATION_FAILED")]


def test_complexity_limits(tmp_path):
    legacy = graft_legacy.create(str(CONTRACT_SCHEMA), None, {"maxRootFields": 2, "maxAliases": 1,
                                                                "maxInputDepth": 3})
    assert messages(legacy, "{ users { id } a: users { id } b: users { id } }") == [
        ("Operation has 3 root fields; the maximum is 2.", [], "QUERY_TOO_COMPLEX")]
    assert messages(legacy, "{ ...F } fragment F on Query { a: users { x: id } }") == [
        ("Operation uses 2 aliases; the maximum is 1.", [], "QUERY_TOO_COMPLEX")]
    assert messages(legacy, "{ users(where: {AND: [{age: {in: [1]}}]}) { id } }") == [
        ("Input value nesting depth 5 exceeds the maximum of 3.", [], "QUERY_TOO_COMPLEX")]
    assert messages(legacy, "query Q($w: UserWhereInput) { users(where: $w) { id } }",
                    '{"w":{"AND":[{"age":{"in":[]}}]}}') == [
        ("Input value nesting depth 5 exceeds the maximum of 3.", [], "QUERY_TOO_COMPLEX")]
    assert messages(legacy, "{ users(where: {AND: [{age: {eq: 1}}]}) { id } }")[0][0].startswith("Input value nesting depth 4")
    assert messages(legacy, "{ users(where: {age: {in: [1]}}) { id } }") == []


# §4 values

@pytest.mark.parametrize("text,message", [
    ("[1]", "Variables are invalid: expected a JSON object."),
    ('"x"', "Variables are invalid: expected a JSON object."),
    ("{", "Variables are invalid: malformed JSON."),
    ('{"a":NaN}', "Variables are invalid: malformed JSON."),
    ('{"a":{"b":1,"b":2}}', 'Variables are invalid: duplicate key "b".'),
    ('{"a":' + "[" * 512 + "]" * 512 + "}", "Variables are invalid: nesting too deep."),
    ('{"a":1e400}', "Variables are invalid: number out of range."),
    ('{"a":-' + "9" * 400 + "}", "Variables are invalid: number out of range."),
])
def test_variables_decode_errors(adapter, text, message):
    assert messages(adapter, "{ __typename }", text) == [(message, [], "BAD_USER_INPUT")]


def test_number_model():
    decoded = decode_variables('{"a":18446744073709551615,"b":18446744073709551616,"c":-9223372036854775808,'
                               '"d":1.0,"e":-0,"f":1e2}', 512)
    assert decoded == {"a": 2**64 - 1, "b": float(2**64), "c": -(2**63), "d": 1.0, "e": 0, "f": 100.0}
    assert [type(v) for v in decoded.values()] == [int, float, int, float, int, float]
    with pytest.raises(VariablesError):
        decode_variables("{} x", 512)


def test_variable_coercion_examples(adapter):
    query = "query Q($w: UserWhereInput) { users(where: $w) { id } }"
    assert [m for m, _, _ in messages(adapter, query, '{"w":{"score":{"eq":"y"},"zzz":1,"age":{"eq":"x"},"aaa":2}}')] == [
        "Variable '$w' got invalid value 'x' at 'w.age.eq'; Int cannot represent non-integer value: 'x'",
        "Variable '$w' got invalid value 'y' at 'w.score.eq'; Float cannot represent non numeric value: 'y'",
        "Variable '$w' got invalid value {'score': {'eq': 'y'}, 'zzz': 1, 'age': {'eq': 'x'}, 'aaa': 2}; Field 'zzz' "
        "is not defined by type 'UserWhereInput'.",
        "Variable '$w' got invalid value {'score': {'eq': 'y'}, 'zzz': 1, 'age': {'eq': 'x'}, 'aaa': 2}; Field 'aaa' "
        "is not defined by type 'UserWhereInput'. Did you mean 'AND' or 'age'?",
    ]
    assert [m for m, _, _ in messages(adapter, query, '{"w":{"age":{"in":[1,null,"x"]}}}')] == [
        "Variable '$w' got invalid value None at 'w.age.in[1]'; Expected non-nullable type 'Int!' not to be None.",
        "Variable '$w' got invalid value 'x' at 'w.age.in[2]'; Int cannot represent non-integer value: 'x'",
    ]
    assert [m for m, _, _ in messages(adapter, query, '{"w":"str"}')] == [
        "Variable '$w' got invalid value 'str'; Expected type 'UserWhereInput' to be a mapping."]
    assert [m for m, _, _ in messages(adapter, "query Q($o: [UserOrderByInput!]) { users(orderBy: $o) { id } }",
                                      '{"o":[{"age":"asc"}]}')] == [
        "Variable '$o' got invalid value 'asc' at 'o[0].age'; Value 'asc' does not exist in 'OrderDirection' enum. "
        "Did you mean the enum value 'ASC' or 'DESC'?"]
    assert messages(adapter, "query Q($n: Int!) { users(limit: $n) { id } }") == [
        ("Variable '$n' of required type 'Int!' was not provided.", [(1, 9)], "BAD_USER_INPUT")]
    assert messages(adapter, "query Q($n: Int!) { users(limit: $n) { id } }", '{"n":null}') == [
        ("Variable '$n' of non-null type 'Int!' must not be null.", [(1, 9)], "BAD_USER_INPUT")]


def test_runtime_null_arguments(adapter):
    report = adapter.plan('query Q($a: UUID = "11111111-1111-4111-8111-111111111111") '
                          "{ users(where: {id: {in: [$a]}}) { id } }", '{"a":null}', None, None)
    assert report["errors"] == [{"message": "Argument 'where' has invalid value {id: {in: [$a]}}.",
                                 "locations": [{"line": 1, "column": 62}], "path": ["users"],
                                 "extensions": {"code": "BAD_USER_INPUT"}}]
    report = adapter.plan('query Q($a: UUID = "11111111-1111-4111-8111-111111111111") { user(id: $a) { id } }',
                          '{"a":null}', None, None)
    assert report["errors"][0]["message"] == "Argument 'id' of non-null type 'UUID!' must not be null."
    assert messages(adapter, "query Q($s: Boolean = true) { users { id @skip(if: $s) } }", '{"s":null}') == [
        ("Argument 'if' of non-null type 'Boolean!' must not be null.", [(1, 52)], "BAD_USER_INPUT")]


def test_datetime_and_float_text():
    assert normalise_datetime("2024-01-02T05:04:05.120+02:00") == "2024-01-02T03:04:05.12Z"
    assert normalise_datetime("2024-01-01T00:30:00+01:00") == "2023-12-31T23:30:00Z"
    assert normalise_datetime("0001-01-01T00:00:00-00:30") == "0001-01-01T00:30:00Z"
    assert normalise_datetime("2024-01-02T03:04:05.000000Z") == "2024-01-02T03:04:05Z"
    for value, text in [(100.0, "100.0"), (1e16, "1e+16"), (1e15, "1000000000000000.0"), (0.0001, "0.0001"),
                        (0.00001, "1e-05"), (48.5, "48.5"), (-0.0, "-0.0")]:
        assert float_text(value) == text


def test_encodings():
    assert array_literal([]) == "{}"
    assert array_literal(['a"b', "c\\d"]) == '{"a\\"b","c\\\\d"}'
    assert like_escape("a\\b%c_d") == "a\\\\b\\%c\\_d"
    assert dumps({"s": 'q"\\\b\f\n\r\t\x01\x1f/\x7f\u2028😀', "n": load_document("[1.50,-0,1E5]")}) == (
        '{"s":"q\\"\\\\\\b\\f\\n\\r\\t\\u0001\\u001f/\x7f\u2028😀","n":[1.50,-0,1E5]}')


# §5 SQL beyond the worked examples

U = 'SELECT "data"::text FROM "public"."v_user"'
D = 'SELECT "doc"::text FROM "inventory"."v_device"'
T1 = '{"tenant":"7e57a000-0000-4000-8000-000000000001"}'


@pytest.mark.parametrize("where,sql,params", [
    ('{firstName: {neq: "a", gt: "b", gte: "c", lt: "d", lte: "e"}}',
     """(("data"->>'first_name' <> $1::text) AND ("data"->>'first_name' > $2::text) AND ("data"->>'first_name' >= $3::text) AND ("data"->>'first_name' < $4::text) AND ("data"->>'first_name' <= $5::text))""",
     [("text", "a"), ("text", "b"), ("text", "c"), ("text", "d"), ("text", "e")]),
    ('{firstName: {icontains: "a%", startswith: "b_", endswith: "c\\\\", iendswith: "d", like: "e%", ilike: "f_"}}',
     """(("data"->>'first_name' ILIKE $1::text) AND ("data"->>'first_name' LIKE $2::text) AND ("data"->>'first_name' LIKE $3::text) AND ("data"->>'first_name' ILIKE $4::text) AND ("data"->>'first_name' LIKE $5::text) AND ("data"->>'first_name' ILIKE $6::text))""",
     [("text", "%a\\%%"), ("text", "b\\_%"), ("text", "%c\\\\"), ("text", "%d"), ("text", "e%"), ("text", "f_")]),
    ("{age: {isnull: true}, score: {in: [1, 2.5], nin: []}}",
     """(("data"->>'age' IS NULL) AND ((("data"->>'score')::numeric = ANY($1::numeric[])) AND (("data"->>'score')::numeric <> ALL($2::numeric[]))))""",
     [("numeric[]", '{"1.0","2.5"}'), ("numeric[]", "{}")]),
    ('{id: {eq: "AAAAAAAA-1111-4111-8111-111111111111", neq: "bbbbbbbb-1111-4111-8111-111111111111", isnull: false}}',
     """(("id" = $1::uuid) AND ("id" <> $2::uuid) AND ("id" IS NOT NULL))""",
     [("uuid", "aaaaaaaa-1111-4111-8111-111111111111"), ("uuid", "bbbbbbbb-1111-4111-8111-111111111111")]),
    ('{createdAt: {in: ["2024-01-01T00:00:00+01:00"]}, birthDate: {nin: ["2000-01-01"]}, isActive: {neq: false}}',
     """((("data"->>'created_at')::timestamptz = ANY($1::timestamptz[])) AND (("data"->>'birth_date')::date <> ALL($2::date[])) AND (("data"->>'is_active')::boolean <> $3::boolean))""",
     [("timestamptz[]", '{"2023-12-31T23:00:00Z"}'), ("date[]", '{"2000-01-01"}'), ("boolean", "false")]),
    ('{period: {eq: "empty", adjacent: "[2024-01-01,2024-02-01)", strictlyLeft: "(,2024-01-01)", strictlyRight: "[2025-01-01,)"}}',
     """((("data"->>'period')::daterange = $1::daterange) AND (("data"->>'period')::daterange -|- $2::daterange) AND (("data"->>'period')::daterange << $3::daterange) AND (("data"->>'period')::daterange >> $4::daterange))""",
     [("daterange", "empty"), ("daterange", "[2024-01-01,2024-02-01)"), ("daterange", "(,2024-01-01)"),
      ("daterange", "[2025-01-01,)")]),
    ("{tags: {containedBy: [\"a\", \"b\"], anyEq: \"x\", lenEq: 0, lenLt: 3, isnull: false}}",
     """(("data"->'tags' <@ $1::jsonb) AND ("data"->'tags' @> $2::jsonb) AND (jsonb_array_length(CASE jsonb_typeof("data"->'tags') WHEN 'array' THEN "data"->'tags' END) = $3::integer) AND (jsonb_array_length(CASE jsonb_typeof("data"->'tags') WHEN 'array' THEN "data"->'tags' END) < $4::integer) AND ("data"->>'tags' IS NOT NULL))""",
     [("jsonb", '["a","b"]'), ("jsonb", '["x"]'), ("integer", "0"), ("integer", "3")]),
    ('{meta: {eq: {a: [1.50, true, null, "x"]}, neq: 2, containedBy: {b: 1e3}, hasAllKeys: ["p"], isnull: true}}',
     """(("data"->'meta' = $1::jsonb) AND ("data"->'meta' <> $2::jsonb) AND ("data"->'meta' <@ $3::jsonb) AND (jsonb_exists_all("data"->'meta', $4::text[])) AND ("data"->>'meta' IS NULL))""",
     [("jsonb", '{"a":[1.50,true,null,"x"]}'), ("jsonb", "2"), ("jsonb", '{"b":1e3}'), ("text[]", '{"p"}')]),
    ('{NOT: {OR: [{firstName: {eq: "a"}}, {OR: []}]}}',
     """(NOT (("data"->>'first_name' = $1::text) OR (FALSE)))""", [("text", "a")]),
    ("{OR: [{AND: []}, {age: {eq: 1}}]}", None, []),
    ("{age: {}, firstName: {eq: null}, AND: null}", None, []),
])
def test_where_rendering(adapter, where, sql, params):
    report = adapter.plan(f"{{ users(where: {where}) {{ id }} }}", None, None, None)
    assert report["errors"] == []
    assert report["sql"] == [U + (f" WHERE {sql}" if sql else "")]
    assert params_of(report) == [params]


def test_device_operators(adapter):
    report = adapter.plan('{ devices(where: {ipAddress: {isPrivate: false, isPublic: true, isIPv4: false, isIPv6: true, '
                          'in: ["::1"], eq: "10.0.0.1"}, location: {ancestorOf: "eu.fr", depthEq: 1, depthLt: 4, '
                          'nin: ["x"]}, ports: {contains: [22], overlaps: [80], containedBy: []}}) { id } }',
                          None, None, T1)
    assert report["errors"] == []
    assert report["sql"] == [D + ' WHERE ("tenant_id" = $1::uuid) AND (((NOT (("doc"->>\'ip_address\')::inet <<= ANY($2::inet[]))) '
        "AND (NOT ((\"doc\"->>'ip_address')::inet <<= ANY($3::inet[]))) AND (family((\"doc\"->>'ip_address')::inet) <> 4) "
        "AND (family((\"doc\"->>'ip_address')::inet) = 6) AND ((\"doc\"->>'ip_address')::inet = ANY($4::inet[])) "
        "AND ((\"doc\"->>'ip_address')::inet = $5::inet)) AND (((\"doc\"->>'location')::ltree @> $6::ltree) "
        "AND (nlevel((\"doc\"->>'location')::ltree) = $7::integer) AND (nlevel((\"doc\"->>'location')::ltree) < $8::integer) "
        "AND ((\"doc\"->>'location')::ltree <> ALL($9::ltree[]))) AND ((\"doc\"->'ports' @> $10::jsonb) "
        "AND (\"doc\"->'ports' @> ANY($11::jsonb[])) AND (\"doc\"->'ports' <@ $12::jsonb)))"]
    from contract_cases import PRIVATE
    assert params_of(report) == [[("uuid", "7e57a000-0000-4000-8000-000000000001"), ("inet[]", PRIVATE),
                                  ("inet[]", PRIVATE), ("inet[]", '{"::1"}'), ("inet", "10.0.0.1"),
                                  ("ltree", "eu.fr"), ("integer", "1"), ("integer", "4"), ("ltree[]", '{"x"}'),
                                  ("jsonb", "[22]"), ("jsonb[]", '{"[80]"}'), ("jsonb", "[]")]]


def test_value_checks_and_paths(adapter):
    def error(query, variables=None, context=None):
        report = adapter.plan(query, variables, None, context)
        assert report["sql"] == []
        return report["errors"][0]["message"]

    wq = "query Q($w: UserWhereInput) { users(where: $w) { id } }"
    assert error(wq, '{"w":{"AND":[{},{"firstName":{"eq":"a\\u0000"}}]}}') == (
        'Argument "where" has an invalid value at "where.AND[1].firstName.eq": text must not contain U+0000.')
    assert error(wq, '{"w":{"tags":{"contains":["ok","\\u0000"]}}}') == (
        'Argument "where" has an invalid value at "where.tags.contains[1]": text must not contain U+0000.')
    assert error(wq, '{"w":{"firstName":{"in":"\\u0000"}}}') == (
        'Argument "where" has an invalid value at "where.firstName.in": text must not contain U+0000.')
    assert error("{ users(where: {score: {eq: 1e400}}) { id } }") == (
        'Argument "where" has an invalid value at "where.score.eq": Float value must be finite.')
    assert error('query Q($s: String) { users(where: {meta: {eq: {a: $s}}}) { id } }', '{"s":"\\u0000"}') == (
        'Argument "where" has an invalid value at "where.meta.eq": text must not contain U+0000.')
    for bad in ("10.0.0.0", "10.0.0.0/33", "10.0.0.0/08", "::/129", "x/1"):
        assert error(f'{{ devices(where: {{ipAddress: {{inSubnet: "{bad}"}}}}) {{ id }} }}', context=T1) == (
            'Argument "where" has an invalid value at "where.ipAddress.inSubnet": expected a network in CIDR '
            "notation.")
    assert error("{ users(limit: -1) { id } }") == 'Argument "limit" must not be negative.'
    assert error("{ users(offset: -1) { id } }") == 'Argument "offset" must not be negative.'
    assert error("{ users(orderBy: {homeAddress: {}}) { id } }") == (
        "Invalid orderBy element at index 0: exactly one field must be set, found 0.")
    assert error("{ users(orderBy: [{age: ASC}, {homeAddress: {city: ASC, geo: {lat: DESC}}}]) { id } }") == (
        "Invalid orderBy element at index 1: exactly one field must be set, found 2.")
    # checks run in the order tenant, limit, offset, orderBy, where
    assert error('{ devices(limit: -1, where: {ipAddress: {inSubnet: "x"}}) { id } }', context="{}") == (
        'Tenant context is required for type "Device".')
    assert error('{ users(where: {ipAddress: 1}, limit: -1) { id } }'.replace("ipAddress: 1", "age: {eq: 1}"),
                 None) == 'Argument "limit" must not be negative.'
    for context in (None, '{"tenant":5}', '{"tenant":"nope"}', "[1]", "not json"):
        assert error("{ devices { id } }", context=context) == 'Tenant context is required for type "Device".'
    assert adapter.plan("{ devices { id } }", None, None, {"tenant": "7e57a000-0000-4000-8000-000000000001"})[
        "sql"] == [D + ' WHERE ("tenant_id" = $1::uuid)']


def test_order_by_and_pagination(adapter):
    report = adapter.plan("{ users(orderBy: [{homeAddress: {geo: {lat: DESC_NULLS_LAST}}}, {score: ASC_NULLS_LAST}, "
                          "{isActive: DESC_NULLS_FIRST}, {id: ASC}], limit: 0, offset: 0) { id } }", None, None, None)
    assert report["sql"] == [U + """ ORDER BY ("data"->'home_address'->'geo'->>'lat')::numeric DESC NULLS LAST, ("data"->>'score')::numeric ASC NULLS LAST, ("data"->>'is_active')::boolean DESC NULLS FIRST, "id" ASC NULLS LAST LIMIT $1::bigint OFFSET $2::bigint"""]
    assert params_of(report) == [[("bigint", "0"), ("bigint", "0")]]
    assert adapter.plan("{ users(orderBy: [], limit: null) { id } }", None, None, None)["sql"] == [U]
    report = adapter.plan("query Q($o: [UserOrderByInput!]) { users(orderBy: $o) { id } }",
                          '{"o":{"firstName":"DESC"}}', None, None)
    assert report["sql"] == [U + """ ORDER BY "data"->>'first_name' DESC NULLS FIRST, "id" ASC NULLS LAST"""]


def test_variables_keep_written_order_and_literal_tokens(adapter):
    report = adapter.plan("query Q($w: UserWhereInput, $j: JSON) { users(where: $w) { id } b: users(where: "
                          "{meta: {eq: $j}}) { id } }",
                          '{"w":{"firstName":{"eq":"x"},"age":{"lt":2.0,"gt":1}},"j":{"z":1,"a":[1.5,2]}}', None, None)
    assert report["sql"][0] == U + """ WHERE (("data"->>'first_name' = $1::text) AND ((("data"->>'age')::numeric < $2::numeric) AND (("data"->>'age')::numeric > $3::numeric)))"""
    assert params_of(report)[0] == [("text", "x"), ("numeric", "2"), ("numeric", "1")]
    assert params_of(report)[1] == [("jsonb", '{"z":1,"a":[1.5,2]}')]


def test_full_introspection_query(adapter):
    from graphql import get_introspection_query

    report = adapter.execute(get_introspection_query(descriptions=True, specified_by_url=True,
                                                     directive_is_repeatable=True, schema_description=True))
    assert report["errors"] == [] and report["sql"] == []
    schema = json.loads(report["response"])["data"]["__schema"]

    def walk(value):
        if isinstance(value, dict):
            for key, item in value.items():
                if key in ("description", "specifiedByURL", "deprecationReason"):
                    assert item is None
                elif key == "isDeprecated" or key == "isRepeatable":
                    assert item is False
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(schema)
    names = [t["name"] for t in schema["types"]]
    assert names == sorted(names) and len(names) == len(set(names))
    assert (schema["mutationType"], schema["subscriptionType"]) == (None, None)
    defaults = {arg["defaultValue"] for t in schema["types"] for f in (t["fields"] or []) for arg in f["args"]}
    defaults |= {arg["defaultValue"] for t in schema["types"] for arg in (t["inputFields"] or [])}
    defaults |= {arg["defaultValue"] for d in schema["directives"] for arg in d["args"]}
    assert defaults == {None, "false", '"No longer supported"'}
