"""Configuration of the legacy path (CONTRACT §2.1)."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any, Mapping


@dataclass(frozen=True)
class Config:
    """The configuration keys of CONTRACT §2.1, with their defaults."""

    max_limit: int = 10000
    max_depth: int = 15
    max_document_bytes: int = 65536
    max_nesting: int = 512
    max_root_fields: int = 20
    max_aliases: int = 100
    max_input_depth: int = 32
    default_schema: str = "public"
    plan_cache: bool = False
    plan_cache_entries: int = 5000
    pool_min_size: int = 1
    pool_max_size: int = 4
    pool_timeout: float = 5.0

    @classmethod
    def from_mapping(cls, values: Mapping[str, Any] | None) -> "Config":
        """Build from the contract's camelCase keys (snake_case accepted too); unknown keys fail."""
        known = {f.name for f in fields(cls)}
        kwargs: dict[str, Any] = {}
        for key, value in (values or {}).items():
            name = _snake(key)
            if name not in known:
                raise ValueError(f"unknown configuration key {key!r}")
            kwargs[name] = value
        config = cls(**kwargs)
        if config.plan_cache:
            raise ValueError("the legacy path has no plan cache (planCache must be off)")
        return config


def _snake(name: str) -> str:
    return "".join("_" + c.lower() if c.isupper() else c for c in name)
