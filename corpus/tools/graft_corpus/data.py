"""Values drawn from the seeded demo data (corpus/demo/demo_db.py), indexed by view and field path.

Rows are matched to the SDL's views by relation name (`schema.view`), and values are read from the
documents by the document keys the SDL derives — nothing here knows the demo schema. Pools are kept
per tenant for tenant-scoped views, since a request only sees its tenant's rows.
"""

from __future__ import annotations

import importlib
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

from .schema_info import Leaf, SchemaInfo, View

_DEMO_DIR = Path(__file__).resolve().parents[2] / "demo"


def demo_module() -> Any:
    """Import the demo generator (corpus/demo/demo_db.py), from sys.path or next to this package."""
    try:
        return importlib.import_module("demo_db")
    except ImportError:
        sys.path.insert(0, str(_DEMO_DIR))
        return importlib.import_module("demo_db")


ALL = ""  # the pool key for "every row" (non-tenant views, and cross-tenant facts)


@dataclass
class Pool:
    """The values found at one leaf: scalar values (list leaves: their elements) and list lengths."""

    values: list[Any] = field(default_factory=list)
    lengths: list[int] = field(default_factory=list)
    rows_with_value: int = 0
    rows: int = 0
    _distinct: Optional[list[Any]] = field(default=None, repr=False)
    _keys: Optional[dict[str, int]] = field(default=None, repr=False)

    def keys(self) -> dict[str, int]:
        """How often each value occurs, by a type-aware key (see `value_key`)."""
        if self._keys is None:
            counts: dict[str, int] = {}
            for value in self.values:
                key = value_key(value)
                counts[key] = counts.get(key, 0) + 1
            self._keys = counts
        return self._keys

    def distinct(self) -> list[Any]:
        if self._distinct is None:
            seen: dict[str, Any] = {}
            for value in self.values:
                seen.setdefault(value_key(value), value)
            self._distinct = list(seen.values())
        return self._distinct


def value_key(value: Any) -> str:
    return f"{type(value).__name__}:{value!r}"


@dataclass
class ViewData:
    """Rows of one view: documents and ids per tenant, and pools per (tenant, leaf path)."""

    view: View
    documents: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    ids: dict[str, list[Any]] = field(default_factory=dict)
    pools: dict[tuple[str, tuple[str, ...]], Pool] = field(default_factory=dict)
    unique_leaves: list[Leaf] = field(default_factory=list)

    def tenants(self) -> list[str]:
        return [t for t in self.documents if t != ALL]

    def pool(self, tenant: Optional[str], leaf: Leaf) -> Pool:
        return self.pools.get((tenant or ALL, leaf.path)) or Pool()

    def row_count(self, tenant: Optional[str]) -> int:
        return len(self.documents.get(tenant or ALL, []))


class DemoData:
    """The demo rows for the views of a schema."""

    def __init__(self, info: SchemaInfo, seed: int = 1, scale: float = 1.0) -> None:
        self.info = info
        module = demo_module()
        self.tenant_ids: list[str] = [t.id for t in module.TENANTS]
        self.views: dict[str, ViewData] = {}
        by_relation = {view.relation: view for view in info.views.values()}
        for spec, rows in module.iter_tables(seed=seed, scale=scale):
            view = by_relation.get(spec.view)
            if view is None:
                continue
            self.views[view.type_name] = self._index(view, spec.document_column, rows)
        missing = [v for v in info.views if v not in self.views]
        if missing:
            raise ValueError(f"the demo data has no rows for the view type(s) {', '.join(missing)}")

    def _index(self, view: View, document_column: str, rows: list[dict[str, Any]]) -> ViewData:
        data = ViewData(view)
        leaves = {leaf.path: leaf for leaf in view.select_leaves}
        id_key = self.info.field_spec(view.type_name, view.id_field).key if view.id_field else None
        for row in rows:
            document = row[document_column]
            if not isinstance(document, dict):
                continue
            groups = [ALL]
            if view.tenant_column:
                tenant = row.get(view.tenant_column)
                if tenant is not None:
                    groups.append(str(tenant).lower())
            found = [(leaf, read_path(document, leaf.keys)) for leaf in leaves.values()]
            for group in groups:
                data.documents.setdefault(group, []).append(document)
                if id_key is not None and id_key in document:
                    data.ids.setdefault(group, []).append(document[id_key])
                for leaf, value in found:
                    pool = data.pools.get((group, leaf.path))
                    if pool is None:
                        pool = data.pools[(group, leaf.path)] = Pool()
                    pool.rows += 1
                    if value is None:
                        continue
                    if leaf.is_list:
                        if isinstance(value, list):
                            pool.lengths.append(len(value))
                            pool.values += [item for item in value if item is not None]
                            pool.rows_with_value += 1
                    else:
                        pool.values.append(value)
                        pool.rows_with_value += 1
        data.unique_leaves = [leaf for leaf in view.order_leaves if self._unique(data, leaf)]
        return data

    @staticmethod
    def _unique(data: ViewData, leaf: Leaf) -> bool:
        pool = data.pool(None, leaf)
        if leaf.is_list or pool.rows_with_value != pool.rows or pool.rows == 0:
            return False
        return len(pool.keys()) == pool.rows


def read_path(document: Any, keys: tuple[str, ...]) -> Any:
    """The value at `keys` inside a document, or None when absent or not reachable."""
    value = document
    for key in keys:
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    return value
