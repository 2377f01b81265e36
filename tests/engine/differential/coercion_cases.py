"""Hand-picked variable-coercion cases (CONTRACT §1.3, §4.2) with graphql-core 3.2.6's answers.

`python3 coercion_cases.py --write` regenerates tests/engine/data/variable_coercion.jsonl (the
golden file tst_variable_coercion reads); test_variables_differential.py checks it is current.
Each line: name, schema (`contract` | `demo`), query, variables (JSON text or null), expected —
graphql-core's errors as `message (line:column)` joined by line feeds, `ok`, or
`Internal server error.` where graphql-core itself fails.
"""

from __future__ import annotations

import json
import pathlib
import sys
from typing import Optional

ROOT = pathlib.Path(__file__).resolve().parents[3]
GOLDEN = ROOT / "tests/engine/data/variable_coercion.jsonl"
SCHEMAS = {"contract": ROOT / "tests/fixtures/contract/schema.graphql", "demo": ROOT / "corpus/schema/demo.graphql"}

W = "query Q($w: UserWhereInput) { users(where: $w) { id } }"
O = "query Q($o: [UserOrderByInput!]) { users(orderBy: $o) { id } }"


def scalar(type_: str) -> str:
    return f"query ($x: {type_}) {{ __typename }}"


CASES: list[tuple[str, str, str, Optional[str]]] = [
    ("X6 Int out of range", "contract", "query ($n: Int) { users(limit: $n) { firstName } }", '{"n":2147483648}'),
    ("X16 two variables", "contract", "query ($id: UUID!, $n: Int) { user(id: $id) { id } users(limit: $n) { id } }",
     '{"id":"abc","n":"x"}'),
    ("4.2 definition order then unknown members", "contract", W,
     '{"w":{"score":{"eq":"y"},"zzz":1,"age":{"eq":"x"},"aaa":2}}'),
    ("4.2 null and wrong item in a list", "contract", W, '{"w":{"age":{"in":[1,null,"x"]}}}'),
    ("4.2 input object given a string", "contract", W, '{"w":"str"}'),
    ("4.2 enum suggestion", "contract", O, '{"o":[{"age":"asc"}]}'),
    ("1.3 deep path", "contract", W, '{"w":{"AND":[{},{},{"OR":[{"id":{"eq":"zz"}}]}]}}'),
    ("1.3 UUID", "contract", scalar("UUID"), '{"x":"abc"}'),
    ("1.3 Date", "contract", scalar("Date"), '{"x":"2024-02-30"}'),
    ("1.3 DateTime number", "contract", scalar("DateTime"), '{"x":5}'),
    ("1.3 Decimal boolean", "contract", scalar("Decimal"), '{"x":true}'),
    ("1.3 IpAddress prefix", "contract", scalar("IpAddress"), '{"x":"::1/128"}'),
    ("1.3 MacAddress list", "contract", scalar("MacAddress"), '{"x":["00:11:22:33:44:55"]}'),
    ("1.3 LTree", "contract", scalar("LTree"), '{"x":"a..b"}'),
    ("1.3 DateRange", "contract", scalar("DateRange"), '{"x":"[2024-02-01,2024-01-01)"}'),
    ("1.3 JSON NUL", "contract", scalar("JSON"), '{"x":{"k":["\\u0000"]}}'),
    ("required not provided", "contract", "query ($id: UUID!) { user(id: $id) { id } }", "{}"),
    ("required not provided, no variables", "contract", "query ($id: UUID!) { user(id: $id) { id } }", None),
    ("non-null given null", "contract", "query ($id: UUID!) { user(id: $id) { id } }", '{"id":null}'),
    ("Int 1.5", "contract", scalar("Int"), '{"x":1.5}'),
    ("Int 1e20", "contract", scalar("Int"), '{"x":1e20}'),
    ("Int float beyond range", "contract", scalar("Int"), '{"x":3000000000.0}'),
    ("Int true", "contract", scalar("Int"), '{"x":true}'),
    ("Int big integer", "contract", scalar("Int"), '{"x":18446744073709551615}'),
    ("Int beyond 2^64 is a float", "contract", scalar("Int"), '{"x":18446744073709551616}'),
    ("Int negative bound", "contract", scalar("Int"), '{"x":-2147483649}'),
    ("Int accepts integral floats", "contract", "query ($a: Int, $b: Int, $c: Int) { __typename }",
     '{"a":1.0,"b":1e2,"c":-2147483648}'),
    ("Float string", "contract", scalar("Float"), '{"x":"1"}'),
    ("Float list", "contract", scalar("[Float!]!"), '{"x":[1,"2",null]}'),
    ("String number", "contract", scalar("String"), '{"x":5}'),
    ("String object", "contract", scalar("String"), '{"x":{"a":[1,[2,[3]]],"b":{}}}'),
    ("Boolean zero", "contract", scalar("Boolean"), '{"x":0}'),
    ("ID float", "contract", scalar("ID"), '{"x":1.5}'),
    ("ID boolean", "contract", scalar("ID"), '{"x":false}'),
    ("ID accepts integral numbers", "contract", "query ($a: ID, $b: ID) { __typename }", '{"a":5,"b":5.0}'),
    ("enum non-string", "contract", O, '{"o":[{"age":1}]}'),
    ("enum non-string printed with quotes", "contract", O, '{"o":[{"age":["ASC"]}]}'),
    ("enum typo", "contract", O, '{"o":{"age":"DSC","homeAddress":{"city":"asc_nulls_firts"}}}'),
    ("enum value whose lower-case form is longer", "contract", O, '{"o":[{"age":"\\u0130"}]}'),
    ("unknown member whose lower-case form is longer", "contract", W, '{"w":{"\\u0130\\u0130":1}}'),
    ("inspect truncation and depth", "contract", W,
     '{"w":{"nope":1,"AND":[{"x":1}],"OR":[0,1,2,3,4,5,6,7,8,9,10,11]}}'),
    ("inspect string escapes", "contract", scalar("Int"),
     '{"x":"tab\\tnl\\nbs\\\\ \\u00e9 \\ud83d\\ude00 \\u200b \\u007f \\u00a0 it\'s"}'),
    ("inspect quotes", "contract", scalar("[Int]"), '{"x":["it\'s", "say \\"hi\\"", "both \' and \\""]}'),
    ("inspect long string", "contract", scalar("Int"), json.dumps({"x": "é" * 300})),
    ("inspect unassigned and format code points", "contract", scalar("Int"),
     '{"x":"\\u0378\\u00ad\\u2028\\ue000\\ufeff\\ud83e\\udef8 \\u3000"}'),
    ("null inside nested non-null list", "demo", "query ($w: DeviceWhereInput) { devices(where: $w) { id } }",
     '{"w":{"ports":{"contains":[1,null],"anyEq":"x","lenGt":2.5},"interfaces":{}}}'),
    ("demo embedded where", "demo", "query ($w: OrderWhereInput) { orders(where: $w) { id } }",
     '{"w":{"shippingAddress":{"geo":{"altitude":{"eq":"1,5"}}},"total":{"in":[1,"2.50","x"]}}}'),
    ("demo lookup by ID", "demo", "query ($id: ID!) { auditEvent(id: $id) { id } }", '{"id":[1]}'),
    ("demo list of UUID with single value", "demo",
     "query ($w: AuditEventWhereInput) { auditEvents(where: $w) { id } }",
     '{"w":{"targetIds":{"contains":"nope","anyEq":["11111111-1111-4111-8111-111111111111"]}}}'),
    ("variables the operation does not define are ignored", "contract", scalar("Int"), '{"y":"anything"}'),
    ("defaults are not coerced", "contract", "query ($n: Int = 5, $w: UserWhereInput = {age: {gt: 1}}) { __typename }",
     None),
    ("error limit", "contract", W, json.dumps({"w": {"age": {"in": ["x"] * 51}}})),
    ("error limit across variables", "contract",
     "query ($a: [Int], $b: [Int]) { __typename }", json.dumps({"a": ["x"] * 30, "b": [True] * 30})),
]


