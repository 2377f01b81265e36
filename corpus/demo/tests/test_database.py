"""The loaded demo database (ctest fixtures postgres;demo_db): read-only checks.

The views of the SDL exist with the columns CONTRACT §1 implies, their real columns equal the
document values, and the awkward values real data has are all present.
"""

from __future__ import annotations

from typing import Any, Sequence

import pytest

import demo_db
import demo_sdl

VIEWS = demo_sdl.view_types()
TYPES = demo_sdl.object_types()


def scalar(conn, query: str, params: Sequence[Any] = ()) -> Any:
    return conn.execute(query, params).fetchone()[0]


def relation(view: demo_sdl.ObjectType) -> str:
    return f'"{view.schema}"."{view.view}"'


def view_ids(view: demo_sdl.ObjectType) -> str:
    return view.name


@pytest.mark.parametrize("view", VIEWS, ids=view_ids)
def test_view_exists_with_the_contract_columns(conn, view: demo_sdl.ObjectType) -> None:
    rows = conn.execute(
        "SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_attribute a"
        " JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
        " WHERE n.nspname = %s AND c.relname = %s AND c.relkind = 'v' AND a.attnum > 0"
        " AND NOT a.attisdropped", (view.schema, view.view)).fetchall()
    columns = dict(rows)
    assert columns, f"view {view.relation} does not exist"
    assert columns.get(view.jsonb) == "jsonb"
    if view.tenant is not None:
        assert columns.get(view.tenant) == "uuid"
    for field in view.fields:
        if field.column is not None:
            assert columns.get(field.column) == demo_sdl.COLUMN_TYPES[field.type_name], field.name


@pytest.mark.parametrize("view", VIEWS, ids=view_ids)
def test_every_document_is_a_json_object_carrying_the_row_id(conn, view: demo_sdl.ObjectType) -> None:
    doc = f'"{view.jsonb}"'
    assert scalar(conn, f"SELECT count(*) FROM {relation(view)}"
                        f" WHERE {doc} IS NULL OR jsonb_typeof({doc}) <> 'object'") == 0
    id_field = view.field("id")
    if id_field.column is not None:
        assert scalar(conn, f"SELECT count(*) FROM {relation(view)}"
                            f" WHERE {doc}->>'id' IS DISTINCT FROM \"{id_field.column}\"::text") == 0
    else:
        assert scalar(conn, f"SELECT count(*) FROM {relation(view)} WHERE {doc}->>'id' IS NULL") == 0


@pytest.mark.parametrize("view", VIEWS, ids=view_ids)
def test_real_columns_equal_the_document_values(conn, view: demo_sdl.ObjectType) -> None:
    for field in view.fields:
        if field.column is None:
            continue
        value = f"\"{view.jsonb}\"->>'{field.key}'"
        if demo_sdl.COLUMN_TYPES[field.type_name] != "text":
            value = f"({value})::{demo_sdl.COLUMN_TYPES[field.type_name]}"
        mismatches = scalar(conn, f"SELECT count(*) FROM {relation(view)}"
                                  f" WHERE \"{field.column}\" IS DISTINCT FROM {value}")
        assert mismatches == 0, f"{view.name}.{field.name}: {mismatches} rows differ"
    if view.tenant is not None and not any(f.column == view.tenant for f in view.fields):
        assert scalar(conn, f"SELECT count(*) FROM {relation(view)} WHERE \"{view.tenant}\" IS NULL") == 0


def _typed_paths(object_type: demo_sdl.ObjectType, prefix: str) -> list[tuple[str, str, str]]:
    """(field path, JSONB text expression, cast) for every non-list scalar with a path cast."""
    paths = []
    for field in object_type.fields:
        if field.is_list:
            continue
        embedded = TYPES.get(field.type_name)
        if embedded is not None:
            paths += _typed_paths(embedded, f"{prefix}->'{field.key}'")
        elif demo_sdl.PATH_CASTS[field.type_name] is not None:
            paths.append((field.name, f"{prefix}->>'{field.key}'", demo_sdl.PATH_CASTS[field.type_name]))
    return paths


@pytest.mark.parametrize("view", VIEWS, ids=view_ids)
def test_typed_document_values_cast_to_their_scalar(conn, view: demo_sdl.ObjectType) -> None:
    # Typed filters cast the document text (CONTRACT §5.2); no demo value makes such a cast fail,
    # not even the values of the wrong JSON type (they are castable strings).
    paths = _typed_paths(view, f'"{view.jsonb}"')
    casts = ", ".join(f"count(({expr})::{cast})" for _, expr, cast in paths)
    counts = conn.execute(f"SELECT {casts} FROM {relation(view)}").fetchone()
    for (name, _, _), count in zip(paths, counts):
        assert count > 0, f"{view.name}: no value at all for {name}"


