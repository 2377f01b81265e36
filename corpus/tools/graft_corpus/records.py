"""Corpus records (CONTRACT §10.1): the case model, its canonical JSON Lines text, and reading back.

The writer is our own compact JSON encoder so that the bytes are fixed by the values alone: member
order as given, no whitespace, non-ASCII written raw, `Decimal` values and `RawNumber` tokens copied
verbatim (the harness passes variables with number tokens copied verbatim), and every character that
some line splitter treats as a line break (U+000B, U+000C, U+001C-U+001E, U+0085, U+2028, U+2029)
escaped, so that a record is always exactly one line whatever tool reads the file.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional, Union

MEMBERS = ("id", "query", "variables", "operationName", "context", "tags", "origin", "compare")

_ESCAPES = {
    '"': '\\"', "\\": "\\\\", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t",
}
_LINE_BREAKS = {"\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"}


class RawNumber(str):
    """A JSON number token written exactly as given (e.g. `1e400`, `1.50`, `-0`)."""


class DuplicateKeys(list):
    """A JSON object written from (key, value) pairs, duplicates kept (a bad-variables case)."""


def quote(text: str) -> str:
    out = ['"']
    for char in text:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif char < " " or char in _LINE_BREAKS or "\ud800" <= char <= "\udfff":
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(char)
    out.append('"')
    return "".join(out)


def dumps(value: Any) -> str:
    """Compact JSON text of `value` (see the module docstring for the exact rules)."""
    out: list[str] = []
    _write(value, out)
    return "".join(out)


def _write(value: Any, out: list[str]) -> None:
    if value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, RawNumber):
        out.append(str.__str__(value))
    elif isinstance(value, str):
        out.append(quote(value))
    elif isinstance(value, int):
        out.append(str(int(value)))
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError("non-finite float; use RawNumber for an out-of-range token")
        out.append(repr(value))
    elif isinstance(value, Decimal):
        out.append(str(value))
    elif isinstance(value, DuplicateKeys):
        _write_pairs(list(value), out)
    elif isinstance(value, dict):
        _write_pairs(list(value.items()), out)
    elif isinstance(value, (list, tuple)):
        out.append("[")
        for index, item in enumerate(value):
            if index:
                out.append(",")
            _write(item, out)
        out.append("]")
    else:
        raise TypeError(f"cannot encode {type(value).__name__} as JSON")


def _write_pairs(pairs: list[tuple[str, Any]], out: list[str]) -> None:
    out.append("{")
    for index, (key, item) in enumerate(pairs):
        if index:
            out.append(",")
        out.append(quote(key))
        out.append(":")
        _write(item, out)
    out.append("}")


@dataclass
class Case:
    """One corpus case. `variables` is normally a JSON object or None (see corpus/README.md)."""

    id: str
    query: str
    variables: Any = None
    operation_name: Optional[str] = None
    context: dict[str, Any] = field(default_factory=dict)
    tags: list[str] = field(default_factory=list)
    origin: Any = "hand-written"
    compare: Optional[dict[str, Any]] = None

    def to_json(self) -> str:
        record: dict[str, Any] = {
            "id": self.id,
            "query": self.query,
            "variables": self.variables,
            "operationName": self.operation_name,
            "context": self.context,
            "tags": sorted(set(self.tags)),
            "origin": self.origin,
        }
        if self.compare:
            record["compare"] = self.compare
        return dumps(record)

    def identity(self) -> str:
        """What makes two cases the same request (the id, tags and origin excluded)."""
        return dumps([self.query, self.variables, self.operation_name, self.context])


@dataclass
class Record:
    """A case read back from a file: the decoded members plus the raw text of `variables`."""

    line_number: int
    text: str
    data: dict[str, Any]
    variables_text: Optional[str]

    @property
    def id(self) -> str:
        return str(self.data.get("id"))

    @property
    def query(self) -> str:
        return self.data.get("query", "")

    @property
    def operation_name(self) -> Optional[str]:
        return self.data.get("operationName")

    @property
    def context(self) -> Any:
        return self.data.get("context", {})

    @property
    def tags(self) -> list[str]:
        return list(self.data.get("tags") or [])

    def is_error_case(self) -> bool:
        return any(tag.startswith("error:") for tag in self.tags)


def raw_members(text: str) -> list[tuple[str, str]]:
    """The top-level members of the JSON object `text` as (key, raw value text), in order.

    Values are delimited with the standard decoder but returned as written, so number tokens and
    duplicate keys inside a value survive untouched."""
    decoder = json.JSONDecoder()
    members: list[tuple[str, str]] = []
    index = _skip(text, 0)
    if index >= len(text) or text[index] != "{":
        raise ValueError("a record must be a JSON object")
    index = _skip(text, index + 1)
    if index < len(text) and text[index] == "}":
        return members
    while True:
        key, index = decoder.raw_decode(text, index)
        if not isinstance(key, str):
            raise ValueError("object keys must be strings")
        index = _skip(text, index)
        if text[index:index + 1] != ":":
            raise ValueError("expected ':'")
        start = _skip(text, index + 1)
        _, end = decoder.raw_decode(text, start)
        members.append((key, text[start:end]))
        index = _skip(text, end)
        if text[index:index + 1] == ",":
            index = _skip(text, index + 1)
            continue
        if text[index:index + 1] == "}":
            if _skip(text, index + 1) != len(text):
                raise ValueError("text after the record")
            return members
        raise ValueError("expected ',' or '}'")


def _skip(text: str, index: int) -> int:
    while index < len(text) and text[index] in " \t\r\n":
        index += 1
    return index


def parse_record(text: str, line_number: int = 0) -> Record:
    data = json.loads(text)
    if not isinstance(data, dict):
        raise ValueError("a record must be a JSON object")
    variables_text: Optional[str] = None
    for key, raw in raw_members(text):
        if key == "variables" and raw != "null":
            variables_text = raw
    return Record(line_number, text, data, variables_text)


def read_lines(path: Union[str, Path]) -> Iterator[tuple[int, str]]:
    """Non-empty lines of a JSON Lines file, split at U+000A only, decoded as strict UTF-8."""
    raw = Path(path).read_bytes()
    for number, line in enumerate(raw.split(b"\n"), 1):
        if line.strip():
            yield number, line.decode("utf-8")


def read_records(paths: Iterable[Union[str, Path]]) -> list[Record]:
    records: list[Record] = []
    for path in paths:
        for number, line in read_lines(path):
            try:
                records.append(parse_record(line, number))
            except ValueError as error:
                raise ValueError(f"{path}:{number}: {error}") from None
    return records


def write_cases(cases: Iterable[Case], path: Union[str, Path]) -> int:
    count = 0
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        for case in cases:
            handle.write(case.to_json())
            handle.write("\n")
            count += 1
    return count
