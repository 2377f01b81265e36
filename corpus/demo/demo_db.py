#!/usr/bin/python3
"""The Graft demo database: a deterministic seeded generator and its loader.

The generator produces the rows of every demo table (corpus/demo/schema.sql) for the views of
corpus/schema/demo.graphql. Documents use the keys of CONTRACT §1.4 and carry the awkward values
real data has: NULLs and missing keys, empty strings and arrays, unicode, quotes, backslashes,
LIKE wildcards, numbers beyond Int32, long decimals, IPv4/IPv6 of every kind, MAC addresses in
both notations, ltree paths, date ranges (empty and unbounded), timestamps in several UTC offsets,
ties, and a few values of the wrong JSON type.

The same (seed, scale) always yields byte-identical rows: every table draws from its own
random.Random seeded with a string, and nothing depends on hash(), set order or the clock.

Usage:
    demo_db.py load (--dsn DSN | --dsn-file FILE) [--seed 1] [--scale 1.0]
    demo_db.py checksum [--seed 1] [--scale 1.0]

Importable: iter_tables(seed, scale) yields (TableSpec, rows) per table, in load order.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import re
import sys
import time
import unicodedata
import uuid
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

SCHEMA_SQL = Path(__file__).resolve().with_name("schema.sql")

Document = dict[str, Any]
Row = dict[str, Any]
"""A row: column name -> value. Column values are str or None (COPY text input); the document
column holds a JSON-like Python value (dict, list, str, int, float, Decimal, bool, None)."""


class _Missing:
    """Marks a document key that is left out (as opposed to present with a JSON null)."""

    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()


@dataclass(frozen=True)
class TableSpec:
    """One demo table: where it lives, the view over it, its COPY columns and default size."""

    table: str
    view: str
    columns: tuple[str, ...]
    base_count: int
    scaled: bool = True

    @property
    def document_column(self) -> str:
        """The JSONB document column (always the last column)."""
        return self.columns[-1]

    def row_count(self, scale: float) -> int:
        """Rows generated at this scale (tenants are a fixed set)."""
        if not self.scaled:
            return self.base_count
        return max(1, round(self.base_count * scale))


TABLES: tuple[TableSpec, ...] = (
    TableSpec("public.tb_tenant", "public.v_tenant", ("id", "slug", "data"), 6, scaled=False),
    TableSpec("app.tb_user", "app.v_user", ("id", "tenant_id", "email", "created_at", "data"), 15000),
    TableSpec("app.tb_organisation", "app.v_organisation", ("id", "tenant_id", "path", "data"), 2000),
    TableSpec("app.tb_project", "app.v_project", ("id", "tenant_id", "data"), 5000),
    TableSpec("content.tb_post", "content.v_post", ("id", "tenant_id", "doc"), 10000),
    TableSpec("net.tb_device", "net.v_device", ("id", "tenant_id", "hostname", "data"), 8000),
    TableSpec("sales.tb_order", "sales.v_order",
              ("id", "tenant_id", "order_number", "placed_at", "data"), 9000),
    TableSpec("public.tb_audit_event", "public.v_audit_event", ("id", "payload"), 1000),
)

# Real columns other than id/tenant_id -> the document key whose value they hold (the @column
# fields of the SDL: Tenant.slug, User.email, User.createdAt, Organisation.path, Device.hostname,
# Order.number, Order.placedAt).
MIRRORED_COLUMNS = {"slug": "slug", "email": "email", "created_at": "created_at", "path": "path",
                    "hostname": "hostname", "order_number": "number", "placed_at": "placed_at"}


@dataclass(frozen=True)
class Tenant:
    """A fixed demo tenant; `weight` is its share of every tenant-scoped table."""

    id: str
    slug: str
    name: str
    label: str  # ltree label
    domain: str
    plan: str
    weight: float


def tenant_uuid(n: int) -> str:
    """The fixed UUID of demo tenant n (1-based): 7e57a000-0000-4000-8000-00000000000N."""
    return f"7e57a000-0000-4000-8000-{n:012d}"


TENANTS: tuple[Tenant, ...] = (
    Tenant(tenant_uuid(1), "acme", "Acme Corporation", "acme", "acme.example", "enterprise", 0.34),
    Tenant(tenant_uuid(2), "globex", "Globex Ltd.", "globex", "globex.example", "pro", 0.24),
    Tenant(tenant_uuid(3), "initech_labs", "Initech Labs 100% Ltd_", "initech_labs",
           "initech.example", "pro", 0.16),
    Tenant(tenant_uuid(4), "societe-generale-dexemple", "Société Générale d'Exemple", "sge",
           "exemple.fr", "free", 0.12),
    Tenant(tenant_uuid(5), "tokyo-tech", "東京テック株式会社", "tokyo_tech", "tokyo-tech.example",
           "enterprise", 0.10),
    Tenant(tenant_uuid(6), "tiny", "Tiny \"Quoted\" Shop \\ Backslash", "tiny", "tiny.example",
           "free", 0.04),
)

# ---------------------------------------------------------------------------------------------
# Value pools. Awkward entries are mixed in on purpose (see the module docstring).

FIRST_NAMES = (
    "Alice", "Bob", "Chloé", "Dmitri", "Émile", "Fatima", "Günther", "Hiro", "Inès", "José",
    "Kwame", "Léa", "Mateo", "Nadia", "Oluwaseun", "Priya", "Quentin", "Rania", "Søren", "Tomás",
    "Uma", "Zoë", "Ana", "Ben", "Carla", "David", "Emma", "Farid", "Grace", "Hugo", "健太", "美咲",
    "王芳", "Łukasz", "Þóra", "Αλέξανδρος", "Мария", "محمد", "D'Arcy", "Mary-Jane",
)
LAST_NAMES = (
    "Smith", "O'Brien", "Müller", "García", "Nguyễn", "Kowalski", "D'Angelo", "van der Berg",
    "Дмитриев", "佐藤", "김", "Ó Súilleabháin", "Martin", "Bernard", "Dubois", "Rossi", "Jensen",
    "Silva", "Johnson", "Brown", "Lee", "Wang", "Schmidt", "López", "Novak", "Öztürk", "Ngata",
)
NICKNAMES = (
    "ace", "the_fox", "100%", "Mr. \"Quotes\"", "back\\slash", "🦊", "zoë", "ninja_42", "o'neil",
    "50%_off", "ダーク", "tab\there", "  padded  ", "UPPER", "lower", "naïve", "x", "😀😀",
)
TAGS = (
    "admin", "ops", "beta", "vip", "early_adopter", "50%_off", "c++", "rust", "naïve", "日本",
    "🔥", "support", "billing", "sales", "dev", "qa", "it's", "a\\b", "new", "legacy",
)
CITIES = (
    ("Paris", "FR", "75001", 48.856614, 2.352222),
    ("Lyon", "FR", "69001", 45.764043, 4.835659),
    ("Saint-Étienne", "FR", "42000", 45.439695, 4.387178),
    ("L'Haÿ-les-Roses", "FR", "94240", 48.780, 2.337),
    ("São Paulo", "BR", "01000-000", -23.55052, -46.633309),
    ("Zürich", "CH", "8001", 47.376887, 8.541694),
    ("東京", "JP", "100-0001", 35.689487, 139.691706),
    ("Москва", "RU", "101000", 55.755826, 37.6173),
    ("Kraków", "PL", "31-000", 50.064650, 19.944980),
    ("Reykjavík", "IS", "101", 64.146582, -21.942635),
    ("New York", "US", "10001", 40.712776, -74.005974),
    ("Austin", "US", "73301", 30.267153, -97.743061),
    ("Berlin", "DE", "10115", 52.520008, 13.404954),
    ("Wellington", "NZ", "6011", -41.286460, 174.776236),
    ("Amsterdam", "NL", "1011 AB", 52.367573, 4.904139),
    ("Dead Sea", "JO", "", 31.559, 35.473),
)
STREETS = (
    "Rue de Rivoli", "Main Street", "Bahnhofstrasse", "Avenida Paulista", "5th Avenue",
    "Baker St.", "Calle \"Mayor\"", "Chemin du Moulin\\Bas", "Ulica Floriańska", "銀座通り",
    "100% Organic Way", "Under_Score Lane",
)
ADJECTIVES = ("Quick", "Lazy", "Brave", "Silent", "Golden", "Hidden", "Modern", "Open", "Tiny", "Big")
NOUNS = ("Fox", "Platform", "Migration", "Roadmap", "Release", "Pipeline", "Garden", "Engine",
         "Report", "Launch")
TITLE_EXTRAS = (
    "", "", "", "", " (draft)", " — part 2", ": 50% faster", " with under_scores", " “smart quotes”",
    " 'single' & \"double\"", " 🚀", " 日本語", " C:\\temp\\path", " naïve café",
)
PROJECT_STATUSES = ("active", "active", "active", "on_hold", "done", "done", "cancelled", "draft")
ORDER_STATUSES = ("pending", "paid", "paid", "shipped", "shipped", "delivered", "delivered",
                  "delivered", "refunded", "cancelled")
CURRENCIES = (("EUR", 2), ("EUR", 2), ("USD", 2), ("USD", 2), ("GBP", 2), ("JPY", 0), ("CHF", 2))
COUPONS = ("SAVE_10", "50%OFF", "WELCOME", "BLACK-FRIDAY", "free_ship", "VIP\\2024", "ÉTÉ")
SERVICES = (("ssh", 22), ("http", 80), ("https", 443), ("postgres", 5432), ("dns", 53),
            ("snmp", 161), ("rdp", 3389), ("http-alt", 8080), ("mqtt", 1883))
DEVICE_ROLES = ("gw", "web", "db", "sw", "ap", "cam", "nas", "fw", "lb", "iot")
PRODUCTS = (
    ("Espresso Machine", "home.kitchen.coffee"), ("Chef's Knife", "home.kitchen.knives"),
    ("Trail Shoes", "sport.running.shoes"), ("Yoga Mat", "sport.yoga"),
    ("USB-C Cable 2m", "electronics.cables.usb_c"), ("4K Monitor 27\"", "electronics.displays"),
    ("Noise-Cancelling Headphones", "electronics.audio.headphones"), ("Notebook A5", "office"),
    ("抹茶 Matcha 100g", "grocery.tea.matcha"), ("Crème brûlée kit", "grocery.desserts"),
    ("Gift Card", "gift_cards"), ("Back\\slash Poster", "home.decor.posters.art_prints"),
)
AUDIT_ACTIONS = ("user.login", "user.login", "user.login", "user.logout", "user.password_reset",
                 "order.refund", "device.offline", "project.archive", "post.publish",
                 "tenant.settings.update")
REGIONS = (
    ("eu", "fr", ("paris", "lyon", "lille")), ("eu", "de", ("berlin", "munich")),
    ("eu", "pl", ("krakow",)), ("na", "us", ("new_york", "austin", "sf")), ("na", "ca", ("toronto",)),
    ("apac", "jp", ("tokyo", "osaka")), ("apac", "nz", ("wellington",)), ("latam", "br", ("sao_paulo",)),
)
TEAMS = ("sales", "r_and_d", "ops", "support", "Team_42", "hq", "dc1", "lab")
UTC_OFFSETS = ("Z", "Z", "Z", "+00:00", "+02:00", "+01:00", "-05:00", "-08:00", "+05:30", "+09:00",
               "-03:30", "+14:00")

PRIVATE_V4_PREFIXES = ("10.", "172.16.", "172.31.", "192.168.")
PUBLIC_V4 = ("8.8.8.8", "1.1.1.1", "9.9.9.9", "93.184.216.34", "151.101.1.69", "185.199.108.153")
SPECIAL_V4 = ("127.0.0.1", "127.0.1.1", "169.254.10.20", "169.254.0.1", "0.0.0.0",
              "255.255.255.255", "100.64.0.1")
SPECIAL_V6 = (
    "::1", "fe80::1ff:fe23:4567:890a", "fe80::1", "fd12:3456:789a:1::1", "fd00::5",
    "2001:db8::8a2e:370:7334", "2a00:1450:4007:80e::200e", "2606:4700:4700::1111",
    "::ffff:192.0.2.128", "::ffff:10.0.0.1", "2001:DB8::ABCD", "2001:0db8:0000:0000:0000:ff00:0042:8329",
    "::", "64:ff9b::203.0.113.5",
)


# ---------------------------------------------------------------------------------------------
# Serialisation: documents to JSON text, rows to COPY text lines.

# Decimal values must keep their exact digits (1.50 stays 1.50), which json.dumps cannot write.
# The C encoder calls `default` for them; it returns the digits between U+0000 marks, and the
# quoted, marked strings are then replaced by the bare digits. No document string contains
# U+0000 (jsonb rejects it), so a marked string can only come from a Decimal.
_MARKED_DECIMAL = re.compile(r'"\\u0000(-?[0-9]+(?:\.[0-9]+)?)\\u0000"')


def _json_default(value: Any) -> str:
    if isinstance(value, Decimal):
        return "\x00" + format(value, "f") + "\x00"
    raise TypeError(f"cannot serialise {type(value).__name__} to JSON")


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False,
                            check_circular=False, default=_json_default)


def to_json(value: Any) -> str:
    """Compact JSON text; Decimal values are written with exactly their digits (1.50 stays 1.50)."""
    text = _ENCODER.encode(value)
    if "\\u0000" in text:
        text = _MARKED_DECIMAL.sub(r"\1", text)
    return text


def _copy_escape(text: str) -> str:
    """Escape text for COPY's text format (backslash, newline, carriage return, tab)."""
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")