@pytest.mark.parametrize("view", VIEWS, ids=view_ids)
def test_top_level_document_keys_are_sdl_keys(conn, view: demo_sdl.ObjectType) -> None:
    keys = {row[0] for row in conn.execute(
        f"SELECT DISTINCT jsonb_object_keys(\"{view.jsonb}\") FROM {relation(view)}")}
    assert keys <= {f.key for f in view.fields}


def test_row_counts_match_the_generator_and_the_documented_defaults(conn) -> None:
    documented = {"public.v_tenant": 6, "app.v_user": 15000, "app.v_organisation": 2000,
                  "app.v_project": 5000, "content.v_post": 10000, "net.v_device": 8000,
                  "sales.v_order": 9000, "public.v_audit_event": 1000}
    for spec in demo_db.TABLES:
        count = scalar(conn, f"SELECT count(*) FROM {spec.view}")
        assert count == spec.row_count(1.0), spec.view
        assert 0.9 * documented[spec.view] <= count <= 1.1 * documented[spec.view], spec.view
    assert 45000 <= sum(scalar(conn, f"SELECT count(*) FROM {s.view}") for s in demo_db.TABLES) <= 55000


def test_tenants_have_the_documented_ids(conn) -> None:
    ids = [row[0] for row in conn.execute("SELECT id::text FROM public.v_tenant ORDER BY id")]
    assert ids == [f"7e57a000-0000-4000-8000-00000000000{n}" for n in range(1, 7)]


@pytest.mark.parametrize("view", [v for v in VIEWS if v.tenant is not None], ids=view_ids)
def test_tenant_scoped_views_have_rows_for_every_tenant(conn, view: demo_sdl.ObjectType) -> None:
    tenants = scalar(conn, f"SELECT count(DISTINCT \"{view.tenant}\") FROM {relation(view)}"
                           f" WHERE \"{view.tenant}\" IN (SELECT id FROM public.v_tenant)")
    assert tenants == 6
    assert scalar(conn, f"SELECT count(*) FROM {relation(view)}"
                        f" WHERE \"{view.tenant}\" NOT IN (SELECT id FROM public.v_tenant)") == 0


PRIVATE_V4 = "'{10.0.0.0/8,172.16.0.0/12,192.168.0.0/16,127.0.0.0/8,169.254.0.0/16}'::inet[]"
PRIVATE_V6 = "'{fc00::/7,fe80::/10,::1/128}'::inet[]"
IPS = ("WITH ips AS (SELECT (data->>'ip_address')::inet AS ip FROM net.v_device"
       " UNION ALL SELECT (data->>'ipv6_address')::inet FROM net.v_device"
       " UNION ALL SELECT (data->>'last_login_ip')::inet FROM app.v_user"
       " UNION ALL SELECT (payload->>'actor_ip')::inet FROM public.v_audit_event)"
       " SELECT count(*) FROM ips WHERE ")
LUCKY = ("SELECT count(*) FROM app.v_user, jsonb_array_elements(CASE jsonb_typeof(data->'lucky_numbers')"
         " WHEN 'array' THEN data->'lucky_numbers' END) e WHERE ")
PERIOD = "(data->>'period')::daterange"

