"""Error values of the responses (CONTRACT §8)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable

from graphql import GraphQLError

PARSE_FAILED = "GRAPHQL_PARSE_FAILED"
VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED"
BAD_USER_INPUT = "BAD_USER_INPUT"
FORBIDDEN = "FORBIDDEN"
DATABASE_ERROR = "DATABASE_ERROR"
QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX"
INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR"

Location = tuple[int, int]


@dataclass(frozen=True)
class ApiError:
    """One entry of a response's `errors` array."""

    message: str
    code: str
    locations: tuple[Location, ...] = ()
    path: tuple[str, ...] | None = None
    sqlstate: str | None = None

    @classmethod
    def from_graphql(cls, error: GraphQLError, code: str) -> "ApiError":
        """Keep graphql-core's message and locations untouched."""
        locations = tuple((loc.line, loc.column) for loc in error.locations or ())
        return cls(error.message, code, locations)

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of §8.1, keys in contract order."""
        out: dict[str, Any] = {"message": self.message}
        if self.locations:
            out["locations"] = [{"line": line, "column": column} for line, column in self.locations]
        if self.path is not None:
            out["path"] = list(self.path)
        extensions: dict[str, Any] = {"code": self.code}
        if self.sqlstate is not None:
            extensions["sqlstate"] = self.sqlstate
        out["extensions"] = extensions
        return out


@dataclass
class RequestFailed(Exception):
    """A request-level failure (§2.2 steps 1-6): the response is only these errors."""

    errors: list[ApiError] = field(default_factory=list)

    @classmethod
    def one(cls, message: str, code: str, locations: Iterable[Location] = ()) -> "RequestFailed":
        return cls([ApiError(message, code, tuple(locations))])


class FieldFailed(Exception):
    """A field-level failure raised while planning one root field (§2.2 step 7)."""

    def __init__(self, message: str, code: str = BAD_USER_INPUT) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