def copy_line(spec: TableSpec, row: Row) -> str:
    """The row as one line of COPY text format (tab-separated, \\N for NULL, trailing newline)."""
    fields = []
    for column in spec.columns:
        value = row[column]
        if value is None:
            fields.append("\\N")
        elif column == spec.document_column:
            fields.append(_copy_escape(to_json(value)))
        else:
            fields.append(_copy_escape(str(value)))
    return "\t".join(fields) + "\n"


# ---------------------------------------------------------------------------------------------
# Small random helpers (each takes the table's own Random).

def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _doc(**members: Any) -> Document:
    """A document from keyword members, leaving out the MISSING ones (order is kept)."""
    return {k: v for k, v in members.items() if v is not MISSING}


def _maybe(rng: random.Random, value: Any, p_null: float, p_missing: float) -> Any:
    """`value`, or null with probability p_null, or MISSING with probability p_missing."""
    r = rng.random()
    if r < p_null:
        return None
    if r < p_null + p_missing:
        return MISSING
    return value


def _pick_tenant(rng: random.Random) -> Tenant:
    return rng.choices(TENANTS, weights=[t.weight for t in TENANTS])[0]


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return "".join(c for c in folded.lower() if c.isalnum())


def _date(rng: random.Random, first_year: int, last_year: int) -> dt.date:
    start = dt.date(first_year, 1, 1).toordinal()
    end = dt.date(last_year, 12, 31).toordinal()
    return dt.date.fromordinal(rng.randint(start, end))