# (category, query returning a number, parameters, minimum).
AWKWARD: list[tuple[str, str, tuple[Any, ...], int]] = [
    # NULLs and missing keys, both, in documents and in real columns
    ("json null member", "SELECT count(*) FROM app.v_user WHERE data->'nickname' = 'null'", (), 10),
    ("missing key", "SELECT count(*) FROM app.v_user WHERE NOT jsonb_exists(data, 'nickname')", (), 10),
    ("null embedded object", "SELECT count(*) FROM app.v_user WHERE data->'work_address' = 'null'", (), 10),
    ("missing embedded object",
     "SELECT count(*) FROM app.v_user WHERE NOT jsonb_exists(data, 'work_address')", (), 10),
    ("null column from a json null",
     "SELECT count(*) FROM app.v_user WHERE email IS NULL AND data->'email' = 'null'", (), 10),
    ("null column from a missing key",
     "SELECT count(*) FROM app.v_user WHERE email IS NULL AND NOT jsonb_exists(data, 'email')", (), 10),
    ("null ltree column", "SELECT count(*) FROM app.v_organisation WHERE path IS NULL", (), 10),
    ("null timestamptz column", "SELECT count(*) FROM sales.v_order WHERE placed_at IS NULL", (), 10),
    ("null element in a list of objects",
     "SELECT count(*) FROM content.v_post WHERE doc->'comments' @> '[null]'", (), 1),
    ("null inside an embedded object",
     "SELECT count(*) FROM content.v_post WHERE doc->'author'->'profile'->'website' = 'null'", (), 10),
    # empty strings, arrays, objects
    ("empty string", "SELECT count(*) FROM app.v_user WHERE data->>'nickname' = ''", (), 10),
    ("empty string in a column", "SELECT count(*) FROM app.v_user WHERE email = ''", (), 1),
    ("empty string in a text column", "SELECT count(*) FROM net.v_device WHERE hostname = ''", (), 1),
    ("empty array", "SELECT count(*) FROM app.v_user WHERE data->'tags' = '[]'", (), 10),
    ("empty array of objects", "SELECT count(*) FROM sales.v_order WHERE data->'lines' = '[]'", (), 1),
    ("empty object", "SELECT count(*) FROM app.v_user WHERE data->'preferences' = '{}'", (), 10),
    # unicode
    ("accented letters", "SELECT count(*) FROM app.v_user WHERE data->>'first_name' = ANY(%s)",
     (["Chloé", "Émile", "Inès", "Zoë", "Søren"],), 10),
    ("CJK", "SELECT count(*) FROM app.v_user WHERE data::text ~ %s", ("[\u3040-\u30ff\u4e00-\u9fff]",), 10),
    ("emoji beyond the BMP", "SELECT count(*) FROM content.v_post WHERE doc::text ~ %s",
     ("[\U0001F300-\U0001FAFF]",), 10),
    ("Cyrillic, Greek and Arabic", "SELECT count(*) FROM app.v_user WHERE data->>'first_name' = ANY(%s)",
     (["Мария", "Αλέξανδρος", "محمد"],), 10),
    ("U+2028 inside a string", "SELECT count(*) FROM content.v_post WHERE strpos(doc->>'body', %s) > 0",
     ("\u2028",), 1),
    ("control characters", "SELECT count(*) FROM content.v_post WHERE strpos(doc->>'body', %s) > 0",
     ("\u0001",), 1),
    ("newline", "SELECT count(*) FROM content.v_post WHERE strpos(doc->>'body', %s) > 0", ("\n",), 10),
    ("tab", "SELECT count(*) FROM app.v_user WHERE strpos(data->>'nickname', %s) > 0", ("\t",), 1),
    # quotes and backslashes
    ("single quote", "SELECT count(*) FROM app.v_user WHERE strpos(data->>'last_name', %s) > 0", ("'",), 10),
    ("double quote", "SELECT count(*) FROM app.v_user WHERE strpos(data->>'nickname', %s) > 0", ('"',), 10),
    ("backslash", "SELECT count(*) FROM content.v_post WHERE strpos(doc->>'title', %s) > 0", ("\\",), 10),
    ("quote and backslash in one string",
     "SELECT count(*) FROM public.v_tenant WHERE strpos(data->>'name', %s) > 0"
     " AND strpos(data->>'name', %s) > 0", ('"', "\\"), 1),
    # LIKE wildcards
    ("percent sign", "SELECT count(*) FROM app.v_user WHERE strpos(data->>'nickname', %s) > 0", ("%",), 10),
    ("underscore", "SELECT count(*) FROM app.v_user WHERE strpos(data->>'nickname', %s) > 0", ("_",), 10),
    ("percent and underscore in a column",
     "SELECT count(*) FROM sales.v_order WHERE strpos(order_number, %s) > 0"
     " AND strpos(order_number, %s) > 0", ("%", "_"), 1),
    ("percent and underscore in an email",
     "SELECT count(*) FROM app.v_user WHERE strpos(email, %s) > 0 AND strpos(email, %s) > 0", ("%", "_"), 10),
    # numbers
    ("Int beyond Int32", "SELECT count(*) FROM app.v_user WHERE jsonb_typeof(data->'age') = 'number'"
                         " AND (data->>'age')::numeric > 2147483647", (), 1),
    ("list element below Int32", LUCKY + "e::text::numeric < -2147483648", (), 1),
    ("integer beyond 2^53", LUCKY + "e::text::numeric > 9007199254740992", (), 1),
    ("big number inside a list of objects",
     "SELECT count(*) FROM sales.v_order WHERE data->'lines' @> '[{\"quantity\": 3000000000}]'", (), 1),
    ("big Int in the tenant table", "SELECT count(*) FROM public.v_tenant WHERE (data->>'seats')::numeric"
                                    " > 2147483647", (), 1),
    ("negative Int", "SELECT count(*) FROM app.v_user WHERE jsonb_typeof(data->'age') = 'number'"
                     " AND (data->>'age')::numeric < 0", (), 1),
    ("negative Decimal", "SELECT count(*) FROM app.v_organisation WHERE (data->>'revenue')::numeric < 0",
     (), 10),
    ("negative Float", "SELECT count(*) FROM app.v_user WHERE (data->>'rating')::numeric < 0", (), 1),
    ("zero", "SELECT count(*) FROM app.v_user WHERE (data->>'age')::numeric = 0", (), 1),
    ("long decimal kept digit for digit",
     "SELECT count(*) FROM app.v_user WHERE (data->'score')::text = '12345.678901234567890'", (), 1),
    ("decimal with more digits than a double",
     "SELECT count(*) FROM app.v_organisation WHERE length(data->>'revenue') > 20", (), 1),
    ("trailing zero kept (1.50)", "SELECT count(*) FROM app.v_user WHERE (data->'score')::text = '1.50'",
     (), 1),
    ("decimals ending in zero", "SELECT count(*) FROM sales.v_order WHERE data->>'total' ~ '[.][0-9]*0$'",
     (), 100),
    ("Float written with a trailing zero",
     "SELECT count(*) FROM content.v_post WHERE (doc->'rating')::text = '3.50'", (), 1),
    ("Float with an integral value", "SELECT count(*) FROM app.v_user WHERE (data->'rating')::text = '4.0'",
     (), 10),
    # IP addresses
    ("IPv4 private", IPS + "family(ip) = 4 AND ip <<= ANY('{10.0.0.0/8,172.16.0.0/12,192.168.0.0/16}')",
     (), 100),
    ("IPv4 public", IPS + f"family(ip) = 4 AND NOT ip <<= ANY({PRIVATE_V4})", (), 100),
    ("IPv4 loopback", IPS + "ip <<= '127.0.0.0/8'", (), 10),
    ("IPv4 link-local", IPS + "ip <<= '169.254.0.0/16'", (), 10),
    ("IPv6 loopback", IPS + "ip = '::1'", (), 10),
    ("IPv6 link-local", IPS + "ip <<= 'fe80::/10'", (), 10),
    ("IPv6 unique local", IPS + "ip <<= 'fc00::/7'", (), 10),
    ("IPv6 public", IPS + f"family(ip) = 6 AND NOT ip <<= ANY({PRIVATE_V6})"
                          " AND NOT ip <<= '::ffff:0.0.0.0/96'", (), 100),
    ("IPv4-mapped IPv6", IPS + "ip <<= '::ffff:0.0.0.0/96'", (), 10),
    ("IPv6 written in upper case",
     "SELECT count(*) FROM net.v_device WHERE data->>'ipv6_address' ~ '[A-F]'", (), 1),
    # MAC addresses
    ("MAC with colons", "SELECT count(*) FROM net.v_device"
                        " WHERE data->>'mac_address' ~ '^([0-9a-fA-F]{2}:){5}[0-9a-fA-F]{2}$'", (), 100),
    ("MAC with hyphens", "SELECT count(*) FROM net.v_device"
                         " WHERE data->>'mac_address' ~ '^([0-9a-fA-F]{2}-){5}[0-9a-fA-F]{2}$'", (), 10),
    ("MAC in upper case", "SELECT count(*) FROM net.v_device WHERE data->>'mac_address' ~ '[A-F]'", (), 10),
    # ltree paths
    ("ltree column depths", "SELECT count(DISTINCT nlevel(path)) FROM app.v_organisation", (), 5),
    ("ltree path deeper than five labels",
     "SELECT count(*) FROM app.v_organisation WHERE nlevel(path) > 5", (), 1),
    ("ltree document depths",
     "SELECT count(DISTINCT nlevel((data->>'location')::ltree)) FROM net.v_device", (), 4),
    # date ranges
    ("empty range", "SELECT count(*) FROM app.v_project WHERE data->>'period' = 'empty'", (), 10),
    ("range empty once normalised", f"SELECT count(*) FROM app.v_project WHERE isempty({PERIOD})"
                                    " AND data->>'period' <> 'empty'", (), 10),
    ("range without lower bound", f"SELECT count(*) FROM app.v_project WHERE lower_inf({PERIOD})"
                                  f" AND NOT upper_inf({PERIOD})", (), 10),
    ("range without upper bound", f"SELECT count(*) FROM app.v_project WHERE upper_inf({PERIOD})"
                                  f" AND NOT lower_inf({PERIOD})", (), 10),
    ("range without bounds", "SELECT count(*) FROM app.v_project WHERE data->>'period' = '(,)'", (), 10),
    ("range with an inclusive upper bound",
     "SELECT count(*) FROM app.v_project WHERE right(data->>'period', 1) = ']'", (), 10),
    ("adjacent ranges", "SELECT count(*) FROM app.v_project a, app.v_project b WHERE"
                        " (a.data->>'period') = '[2024-01-01,2024-02-01)'"
                        " AND (a.data->>'period')::daterange -|- (b.data->>'period')::daterange", (), 1),
    # timestamps in several UTC offsets
    ("timestamp in Z", "SELECT count(*) FROM app.v_user WHERE right(data->>'created_at', 1) = 'Z'", (), 100),
    ("timestamp in +00:00", "SELECT count(*) FROM app.v_user WHERE right(data->>'created_at', 6) = '+00:00'",
     (), 100),
    ("timestamp in +02:00", "SELECT count(*) FROM app.v_user WHERE right(data->>'created_at', 6) = '+02:00'",
     (), 100),
    ("timestamp in -05:00", "SELECT count(*) FROM app.v_user WHERE right(data->>'created_at', 6) = '-05:00'",
     (), 100),
    ("timestamp in +05:30", "SELECT count(*) FROM app.v_user WHERE right(data->>'created_at', 6) = '+05:30'",
     (), 100),
    ("timestamp with fractional seconds",
     "SELECT count(*) FROM app.v_user WHERE data->>'created_at' ~ '[.][0-9]+'", (), 100),
    ("one instant written in several offsets",
     "SELECT count(*) FROM (SELECT created_at FROM app.v_user WHERE created_at IS NOT NULL"
     " GROUP BY created_at HAVING count(DISTINCT data->>'created_at') > 1) s", (), 1),
    # ties in sortable fields
    ("ties on an Int", "SELECT max(n) FROM (SELECT count(*) n FROM app.v_user GROUP BY data->'age') s",
     (), 100),
    ("ties on a String", "SELECT max(n) FROM (SELECT count(*) n FROM sales.v_order GROUP BY data->'status') s",
     (), 1000),
    ("ties on a Boolean",
     "SELECT min(n) FROM (SELECT count(*) n FROM net.v_device GROUP BY data->'is_online') s", (), 100),
    ("ties on a DateTime column",
     "SELECT count(*) FROM (SELECT placed_at FROM sales.v_order GROUP BY placed_at"
     " HAVING count(*) > 1) s", (), 1),
    # values of the wrong JSON type
    ("Int written as a string", "SELECT count(*) FROM app.v_user WHERE jsonb_typeof(data->'age') = 'string'",
     (), 1),
    ("Boolean written as a string",
     "SELECT count(*) FROM app.v_user WHERE jsonb_typeof(data->'is_active') = 'string'", (), 1),
    ("list written as an object", "SELECT count(*) FROM app.v_user WHERE jsonb_typeof(data->'tags') = 'object'",
     (), 1),
    ("list written as a string", "SELECT count(*) FROM net.v_device WHERE jsonb_typeof(data->'ports') = 'string'",
     (), 1),
    ("embedded object written as a string",
     "SELECT count(*) FROM app.v_user WHERE jsonb_typeof(data->'home_address') = 'string'", (), 1),
    ("list of objects written as an object",
     "SELECT count(*) FROM content.v_post WHERE jsonb_typeof(doc->'comments') = 'object'", (), 1),
    ("String written as a number",
     "SELECT count(*) FROM app.v_user WHERE jsonb_typeof(data->'home_address'->'postal_code') = 'number'",
     (), 1),
    ("ID written as a number",
     "SELECT count(*) FROM app.v_user WHERE jsonb_typeof(data->'external_id') = 'number'", (), 1),
    ("JSON field holding an array or a string",
     "SELECT count(DISTINCT jsonb_typeof(data->'preferences')) FROM app.v_user", (), 4),
]


@pytest.mark.parametrize("category, query, params, minimum", AWKWARD, ids=[a[0] for a in AWKWARD])
def test_awkward_values_are_present(conn, category: str, query: str, params: tuple[Any, ...],
                                    minimum: int) -> None:
    found = scalar(conn, query, params)
    assert found is not None and found >= minimum, f"{category}: found {found}, expected >= {minimum}"
