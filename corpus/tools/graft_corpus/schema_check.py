"""A validator for the subset of JSON Schema (2020-12) that corpus/case.schema.json uses:
`type`, `required`, `properties`, `additionalProperties` (boolean), `items`, `pattern`,
`minLength`, `minItems`, `uniqueItems`, `anyOf`, `const`. Other keywords (`$schema`, `$id`, `title`,
`description`) are annotations. An unknown keyword is an error, so the schema cannot silently use
more than this checks."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

CASE_SCHEMA = Path(__file__).resolve().parents[2] / "case.schema.json"
_ANNOTATIONS = {"$schema", "$id", "title", "description"}
_KEYWORDS = {"type", "required", "properties", "additionalProperties", "items", "pattern", "minLength",
             "minItems", "uniqueItems", "anyOf", "const"} | _ANNOTATIONS


def load_case_schema() -> dict[str, Any]:
    return json.loads(CASE_SCHEMA.read_text(encoding="utf-8"))


def _is_type(value: Any, name: str) -> bool:
    if name == "object":
        return isinstance(value, dict)
    if name == "array":
        return isinstance(value, list)
    if name == "string":
        return isinstance(value, str)
    if name == "boolean":
        return isinstance(value, bool)
    if name == "null":
        return value is None
    if name == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if name == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    raise ValueError(f"unknown JSON Schema type {name!r}")


def errors(value: Any, schema: dict[str, Any], where: str = "") -> list[str]:
    """Every violation of `schema` by `value`, as `pointer: reason` strings."""
    unknown = set(schema) - _KEYWORDS
    if unknown:
        raise ValueError(f"unsupported JSON Schema keyword(s): {', '.join(sorted(unknown))}")
    found: list[str] = []
    at = where or "/"
    if "type" in schema:
        names = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if not any(_is_type(value, n) for n in names):
            return [f"{at}: expected {' or '.join(names)}"]
    if "const" in schema and value != schema["const"]:
        found.append(f"{at}: expected {schema['const']!r}")
    if "anyOf" in schema and all(errors(value, option, where) for option in schema["anyOf"]):
        found.append(f"{at}: matches none of the allowed forms")
    if isinstance(value, str):
        if "minLength" in schema and len(value) < schema["minLength"]:
            found.append(f"{at}: shorter than {schema['minLength']}")
        if "pattern" in schema and not re.search(schema["pattern"], value):
            found.append(f"{at}: does not match {schema['pattern']}")
    if isinstance(value, list):
        if "minItems" in schema and len(value) < schema["minItems"]:
            found.append(f"{at}: fewer than {schema['minItems']} items")
        if schema.get("uniqueItems"):
            texts = [json.dumps(v, sort_keys=True) for v in value]
            if len(set(texts)) != len(texts):
                found.append(f"{at}: items are not unique")
        if "items" in schema:
            for index, item in enumerate(value):
                found += errors(item, schema["items"], f"{where}/{index}")
    if isinstance(value, dict):
        for name in schema.get("required", []):
            if name not in value:
                found.append(f"{at}: missing member {name!r}")
        properties = schema.get("properties", {})
        for name, item in value.items():
            if name in properties:
                found += errors(item, properties[name], f"{where}/{name}")
            elif schema.get("additionalProperties", True) is False:
                found.append(f"{at}: unexpected member {name!r}")
    return found