def _timestamp(rng: random.Random, first_year: int, last_year: int) -> str:
    """An RFC 3339 timestamp written in one of several UTC offsets, with or without fractions."""
    start = int(dt.datetime(first_year, 1, 1, tzinfo=dt.timezone.utc).timestamp())
    end = int(dt.datetime(last_year, 12, 31, 23, 59, 59, tzinfo=dt.timezone.utc).timestamp())
    seconds = rng.randint(start, end)
    offset = rng.choice(UTC_OFFSETS)
    if offset == "Z":
        tz = dt.timezone.utc
    else:
        sign = -1 if offset[0] == "-" else 1
        tz = dt.timezone(sign * dt.timedelta(hours=int(offset[1:3]), minutes=int(offset[4:6])))
    moment = dt.datetime.fromtimestamp(seconds, tz)
    fraction = rng.random()
    if fraction < 0.15:
        moment = moment.replace(microsecond=rng.randint(0, 999999))
        text = moment.isoformat(timespec="microseconds")
    elif fraction < 0.25:
        moment = moment.replace(microsecond=rng.randint(0, 99) * 10000)
        text = moment.isoformat(timespec="milliseconds")  # e.g. .120: a trailing zero
    else:
        text = moment.isoformat(timespec="seconds")
    return text[:-6] + "Z" if offset == "Z" else text


def _date_range(rng: random.Random, first_year: int, last_year: int) -> str:
    """daterange text: mostly bounded half-open, sometimes inclusive, empty or unbounded."""
    lower = _date(rng, first_year, last_year)
    upper = lower + dt.timedelta(days=rng.randint(1, 120))
    r = rng.random()
    if r < 0.04:
        return "empty"
    if r < 0.07:
        return f"[{lower.isoformat()},)"
    if r < 0.10:
        return f"(,{upper.isoformat()})"
    if r < 0.11:
        return "(,)"
    if r < 0.12:
        return f"[{lower.isoformat()},{lower.isoformat()})"  # empty once cast
    if r < 0.25:
        return f"[{lower.isoformat()},{upper.isoformat()}]"
    if r < 0.30:
        return f"({lower.isoformat()},{upper.isoformat()}]"
    return f"[{lower.isoformat()},{upper.isoformat()})"


