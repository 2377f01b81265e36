"""JSON in and out: the variables number model (§4.1), verbatim documents and serialisation (§7.3).

Python's own `json.dumps` escapes differently from the contract (it writes `\\u2028`, `\\/` is fine
but non-ASCII is escaped by default, floats re-formatted...), so the serialiser is written here.
"""

from __future__ import annotations

import json
import math
from typing import Any

_INT_MIN = -(2**63)
_INT_MAX = 2**64 - 1

_ESCAPES = {i: f"\\u{i:04x}" for i in range(0x20)}
_ESCAPES.update({ord('"'): '\\"', ord("\\"): "\\\\", 0x08: "\\b", 0x0C: "\\f", 0x0A: "\\n", 0x0D: "\\r", 0x09: "\\t"})


class RawNumber(str):
    """A JSON number token kept as the exact text PostgreSQL (or the caller) wrote."""

    __slots__ = ()


def quote(text: str) -> str:
    """A JSON string with the escaping of §7.3."""
    return '"' + text.translate(_ESCAPES) + '"'


def float_text(value: float) -> str:
    """§4.4: the shortest round-tripping text, which is exactly Python's repr."""
    return repr(value)


class NonFiniteFloat(ValueError):
    """A float that cannot be written as JSON."""


def dumps(value: Any) -> str:
    """Compact JSON of a Python value per §7.3 (dict order kept, RawNumber verbatim)."""
    parts: list[str] = []
    _write(value, parts)
    return "".join(parts)


def _write(value: Any, out: list[str]) -> None:
    if isinstance(value, str):
        out.append(value if isinstance(value, RawNumber) else quote(value))
    elif isinstance(value, dict):
        out.append("{")
        first = True
        for key, item in value.items():
            if not first:
                out.append(",")
            first = False
            out.append(quote(key))
            out.append(":")
            _write(item, out)
        out.append("}")
    elif isinstance(value, (list, tuple)):
        out.append("[")
        for index, item in enumerate(value):
            if index:
                out.append(",")
            _write(item, out)
        out.append("]")
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int):
        out.append(str(value))
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise NonFiniteFloat(repr(value))
        out.append(float_text(value))
    else:
        raise TypeError(f"cannot serialise {type(value).__name__}")


def load_document(text: str) -> Any:
    """Parse a row's JSON text keeping every number token verbatim."""
    return json.loads(text, parse_int=RawNumber, parse_float=RawNumber)


class VariablesError(ValueError):
    """The variables text breaks §4.1; the message is the contract's."""


class _Duplicate(Exception):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


class _OutOfRange(Exception):
    pass


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _Duplicate(key)
        result[key] = value
    return result


def _number_int(token: str) -> int | float:
    value = int(token)
    if _INT_MIN <= value <= _INT_MAX:
        return value
    return _number_float(token)


def _number_float(token: str) -> float:
    value = float(token)
    if math.isinf(value):
        raise _OutOfRange(token)
    return value


def _not_json(token: str) -> Any:
    raise json.JSONDecodeError(f"{token} is not JSON", token, 0)


def nesting_depth(text: str) -> int:
    """The deepest `[`/`{` nesting of a JSON text, strings skipped."""
    depth = deepest = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}" and depth:
            depth -= 1
    return deepest


def decode_variables(text: str, max_nesting: int) -> dict[str, Any]:
    """Decode the variables text per §4.1: exact ints in [-2^63, 2^64-1], other numbers float.

    Checks in this order: nesting (a scan of the whole text, like the document guard of §3.1),
    then one parse in which the first of malformed / duplicate key / number out of range wins,
    then that the value is an object.
    """
    if nesting_depth(text) > max_nesting:
        raise VariablesError("Variables are invalid: nesting too deep.")
    try:
        value = json.loads(
            text,
            object_pairs_hook=_pairs,
            parse_int=_number_int,
            parse_float=_number_float,
            parse_constant=_not_json,
        )
    except _Duplicate as dup:
        raise VariablesError(f'Variables are invalid: duplicate key "{dup.key}".') from None
    except _OutOfRange:
        raise VariablesError("Variables are invalid: number out of range.") from None
    except RecursionError:
        raise VariablesError("Variables are invalid: nesting too deep.") from None
    except ValueError:
        raise VariablesError("Variables are invalid: malformed JSON.") from None
    if not isinstance(value, dict):
        raise VariablesError("Variables are invalid: expected a JSON object.")
    return value
