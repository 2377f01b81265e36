"""Operand values for filter operators, drawn from the demo data.

How a value is chosen depends on what the operator does, so the operators of CONTRACT §5.3 have a
strategy each (a prefix for `startswith`, a sub-object for JSON `contains`, a depth for `depthGt`…).
An operator without a strategy still gets a valid operand from its input type alone (a value of the
leaf's pool when the type is the filter's scalar, else a sample of that scalar), so a new operator
is covered without code changes. Values that match nothing come from per-scalar "miss" makers,
checked against the pool.
"""

from __future__ import annotations

import ipaddress
import random
import re
from decimal import Decimal
from typing import Any, Callable, Optional

from graphql import GraphQLError, GraphQLList, GraphQLNonNull, GraphQLScalarType, get_named_type

from .data import Pool, value_key
from .schema_info import FilterLeaf, SchemaInfo

Maker = Callable[["Operands", FilterLeaf, Pool, bool], Any]
NO_VALUE = object()


def json_value(value: Any) -> Any:
    """The value as the variables decoder would hand it to graphql-core (numbers as int/float)."""
    if isinstance(value, Decimal):
        integral = value == value.to_integral_value() and "." not in str(value) and "E" not in str(value)
        return int(value) if integral else float(value)
    if isinstance(value, list):
        return [json_value(v) for v in value]
    if isinstance(value, dict):
        return {k: json_value(v) for k, v in value.items()}
    return value


class Operands:
    """Chooses operator operands for filter leaves of one schema from the demo data."""

    def __init__(self, info: SchemaInfo, rng: random.Random) -> None:
        self.info = info
        self.rng = rng

    # -- scalar values ----------------------------------------------------------------------

    def accepts(self, scalar: str, value: Any) -> bool:
        """Whether `value` is a valid input of `scalar` (asks the schema's own scalar)."""
        if "\0" in repr(value) or "\\x00" in repr(value):
            return False
        t = self.info.scalar(scalar)
        try:
            t.parse_value(json_value(value))
        except (GraphQLError, TypeError, ValueError):
            return False
        if isinstance(value, float) and value != value:
            return False
        return True

    def valid_values(self, scalar: str, pool: Pool) -> list[Any]:
        return [v for v in pool.distinct() if self.accepts(scalar, v)]

    def pick(self, scalar: str, pool: Pool) -> Any:
        candidates = pool.values
        for _ in range(30):
            if not candidates:
                break
            value = self.rng.choice(candidates)
            if self.accepts(scalar, value):
                return value
        valid = self.valid_values(scalar, pool)
        return self.rng.choice(valid) if valid else self.sample(scalar)

    def picks(self, scalar: str, pool: Pool, count: int) -> list[Any]:
        values: list[Any] = []
        seen: set[str] = set()
        for _ in range(count * 4):
            if len(values) >= count:
                break
            value = self.pick(scalar, pool)
            key = repr(value)
            if key not in seen:
                seen.add(key)
                values.append(value)
        return values

    def miss(self, scalar: str, pool: Pool) -> Any:
        """A valid value of `scalar` that no row of the pool holds."""
        present = pool.keys()
        maker = MISS_MAKERS.get(scalar)
        for _ in range(20):
            value = maker(self.rng) if maker else self.sample(scalar)
            if value_key(value) not in present and self.accepts(scalar, value):
                return value
        return self.sample(scalar)

    def sample(self, scalar: str) -> Any:
        """Some valid value of `scalar` (used when the data has none)."""
        maker = MISS_MAKERS.get(scalar)
        if maker:
            return maker(self.rng)
        t = self.info.scalar(scalar)
        for candidate in ("x", 1, 1.5, True, "1"):
            try:
                t.parse_value(candidate)
                return candidate
            except GraphQLError:
                continue
        return None

    # -- operands -------------------------------------------------------------------------

    def operand(self, fl: FilterLeaf, operator: str, pool: Pool, match: bool = True) -> Any:
        maker = STRATEGIES.get((self.family(fl), operator)) or STRATEGIES.get(("*", operator))
        if maker is not None:
            value = maker(self, fl, pool, match)
            if value is not NO_VALUE:
                return value
        return self.generic(fl, operator, pool, match)

    @staticmethod
    def family(fl: FilterLeaf) -> str:
        return "List" if fl.leaf.is_list else fl.leaf.scalar

    def generic(self, fl: FilterLeaf, operator: str, pool: Pool, match: bool) -> Any:
        """An operand from the operator's input type alone."""
        t = self.info.operand_type(fl.filter_type, operator)
        inner = t.of_type if isinstance(t, GraphQLNonNull) else t
        is_list = isinstance(inner, GraphQLList)
        named = get_named_type(t)
        assert isinstance(named, GraphQLScalarType) or named is not None
        if named.name == "Boolean" and not is_list:
            return self.rng.random() < 0.5
        if named.name == fl.leaf.scalar:
            if is_list:
                count = self.rng.randint(1, 4)
                values = self.picks(fl.leaf.scalar, pool, count)
                if not match or not values:
                    values.append(self.miss(fl.leaf.scalar, pool))
                return values
            return self.pick(fl.leaf.scalar, pool) if match else self.miss(fl.leaf.scalar, pool)
        if named.name == "Int":
            value = self.rng.randint(0, 5)
            return [value] if is_list else value
        value = self.sample(named.name)
        return [value] if is_list else value

    def scalar_of(self, fl: FilterLeaf) -> str:
        return fl.leaf.scalar