def _ipv4(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.45:
        prefix = rng.choice(PRIVATE_V4_PREFIXES)
        groups = 4 - prefix.count(".")
        return prefix + ".".join(str(rng.randint(0, 255)) for _ in range(groups))
    if r < 0.85:
        if rng.random() < 0.3:
            return rng.choice(PUBLIC_V4)
        block = rng.choice(("203.0.113.", "198.51.100.", "192.0.2.", "81.2.69.", "151.101.65."))
        return block + str(rng.randint(1, 254))
    return rng.choice(SPECIAL_V4)


def _ipv6(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.5:
        return rng.choice(SPECIAL_V6)
    if r < 0.75:
        return "2001:db8:%x:%x::%x" % (rng.randint(0, 0xffff), rng.randint(0, 0xffff),
                                       rng.randint(1, 0xffff))
    if r < 0.9:
        return "fd%02x:%x::%x" % (rng.randint(0, 255), rng.randint(0, 0xffff), rng.randint(1, 0xffff))
    return "fe80::%x:%x" % (rng.randint(0, 0xffff), rng.randint(1, 0xffff))


def _ip(rng: random.Random) -> str:
    return _ipv6(rng) if rng.random() < 0.3 else _ipv4(rng)


def _mac(rng: random.Random) -> str:
    octets = ["%02x" % rng.randint(0, 255) for _ in range(6)]
    r = rng.random()
    if r < 0.06:
        return "-".join(octets)
    if r < 0.12:
        return ":".join(octets).upper()
    return ":".join(octets)


def _money(rng: random.Random, low: int, high: int, places: int = 2) -> Decimal:
    units = rng.randint(low, high)
    if places == 0:
        return Decimal(units)
    return Decimal(f"{units}.{rng.randint(0, 10 ** places - 1):0{places}d}")


def _address(rng: random.Random) -> Document:
    city, country, postal, lat, lng = rng.choice(CITIES)
    geo: Any = _doc(
        lat=round(lat + rng.uniform(-0.05, 0.05), 6),
        lng=round(lng + rng.uniform(-0.05, 0.05), 6),
        altitude=_maybe(rng, _money(rng, -430, 2500, rng.choice((0, 1, 3))), 0.1, 0.2),
    )
    if rng.random() < 0.05:
        geo = None
    return _doc(
        street=f"{rng.randint(1, 250)} {rng.choice(STREETS)}",
        city=city,
        postal_code=_maybe(rng, postal, 0.03, 0.03),
        country_code=country,
        geo=_maybe(rng, geo, 0.0, 0.1),
    )


def _spread(count: int, specials: Sequence[Callable[[Document], None]]) -> dict[int, Callable]:
    """Row index -> special case, spread evenly over the table (at most one per row)."""
    if not specials:
        return {}
    step = count / len(specials)
    return {min(count - 1, int(step * k + step / 2)): special for k, special in enumerate(specials)}


def _set(**members: Any) -> Callable[[Document], None]:
    """A special case that overwrites (or, with MISSING, removes) document members."""
    def apply(doc: Document) -> None:
        for key, value in members.items():
            if value is MISSING:
                doc.pop(key, None)
            else:
                doc[key] = value
    return apply


def _set_in(key: str, **members: Any) -> Callable[[Document], None]:
    """A special case that overwrites members of the embedded object at `key`, when it is one."""
    def apply(doc: Document) -> None:
        if isinstance(doc.get(key), dict):
            _set(**members)(doc[key])
    return apply


# ---------------------------------------------------------------------------------------------
# The generator.

@dataclass(frozen=True)
class _Person:
    id: str
    name: str
    email: str | None


class _DemoGenerator:
    """Generates the tables in load order; later tables refer to rows of earlier ones."""

    def __init__(self, seed: int, scale: float) -> None:
        if scale <= 0:
            raise ValueError("scale must be positive")
        self.seed = seed
        self.scale = scale
        self.users: dict[str, list[_Person]] = {t.id: [] for t in TENANTS}
        self.organisations: dict[str, list[str]] = {t.id: [] for t in TENANTS}
        self.all_ids: list[str] = []

    def rng(self, view: str) -> random.Random:
        return random.Random(f"graft-demo:{self.seed}:{view}")

    def tables(self) -> Iterator[tuple[TableSpec, list[Row]]]:
        builders: dict[str, Callable[[random.Random, int, Tenant], Row]] = {
            "app.tb_user": self.user,
            "app.tb_organisation": self.organisation,
            "app.tb_project": self.project,
            "content.tb_post": self.post,
            "net.tb_device": self.device,
            "sales.tb_order": self.order,
        }
        specials: dict[str, list[Callable[[Document], None]]] = {
            "app.tb_user": self.user_specials(),
            "app.tb_organisation": self.organisation_specials(),
            "app.tb_project": self.project_specials(),
            "content.tb_post": self.post_specials(),
            "net.tb_device": self.device_specials(),
            "sales.tb_order": self.order_specials(),
            "public.tb_audit_event": self.audit_specials(),
        }
        for spec in TABLES:
            rng = self.rng(spec.view)
            count = spec.row_count(self.scale)
            if spec.table == "public.tb_tenant":
                rows = [self.tenant(rng, t) for t in TENANTS]
                for row in rows:
                    self.mirror_columns(spec, row)
            elif spec.table == "public.tb_audit_event":
                at = _spread(count, specials[spec.table])
                rows = [self.audit_event(rng, i, at.get(i)) for i in range(count)]
            else:
                at = _spread(count, specials[spec.table])
                rows = []
                for i in range(count):
                    # The first rows go round all tenants, so each one has rows even at tiny scales.
                    tenant = TENANTS[i] if i < len(TENANTS) else _pick_tenant(rng)
                    row = builders[spec.table](rng, i, tenant)
                    special = at.get(i)
                    if special is not None:
                        special(row[spec.document_column])
                    self.mirror_columns(spec, row)
                    rows.append(row)
            yield spec, rows

    @staticmethod
    def mirror_columns(spec: TableSpec, row: Row) -> None:
        """Set every real column from the document member it mirrors (after special cases)."""
        doc = row[spec.document_column]
        for column in spec.columns:
            key = MIRRORED_COLUMNS.get(column)
            if key is not None:
                value = doc.get(key)
                row[column] = None if value is None else str(value)

    # -- tenants ------------------------------------------------------------------------------

    def tenant(self, rng: random.Random, t: Tenant) -> Row:
        n = TENANTS.index(t) + 1
        settings: Any = {
            1: {"sso": {"provider": "okta", "enforced": True}, "locale": "en-US", "max_upload_mb": 512,
                "features": ["audit", "sso", "api"]},
            2: {"locale": "en-GB", "theme": None, "retention_days": 3650},
            3: {},
            4: {"locale": "fr-FR", "billing": {"vat": "FR12345678901", "rate": Decimal("0.200")},
                "motd": "Bienvenue à l'équipe \"Exemple\" !"},
            5: {"locale": "ja-JP", "timezone": "Asia/Tokyo", "holidays": ["2024-01-01", "2024-05-03"]},
            6: None,
        }[n]
        regions: Any = {1: ["eu-west-1", "us-east-1", "ap-northeast-1"], 2: ["eu-west-2"], 3: [],
                        4: ["eu-west-3"], 5: ["ap-northeast-1"], 6: MISSING}[n]
        seats: Any = {1: 5000, 2: 250, 3: 25, 4: 3, 5: 2147483648, 6: 0}[n]
        doc = _doc(
            id=t.id, slug=t.slug, name=t.name, plan=t.plan if n != 6 else None, seats=seats,
            created_at=_timestamp(rng, 2015, 2020) if n != 3 else MISSING,
            settings=settings, regions=regions,
        )
        return {"id": t.id, "slug": None, "data": doc}

    # -- users --------------------------------------------------------------------------------

    def user(self, rng: random.Random, i: int, t: Tenant) -> Row:
        uid = _uuid(rng)
        first = rng.choice(FIRST_NAMES)
        last = rng.choice(LAST_NAMES)
        local = f"{_ascii(first) or 'user'}.{_ascii(last) or 'x'}{i}"
        r = rng.random()
        email: Any = f"{local}@{t.domain}"
        if r < 0.05:
            email = f"{local}+news@{t.domain}"
        elif r < 0.08:
            email = f"{local.capitalize()}@{t.domain.upper()}"
        elif r < 0.10:
            email = f"{local}_{i % 7}%x@{t.domain}"
        email = _maybe(rng, email, 0.02, 0.02)
        r = rng.random()
        tags: Any = sorted(rng.sample(TAGS, rng.randint(1, 4))) if r > 0.2 else []
        if r < 0.05:
            tags = None
        elif r < 0.1:
            tags = MISSING
        preferences = self.preferences(rng)
        doc = _doc(
            id=uid,
            tenant_id=t.id,
            email=email,
            first_name=_maybe(rng, first, 0.01, 0.01),
            last_name=_maybe(rng, last, 0.01, 0.02),
            nickname=_maybe(rng, rng.choice(NICKNAMES) if rng.random() > 0.15 else "", 0.15, 0.3),
            age=_maybe(rng, rng.randint(18, 70), 0.05, 0.05),
            score=_maybe(rng, _money(rng, 0, 100), 0.05, 0.02),
            rating=_maybe(rng, round(rng.uniform(0, 5), 1), 0.05, 0.05),
            is_active=_maybe(rng, rng.random() < 0.8, 0.03, 0.02),
            created_at=_maybe(rng, _timestamp(rng, 2018, 2025), 0.01, 0.01),
            birth_date=_maybe(rng, _date(rng, 1940, 2006).isoformat(), 0.05, 0.1),
            last_login_ip=_maybe(rng, _ip(rng), 0.05, 0.05),
            device_mac=_maybe(rng, _mac(rng), 0.1, 0.1),
            tags=tags,
            lucky_numbers=_maybe(rng, [rng.randint(-100, 1000) for _ in range(rng.randint(0, 4))],
                                 0.05, 0.1),
            preferences=preferences,
            home_address=_maybe(rng, _address(rng), 0.05, 0.05),
            work_address=_maybe(rng, _address(rng), 0.2, 0.5),
            external_id=_maybe(rng, f"EXT-{i:06d}", 0.05, 0.2),
        )
        name = " ".join(str(doc[k]) for k in ("first_name", "last_name") if doc.get(k))
        self.users[t.id].append(_Person(uid, name or "Anonymous", doc.get("email")))
        self.all_ids.append(uid)
        return {"id": uid, "tenant_id": t.id, "data": doc}

    @staticmethod
    def preferences(rng: random.Random) -> Any:
        r = rng.random()
        if r < 0.1:
            return MISSING
        if r < 0.15:
            return None
        if r < 0.2:
            return {}
        if r < 0.22:
            return ["dark", "compact"]  # JSON: any value, arrays included
        if r < 0.23:
            return "legacy-string-pref"
        return _doc(
            theme=rng.choice(("dark", "light", "system")),
            notifications={"email": rng.random() < 0.7, "sms": rng.random() < 0.2},
            langs=rng.sample(("fr", "en", "de", "ja", "pt-BR"), rng.randint(0, 3)),
            page_size=rng.choice((10, 25, 50, 100)),
            beta=_maybe(rng, True, 0.3, 0.5),
        )

    @staticmethod
    def user_specials() -> list[Callable[[Document], None]]:
        return [
            _set(age="42"),                              # wrong JSON type: a numeric string
            _set(tags={"role": "admin"}),                # wrong JSON type: an object for a list
            _set(age=2147483648, lucky_numbers=[2147483647, 2147483648, -2147483649]),
            _set(lucky_numbers=[9007199254740993, -9007199254740993, 0]),
            _set(age=-1, score=Decimal("-0.001")),
            _set(age=0, score=Decimal("0")),
            _set(score=Decimal("12345.678901234567890")),
            _set(score=Decimal("1.50"), rating=4.0),
            _set(score=Decimal("99999999999999999999.99"), rating=1e-07),
            _set(rating=-2.5, is_active="true"),         # wrong JSON type: a boolean as a string
            _set(nickname="", first_name="", last_name=""),
            _set(nickname="O'Brien \"the \\ slash\""),
            _set(nickname="100% legit_user"),
            _set(first_name="Zoë 🎉", last_name="山田"),
            _set(birth_date="2000-02-29"),
            _set(birth_date="1900-01-01", age=124),
            _set(home_address="1 Main St, Springfield"),  # wrong JSON type: a string for an object
            _set_in("home_address", postal_code=75001),  # wrong JSON type: a number for a String
            _set(external_id=123456789012),              # ID written as a JSON number
            _set(external_id=""),
            _set(email="shared@example.com"),            # the same address in several tenants
            _set(email="shared@example.com"),
            _set(email="Shared@Example.com"),
            _set(email=""),
            _set(last_login_ip="::ffff:192.168.1.10", device_mac="08-00-2B-01-02-03"),
            _set(last_login_ip="127.0.0.1"),
            _set(last_login_ip="::1"),
            _set(last_login_ip="fe80::1"),
            _set(last_login_ip="169.254.1.1"),
            _set(preferences={"nested": {"deep": {"deeper": [1, {"x": None}]}}, "pct": "50%_off"}),
            _set(created_at="2024-01-02T03:04:05+02:00"),
            _set(created_at="2024-01-02T01:04:05Z"),     # the same instant as the row above
            _set(created_at="2024-01-01T20:04:05-05:00"),  # and again
        ]

    # -- organisations ------------------------------------------------------------------------

    def organisation(self, rng: random.Random, i: int, t: Tenant) -> Row:
        oid = _uuid(rng)
        region, country, cities = rng.choice(REGIONS)
        labels = [t.label, region, country, rng.choice(cities), rng.choice(TEAMS)]
        depth = rng.choices((1, 2, 3, 4, 5), weights=(1, 3, 6, 10, 8))[0]
        path = ".".join(labels[:depth])
        name = f"{t.name.split()[0]} {rng.choice(ADJECTIVES)} {labels[depth - 1].replace('_', ' ').title()}"
        doc = _doc(
            id=oid,
            name=_maybe(rng, name, 0.01, 0.01),
            path=_maybe(rng, path, 0.02, 0.02),
            founded_on=_maybe(rng, _date(rng, 1850, 2024).isoformat(), 0.05, 0.1),
            employee_count=_maybe(rng, rng.choice((1, 5, 10, 50, 100, rng.randint(1, 5000))), 0.05, 0.05),
            revenue=_maybe(rng, _money(rng, -2000000, -1) if rng.random() < 0.08
                           else _money(rng, 0, 90000000), 0.1, 0.1),
            website=_maybe(rng, f"https://{_ascii(name)[:12] or 'org'}.example/", 0.1, 0.2),
            is_verified=_maybe(rng, rng.random() < 0.6, 0.1, 0.05),
            address=_maybe(rng, _address(rng), 0.05, 0.05),
            labels=_maybe(rng, rng.sample(TAGS, rng.randint(0, 3)), 0.05, 0.1),
        )
        self.organisations[t.id].append(oid)
        self.all_ids.append(oid)
        return {"id": oid, "tenant_id": t.id, "data": doc}

    @staticmethod
    def organisation_specials() -> list[Callable[[Document], None]]:
        return [
            _set(employee_count=3000000000, revenue=Decimal("12345678901234567890.123456789")),
            _set(employee_count=0, revenue=Decimal("-1250000.00")),
            _set(revenue=Decimal("12345.678901234567890")),
            _set(revenue=Decimal("1.50")),
            _set(name="O'Reilly & \"Sons\" \\ Co.", website="https://example.com/a_b?q=50%25&x=y"),
            _set(name="100% Natural_Foods", labels=[]),
            _set(name="株式会社サンプル 🏢", path="tokyo_tech.apac.jp.tokyo.Team_42"),
            _set(path="acme"),
            _set(path="acme.eu.fr.paris.r_and_d.platform.backend"),
            _set(name="", labels=["", "ok"]),
            _set(employee_count="250"),                  # wrong JSON type
            _set(labels="sales,ops"),                    # wrong JSON type: a string for a list
            _set(founded_on="0001-01-01"),
            _set(address=None, is_verified=None),
        ]

    # -- projects -----------------------------------------------------------------------------

    def project(self, rng: random.Random, i: int, t: Tenant) -> Row:
        pid = _uuid(rng)
        period = _date_range(rng, 2019, 2026)
        starts: Any = MISSING
        if period not in ("empty", "(,)") and not period.startswith("(,"):
            starts = period[1:11]
        milestones: Any = sorted(_date(rng, 2019, 2027).isoformat() for _ in range(rng.randint(0, 4)))
        orgs = self.organisations[t.id]
        owner: Any = MISSING
        people = self.users[t.id]
        if people and rng.random() < 0.9:
            person = rng.choice(people)
            owner = _doc(id=person.id, name=person.name, email=_maybe(rng, person.email, 0.0, 0.1))
        elif rng.random() < 0.5:
            owner = None
        doc = _doc(
            id=pid,
            organisation_id=_maybe(rng, rng.choice(orgs) if orgs else None, 0.05, 0.05),
            code=_maybe(rng, f"PRJ-{i:05d}", 0.02, 0.02),
            name=_maybe(rng, f"{rng.choice(ADJECTIVES)} {rng.choice(NOUNS)}{rng.choice(TITLE_EXTRAS)}",
                        0.01, 0.01),
            status=_maybe(rng, rng.choice(PROJECT_STATUSES), 0.02, 0.02),
            budget=_maybe(rng, _money(rng, 1000, 2000000) if rng.random() < 0.7
                          else Decimal(rng.randint(1, 200) * 5000), 0.1, 0.05),
            period=_maybe(rng, period, 0.05, 0.05),
            starts_on=starts,
            due_at=_maybe(rng, _timestamp(rng, 2020, 2027), 0.1, 0.1),
            priority=_maybe(rng, rng.randint(1, 5), 0.05, 0.05),
            completion=_maybe(rng, round(rng.random(), 2), 0.05, 0.05),
            is_archived=_maybe(rng, rng.random() < 0.15, 0.05, 0.2),
            milestones=_maybe(rng, milestones, 0.05, 0.1),
            owner=owner,
        )
        self.all_ids.append(pid)
        return {"id": pid, "tenant_id": t.id, "data": doc}

    @staticmethod
    def project_specials() -> list[Callable[[Document], None]]:
        return [
            _set(period="empty"),
            _set(period="(,)"),
            _set(period="[2024-01-01,)"),
            _set(period="(,2024-12-31]"),
            _set(period="[2024-01-01,2024-02-01)", starts_on="2024-01-01"),
            _set(period="[2024-02-01,2024-03-01)", starts_on="2024-02-01"),  # adjacent to the above
            _set(budget=Decimal("12345.678901234567890"), completion=1.0),
            _set(budget=Decimal("1.50"), completion=0.0),
            _set(budget=Decimal("-500.00"), priority=-1),
            _set(code=1234),                            # ID written as a JSON number
            _set(code="prj_%_wild"),
            _set(milestones=[], status=""),
            _set(owner={"id": None, "name": "Ghost", "email": None}),
            _set(organisation_id="A1B2C3D4-E5F6-4A7B-8C9D-0E1F2A3B4C5D"),  # upper-case UUID text
            _set(priority="3"),                          # wrong JSON type
            _set(name="Project \"Zeus\" \\ phase 2: 100%_done"),
        ]

    # -- posts --------------------------------------------------------------------------------

    def author(self, rng: random.Random, t: Tenant) -> Any:
        people = self.users[t.id]
        if not people or rng.random() < 0.03:
            return None
        person = rng.choice(people)
        profile: Any = _doc(
            bio=_maybe(rng, rng.choice(("Writer.", "Engineer & coffee lover ☕", "", "Ex-\"Globex\"",
                                        "Ça va ? 日本語も話せます")), 0.1, 0.2),
            website=_maybe(rng, f"https://blog.example/{_ascii(person.name)[:10] or 'me'}", 0.1, 0.3),
            followers=_maybe(rng, rng.choice((0, 1, 12, 1500, rng.randint(0, 100000))), 0.05, 0.05),
        )
        return _doc(id=person.id, name=person.name, profile=_maybe(rng, profile, 0.1, 0.2))

    def post(self, rng: random.Random, i: int, t: Tenant) -> Row:
        pid = _uuid(rng)
        title = f"{rng.choice(ADJECTIVES)} {rng.choice(NOUNS)}{rng.choice(TITLE_EXTRAS)}"
        is_draft = rng.random() < 0.2
        comments: Any = []
        for _ in range(rng.choice((0, 0, 0, 1, 1, 2, 3, 5, 8))):
            comments.append(_doc(
                id=_uuid(rng),
                body=rng.choice(("Great post!", "I disagree.", "+1", "", "Merci beaucoup 🙏",
                                 "What about 50% of cases?", "See C:\\Users\\me", "「いいね」",
                                 "Line one\nLine two", "<script>alert('x')</script>")),
                created_at=_timestamp(rng, 2020, 2025),
                likes=_maybe(rng, rng.choice((0, 0, 1, 2, 5, rng.randint(0, 1000))), 0.05, 0.05),
                author=_maybe(rng, self.author(rng, t), 0.0, 0.05),
            ))
        paragraphs = [
            f"{rng.choice(ADJECTIVES)} thoughts on {rng.choice(NOUNS).lower()}s.",
            rng.choice(("We shipped it.", "It's 50% done; the rest is \"in review\".",
                        "Path: C:\\data\\new_file.txt", "日本語の本文です。", "Émojis: 🎉🚀",
                        "Tabs\tand\ttabs.", "Unicode separators:\u2028here.")),
        ]
        doc = _doc(
            id=pid,
            title=_maybe(rng, title, 0.01, 0.01),
            slug=_maybe(rng, f"{_ascii(title)[:40]}-{i}", 0.02, 0.02),
            body=_maybe(rng, "\n\n".join(paragraphs), 0.02, 0.03),
            published_at=None if is_draft and rng.random() < 0.8 else
            _maybe(rng, _timestamp(rng, 2019, 2025), 0.02, 0.02),
            view_count=_maybe(rng, rng.choice((0, 0, 1, 10, 100, rng.randint(0, 500000))), 0.03, 0.05),
            rating=_maybe(rng, rng.choice((1.0, 2.5, 3.0, 4.5, 5.0, round(rng.uniform(1, 5), 2))),
                          0.1, 0.1),
            is_draft=_maybe(rng, is_draft, 0.02, 0.05),
            tags=_maybe(rng, rng.sample(TAGS, rng.randint(0, 3)), 0.05, 0.05),
            author=self.author(rng, t),
            comments=_maybe(rng, comments, 0.03, 0.05),
            metadata=_maybe(rng, _doc(lang=rng.choice(("en", "fr", "ja", "pt-BR")),
                                      reading_minutes=rng.randint(1, 30),
                                      seo=_maybe(rng, {"noindex": rng.random() < 0.1}, 0.1, 0.5)),
                            0.1, 0.1),
        )
        self.all_ids.append(pid)
        return {"id": pid, "tenant_id": t.id, "doc": doc}

    @staticmethod
    def post_specials() -> list[Callable[[Document], None]]:
        return [
            _set(view_count=2147483648),
            _set(view_count=9999999999999, rating=1e+16),
            _set(view_count=-1),
            _set(view_count="12"),                       # wrong JSON type
            _set(comments={"id": "not-a-list"}),         # wrong JSON type: an object for a list
            _set(comments=[None, {"body": "after a null element"}]),
            _set(tags=[], title=""),
            _set(tags={"a": 1}),                         # wrong JSON type
            _set(title="He said \"hi\" \\ she said 'bye'", body="C:\\path\\to\\file"),
            _set(title="100% of_these_are_wild", slug="100-of-these-are-wild"),
            _set(title="日本語のタイトル 🎌", slug="日本語"),
            _set(body="Control chars: \u0001\u001f\u007f and NBSP\u00a0here"),
            _set(author={"id": None, "name": None, "profile": {"bio": None, "followers": -5}}),
            _set(metadata=[1, "two", {"three": 3.0}]),
            _set(published_at="2024-06-30T23:59:59.999999-08:00"),
            _set(published_at="2024-07-01T07:59:59.999999Z"),
            _set(rating=Decimal("3.50")),              # a Float written with a trailing zero
        ]

    # -- devices ------------------------------------------------------------------------------

    def device(self, rng: random.Random, i: int, t: Tenant) -> Row:
        did = _uuid(rng)
        region, country, cities = rng.choice(REGIONS)
        city = rng.choice(cities)
        depth = rng.choices((1, 2, 3, 4), weights=(1, 2, 5, 8))[0]
        location = ".".join((region, country, city, f"rack{rng.randint(1, 40)}")[:depth])
        role = rng.choice(DEVICE_ROLES)
        services = rng.sample(SERVICES, rng.randint(0, 4))
        interfaces = [
            _doc(
                name=f"{rng.choice(('eth', 'wlan', 'en', 'bond'))}{k}",
                mac_address=_maybe(rng, _mac(rng), 0.05, 0.05),
                ip_address=_maybe(rng, _ip(rng), 0.1, 0.05),
                speed_mbps=_maybe(rng, rng.choice((10, 100, 1000, 1000, 10000, 100000)), 0.05, 0.05),
            )
            for k in range(rng.randint(0, 3))
        ]
        doc = _doc(
            id=did,
            hostname=_maybe(rng, f"{role}-{rng.randint(1, 99)}.{city}.{t.label}.internal", 0.02, 0.02),
            ip_address=_maybe(rng, _ipv4(rng), 0.05, 0.05),
            ipv6_address=_maybe(rng, _ipv6(rng), 0.2, 0.3),
            mac_address=_maybe(rng, _mac(rng), 0.05, 0.05),
            location=_maybe(rng, location, 0.05, 0.05),
            ports=_maybe(rng, sorted(port for _, port in services), 0.05, 0.05),
            open_services=_maybe(rng, [name for name, _ in services], 0.05, 0.1),
            last_seen_at=_maybe(rng, _timestamp(rng, 2023, 2025), 0.05, 0.05),
            firmware_version=_maybe(rng, rng.choice(("1.0.0", "1.2.3", "2.0.0-rc.1", "v3.1", "1.10.0",
                                                     "1.9.9", "")), 0.05, 0.1),
            is_online=_maybe(rng, rng.random() < 0.7, 0.05, 0.05),
            uptime_seconds=_maybe(rng, rng.choice((0, 60, 3600, 86400, rng.randint(0, 90000000))),
                                  0.05, 0.1),
            load_average=_maybe(rng, round(rng.uniform(0, 8), 2), 0.1, 0.1),
            installed_on=_maybe(rng, _date(rng, 2010, 2025).isoformat(), 0.05, 0.1),
            maintenance_window=_maybe(rng, _date_range(rng, 2023, 2026), 0.1, 0.2),
            attributes=_maybe(rng, _doc(vendor=rng.choice(("Cisco", "Juniper", "Ubiquiti", "HP")),
                                        model=rng.choice(("X-100", "EdgeRouter 4", "MX5", "ProCurve")),
                                        poe=_maybe(rng, rng.random() < 0.5, 0.1, 0.4)), 0.1, 0.1),
            interfaces=_maybe(rng, interfaces, 0.03, 0.05),
        )
        self.all_ids.append(did)
        return {"id": did, "tenant_id": t.id, "data": doc}

    @staticmethod
    def device_specials() -> list[Callable[[Document], None]]:
        return [
            _set(ip_address="10.0.0.1", ipv6_address="::1"),
            _set(ip_address="127.0.0.1", ipv6_address="fe80::1ff:fe23:4567:890a"),
            _set(ip_address="169.254.169.254", ipv6_address="::ffff:192.168.1.10"),
            _set(ip_address="203.0.113.7", ipv6_address="2001:db8::1"),
            _set(ip_address="8.8.8.8", ipv6_address="fd00::5"),
            _set(ip_address="::ffff:10.1.2.3"),         # an IPv6 address in the IPv4 field
            _set(mac_address="00-11-22-33-44-55"),
            _set(mac_address="AA:BB:CC:DD:EE:FF"),
            _set(mac_address="00:11:22:33:44:55", location="eu.fr.paris"),
            _set(location="eu"),
            _set(location="eu.fr.paris.rack1.shelf_2.slot_10"),
            _set(ports=[], open_services=[]),
            _set(ports=[0, 65535, 70000, -1]),
            _set(ports="22,80"),                         # wrong JSON type
            _set(uptime_seconds=5000000000, load_average=0.0),
            _set(uptime_seconds=-42),
            _set(uptime_seconds="3600"),                 # wrong JSON type
            _set(hostname="", firmware_version=""),
            _set(hostname="web_01%.example"),
            _set(hostname="ROUTER-ÜBER.example"),
            _set(maintenance_window="empty"),
            _set(maintenance_window="[2025-01-01,)"),
            _set(maintenance_window="(,)"),
            _set(interfaces=[]),
            _set(interfaces=[{"name": "eth0", "mac_address": "00-1A-2B-3C-4D-5E",
                              "ip_address": "::ffff:192.0.2.1", "speed_mbps": 4294967296}]),
            _set(attributes={"quote": "\"", "backslash": "\\", "pct": "%", "under": "_", "emoji": "📡"}),
            _set(last_seen_at="2025-03-30T01:30:00+01:00"),
            _set(last_seen_at="2025-03-30T00:30:00Z"),
        ]

    # -- orders -------------------------------------------------------------------------------

    def order(self, rng: random.Random, i: int, t: Tenant) -> Row:
        oid = _uuid(rng)
        currency, places = rng.choice(CURRENCIES)
        lines: Any = []
        total = Decimal(0)
        for _ in range(rng.choice((1, 1, 1, 2, 2, 3, 4, 6))):
            name, category = rng.choice(PRODUCTS)
            quantity = rng.choice((1, 1, 1, 2, 3, 10))
            unit_price = _money(rng, 1, 500, places)
            total += quantity * unit_price
            lines.append(_doc(
                sku=f"SKU-{_ascii(name)[:6].upper()}-{rng.randint(1, 999):03d}",
                quantity=quantity,
                unit_price=unit_price,
                product=_maybe(rng, _doc(name=name, category=_maybe(rng, category, 0.05, 0.05)), 0.02, 0.03),
            ))
        people = self.users[t.id]
        buyer = rng.choice(people) if people else None
        email: Any = buyer.email if buyer is not None and rng.random() < 0.85 else f"guest{i}@mail.example"
        placed = _timestamp(rng, 2021, 2025)
        doc = _doc(
            id=oid,
            number=_maybe(rng, f"SO-{placed[:4]}-{i:06d}", 0.01, 0.01),
            customer_email=_maybe(rng, email, 0.02, 0.02),
            status=_maybe(rng, rng.choice(ORDER_STATUSES), 0.01, 0.01),
            total=_maybe(rng, total, 0.02, 0.02),
            currency=_maybe(rng, currency, 0.01, 0.01),
            placed_at=_maybe(rng, placed, 0.01, 0.01),
            delivery_window=_maybe(rng, _date_range(rng, 2021, 2026), 0.1, 0.2),
            is_gift=_maybe(rng, rng.random() < 0.1, 0.05, 0.3),
            weight_kg=_maybe(rng, round(rng.uniform(0.05, 40), 3), 0.05, 0.1),
            coupon_codes=_maybe(rng, rng.sample(COUPONS, rng.choice((0, 0, 0, 1, 2))), 0.05, 0.1),
            shipping_address=_maybe(rng, _address(rng), 0.03, 0.03),
            lines=_maybe(rng, lines, 0.01, 0.01),
        )
        self.all_ids.append(oid)
        return {"id": oid, "tenant_id": t.id, "data": doc}

    @staticmethod
    def order_specials() -> list[Callable[[Document], None]]:
        return [
            _set(total=Decimal("0.00"), lines=[]),
            _set(total=Decimal("-15.00"), status="refunded"),
            _set(total=Decimal("12345.678901234567890")),
            _set(total=Decimal("1.50"), currency="EUR"),
            _set(total=Decimal("100000000000000000000.00"), currency="JPY"),
            _set(lines=[{"sku": "BIG-1", "quantity": 3000000000, "unit_price": Decimal("0.0001"),
                         "product": {"name": "Bolt M3", "category": "hardware.fasteners.bolts"}}]),
            _set(lines=[{"sku": "", "quantity": 0, "unit_price": Decimal("1.50"), "product": None}]),
            _set(lines=[None]),
            _set(number="100045"),                       # a numeric-looking ID
            _set(number="SO_%_wild"),
            _set(number="so-2024-ünïcode"),
            _set(number=""),
            _set(customer_email="o'brien+gift@example.com", is_gift=True),
            _set(coupon_codes=["50%OFF", "SAVE_10", "VIP\\2024"]),
            _set(coupon_codes={"code": "SAVE_10"}),     # wrong JSON type
            _set(weight_kg="2.5"),                       # wrong JSON type
            _set(delivery_window="empty"),
            _set(delivery_window="(,2025-01-31]"),
            _set(delivery_window="[2024-12-24,2024-12-24]"),
            _set(placed_at="2024-12-31T23:30:00-05:00"),
            _set(placed_at="2025-01-01T04:30:00Z"),      # the same instant
            _set(placed_at="2025-01-01T10:00:00.000+05:30"),
            _set(shipping_address={"street": None, "city": "", "geo": {"lat": -90.0, "lng": 180.0,
                                                                         "altitude": Decimal("-430.50")}}),
        ]

    # -- audit events (not tenant-scoped) -----------------------------------------------------

    def audit_event(self, rng: random.Random, i: int,
                    special: Callable[[Document], None] | None) -> Row:
        event_id = f"evt_{i:06d}"
        action = rng.choice(AUDIT_ACTIONS)
        targets = [rng.choice(self.all_ids) for _ in range(rng.choice((0, 1, 1, 2, 3)))] if self.all_ids else []
        doc = _doc(
            id=event_id,
            action=_maybe(rng, action, 0.01, 0.01),
            actor_ip=_maybe(rng, _ip(rng), 0.05, 0.05),
            occurred_at=_maybe(rng, _timestamp(rng, 2024, 2025), 0.01, 0.01),
            severity=_maybe(rng, rng.choice((0, 1, 1, 2, 2, 2, 3, 4, 5, 7)), 0.02, 0.02),
            details=_maybe(rng, _doc(tenant=_pick_tenant(rng).id,
                                     reason=_maybe(rng, rng.choice(("ok", "bad password", "50% quota",
                                                                    "a_b", "")), 0.2, 0.4),
                                     attempts=_maybe(rng, rng.randint(1, 5), 0.1, 0.5)), 0.05, 0.05),
            target_ids=_maybe(rng, targets, 0.05, 0.05),
        )
        if special is not None:
            special(doc)
        return {"id": doc["id"], "payload": doc}

    @staticmethod
    def audit_specials() -> list[Callable[[Document], None]]:
        return [
            _set(id="1000042"),                          # a numeric-looking ID
            _set(id="evt_%_wild"),
            _set(id="evt-üñí-😀"),
            _set(target_ids=[], details={}),
            _set(target_ids=["A1B2C3D4-E5F6-4A7B-8C9D-0E1F2A3B4C5D"]),
            _set(severity=-1, details=None),
            _set(severity=2147483648),
            _set(actor_ip="::ffff:203.0.113.9"),
            _set(actor_ip="fe80::abcd"),
            _set(details=[1, 2, 3]),
            _set(occurred_at="2024-02-29T12:00:00+14:00"),
        ]


def iter_tables(seed: int = 1, scale: float = 1.0) -> Iterator[tuple[TableSpec, list[Row]]]:
    """Yield (table, rows) for every demo table in load order; same arguments, same rows."""
    yield from _DemoGenerator(seed, scale).tables()


def tables_checksum(tables: Iterable[tuple[TableSpec, Sequence[Row]]]) -> str:
    """SHA-256 (hex) of tables as they are loaded (each view name, then the table's COPY lines)."""
    digest = hashlib.sha256()
    for spec, rows in tables:
        digest.update(f"{spec.view}\n".encode())
        for row in rows:
            digest.update(copy_line(spec, row).encode())
    return digest.hexdigest()


def checksum(seed: int = 1, scale: float = 1.0) -> str:
    """SHA-256 (hex) of the rows generated for (seed, scale)."""
    return tables_checksum(iter_tables(seed, scale))


# ---------------------------------------------------------------------------------------------
# Loader.

def load(dsn: str, seed: int = 1, scale: float = 1.0, out: Any = sys.stdout) -> dict[str, int]:
    """Drop and recreate the demo objects, COPY the rows in, ANALYZE; return rows per view."""
    import psycopg  # only the loader needs the database driver

    started = time.monotonic()
    chunk_bytes = 1 << 20
    with psycopg.connect(dsn) as conn:
        with conn.cursor() as cur:
            cur.execute(SCHEMA_SQL.read_text(encoding="utf-8"))
            for spec, rows in iter_tables(seed, scale):
                columns = ", ".join(f'"{c}"' for c in spec.columns)
                with cur.copy(f"COPY {spec.table} ({columns}) FROM STDIN") as copy:
                    buffer: list[str] = []
                    size = 0
                    for row in rows:
                        line = copy_line(spec, row)
                        buffer.append(line)
                        size += len(line)
                        if size >= chunk_bytes:
                            copy.write("".join(buffer).encode())
                            buffer, size = [], 0
                    if buffer:
                        copy.write("".join(buffer).encode())
        conn.commit()
        conn.autocommit = True
        with conn.cursor() as cur:
            for spec in TABLES:
                cur.execute(f"ANALYZE {spec.table}")
            counts: dict[str, int] = {}
            for spec in TABLES:
                cur.execute(f"SELECT count(*) FROM {spec.view}")
                counts[spec.view] = cur.fetchone()[0]
    elapsed = time.monotonic() - started
    width = max(len(v) for v in counts)
    for view, count in counts.items():
        print(f"{view:<{width}}  {count:>7}", file=out)
    print(f"{'total':<{width}}  {sum(counts.values()):>7}", file=out)
    print(f"loaded seed {seed} scale {scale} in {elapsed:.2f} s", file=out)
    return counts


def _parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Generate and load the Graft demo database.")
    commands = parser.add_subparsers(dest="command", required=True)
    for name, helptext in (("load", "drop, recreate and load the demo objects"),
                           ("checksum", "print the SHA-256 of the generated rows (no database)")):
        sub = commands.add_parser(name, help=helptext)
        sub.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
        sub.add_argument("--scale", type=float, default=1.0,
                         help="row-count multiplier; 1.0 is about 50,000 documents")
        if name == "load":
            target = sub.add_mutually_exclusive_group(required=True)
            target.add_argument("--dsn", help="libpq connection string")
            target.add_argument("--dsn-file", type=Path, help="file holding the connection string")
    args = parser.parse_args(argv)
    if args.scale <= 0:
        parser.error("--scale must be positive")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = _parse_args(sys.argv[1:] if argv is None else argv)
    if args.command == "checksum":
        print(checksum(args.seed, args.scale))
        return 0
    dsn = args.dsn if args.dsn is not None else args.dsn_file.read_text(encoding="utf-8").strip()
    if not dsn:
        print("demo_db.py: empty DSN", file=sys.stderr)
        return 2
    load(dsn, args.seed, args.scale)
    return 0


if __name__ == "__main__":
    sys.exit(main())
