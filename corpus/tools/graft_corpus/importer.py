"""Importing request logs into corpus records.

A log is JSON Lines; each line is one request, either a log record
`{"query": …, "variables": …, "operationName": …, "context": …}` (other members ignored; `context`
optional, also read from `tenant`) or a GraphQL-over-HTTP body `{"query": …}` — the same shape — or
a batch (a JSON array of such bodies). `variables` may also be a JSON string holding the object, as
some clients send it. Requests are de-duplicated by the normalised query structure (graphql-core
parse + print: whitespace, commas and comments do not matter) together with the variables,
operation name and context; a query that does not parse is kept by its exact text.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional

from graphql import GraphQLError, parse, print_ast

from .records import Case, dumps, read_records, write_cases


@dataclass
class ImportStats:
    read: int = 0
    invalid: int = 0
    duplicates: int = 0
    written: int = 0


def normalised_query(query: str) -> str:
    """The query as graphql-core prints its AST, or the text itself when it does not parse."""
    try:
        return print_ast(parse(query, no_location=True))
    except (GraphQLError, IndexError, RecursionError):
        return "\0unparsed\0" + query


def structural_key(query: str, variables: Any, operation_name: Optional[str], context: Any) -> str:
    return dumps([normalised_query(query), variables, operation_name, context])


def _requests(path: str) -> Iterator[tuple[int, Any]]:
    with open(path, "rb") as handle:
        for number, raw in enumerate(handle.read().split(b"\n"), 1):
            if not raw.strip():
                continue
            try:
                item = json.loads(raw.decode("utf-8"))
            except (UnicodeDecodeError, ValueError):
                yield number, None
                continue
            if isinstance(item, list):
                for element in item:
                    yield number, element
            else:
                yield number, item


def _request_fields(item: Any) -> Optional[tuple[str, Any, Optional[str], dict[str, Any]]]:
    if not isinstance(item, dict) or not isinstance(item.get("query"), str):
        return None
    variables = item.get("variables")
    if isinstance(variables, str):
        try:
            variables = json.loads(variables)
        except ValueError:
            return None
    if variables is not None and not isinstance(variables, dict):
        return None
    name = item.get("operationName")
    if name is not None and not isinstance(name, str):
        return None
    context = item.get("context")
    if not isinstance(context, dict):
        context = {"tenant": item["tenant"]} if "tenant" in item else {}
    return item["query"], variables or None, name, context


def import_logs(logs: Iterable[str], out: str, prefix: str = "imported",
                existing: Iterable[str] = ()) -> ImportStats:
    """Read the logs, drop unreadable and duplicate requests (also those already in `existing`
    corpus files), and write the rest as records with ids `<prefix>.<log stem>.<n>`."""
    stats = ImportStats()
    seen: set[str] = set()
    for record in read_records(list(existing)):
        seen.add(structural_key(record.query, record.data.get("variables"), record.operation_name,
                                record.data.get("context", {})))
    cases: list[Case] = []
    for log in logs:
        stem = "".join(ch if ch.isalnum() or ch in "_-" else "_" for ch in Path(log).stem) or "log"
        for number, item in _requests(log):
            stats.read += 1
            fields = _request_fields(item)
            if fields is None:
                stats.invalid += 1
                continue
            query, variables, name, context = fields
            key = structural_key(query, variables, name, context)
            if key in seen:
                stats.duplicates += 1
                continue
            seen.add(key)
            tags = ["source:imported"] + (["error:syntax"] if normalised_query(query).startswith("\0") else [])
            cases.append(Case(f"{prefix}.{stem}.{len(cases) + 1:04d}", query, variables, name, context, tags,
                              {"imported": Path(log).name, "line": number}))
    stats.written = write_cases(cases, out)
    return stats