# -- strategies per operator (CONTRACT §5.3) ------------------------------------------------


def _comparison(ops: Operands, fl: FilterLeaf, pool: Pool, match: bool) -> Any:
    if not match:
        return ops.miss(fl.leaf.scalar, pool)
    return ops.pick(fl.leaf.scalar, pool)


def _membership(ops: Operands, fl: FilterLeaf, pool: Pool, match: bool) -> Any:
    roll = ops.rng.random()
    if roll < 0.06:
        return []
    if roll < 0.14 and match:
        return ops.pick(fl.leaf.scalar, pool)  # a single value given for a list (§4.2)
    values = ops.picks(fl.leaf.scalar, pool, ops.rng.randint(1, 6) if match else 0)
    if not match or ops.rng.random() < 0.3:
        values.append(ops.miss(fl.leaf.scalar, pool))
    return values


def _strings(ops: Operands, pool: Pool) -> list[str]:
    return [v for v in pool.values if isinstance(v, str) and v and "\0" not in v]


def _text_piece(ops: Operands, pool: Pool, where: str, match: bool) -> str:
    values = _strings(ops, pool)
    if not match or not values:
        return "zz\u00e9no-match-" + format(ops.rng.getrandbits(24), "06x")
    value = ops.rng.choice(values)
    size = min(len(value), ops.rng.randint(1, 6))
    if where == "prefix":
        return value[:size]
    if where == "suffix":
        return value[-size:]
    start = ops.rng.randint(0, len(value) - size)
    return value[start:start + size]


def _case_flip(ops: Operands, text: str) -> str:
    roll = ops.rng.random()
    return text.upper() if roll < 0.4 else text.lower() if roll < 0.8 else text.swapcase()


def _like_maker(where: str, insensitive: bool) -> Maker:
    def make(ops: Operands, fl: FilterLeaf, pool: Pool, match: bool) -> Any:
        text = _text_piece(ops, pool, where, match)
        return _case_flip(ops, text) if insensitive else text
    return make


def _pattern(ops: Operands, fl: FilterLeaf, pool: Pool, match: bool, insensitive: bool) -> Any:
    text = _text_piece(ops, pool, "prefix", match)
    shapes = [text + "%", "%" + text + "%", text + "_%", "_" + text[1:] + "%" if len(text) > 1 else "_%", text]
    pattern = ops.rng.choice(shapes)
    return _case_flip(ops, pattern) if insensitive else pattern