def oracle(schemas: dict, query: str, variables: Optional[str]) -> str:
    """graphql-core's get_variable_values answer, rendered as the golden file writes it."""
    from graphql import parse
    from graphql.execution.values import get_variable_values
    from graphql.language import OperationDefinitionNode

    from graft_legacy.jsontext import decode_variables

    document = parse(query)
    operation = next(d for d in document.definitions if isinstance(d, OperationDefinitionNode))
    raw = decode_variables(variables, 512) if variables is not None else {}
    try:
        result = get_variable_values(schemas, operation.variable_definitions, raw, max_errors=50)
    except Exception:  # noqa: BLE001 - graphql-core's own failure; the legacy path answers 500
        return "Internal server error."
    if isinstance(result, dict):
        return "ok"
    lines = []
    for error in result:
        where = f" ({error.locations[0].line}:{error.locations[0].column})" if error.locations else ""
        lines.append(error.message + where)
    return "\n".join(lines)


def golden_lines() -> list[str]:
    from graft_legacy.schema import load_schema

    sys.set_int_max_str_digits(0)
    built = {name: load_schema(str(path)).graphql for name, path in SCHEMAS.items()}
    lines = []
    for name, schema, query, variables in CASES:
        expected = oracle(built[schema], query, variables)
        record = {"name": name, "schema": schema, "query": query, "variables": variables, "expected": expected}
        lines.append(json.dumps(record, ensure_ascii=False))
    return lines


if __name__ == "__main__":
    if sys.argv[1:] != ["--write"]:
        sys.exit("usage: coercion_cases.py --write  (regenerates " + str(GOLDEN) + ")")
    GOLDEN.write_text("\n".join(golden_lines()) + "\n", encoding="utf-8")
    print(f"wrote {len(CASES)} cases to {GOLDEN}")
