"""The demo generator: the demo tables, the fixed tenants and the rows of every table.

Use it through demo_db (demo_db.iter_tables); this module holds the data model and the per-table
row builders. Each table draws from its own random.Random seeded with "graft-demo:<seed>:<view>";
later tables refer to rows of earlier ones (owners, authors, customers), so they are built in order.
Rare awkward values are "special cases" spread evenly over each table, so they exist at any scale
that leaves enough rows; common ones come from the random draws.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Callable, Iterator, Sequence

from demo_values import (
    ADJECTIVES, AUDIT_ACTIONS, COUPONS, CURRENCIES, DEVICE_ROLES, FIRST_NAMES, LAST_NAMES,
    MISSING, NICKNAMES, NOUNS, ORDER_STATUSES, PRODUCTS, PROJECT_STATUSES, REGIONS, SERVICES, TAGS,
    TEAMS, TITLE_EXTRAS, Document, ascii_word, document, maybe, new_uuid, random_address, random_date,
    random_date_range, random_ip, random_ipv4, random_ipv6, random_mac, random_money, random_timestamp,
)

Row = dict[str, Any]
"""A row: column name -> value. Column values are str or None (COPY text input); the document
column holds a JSON-like Python value (dict, list, str, int, float, Decimal, bool, None), where a
key that the document lacks is simply absent."""


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


def _pick_tenant(rng: random.Random) -> Tenant:
    return rng.choices(TENANTS, weights=[t.weight for t in TENANTS])[0]


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
        doc = document(
            id=t.id, slug=t.slug, name=t.name, plan=t.plan if n != 6 else None, seats=seats,
            created_at=random_timestamp(rng, 2015, 2020) if n != 3 else MISSING,
            settings=settings, regions=regions,
        )
        return {"id": t.id, "slug": None, "data": doc}

    # -- users --------------------------------------------------------------------------------

    def user(self, rng: random.Random, i: int, t: Tenant) -> Row:
        uid = new_uuid(rng)
        first = rng.choice(FIRST_NAMES)
        last = rng.choice(LAST_NAMES)
        local = f"{ascii_word(first) or 'user'}.{ascii_word(last) or 'x'}{i}"
        r = rng.random()
        email: Any = f"{local}@{t.domain}"
        if r < 0.05:
            email = f"{local}+news@{t.domain}"
        elif r < 0.08:
            email = f"{local.capitalize()}@{t.domain.upper()}"
        elif r < 0.10:
            email = f"{local}_{i % 7}%x@{t.domain}"
        email = maybe(rng, email, 0.02, 0.02)
        r = rng.random()
        tags: Any = sorted(rng.sample(TAGS, rng.randint(1, 4))) if r > 0.2 else []
        if r < 0.05:
            tags = None
        elif r < 0.1:
            tags = MISSING
        preferences = self.preferences(rng)
        doc = document(
            id=uid,
            tenant_id=t.id,
            email=email,
            first_name=maybe(rng, first, 0.01, 0.01),
            last_name=maybe(rng, last, 0.01, 0.02),
            nickname=maybe(rng, rng.choice(NICKNAMES) if rng.random() > 0.15 else "", 0.15, 0.3),
            age=maybe(rng, rng.randint(18, 70), 0.05, 0.05),
            score=maybe(rng, random_money(rng, 0, 100), 0.05, 0.02),
            rating=maybe(rng, round(rng.uniform(0, 5), 1), 0.05, 0.05),
            is_active=maybe(rng, rng.random() < 0.8, 0.03, 0.02),
            created_at=maybe(rng, random_timestamp(rng, 2018, 2025), 0.01, 0.01),
            birth_date=maybe(rng, random_date(rng, 1940, 2006).isoformat(), 0.05, 0.1),
            last_login_ip=maybe(rng, random_ip(rng), 0.05, 0.05),
            device_mac=maybe(rng, random_mac(rng), 0.1, 0.1),
            tags=tags,
            lucky_numbers=maybe(rng, [rng.randint(-100, 1000) for _ in range(rng.randint(0, 4))],
                                 0.05, 0.1),
            preferences=preferences,
            home_address=maybe(rng, random_address(rng), 0.05, 0.05),
            work_address=maybe(rng, random_address(rng), 0.2, 0.5),
            external_id=maybe(rng, f"EXT-{i:06d}", 0.05, 0.2),
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
        return document(
            theme=rng.choice(("dark", "light", "system")),
            notifications={"email": rng.random() < 0.7, "sms": rng.random() < 0.2},
            langs=rng.sample(("fr", "en", "de", "ja", "pt-BR"), rng.randint(0, 3)),
            page_size=rng.choice((10, 25, 50, 100)),
            beta=maybe(rng, True, 0.3, 0.5),
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
        oid = new_uuid(rng)
        region, country, cities = rng.choice(REGIONS)
        labels = [t.label, region, country, rng.choice(cities), rng.choice(TEAMS)]
        depth = rng.choices((1, 2, 3, 4, 5), weights=(1, 3, 6, 10, 8))[0]
        path = ".".join(labels[:depth])
        name = f"{t.name.split()[0]} {rng.choice(ADJECTIVES)} {labels[depth - 1].replace('_', ' ').title()}"
        doc = document(
            id=oid,
            name=maybe(rng, name, 0.01, 0.01),
            path=maybe(rng, path, 0.02, 0.02),
            founded_on=maybe(rng, random_date(rng, 1850, 2024).isoformat(), 0.05, 0.1),
            employee_count=maybe(rng, rng.choice((1, 5, 10, 50, 100, rng.randint(1, 5000))), 0.05, 0.05),
            revenue=maybe(rng, random_money(rng, -2000000, -1) if rng.random() < 0.08
                           else random_money(rng, 0, 90000000), 0.1, 0.1),
            website=maybe(rng, f"https://{ascii_word(name)[:12] or 'org'}.example/", 0.1, 0.2),
            is_verified=maybe(rng, rng.random() < 0.6, 0.1, 0.05),
            address=maybe(rng, random_address(rng), 0.05, 0.05),
            labels=maybe(rng, rng.sample(TAGS, rng.randint(0, 3)), 0.05, 0.1),
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
        pid = new_uuid(rng)
        period = random_date_range(rng, 2019, 2026)
        starts: Any = MISSING
        if period not in ("empty", "(,)") and not period.startswith("(,"):
            starts = period[1:11]
        milestones: Any = sorted(random_date(rng, 2019, 2027).isoformat() for _ in range(rng.randint(0, 4)))
        orgs = self.organisations[t.id]
        owner: Any = MISSING
        people = self.users[t.id]
        if people and rng.random() < 0.9:
            person = rng.choice(people)
            owner = document(id=person.id, name=person.name, email=maybe(rng, person.email, 0.0, 0.1))
        elif rng.random() < 0.5:
            owner = None
        doc = document(
            id=pid,
            organisation_id=maybe(rng, rng.choice(orgs) if orgs else None, 0.05, 0.05),
            code=maybe(rng, f"PRJ-{i:05d}", 0.02, 0.02),
            name=maybe(rng, f"{rng.choice(ADJECTIVES)} {rng.choice(NOUNS)}{rng.choice(TITLE_EXTRAS)}",
                        0.01, 0.01),
            status=maybe(rng, rng.choice(PROJECT_STATUSES), 0.02, 0.02),
            budget=maybe(rng, random_money(rng, 1000, 2000000) if rng.random() < 0.7
                          else Decimal(rng.randint(1, 200) * 5000), 0.1, 0.05),
            period=maybe(rng, period, 0.05, 0.05),
            starts_on=starts,
            due_at=maybe(rng, random_timestamp(rng, 2020, 2027), 0.1, 0.1),
            priority=maybe(rng, rng.randint(1, 5), 0.05, 0.05),
            completion=maybe(rng, round(rng.random(), 2), 0.05, 0.05),
            is_archived=maybe(rng, rng.random() < 0.15, 0.05, 0.2),
            milestones=maybe(rng, milestones, 0.05, 0.1),
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
        profile: Any = document(
            bio=maybe(rng, rng.choice(("Writer.", "Engineer & coffee lover ☕", "", "Ex-\"Globex\"",
                                        "Ça va ? 日本語も話せます")), 0.1, 0.2),
            website=maybe(rng, f"https://blog.example/{ascii_word(person.name)[:10] or 'me'}", 0.1, 0.3),
            followers=maybe(rng, rng.choice((0, 1, 12, 1500, rng.randint(0, 100000))), 0.05, 0.05),
        )
        return document(id=person.id, name=person.name, profile=maybe(rng, profile, 0.1, 0.2))

    def post(self, rng: random.Random, i: int, t: Tenant) -> Row:
        pid = new_uuid(rng)
        title = f"{rng.choice(ADJECTIVES)} {rng.choice(NOUNS)}{rng.choice(TITLE_EXTRAS)}"
        is_draft = rng.random() < 0.2
        comments: Any = []
        for _ in range(rng.choice((0, 0, 0, 1, 1, 2, 3, 5, 8))):
            comments.append(document(
                id=new_uuid(rng),
                body=rng.choice(("Great post!", "I disagree.", "+1", "", "Merci beaucoup 🙏",
                                 "What about 50% of cases?", "See C:\\Users\\me", "「いいね」",
                                 "Line one\nLine two", "<script>alert('x')</script>")),
                created_at=random_timestamp(rng, 2020, 2025),
                likes=maybe(rng, rng.choice((0, 0, 1, 2, 5, rng.randint(0, 1000))), 0.05, 0.05),
                author=maybe(rng, self.author(rng, t), 0.0, 0.05),
            ))
        paragraphs = [
            f"{rng.choice(ADJECTIVES)} thoughts on {rng.choice(NOUNS).lower()}s.",
            rng.choice(("We shipped it.", "It's 50% done; the rest is \"in review\".",
                        "Path: C:\\data\\new_file.txt", "日本語の本文です。", "Émojis: 🎉🚀",
                        "Tabs\tand\ttabs.", "Unicode separators:\u2028here.")),
        ]
        doc = document(
            id=pid,
            title=maybe(rng, title, 0.01, 0.01),
            slug=maybe(rng, f"{ascii_word(title)[:40]}-{i}", 0.02, 0.02),
            body=maybe(rng, "\n\n".join(paragraphs), 0.02, 0.03),
            published_at=None if is_draft and rng.random() < 0.8 else
            maybe(rng, random_timestamp(rng, 2019, 2025), 0.02, 0.02),
            view_count=maybe(rng, rng.choice((0, 0, 1, 10, 100, rng.randint(0, 500000))), 0.03, 0.05),
            rating=maybe(rng, rng.choice((1.0, 2.5, 3.0, 4.5, 5.0, round(rng.uniform(1, 5), 2))),
                          0.1, 0.1),
            is_draft=maybe(rng, is_draft, 0.02, 0.05),
            tags=maybe(rng, rng.sample(TAGS, rng.randint(0, 3)), 0.05, 0.05),
            author=self.author(rng, t),
            comments=maybe(rng, comments, 0.03, 0.05),
            metadata=maybe(rng, document(lang=rng.choice(("en", "fr", "ja", "pt-BR")),
                                      reading_minutes=rng.randint(1, 30),
                                      seo=maybe(rng, {"noindex": rng.random() < 0.1}, 0.1, 0.5)),
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
        did = new_uuid(rng)
        region, country, cities = rng.choice(REGIONS)
        city = rng.choice(cities)
        depth = rng.choices((1, 2, 3, 4), weights=(1, 2, 5, 8))[0]
        location = ".".join((region, country, city, f"rack{rng.randint(1, 40)}")[:depth])
        role = rng.choice(DEVICE_ROLES)
        services = rng.sample(SERVICES, rng.randint(0, 4))
        interfaces = [
            document(
                name=f"{rng.choice(('eth', 'wlan', 'en', 'bond'))}{k}",
                mac_address=maybe(rng, random_mac(rng), 0.05, 0.05),
                ip_address=maybe(rng, random_ip(rng), 0.1, 0.05),
                speed_mbps=maybe(rng, rng.choice((10, 100, 1000, 1000, 10000, 100000)), 0.05, 0.05),
            )
            for k in range(rng.randint(0, 3))
        ]
        doc = document(
            id=did,
            hostname=maybe(rng, f"{role}-{rng.randint(1, 99)}.{city}.{t.label}.internal", 0.02, 0.02),
            ip_address=maybe(rng, random_ipv4(rng), 0.05, 0.05),
            ipv6_address=maybe(rng, random_ipv6(rng), 0.2, 0.3),
            mac_address=maybe(rng, random_mac(rng), 0.05, 0.05),
            location=maybe(rng, location, 0.05, 0.05),
            ports=maybe(rng, sorted(port for _, port in services), 0.05, 0.05),
            open_services=maybe(rng, [name for name, _ in services], 0.05, 0.1),
            last_seen_at=maybe(rng, random_timestamp(rng, 2023, 2025), 0.05, 0.05),
            firmware_version=maybe(rng, rng.choice(("1.0.0", "1.2.3", "2.0.0-rc.1", "v3.1", "1.10.0",
                                                     "1.9.9", "")), 0.05, 0.1),
            is_online=maybe(rng, rng.random() < 0.7, 0.05, 0.05),
            uptime_seconds=maybe(rng, rng.choice((0, 60, 3600, 86400, rng.randint(0, 90000000))),
                                  0.05, 0.1),
            load_average=maybe(rng, round(rng.uniform(0, 8), 2), 0.1, 0.1),
            installed_on=maybe(rng, random_date(rng, 2010, 2025).isoformat(), 0.05, 0.1),
            maintenance_window=maybe(rng, random_date_range(rng, 2023, 2026), 0.1, 0.2),
            attributes=maybe(rng, document(vendor=rng.choice(("Cisco", "Juniper", "Ubiquiti", "HP")),
                                        model=rng.choice(("X-100", "EdgeRouter 4", "MX5", "ProCurve")),
                                        poe=maybe(rng, rng.random() < 0.5, 0.1, 0.4)), 0.1, 0.1),
            interfaces=maybe(rng, interfaces, 0.03, 0.05),
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
        oid = new_uuid(rng)
        currency, places = rng.choice(CURRENCIES)
        lines: Any = []
        total = Decimal(0)
        for _ in range(rng.choice((1, 1, 1, 2, 2, 3, 4, 6))):
            name, category = rng.choice(PRODUCTS)
            quantity = rng.choice((1, 1, 1, 2, 3, 10))
            unit_price = random_money(rng, 1, 500, places)
            total += quantity * unit_price
            lines.append(document(
                sku=f"SKU-{ascii_word(name)[:6].upper()}-{rng.randint(1, 999):03d}",
                quantity=quantity,
                unit_price=unit_price,
                product=maybe(rng, document(name=name, category=maybe(rng, category, 0.05, 0.05)), 0.02, 0.03),
            ))
        people = self.users[t.id]
        buyer = rng.choice(people) if people else None
        email: Any = buyer.email if buyer is not None and rng.random() < 0.85 else f"guest{i}@mail.example"
        placed = random_timestamp(rng, 2021, 2025)
        doc = document(
            id=oid,
            number=maybe(rng, f"SO-{placed[:4]}-{i:06d}", 0.01, 0.01),
            customer_email=maybe(rng, email, 0.02, 0.02),
            status=maybe(rng, rng.choice(ORDER_STATUSES), 0.01, 0.01),
            total=maybe(rng, total, 0.02, 0.02),
            currency=maybe(rng, currency, 0.01, 0.01),
            placed_at=maybe(rng, placed, 0.01, 0.01),
            delivery_window=maybe(rng, random_date_range(rng, 2021, 2026), 0.1, 0.2),
            is_gift=maybe(rng, rng.random() < 0.1, 0.05, 0.3),
            weight_kg=maybe(rng, round(rng.uniform(0.05, 40), 3), 0.05, 0.1),
            coupon_codes=maybe(rng, rng.sample(COUPONS, rng.choice((0, 0, 0, 1, 2))), 0.05, 0.1),
            shipping_address=maybe(rng, random_address(rng), 0.03, 0.03),
            lines=maybe(rng, lines, 0.01, 0.01),
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
        doc = document(
            id=event_id,
            action=maybe(rng, action, 0.01, 0.01),
            actor_ip=maybe(rng, random_ip(rng), 0.05, 0.05),
            occurred_at=maybe(rng, random_timestamp(rng, 2024, 2025), 0.01, 0.01),
            severity=maybe(rng, rng.choice((0, 1, 1, 2, 2, 2, 3, 4, 5, 7)), 0.02, 0.02),
            details=maybe(rng, document(tenant=_pick_tenant(rng).id,
                                     reason=maybe(rng, rng.choice(("ok", "bad password", "50% quota",
                                                                    "a_b", "")), 0.2, 0.4),
                                     attempts=maybe(rng, rng.randint(1, 5), 0.1, 0.5)), 0.05, 0.05),
            target_ids=maybe(rng, targets, 0.05, 0.05),
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