def _regex(ops: Operands, fl: FilterLeaf, pool: Pool, match: bool, insensitive: bool) -> Any:
    text = _text_piece(ops, pool, "prefix", match)
    word = re.sub(r"[^0-9A-Za-z]", "", text) or "a"
    shapes = ["^" + word, word + "$", word, "^" + word[:1] + ".*", "[" + word[:1] + "]", "(" + word + ")|zz"]
    pattern = ops.rng.choice(shapes)
    return _case_flip(ops, pattern) if insensitive else pattern


def _bool(ops: Operands, fl: FilterLeaf, pool: Pool, match: bool) -> Any:
    return ops.rng.random() < 0.6


def _subnet(ops: Operands, fl: FilterLeaf, pool: Pool, match: bool) -> Any:
    addresses = [v for v in pool.values if isinstance(v, str)]
    if not addresses or not match:
        return ops.rng.choice(["198.51.100.0/24", "2001:db8:ffff::/48", "203.0.113.128/25"])
    address = ipaddress.ip_address(ops.rng.choice(addresses))
    bits = 32 if address.version == 4 else 128
    prefix = ops.rng.choice([bits, bits // 2, bits - 8, 8 if bits == 32 else 64, 0 if ops.rng.random() < 0.05 else bits])
    network = ipaddress.ip_network(f"{address}/{prefix}", strict=False)
    return str(network) if ops.rng.random() < 0.8 else f"{address}/{prefix}"


def _labels(ops: Operands, pool: Pool) -> list[list[str]]:
    return [v.split(".") for v in pool.values if isinstance(v, str) and v]


def _ltree_prefix(ops: Operands, fl: FilterLeaf, pool: Pool, match: bool) -> Any:
    paths = _labels(ops, pool)
    if not paths or not match:
        return ops.miss("LTree", pool)
    labels = ops.rng.choice(paths)
    return ".".join(labels[: ops.rng.randint(1, len(labels))])


def _lquery(ops: Operands, fl: FilterLeaf, pool: Pool, match: bool) -> Any:
    paths = _labels(ops, pool)
    if not paths or not match:
        return "nomatch_zz.*"
    labels = ops.rng.choice(paths)
    first, last = labels[0], labels[-1]
    return ops.rng.choice([f"{first}.*", f"*.{last}", f"*{{1}}.{labels[1] if len(labels) > 1 else first}.*",
                           f"{first}.*{{1,3}}", f"*.{last}|{first}", f"*.{last.upper()}@"])


def _depth(ops: Operands, fl: FilterLeaf, pool: Pool, match: bool) -> Any:
    paths = _labels(ops, pool)
    return len(ops.rng.choice(paths)) if paths and match else ops.rng.choice([0, 1, 9, 40])


def _bounds(text: str) -> list[str]:
    return re.findall(r"\d{4}-\d{2}-\d{2}", text)


def _contains_date(ops: Operands, fl: FilterLeaf, pool: Pool, match: bool) -> Any:
    dates = [d for v in pool.values if isinstance(v, str) for d in _bounds(v)]
    if not dates or not match:
        return ops.rng.choice(["1850-06-15", "2999-01-01"])
    return ops.rng.choice(dates)


def _range(ops: Operands, fl: FilterLeaf, pool: Pool, match: bool) -> Any:
    ranges = [v for v in pool.values if isinstance(v, str) and ops.accepts("DateRange", v)]
    if not ranges or not match:
        return ops.miss("DateRange", pool)
    value = ops.rng.choice(ranges)
    bounds = _bounds(value)
    roll = ops.rng.random()
    if roll < 0.5 or not bounds:
        return value
    if roll < 0.75:
        return f"[{bounds[0]},)"
    return f"(,{bounds[-1]}]"


def _list_subset(ops: Operands, fl: FilterLeaf, pool: Pool, match: bool) -> Any:
    if not match:
        return [ops.miss(fl.leaf.scalar, pool)]
    return ops.picks(fl.leaf.scalar, pool, ops.rng.randint(1, 2))


def _list_superset(ops: Operands, fl: FilterLeaf, pool: Pool, match: bool) -> Any:
    values = ops.picks(fl.leaf.scalar, pool, ops.rng.randint(2, 8))
    if not match:
        return [ops.miss(fl.leaf.scalar, pool)]
    return values


def _list_element(ops: Operands, fl: FilterLeaf, pool: Pool, match: bool) -> Any:
    return ops.pick(fl.leaf.scalar, pool) if match else ops.miss(fl.leaf.scalar, pool)


def _length(ops: Operands, fl: FilterLeaf, pool: Pool, match: bool) -> Any:
    return ops.rng.choice(pool.lengths) if pool.lengths and match else ops.rng.choice([0, 1, 50])


def _objects(pool: Pool) -> list[dict[str, Any]]:
    return [v for v in pool.values if isinstance(v, dict)]


def _json_whole(ops: Operands, fl: FilterLeaf, pool: Pool, match: bool) -> Any:
    values = [v for v in pool.values if not isinstance(v, str) or "\0" not in v]
    if not values or not match:
        return {"no_such_key": ops.rng.randint(0, 99)}
    return ops.rng.choice(values)


def _json_part(ops: Operands, fl: FilterLeaf, pool: Pool, match: bool) -> Any:
    objects = _objects(pool)
    if not objects or not match:
        return {"no_such_key": "zz"}
    source = ops.rng.choice(objects)
    if not source:
        return {}
    keys = list(source)
    chosen = ops.rng.sample(keys, ops.rng.randint(1, min(2, len(keys))))
    return {k: source[k] for k in chosen}


def _json_superset(ops: Operands, fl: FilterLeaf, pool: Pool, match: bool) -> Any:
    objects = _objects(pool)
    if not objects or not match:
        return {}
    merged = dict(ops.rng.choice(objects))
    merged["zz_extra"] = True
    return merged


def _json_keys(ops: Operands, pool: Pool, count: int, match: bool) -> list[str]:
    keys = sorted({k for obj in _objects(pool) for k in obj})
    if not keys or not match:
        return ["zz_absent"][:count] + ["zz_absent_" + str(i) for i in range(count - 1)]
    return ops.rng.sample(keys, min(count, len(keys)))


def _has_key(ops: Operands, fl: FilterLeaf, pool: Pool, match: bool) -> Any:
    return _json_keys(ops, pool, 1, match)[0]


def _has_keys(ops: Operands, fl: FilterLeaf, pool: Pool, match: bool) -> Any:
    keys = _json_keys(ops, pool, ops.rng.randint(1, 3), match)
    if ops.rng.random() < 0.3:
        keys.append("zz_absent")
    return keys


STRATEGIES: dict[tuple[str, str], Maker] = {
    ("*", "eq"): _comparison,
    ("*", "neq"): _comparison,
    ("*", "gt"): _comparison,
    ("*", "gte"): _comparison,
    ("*", "lt"): _comparison,
    ("*", "lte"): _comparison,
    ("*", "in"): _membership,
    ("*", "nin"): _membership,
    ("*", "isnull"): _bool,
    ("String", "contains"): _like_maker("middle", False),
    ("String", "icontains"): _like_maker("middle", True),
    ("String", "startswith"): _like_maker("prefix", False),
    ("String", "istartswith"): _like_maker("prefix", True),
    ("String", "endswith"): _like_maker("suffix", False),
    ("String", "iendswith"): _like_maker("suffix", True),
    ("String", "like"): lambda o, f, p, m: _pattern(o, f, p, m, False),
    ("String", "ilike"): lambda o, f, p, m: _pattern(o, f, p, m, True),
    ("String", "matches"): lambda o, f, p, m: _regex(o, f, p, m, False),
    ("String", "imatches"): lambda o, f, p, m: _regex(o, f, p, m, True),
    ("String", "notMatches"): lambda o, f, p, m: _regex(o, f, p, m, False),
    ("IpAddress", "inSubnet"): _subnet,
    ("IpAddress", "isPrivate"): _bool,
    ("IpAddress", "isPublic"): _bool,
    ("IpAddress", "isIPv4"): _bool,
    ("IpAddress", "isIPv6"): _bool,
    ("LTree", "ancestorOf"): _ltree_prefix,
    ("LTree", "descendantOf"): _ltree_prefix,
    ("LTree", "matchesLquery"): _lquery,
    ("LTree", "depthEq"): _depth,
    ("LTree", "depthGt"): _depth,
    ("LTree", "depthLt"): _depth,
    ("DateRange", "containsDate"): _contains_date,
    ("DateRange", "overlaps"): _range,
    ("DateRange", "adjacent"): _range,
    ("DateRange", "strictlyLeft"): _range,
    ("DateRange", "strictlyRight"): _range,
    ("JSON", "eq"): _json_whole,
    ("JSON", "neq"): _json_whole,
    ("JSON", "contains"): _json_part,
    ("JSON", "containedBy"): _json_superset,
    ("JSON", "hasKey"): _has_key,
    ("JSON", "hasAnyKeys"): _has_keys,
    ("JSON", "hasAllKeys"): _has_keys,
    ("List", "contains"): _list_subset,
    ("List", "containedBy"): _list_superset,
    ("List", "overlaps"): _list_superset,
    ("List", "anyEq"): _list_element,
    ("List", "lenEq"): _length,
    ("List", "lenGt"): _length,
    ("List", "lenLt"): _length,
}


def _hex(rng: random.Random, n: int) -> str:
    return format(rng.getrandbits(4 * n), f"0{n}x")


# Valid values of the contract's predefined scalars (§1.3) that the demo data does not hold.
MISS_MAKERS: dict[str, Callable[[random.Random], Any]] = {
    "String": lambda r: "zz-no-match-" + _hex(r, 6),
    "ID": lambda r: "zz-missing-" + _hex(r, 6),
    "Int": lambda r: r.choice([2147483647, -2147483648, 1999999999 - r.randint(0, 999), -77777]),
    "Float": lambda r: r.choice([987654321.5, -1e15, 1e-7, 123456.789]),
    "Decimal": lambda r: r.choice(["-987654321.123", "0.000000001", "99999999999999999999.99"]),
    "Boolean": lambda r: r.random() < 0.5,
    "UUID": lambda r: f"{_hex(r, 8)}-{_hex(r, 4)}-4{_hex(r, 3)}-a{_hex(r, 3)}-{_hex(r, 12)}",
    "Date": lambda r: f"18{r.randint(10, 99)}-0{r.randint(1, 9)}-1{r.randint(0, 9)}",
    "DateTime": lambda r: f"18{r.randint(10, 99)}-0{r.randint(1, 9)}-1{r.randint(0, 9)}T0{r.randint(0, 9)}:30:00Z",
    "IpAddress": lambda r: r.choice([f"198.51.100.{r.randint(1, 254)}", f"2001:db8:ffff::{_hex(r, 4)}"]),
    "MacAddress": lambda r: "02:00:5e:" + ":".join(_hex(r, 2) for _ in range(3)),
    "LTree": lambda r: "zz_nomatch." + _hex(r, 4),
    "DateRange": lambda r: r.choice(["[1850-01-01,1850-02-01)", "(1700-01-01,1701-01-01]", "empty"]),
    "JSON": lambda r: {"no_such_key": r.randint(0, 999)},
}
