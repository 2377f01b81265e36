#!/usr/bin/python3
"""Regenerates introspection_cases.json: introspection requests answered by the legacy path
(graft_legacy, graphql-core 3.2.6) on the contract schema, without a database. Run explicitly:
PYTHONPATH=<GRAFT_PYTHONPATH> /usr/bin/python3 tests/engine/data/gen_introspection_cases.py"""

from __future__ import annotations

import json
from pathlib import Path

from graphql import get_introspection_query

import graft_legacy

HERE = Path(__file__).resolve().parent
SCHEMA = HERE.parents[1] / "fixtures" / "contract" / "schema.graphql"

CASES = [
    ("full introspection query", get_introspection_query(), None),
    ("full introspection query, every option",
     get_introspection_query(descriptions=True, specified_by_url=True, directive_is_repeatable=True,
                             schema_description=True, input_value_deprecation=True), None),
    ("E21", '{ __type(name: "IntFilter") { name inputFields { name } } }', None),
    ("root __typename", "{ __typename }", None),
    ("aliases and fragments",
     "query { s: __schema { qt: queryType { name kind } ...T } } fragment T on __Schema { directives { name locations "
     "isRepeatable args { name defaultValue type { kind name ofType { kind name } } } } }", None),
    ("object type, wrappers, kind-specific lists",
     '{ __type(name: "User") { kind fields { name type { kind name ofType { kind name ofType { kind name ofType '
     "{ name } } } } args { name } } interfaces { name } possibleTypes { name } enumValues { name } inputFields "
     "{ name } ofType { name } } }", None),
    ("enum type, includeDeprecated, meta __typename",
     '{ __type(name: "OrderDirection") { kind enumValues(includeDeprecated: true) { name isDeprecated '
     "deprecationReason description __typename } fields { name } interfaces { name } } }", None),
    ("unknown type", '{ __type(name: "Nope") { name } }', None),
    ("wrapper name is no type", '{ __type(name: "[Int]") { name } }', None),
    ("variables and directives",
     "query Q($n: String!, $s: Boolean!) { __type(name: $n) { name fields @skip(if: $s) { name } "
     "inputFields @include(if: $s) { name } } }", '{"n":"UserWhereInput","s":true}'),
    ("meta type arguments and defaults",
     '{ __type(name: "__Type") { name fields { name args { name defaultValue type { name kind ofType { name } } } '
     "type { kind ofType { kind ofType { kind ofType { name } } } } } } }", None),
    ("null variable for the name argument", 'query Q($n: String = "User") { __type(name: $n) { name } }', '{"n":null}'),
    ("mixed root fields",
     '{ __typename a: __type(name: "Query") { name fields { name args { name type { name ofType { name } } } } } '
     "b: __schema { queryType { name } mutationType { name } subscriptionType { name } description } }", None),
    ("every type by name", "{ __schema { types { name kind description specifiedByURL } } }", None),
    ("input values of a generated filter",
     '{ __type(name: "IpAddressFilter") { inputFields(includeDeprecated: false) { name description defaultValue '
     "isDeprecated deprecationReason type { kind name ofType { kind name ofType { name } } } } } }", None),
    ("nested directive given null: the nullable __type becomes null",
     'query Q($v: Boolean = true) { __type(name: "User") { name fields @skip(if: $v) { name } } }', '{"v":null}'),
    ("nested directive given null under __schema: internal error",
     "query Q($v: Boolean = true) { __schema { queryType @skip(if: $v) { name } } }", '{"v":null}'),
    ("merged fields and repeated keys",
     '{ __type(name: "Geo") { name name fields { name } fields { type { name } } ... on __Type { kind } } }', None),
    ("directive arguments, inline fragment on another meta type",
     "{ __schema { directives { name ... on __Type { name } args(includeDeprecated: true) { name defaultValue } } } }",
     None),
]


def main() -> None:
    legacy = graft_legacy.create(str(SCHEMA), None, {})
    out = []
    for name, query, variables in CASES:
        report = legacy.execute(query, variables, None, None)
        out.append({"name": name, "query": query, "variables": variables, "response": report["response"]})
    (HERE / "introspection_cases.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n",
                                                   encoding="utf-8")


if __name__ == "__main__":
    main()
