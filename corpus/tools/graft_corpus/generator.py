"""The deterministic, schema-driven corpus generator.

`generate(schema_path, seed)` returns the cases; the same schema, seed and demo data give the same
cases in the same order (every random choice comes from `random.Random` instances seeded with
strings, which Python hashes with SHA-512, never with the per-process string hash; no set is
iterated without sorting).

Every category walks the schema (views, filter leaves, operators, order keys, object fields, types)
and draws values from the demo rows of the view and tenant the case queries.
"""

from __future__ import annotations

import random
from typing import Any, Callable, Iterator, Optional

from graphql import GraphQLList, GraphQLNonNull, GraphQLObjectType, get_named_type

from . import gql
from .builder import Binder, ensure_total, merge, merge_selections, nest, order_value, render, selection_for
from .data import DemoData, ViewData, value_key
from .gql import Enum, Field, Fragment, Inline, Operation, Spread
from .operands import Operands
from .records import Case
from .schema_info import FilterLeaf, Leaf, SchemaInfo, View

DIRECTIONS_FALLBACK = ("ASC", "DESC")


class Generator:
    """Holds the schema, the data and the output; the categories are its `cat_*` methods."""

    def __init__(self, info: SchemaInfo, data: DemoData, seed: int) -> None:
        self.info = info
        self.data = data
        self.seed = seed
        self.cases: list[Case] = []
        self._seen: set[str] = set()
        self._counters: dict[str, int] = {}
        self.rng = random.Random(f"{seed}")
        self.operands = Operands(info, self.rng)
        self.directions = info.enum_values(info.direction_enum()) if info.direction_enum() else list(DIRECTIONS_FALLBACK)
        self.origin = {"generator": "graft-corpus", "seed": seed}

    # -- infrastructure ---------------------------------------------------------------------

    def use(self, category: str) -> random.Random:
        """Re-seed for a category, so that categories do not perturb each other."""
        self.rng.seed(f"{self.seed}:{category}")
        return self.rng

    def add(self, prefix: str, query: str, variables: Optional[Any] = None, operation_name: Optional[str] = None,
            context: Optional[dict[str, Any]] = None, tags: Optional[set[str]] = None,
            compare: Optional[dict[str, Any]] = None, keep_variables: bool = False) -> bool:
        case = Case("", query, variables if variables or keep_variables else None, operation_name, context or {},
                    sorted(tags or ()), self.origin, compare)
        identity = case.identity()
        if identity in self._seen:
            return False
        self._seen.add(identity)
        number = self._counters.get(prefix, 0) + 1
        self._counters[prefix] = number
        case.id = f"{prefix}.{number:04d}"
        self.cases.append(case)
        return True

    def view_data(self, view: View) -> ViewData:
        return self.data.views[view.type_name]

    def tenant(self, view: View) -> Optional[str]:
        tenants = self.view_data(view).tenants()
        return self.rng.choice(tenants) if view.tenant_scoped and tenants else None

    def context(self, tenant: Optional[str]) -> dict[str, Any]:
        return {"tenant": tenant} if tenant else {}

    def tenant_tags(self, view: View, tenant: Optional[str]) -> set[str]:
        if not view.tenant_scoped:
            return {"tenant:none-needed"}
        return {f"tenant:{self.data.tenant_ids.index(tenant) + 1 if tenant in self.data.tenant_ids else 'other'}"}

    def base_fields(self, view: View) -> list[Field]:
        return [Field(view.id_field)] if view.id_field else []

    def random_order(self, view: View, count: int = 1) -> list[tuple[Leaf, str]]:
        leaves = [leaf for leaf in view.order_leaves]
        chosen = self.rng.sample(leaves, min(count, len(leaves))) if leaves else []
        return [(leaf, self.rng.choice(self.directions)) for leaf in chosen]

    def total_order(self, view: View, keys: list[tuple[Leaf, str]]) -> list[tuple[Leaf, str]]:
        unique = self.view_data(view).unique_leaves
        leaves = ensure_total(view, unique, [leaf for leaf, _ in keys])
        if len(leaves) > len(keys):
            keys = keys + [(leaves[-1], "ASC")]
        return keys

    def order_arg(self, keys: list[tuple[Leaf, str]], as_object: bool = False) -> Any:
        values = [order_value(leaf, direction) for leaf, direction in keys]
        if as_object and len(values) == 1:
            return values[0]
        return values

    def selective_where(self, view: View, tenant: Optional[str], count: int = 3) -> Optional[dict[str, Any]]:
        """A filter matching at most `count` known rows: the id field `in` some ids."""
        vd = self.view_data(view)
        ids = vd.ids.get(tenant or "", []) if tenant else vd.ids.get("", [])
        id_leaf = next((fl for fl in view.filter_leaves if fl.leaf.path == (view.id_field,)), None)
        if not ids or id_leaf is None or "in" not in self.info.operators(id_leaf.filter_type):
            return None
        return {view.id_field: {"in": self.rng.sample(ids, min(count, len(ids)))}}

    def list_case(self, prefix: str, list_field: str, view: View, tenant: Optional[str], *,
                  where: Any = None, order: Optional[list[tuple[Leaf, str]]] = None, order_as_object: bool = False,
                  limit: Any = None, offset: Any = None, children: Optional[list[Any]] = None,
                  mode: str = "literal", tags: Optional[set[str]] = None, alias: Optional[str] = None,
                  where_present: bool = False, layout: Optional[str] = None) -> bool:
        args = self.info.query_type.fields[list_field].args
        binder = Binder(self.info, self.rng)
        if where is not None or where_present:
            binder.argument("where", where, args["where"].type, mode)
        if order is not None and "orderBy" in args:
            binder.argument("orderBy", self.order_arg(order, order_as_object), args["orderBy"].type, mode)
        if limit is not None:
            binder.argument("limit", limit, args["limit"].type, mode if mode != "operands" else "mixed")
        if offset is not None:
            binder.argument("offset", offset, args["offset"].type, mode if mode != "operands" else "mixed")
        fields = children if children is not None else self.base_fields(view)
        root = Field(list_field, alias, binder.bound.args, fields)
        op = Operation([root], variables=binder.bound.definitions)
        if binder.bound.definitions:
            op.shorthand = False
            op.name = self.rng.choice([None, None, "Q", "ListQuery", f"{list_field.capitalize()}Page"])
        query, used_layout = render([op], self.rng, layout)
        all_tags = set(tags or ()) | binder.bound.tags | {"root:list", f"view:{view.type_name}", f"layout:{used_layout}"}
        all_tags |= self.tenant_tags(view, tenant)
        if limit is not None:
            all_tags.add("page:limit")
        if offset is not None:
            all_tags.add("page:offset")
        compare = None
        if not order:
            compare = {"multiset": [f"/data/{alias or list_field}"]}
        return self.add(prefix, query, binder.bound.variables, op.name if self.rng.random() < 0.3 else None,
                        self.context(tenant), all_tags, compare)

    # -- categories -------------------------------------------------------------------------

    def run(self) -> list[Case]:
        for name in CATEGORIES:
            self.use(name)
            getattr(self, "cat_" + name)()
        from .errors_gen import ErrorCases

        ErrorCases(self).run()
        return self.cases

    def leaf_children(self, view: View, leaves: list[Leaf]) -> list[Any]:
        return merge_selections(self.base_fields(view) + [selection_for(leaf) for leaf in leaves])

    def paged(self, view: View, tenant: Optional[str], where: Any, fl: Optional[FilterLeaf] = None,
              operator: str = "", operand: Any = None, match: bool = True) -> dict[str, Any]:
        """Limit and order for a filtered list case: small pages with a total order, except for
        selective equality filters, which run unpaged (compared as multisets)."""
        if fl is not None and operator in ("eq", "in") and (not match or self._frequency(view, tenant, fl, operand) <= 25):
            if self.rng.random() < 0.7:
                return {}
        limit = self.rng.choice([1, 2, 3, 5, 5, 10, 10, 20])
        keys = self.total_order(view, self.random_order(view, self.rng.choice([1, 1, 1, 2])))
        result: dict[str, Any] = {"order": keys, "limit": limit}
        if self.rng.random() < 0.15:
            result["offset"] = self.rng.choice([1, 2, 5, 10])
        return result

    def _frequency(self, view: View, tenant: Optional[str], fl: FilterLeaf, operand: Any) -> int:
        counts = self.view_data(view).pool(tenant, fl.leaf).keys()
        values = operand if isinstance(operand, list) else [operand]
        return sum(counts.get(value_key(v), 0) for v in {value_key(v): v for v in values}.values())

    def cat_operators(self) -> None:
        """Every operator of every filter type, on every field path that has that filter type:
        a literal case, a variables case, and (for value operands) a value matching nothing."""
        for list_field, view in self.info.list_views():
            for fl in view.filter_leaves:
                for operator in self.info.operators(fl.filter_type):
                    operand_type = self.info.operand_type(fl.filter_type, operator)
                    variants = ["literal", "variable"]
                    if get_named_type(operand_type).name != "Boolean":
                        variants.append("miss")
                    for variant in variants:
                        self._operator_case(list_field, view, fl, operator, variant)

    def _operator_case(self, list_field: str, view: View, fl: FilterLeaf, operator: str, variant: str) -> None:
        tenant = self.tenant(view)
        pool = self.view_data(view).pool(tenant, fl.leaf)
        match = variant != "miss"
        operand = self.operands.operand(fl, operator, pool, match)
        where = nest(fl.leaf.path, {operator: operand})
        mode = "literal" if variant != "variable" else self.rng.choice(["args", "operands", "operands", "mixed"])
        if variant == "miss" and self.rng.random() < 0.4:
            mode = "operands"
        tags = {f"op:{fl.filter_type}.{operator}", f"scalar:{fl.leaf.scalar}", f"filter:path-depth{len(fl.leaf.path)}"}
        if fl.leaf.is_list:
            tags.add("scalar:list")
        if fl.leaf.column:
            tags.add("filter:column")
        if not match:
            tags.add("match:miss")
        if isinstance(operand, list):
            tags.add("value:list" if operand else "value:empty-list")
        elif isinstance(_strip(self.info.operand_type(fl.filter_type, operator)), GraphQLList):
            tags.add("value:single-for-list")
        page = self.paged(view, tenant, where, fl, operator, operand, match)
        children = self.leaf_children(view, [fl.leaf])
        self.list_case(f"op.{fl.filter_type}.{operator}", list_field, view, tenant, where=where, mode=mode,
                       tags=tags, children=children, **page)

    def cat_combinations(self) -> None:
        """Several operators on one field and several fields AND-ed in written order."""
        for list_field, view in self.info.list_views():
            for _ in range(60):
                tenant = self.tenant(view)
                chosen = self.rng.sample(view.filter_leaves, min(len(view.filter_leaves), self.rng.randint(1, 4)))
                where: dict[str, Any] = {}
                tags = {"filter:combination"}
                for fl in chosen:
                    operators = self.info.operators(fl.filter_type)
                    ops = self.rng.sample(operators, min(len(operators), self.rng.randint(1, 3)))
                    pool = self.view_data(view).pool(tenant, fl.leaf)
                    spec = {op: self.operands.operand(fl, op, pool) for op in ops}
                    if self.rng.random() < 0.1:
                        spec[self.rng.choice(operators)] = None
                        tags.add("value:null-operator")
                    where = merge(where, nest(fl.leaf.path, spec))
                    tags |= {f"op:{fl.filter_type}.{op}" for op in ops}
                if len(chosen) > 1:
                    tags.add("filter:multi-field")
                mode = self.rng.choice(["literal", "literal", "args", "operands", "mixed"])
                page = self.paged(view, tenant, where)
                self.list_case("filter.combination", list_field, view, tenant, where=where, mode=mode, tags=tags,
                               children=self.leaf_children(view, [fl.leaf for fl in chosen]), **page)

    def condition(self, view: View, tenant: Optional[str], leaves: Optional[list[FilterLeaf]] = None) -> tuple[dict[str, Any], set[str]]:
        fl = self.rng.choice(leaves or view.filter_leaves)
        operator = self.rng.choice(self.info.operators(fl.filter_type))
        pool = self.view_data(view).pool(tenant, fl.leaf)
        operand = self.operands.operand(fl, operator, pool, self.rng.random() < 0.85)
        return nest(fl.leaf.path, {operator: operand}), {f"op:{fl.filter_type}.{operator}"}

    def tree(self, view: View, tenant: Optional[str], depth: int, tags: set[str],
             leaves: Optional[list[FilterLeaf]] = None) -> dict[str, Any]:
        """A where value whose logical nesting is exactly `depth` levels."""
        if depth == 0:
            value, found = self.condition(view, tenant, leaves)
            tags |= found
            return value
        combinator = self.rng.choice(["AND", "OR", "NOT", "OR"])
        tags.add(f"logic:{combinator.lower()}")
        if combinator == "NOT":
            node: dict[str, Any] = {"NOT": self.tree(view, tenant, depth - 1, tags, leaves)}
        else:
            items = [self.tree(view, tenant, depth - 1, tags, leaves)]
            for _ in range(self.rng.randint(0, 2)):
                items.append(self.tree(view, tenant, self.rng.randint(0, depth - 1), tags, leaves))
            self.rng.shuffle(items)
            node = {combinator: items}
        if self.rng.random() < 0.35:
            extra, found = self.condition(view, tenant, leaves)
            tags |= found
            node = merge(extra, node) if self.rng.random() < 0.5 else merge(node, extra)
        return node

    def cat_logic(self) -> None:
        """AND / OR / NOT nested to depth 4, and the empty and null forms of §5.4."""
        for list_field, view in self.info.list_views():
            for depth in (1, 2, 3, 4):
                for _ in range(28 if depth < 4 else 34):
                    tenant = self.tenant(view)
                    tags = {f"logic:depth{depth}"}
                    where = self.tree(view, tenant, depth, tags)
                    mode = self.rng.choice(["literal", "literal", "args", "operands", "mixed"])
                    page = self.paged(view, tenant, where)
                    self.list_case("logic.tree", list_field, view, tenant, where=where, mode=mode, tags=tags, **page)
            self._logic_edges(list_field, view)

    def _logic_edges(self, list_field: str, view: View) -> None:
        tenant = self.tenant(view)
        cond, ctags = self.condition(view, tenant)
        first = view.filter_leaves[0]
        edges: list[tuple[Any, set[str], bool]] = [
            ({}, {"logic:empty-where"}, True),
            (None, {"logic:null-where"}, True),
            ({"AND": []}, {"logic:empty-and"}, True),
            ({"OR": []}, {"logic:empty-or"}, False),
            ({"AND": [], "OR": []}, {"logic:empty-and", "logic:empty-or"}, False),
            ({"NOT": {}}, {"logic:empty-not"}, False),
            ({"OR": [{}, cond]}, {"logic:or-true"} | ctags, True),
            ({"OR": [{}, cond], "NOT": {}}, {"logic:or-true", "logic:empty-not"} | ctags, False),
            ({"AND": [cond]}, {"logic:single-item"} | ctags, True),
            ({"AND": cond}, {"logic:single-item", "value:single-for-list"} | ctags, True),
            ({"NOT": {"NOT": cond}}, {"logic:double-not"} | ctags, True),
            (nest(first.leaf.path, {}), {"logic:empty-filter"}, True),
            (nest(first.leaf.path, None), {"logic:null-entry"}, True),
            (nest(first.leaf.path, {"eq": None}), {"logic:null-operator"}, True),
            ({"AND": None, "OR": None, "NOT": None}, {"logic:null-entry"}, True),
        ]
        for where, tags, paged in edges:
            for mode in ("literal", "args"):
                page = self.paged(view, tenant, where) if paged else {}
                self.list_case("logic.edge", list_field, view, tenant, where=where, mode=mode,
                               tags=tags | {"logic:edge"}, where_present=True, **page)

    def cat_nested(self) -> None:
        """Filters through embedded objects (one and two levels), with logic inside them."""
        for list_field, view in self.info.list_views():
            nested = [fl for fl in view.filter_leaves if len(fl.leaf.path) > 1]
            groups: dict[tuple[str, ...], list[FilterLeaf]] = {}
            for fl in nested:
                groups.setdefault(fl.leaf.path[:-1], []).append(fl)
            for prefix, members in groups.items():
                for _ in range(12):
                    tenant = self.tenant(view)
                    tags = {f"nested:depth{len(prefix)}"}
                    roll = self.rng.random()
                    if roll < 0.4:
                        picked = self.rng.sample(members, min(len(members), self.rng.randint(1, 3)))
                        inner: dict[str, Any] = {}
                        for fl in picked:
                            op = self.rng.choice(self.info.operators(fl.filter_type))
                            pool = self.view_data(view).pool(tenant, fl.leaf)
                            operand = self.operands.operand(fl, op, pool)
                            inner = merge(inner, nest(fl.leaf.path[len(prefix):], {op: operand}))
                            tags.add(f"op:{fl.filter_type}.{op}")
                        if len(picked) > 1:
                            tags.add("nested:siblings")
                    else:
                        depth = self.rng.randint(1, 2)
                        inner = self.tree_nested(view, tenant, depth, tags, members, prefix)
                        tags |= {"nested:logic", f"logic:depth{depth}"}
                    where = nest(prefix, inner)
                    mode = self.rng.choice(["literal", "args", "operands", "mixed"])
                    page = self.paged(view, tenant, where)
                    children = self.leaf_children(view, [fl.leaf for fl in members[:3]])
                    self.list_case("filter.nested", list_field, view, tenant, where=where, mode=mode, tags=tags,
                                   children=children, **page)

    def tree_nested(self, view: View, tenant: Optional[str], depth: int, tags: set[str],
                    members: list[FilterLeaf], prefix: tuple[str, ...]) -> dict[str, Any]:
        """A logic tree inside an embedded where input: conditions on the embedded type's fields."""
        whole = self.tree(view, tenant, depth, tags, members)
        return _strip_prefix(whole, prefix)

    def cat_ordering(self) -> None:
        """Every order key in every direction, nested keys, multi-key, orderBy as a single object
        and as variables, empty and null orderBy."""
        for list_field, view in self.info.list_views():
            if not view.order_leaves:
                continue
            for leaf in view.order_leaves:
                for direction in self.directions:
                    tenant = self.tenant(view)
                    keys = self.total_order(view, [(leaf, direction)])
                    tags = {"order:single", f"order:{direction}", f"order:path-depth{len(leaf.path)}",
                            f"scalar:{leaf.scalar}"}
                    if len(leaf.path) > 1:
                        tags.add("order:nested")
                    mode = self.rng.choice(["literal", "literal", "args", "operands"])
                    as_object = self.rng.random() < 0.3 and len(keys) == 1
                    if as_object:
                        tags.add("order:single-object")
                    self.list_case("order.key", list_field, view, tenant, order=keys, order_as_object=as_object,
                                   limit=self.rng.choice([1, 3, 5, 8]), mode=mode, tags=tags,
                                   children=self.leaf_children(view, [leaf]))
            for _ in range(40):
                tenant = self.tenant(view)
                keys = self.total_order(view, self.random_order(view, self.rng.randint(2, 4)))
                tags = {"order:multi"} | {f"order:{d}" for _, d in keys}
                if any(len(leaf.path) > 1 for leaf, _ in keys):
                    tags.add("order:nested")
                where = None
                if self.rng.random() < 0.4:
                    where, found = self.condition(view, tenant)
                    tags |= found
                mode = self.rng.choice(["literal", "args", "operands", "mixed"])
                self.list_case("order.multi", list_field, view, tenant, where=where, order=keys,
                               limit=self.rng.choice([2, 5, 10]), offset=self.rng.choice([None, None, 3]),
                               mode=mode, tags=tags, children=self.leaf_children(view, [leaf for leaf, _ in keys]))
            if view.tiebreaker:
                tie = next(leaf for leaf in view.order_leaves if leaf.path == (view.tiebreaker,))
                for direction in self.directions[:2]:
                    tenant = self.tenant(view)
                    other = self.random_order(view, 1)
                    self.list_case("order.explicit-id", list_field, view, tenant, order=other + [(tie, direction)],
                                   limit=4, tags={"order:explicit-id", "order:multi"})
            for empty in ([], None):
                tenant = self.tenant(view)
                where = self.selective_where(view, tenant)
                self.list_case("order.empty", list_field, view, tenant, where=where, order=None, mode="literal",
                               tags={"order:empty" if empty == [] else "order:null"}, children=None)
                args = self.info.query_type.fields[list_field].args
                binder = Binder(self.info, self.rng)
                if where is not None:
                    binder.argument("where", where, args["where"].type, "literal")
                binder.bound.args.append(("orderBy", "[]" if empty == [] else "null"))
                op = Operation([Field(list_field, None, binder.bound.args, self.base_fields(view))])
                query, _ = render([op], self.rng)
                self.add("order.empty", query, None, None, self.context(tenant),
                         {"order:empty" if empty == [] else "order:null", "root:list", f"view:{view.type_name}"},
                         {"multiset": [f"/data/{list_field}"]})

    def cat_paging(self) -> None:
        """limit/offset edges: 0, 1, past the end, the maximum, null, variables."""
        for list_field, view in self.info.list_views():
            for repeat in range(3):
                tenant = self.tenant(view)
                rows = self.view_data(view).row_count(tenant)
                keys = lambda: self.total_order(view, self.random_order(view, 1))  # noqa: E731
                selective = self.selective_where(view, tenant, 4)
                edges: list[tuple[dict[str, Any], set[str]]] = [
                    ({"limit": 0}, {"page:limit-zero"}),
                    ({"limit": 1}, {"page:limit-one"}),
                    ({"limit": 1, "offset": 0}, {"page:limit-one", "page:offset-zero"}),
                    ({"limit": 3, "offset": rows}, {"page:offset-past-end"}),
                    ({"limit": 3, "offset": rows + 1000 * (repeat + 1)}, {"page:offset-past-end"}),
                    ({"limit": 5, "offset": max(rows - 2, 0)}, {"page:last-page"}),
                    ({"limit": 10000, "where": selective}, {"page:limit-max"}),
                    ({"limit": 9999, "where": selective}, {"page:limit-below-max"}),
                    ({"limit": 50, "where": selective}, {"page:limit-past-end"}),
                    ({"offset": 1, "where": selective}, {"page:offset-only"}),
                    ({"offset": 2147483647, "limit": 2}, {"page:offset-int-max"}),
                    ({"limit": 0, "offset": 0}, {"page:limit-zero", "page:offset-zero"}),
                ]
                for page, tags in edges:
                    mode = self.rng.choice(["literal", "literal", "args", "mixed"])
                    self.list_case("page.edge", list_field, view, tenant, where=page.get("where"), order=keys(),
                                   limit=page.get("limit"), offset=page.get("offset"), mode=mode, tags=tags)
            for literal_null in ("limit", "offset"):
                tenant = self.tenant(view)
                args = self.info.query_type.fields[list_field].args
                where = self.selective_where(view, tenant)
                binder = Binder(self.info, self.rng)
                if where is not None:
                    binder.argument("where", where, args["where"].type, "literal")
                binder.bound.args.append((literal_null, "null"))
                op = Operation([Field(list_field, None, binder.bound.args, self.base_fields(view))])
                query, _ = render([op], self.rng)
                self.add("page.null", query, None, None, self.context(tenant),
                         {f"page:{literal_null}-null", "root:list", f"view:{view.type_name}"},
                         {"multiset": [f"/data/{list_field}"]})
            for default in (3, 7):
                tenant = self.tenant(view)
                keys = self.total_order(view, self.random_order(view, 1))
                order_text = gql.literal(self.order_arg(keys), self.info.query_type.fields[list_field].args["orderBy"].type)
                query = (f"query Page($n: Int = {default}, $skip: Int = 0) {{ {list_field}(orderBy: {order_text}, "
                         f"limit: $n, offset: $skip) {{ {view.id_field or '__typename'} }} }}")
                for variables in (None, {"n": 2}, {"skip": 4}, {"skip": None}, {"n": 1, "skip": 1}):
                    tags = {"page:limit", "var:default", "root:list", f"view:{view.type_name}"}
                    if variables and None in variables.values():
                        tags.add("var:explicit-null")
                    self.add("page.default", query, variables, "Page" if self.rng.random() < 0.5 else None,
                             self.context(tenant), tags)

    def random_selection(self, type_name: str, depth: int, tags: set[str], alias_rate: float = 0.2,
                         size: int = 4) -> list[Any]:
        """A random selection set of an object type: scalars, embedded objects and lists of them."""
        obj = self.info.object_type(type_name)
        names = list(obj.fields)
        picked = self.rng.sample(names, min(len(names), self.rng.randint(1, size)))
        result: list[Any] = []
        keys = set(picked)
        for name in picked:
            named = get_named_type(obj.fields[name].type)
            alias = None
            if self.rng.random() < alias_rate:
                candidate = self.rng.choice(["a", "x", "alias_" + name, name + "2", "the" + name[0].upper() + name[1:],
                                             "_" + name])
                if candidate not in keys:
                    alias = candidate
                    keys.add(candidate)
                    tags.add(f"select:alias-depth{depth}")
            if isinstance(named, GraphQLObjectType):
                if depth >= 4:
                    continue
                if isinstance(_strip(obj.fields[name].type), GraphQLList):
                    tags.add("select:list-of-objects")
                tags.add(f"select:depth{depth + 1}")
                result.append(Field(name, alias, children=self.random_selection(named.name, depth + 1, tags,
                                                                                alias_rate, size)))
            else:
                result.append(Field(name, alias))
        if self.rng.random() < 0.15:
            result.insert(self.rng.randint(0, len(result)), Field("__typename"))
            tags.add("select:typename")
        return result

    def cat_projection(self) -> None:
        """Random projections: nested objects, lists of objects, aliases at several levels,
        __typename, repeated fields that merge."""
        for list_field, view in self.info.list_views():
            for _ in range(70):
                tenant = self.tenant(view)
                tags = {"select:projection"}
                children = self.random_selection(view.type_name, 1, tags, alias_rate=0.25, size=5)
                if self.rng.random() < 0.15 and children:
                    first = children[0]
                    children.append(Field(first.name, first.alias, list(first.args), first.children))
                    tags.add("select:repeated-field")
                keys = self.total_order(view, self.random_order(view, 1))
                alias = self.rng.choice([None, None, None, "rows", "items"])
                if alias:
                    tags.add("select:alias-depth0")
                self.list_case("select.projection", list_field, view, tenant, order=keys,
                               limit=self.rng.choice([1, 2, 3]), children=children, tags=tags, alias=alias)

    def cat_fragments(self) -> None:
        """Named fragments, inline fragments (with and without a type condition), fragments in
        fragments, @skip/@include with literals and variables on fields, spreads and fragments."""
        for list_field, view in self.info.list_views():
            for index in range(45):
                tenant = self.tenant(view)
                tags: set[str] = set()
                fields = self.random_selection(view.type_name, 1, tags, alias_rate=0.1, size=4)
                definitions: list[Any] = []
                variables: dict[str, Any] = {}
                var_defs: list[str] = []
                selections: list[Any] = []
                roll = self.rng.random()
                half = max(1, len(fields) // 2)
                if roll < 0.35:
                    definitions.append(Fragment("Parts", view.type_name, fields[:half]))
                    selections = [Spread("Parts")] + fields[half:]
                    tags.add("select:fragment")
                    if self.rng.random() < 0.3:
                        definitions.append(Fragment("More", view.type_name, [Field(view.id_field or "__typename")]))
                        definitions[0].children.append(Spread("More"))
                        tags.add("select:fragment-in-fragment")
                elif roll < 0.7:
                    condition = view.type_name if self.rng.random() < 0.7 else None
                    selections = [Inline(condition, fields[:half])] + fields[half:]
                    tags.add("select:inline-fragment" if condition else "select:inline-fragment-untyped")
                else:
                    selections = list(fields)
                for _ in range(self.rng.randint(1, 2)):
                    if not selections:
                        break
                    target = self.rng.choice(selections)
                    directive = self.rng.choice(["skip", "include"])
                    if any(d.startswith(f"@{directive}(") for d in target.directives):
                        continue
                    literal = self.rng.random() < 0.5
                    if literal:
                        value = "true" if self.rng.random() < 0.5 else "false"
                        tags.add(f"directive:{directive}-literal")
                    else:
                        name = f"c{len(var_defs) + 1}"
                        if self.rng.random() < 0.25:
                            var_defs.append(f"${name}: Boolean = {self.rng.choice(['true', 'false'])}")
                            tags.add("var:default")
                        else:
                            var_defs.append(f"${name}: Boolean!")
                            variables[name] = self.rng.random() < 0.5
                        value = "$" + name
                        tags.add(f"directive:{directive}-variable")
                    target.directives.append(f"@{directive}(if: {value})")
                    tags.add(f"directive:{directive}-on-{type(target).__name__.lower()}")
                keys = self.total_order(view, self.random_order(view, 1))
                args = self.info.query_type.fields[list_field].args
                binder = Binder(self.info, self.rng)
                binder.argument("orderBy", self.order_arg(keys), args["orderBy"].type, "literal")
                binder.argument("limit", self.rng.choice([1, 2, 3]), args["limit"].type, "literal")
                op = Operation([Field(list_field, None, binder.bound.args, selections or [Field("__typename")])],
                               variables=var_defs, name="Frag" if var_defs or self.rng.random() < 0.3 else None)
                op.shorthand = not var_defs and op.name is None
                ordered = [op] + definitions if self.rng.random() < 0.7 else definitions + [op]
                if definitions and ordered[0] is not op:
                    tags.add("select:fragment-before-operation")
                query, layout = render(ordered, self.rng)
                tags |= {"root:list", f"view:{view.type_name}", f"layout:{layout}"} | self.tenant_tags(view, tenant)
                self.add("select.fragment", query, variables, None, self.context(tenant), tags)

    def cat_lookups(self) -> None:
        """Lookups by id: hits, misses, another tenant's row, upper-case ids, variables."""
        for lookup, view in self.info.lookup_views():
            arg_type = self.info.query_type.fields[lookup].args["id"].type
            vd = self.view_data(view)
            for _ in range(36):
                tenant = self.tenant(view)
                ids = vd.ids.get(tenant or "", [])
                kind = self.rng.choice(["hit", "hit", "hit", "miss", "other-tenant", "upper"])
                tags = {"root:lookup", f"view:{view.type_name}", f"lookup:{kind}"} | self.tenant_tags(view, tenant)
                if kind == "other-tenant" and view.tenant_scoped:
                    others = [t for t in vd.tenants() if t != tenant]
                    value = self.rng.choice(vd.ids[self.rng.choice(others)])
                elif kind == "miss" or not ids:
                    id_leaf = next(leaf for leaf in view.select_leaves if leaf.path == (view.id_field,))
                    value = self.operands.miss(get_named_type(arg_type).name, vd.pool(None, id_leaf))
                    tags.add("lookup:miss")
                else:
                    value = self.rng.choice(ids)
                    if kind == "upper" and isinstance(value, str):
                        value = value.upper()
                selection = self.random_selection(view.type_name, 1, tags, alias_rate=0.2, size=5)
                binder = Binder(self.info, self.rng)
                binder.argument("id", value, arg_type, self.rng.choice(["literal", "literal", "args"]))
                alias = self.rng.choice([None, None, "found", "row"])
                op = Operation([Field(lookup, alias, binder.bound.args, selection)], variables=binder.bound.definitions)
                op.shorthand = not binder.bound.definitions
                query, layout = render([op], self.rng)
                self.add("lookup.by-id", query, binder.bound.variables, None, self.context(tenant),
                         tags | binder.bound.tags | {f"layout:{layout}"})

    def cat_tenants(self) -> None:
        """Every tenant on every tenant-scoped view, upper-case tenant ids, and a tenant given for a
        view that has none."""
        for list_field, view in self.info.list_views():
            tenants = self.view_data(view).tenants() if view.tenant_scoped else []
            for tenant in tenants:
                for upper in (False, True):
                    keys = self.total_order(view, self.random_order(view, 1))
                    context_tenant = tenant.upper() if upper else tenant
                    tags = {"tenant:each"} | self.tenant_tags(view, tenant)
                    if upper:
                        tags.add("tenant:upper-case")
                    args = self.info.query_type.fields[list_field].args
                    binder = Binder(self.info, self.rng)
                    binder.argument("orderBy", self.order_arg(keys), args["orderBy"].type, "literal")
                    binder.argument("limit", 3, args["limit"].type, "literal")
                    op = Operation([Field(list_field, None, binder.bound.args, self.base_fields(view))])
                    query, _ = render([op], self.rng)
                    self.add("tenant.each", query, None, None, {"tenant": context_tenant},
                             tags | {"root:list", f"view:{view.type_name}"})
            if not view.tenant_scoped:
                for tenant in self.data.tenant_ids[:3]:
                    keys = self.total_order(view, self.random_order(view, 1))
                    self.list_case("tenant.unscoped", list_field, view, None, order=keys, limit=2,
                                   tags={"tenant:ignored"})
                    case = self.cases[-1]
                    case.context = {"tenant": tenant}

    def cat_multi_root(self) -> None:
        """Several root fields in one operation: lists, lookups, __typename, introspection, the
        same field twice under different aliases."""
        roots = self.info.list_views()
        lookups = self.info.lookup_views()
        tenant_ids = self.data.tenant_ids
        for index in range(260):
            tenant = self.rng.choice(tenant_ids)
            count = self.rng.randint(2, 5)
            children: list[Any] = []
            tags = {"root:multi", f"root:count{count}"}
            used: set[str] = set()
            binder = Binder(self.info, self.rng)
            for slot in range(count):
                kind = self.rng.choice(["list", "list", "lookup", "typename", "introspection"])
                if kind == "list":
                    list_field, view = self.rng.choice(roots)
                    vd = self.view_data(view)
                    where = None
                    if self.rng.random() < 0.5:
                        where, found = self.condition(view, tenant if view.tenant_scoped else None)
                        tags |= found
                    keys = self.total_order(view, self.random_order(view, 1))
                    args = self.info.query_type.fields[list_field].args
                    saved = binder.bound.args
                    binder.bound.args = []
                    if where is not None:
                        binder.argument("where", where, args["where"].type, self.rng.choice(["literal", "operands"]))
                    binder.argument("orderBy", self.order_arg(keys), args["orderBy"].type, "literal")
                    binder.argument("limit", self.rng.choice([1, 2, 3]), args["limit"].type, "literal")
                    field_args, binder.bound.args = binder.bound.args, saved
                    key = list_field if list_field not in used else f"{list_field}{slot}"
                    alias = key if key != list_field else (f"r{slot}" if self.rng.random() < 0.3 else None)
                    if alias and alias == list_field:
                        alias = None
                    children.append(Field(list_field, alias, field_args, self.base_fields(view) or [Field("__typename")]))
                    used.add(alias or list_field)
                    tags.add(f"view:{view.type_name}")
                    del vd
                elif kind == "lookup":
                    lookup, view = self.rng.choice(lookups)
                    ids = self.view_data(view).ids.get(tenant if view.tenant_scoped else "", [])
                    value = self.rng.choice(ids) if ids and self.rng.random() < 0.8 else "00000000-0000-4000-8000-000000000000"
                    arg_type = self.info.query_type.fields[lookup].args["id"].type
                    if get_named_type(arg_type).name != "UUID" and value == "00000000-0000-4000-8000-000000000000":
                        value = "zz-missing"
                    saved = binder.bound.args
                    binder.bound.args = []
                    binder.argument("id", value, arg_type, self.rng.choice(["literal", "args"]))
                    field_args, binder.bound.args = binder.bound.args, saved
                    alias = f"l{slot}" if lookup in used or self.rng.random() < 0.3 else None
                    children.append(Field(lookup, alias, field_args, self.random_selection(view.type_name, 1, tags, 0.1, 3)))
                    used.add(alias or lookup)
                    tags.add("root:lookup")
                elif kind == "typename":
                    alias = f"t{slot}" if "__typename" in used else None
                    children.append(Field("__typename", alias))
                    used.add(alias or "__typename")
                    tags.add("root:typename")
                else:
                    alias = f"s{slot}"
                    children.append(Field("__schema", alias, children=[Field("queryType", children=[Field("name")])]))
                    tags.add("introspection:schema")
            op = Operation(children, variables=binder.bound.definitions)
            op.shorthand = not binder.bound.definitions
            if not op.shorthand:
                op.name = "Multi"
            query, layout = render([op], self.rng)
            self.add("root.multi", query, binder.bound.variables, None, {"tenant": tenant},
                     tags | binder.bound.tags | {f"layout:{layout}"})

    def cat_operations(self) -> None:
        """Documents with several operations (and fragments); operationName picks one."""
        roots = self.info.list_views()
        for index in range(220):
            count = self.rng.randint(2, 4)
            tenant = self.rng.choice(self.data.tenant_ids)
            operations: list[Any] = []
            variables_of: dict[str, dict[str, Any]] = {}
            tags = {"ops:multiple", f"ops:count{count}"}
            for number in range(count):
                list_field, view = self.rng.choice(roots)
                keys = self.total_order(view, self.random_order(view, 1))
                args = self.info.query_type.fields[list_field].args
                binder = Binder(self.info, self.rng)
                if self.rng.random() < 0.5:
                    where, found = self.condition(view, tenant if view.tenant_scoped else None)
                    binder.argument("where", where, args["where"].type, self.rng.choice(["literal", "operands", "args"]))
                binder.argument("orderBy", self.order_arg(keys), args["orderBy"].type, "literal")
                binder.argument("limit", self.rng.choice([1, 2]), args["limit"].type, self.rng.choice(["literal", "args"]))
                name = self.rng.choice(["Q", "List", "Get", "Fetch", "Op"]) + str(number + 1)
                op = Operation([Field(list_field, None, binder.bound.args, self.base_fields(view) or [Field("__typename")])],
                               name=name, variables=binder.bound.definitions, shorthand=False)
                operations.append(op)
                variables_of[name] = binder.bound.variables
            definitions: list[Any] = list(operations)
            if self.rng.random() < 0.25:
                root = operations[0].children[0]
                definitions.append(Fragment("Shared", self.info.model.queries[root.name].target, [Field("__typename")]))
                root.children.append(Spread("Shared"))
                tags.add("select:fragment")
            chosen = self.rng.choice(operations)
            query, layout = render(definitions, self.rng)
            self.add("ops.select", query, variables_of[chosen.name], chosen.name, {"tenant": tenant},
                     tags | {"ops:operationName", f"layout:{layout}"})
        for list_field, view in roots:
            tenant = self.tenant(view)
            keys = self.total_order(view, self.random_order(view, 1))
            order_text = gql.literal(self.order_arg(keys), self.info.query_type.fields[list_field].args["orderBy"].type)
            query = f"query Only {{ {list_field}(orderBy: {order_text}, limit: 1) {{ __typename }} }}"
            self.add("ops.single-named", query, None, "Only", self.context(tenant),
                     {"ops:operationName", "ops:single", f"view:{view.type_name}"})
            self.add("ops.single-named", query, None, None, self.context(tenant),
                     {"ops:single", f"view:{view.type_name}"})

    def cat_introspection(self) -> None:
        """Small introspection queries over every type of the schema."""
        selections = [
            "name kind",
            "name kind fields { name type { name kind ofType { name kind ofType { name } } } }",
            "name inputFields { name type { name kind ofType { name } } defaultValue }",
            "kind name enumValues { name isDeprecated deprecationReason }",
            "name description specifiedByURL interfaces { name } possibleTypes { name }",
            "name fields(includeDeprecated: true) { name args { name } isDeprecated }",
        ]
        for type_name in self.info.type_names():
            for selection in self.rng.sample(selections, 3):
                variant = self.rng.random()
                if variant < 0.7:
                    query = f'{{ __type(name: "{type_name}") {{ {selection} }} }}'
                    self.add("introspection.type", query, None, None, {}, {"introspection:type"})
                else:
                    query = f"query T($name: String!) {{ t: __type(name: $name) {{ {selection} }} }}"
                    self.add("introspection.type", query, {"name": type_name}, None, {},
                             {"introspection:type", "value:variable"})
        fixed = [
            "{ __schema { queryType { name } mutationType { name } subscriptionType { name } } }",
            "{ __schema { description } }",
            "{ __schema { types { name } } }",
            "{ __schema { types { name kind } } }",
            "{ __schema { directives { name isRepeatable locations args { name defaultValue type { kind name ofType { name } } } } } }",
            "{ __schema { directives { name description } } }",
            '{ __type(name: "NoSuchType") { name } }',
            '{ __type(name: "") { name } }',
            "{ __typename }",
            "query { __typename }",
            "{ a: __typename b: __typename }",
            "{ __schema { queryType { fields { name args { name type { name kind ofType { name kind ofType { name } } } } } } } }",
            '{ __type(name: "Query") { fields { name type { kind ofType { kind ofType { kind ofType { name } } } } } } }',
            "{ __schema { queryType { name } } __typename }",
            '{ __type(name: "__Type") { fields { name args { name defaultValue } } } }',
            '{ __type(name: "__Directive") { fields { name } } }',
            '{ __type(name: "__TypeKind") { enumValues { name } } }',
            '{ __type(name: "__DirectiveLocation") { enumValues(includeDeprecated: false) { name } } }',
        ]
        for query in fixed:
            self.add("introspection.fixed", query, None, None, {}, {"introspection:schema"})


CATEGORIES = ("operators", "combinations", "logic", "nested", "ordering", "paging", "projection", "fragments",
              "lookups", "tenants", "multi_root", "operations", "introspection")


def _strip_prefix(value: Any, prefix: tuple[str, ...]) -> Any:
    """Remove the embedded path `prefix` from every condition of a where tree."""
    if isinstance(value, dict):
        result: dict[str, Any] = {}
        for key, item in value.items():
            if key in ("AND", "OR"):
                result[key] = [_strip_prefix(v, prefix) for v in item]
            elif key == "NOT":
                result[key] = _strip_prefix(item, prefix)
            else:
                stripped = nest((key,), item)
                for name in prefix:
                    if isinstance(stripped, dict) and name in stripped and len(stripped) == 1:
                        stripped = stripped[name]
                result = merge(result, stripped)
        return result
    return value


def _strip(t: Any) -> Any:
    return t.of_type if isinstance(t, GraphQLNonNull) else t


def generate(schema_path: str, seed: int = 1, data_seed: int = 1, data_scale: float = 1.0) -> list[Case]:
    info = SchemaInfo.load(schema_path)
    data = DemoData(info, data_seed, data_scale)
    return Generator(info, data, seed).run()


Builder = Callable[[Generator], Iterator[Case]]
