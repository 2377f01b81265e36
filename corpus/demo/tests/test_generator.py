"""The demo generator: deterministic, sized as documented, documents shaped by the SDL."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal
from typing import Any

import pytest

import demo_db
import demo_sdl

# The SHA-256 of the default data (seed 1, scale 1.0), also given in corpus/README.md. Corpus
# expectations are computed on this data: change it only on purpose, and update both places.
DEFAULT_CHECKSUM = "0cce34d5ae299af1f9c4975bd2d654cccb7eca361b5375aaebc1d3e0a31887b6"

DOCUMENTED_COUNTS = {
    "public.v_tenant": 6, "app.v_user": 15000, "app.v_organisation": 2000, "app.v_project": 5000,
    "content.v_post": 10000, "net.v_device": 8000, "sales.v_order": 9000,
    "public.v_audit_event": 1000,
}


@pytest.fixture(scope="module")
def default_tables() -> list[tuple[demo_db.TableSpec, list[demo_db.Row]]]:
    return list(demo_db.iter_tables())


def test_default_data_has_the_documented_checksum(default_tables) -> None:
    assert demo_db.tables_checksum(default_tables) == DEFAULT_CHECKSUM


def test_same_seed_gives_the_same_checksum_in_process_and_in_a_fresh_process() -> None:
    first = demo_db.checksum(1, 0.1)
    assert demo_db.checksum(1, 0.1) == first
    # A fresh interpreter with another hash seed: nothing may depend on hash() or set order.
    result = subprocess.run(
        [sys.executable, demo_db.__file__, "checksum", "--scale", "0.1"],
        env={"PYTHONHASHSEED": "12345"}, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == first


def test_another_seed_gives_another_checksum() -> None:
    assert demo_db.checksum(1, 0.1) != demo_db.checksum(2, 0.1)


def test_scale_changes_the_row_counts() -> None:
    counts = {spec.view: len(rows) for spec, rows in demo_db.iter_tables(1, 0.1)}
    assert counts["public.v_tenant"] == 6
    assert counts["app.v_user"] == 1500
    assert counts["sales.v_order"] == 900


def test_row_counts_are_the_documented_defaults(default_tables) -> None:
    counts = {spec.view: len(rows) for spec, rows in default_tables}
    assert counts == DOCUMENTED_COUNTS
    assert 49000 <= sum(counts.values()) <= 51000


def test_tables_cover_every_sdl_view(default_tables) -> None:
    generated = {spec.view for spec, _ in default_tables}
    assert generated == {t.relation for t in demo_sdl.view_types()}
    for spec, _ in default_tables:
        view = next(t for t in demo_sdl.view_types() if t.relation == spec.view)
        assert spec.document_column == view.jsonb
        if view.tenant is not None:
            assert view.tenant in spec.columns
        for field in view.fields:
            if field.column is not None:
                assert field.column in spec.columns, f"{spec.view} lacks column {field.column}"


def _unknown_keys(value: Any, object_type: demo_sdl.ObjectType, types: dict[str, demo_sdl.ObjectType],
                  path: str) -> list[str]:
    """Document keys that no field of the type reads, walking embedded objects."""
    fields = {f.key: f for f in object_type.fields}
    unknown = []
    for key, member in value.items():
        field = fields.get(key)
        if field is None:
            unknown.append(f"{path}.{key}")
            continue
        embedded = types.get(field.type_name)
        if embedded is None:
            continue
        elements = member if field.is_list and isinstance(member, list) else [member]
        for element in elements:
            if isinstance(element, dict):
                unknown += _unknown_keys(element, embedded, types, f"{path}.{key}")
    return unknown


def test_documents_use_the_sdl_keys_and_carry_the_row_id(default_tables) -> None:
    types = demo_sdl.object_types()
    for spec, rows in default_tables:
        view = next(t for t in types.values() if t.is_view and t.relation == spec.view)
        unknown: set[str] = set()
        for row in rows:
            doc = row[spec.document_column]
            assert isinstance(doc, dict)
            assert doc["id"] == row["id"]
            unknown.update(_unknown_keys(doc, view, types, view.name))
        assert not unknown, sorted(unknown)


def test_every_tenant_has_rows_in_every_tenant_scoped_table(default_tables) -> None:
    tenant_ids = [t.id for t in demo_db.TENANTS]
    assert tenant_ids == [f"7e57a000-0000-4000-8000-00000000000{n}" for n in range(1, 7)]
    for spec, rows in default_tables:
        if "tenant_id" not in spec.columns:
            continue
        per_tenant = {tenant: 0 for tenant in tenant_ids}
        for row in rows:
            per_tenant[row["tenant_id"]] += 1
        assert min(per_tenant.values()) > 0, (spec.view, per_tenant)


def test_tiny_scales_still_give_every_tenant_rows() -> None:
    for spec, rows in demo_db.iter_tables(3, 0.001):
        if "tenant_id" in spec.columns:
            assert len({row["tenant_id"] for row in rows}) == min(len(rows), 6)


def test_json_text_keeps_decimal_digits_and_unicode() -> None:
    doc = {"a": Decimal("1.50"), "b": [Decimal("-12345.678901234567890"), "é😀\u2028"], "c": None}
    assert demo_db.to_json(doc) == '{"a":1.50,"b":[-12345.678901234567890,"é😀\u2028"],"c":null}'


def test_copy_lines_escape_text_format_specials() -> None:
    spec = demo_db.TableSpec("t", "v", ("id", "data"), 1)
    line = demo_db.copy_line(spec, {"id": "a\tb\\c", "data": {"s": "x\ny\\z"}})
    assert line == 'a\\tb\\\\c\t{"s":"x\\\\ny\\\\\\\\z"}\n'
    assert demo_db.copy_line(spec, {"id": None, "data": {}}) == "\\N\t{}\n"
