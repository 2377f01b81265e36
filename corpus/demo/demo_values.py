"""Value pools and random value makers for the demo generator (see demo_db.py).

Every maker takes the caller's random.Random, so a table's values depend only on its own stream.
Awkward entries are mixed into the pools on purpose: unicode, quotes, backslashes, `%` and `_`.
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
import uuid
from decimal import Decimal
from typing import Any

Document = dict[str, Any]


class _Missing:
    """Marks a document key that is left out (as opposed to present with a JSON null)."""

    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()


# ---------------------------------------------------------------------------------------------
# Value pools.

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
# Random value makers.

def new_uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def document(**members: Any) -> Document:
    """A document from keyword members, leaving out the MISSING ones (order is kept)."""
    return {k: v for k, v in members.items() if v is not MISSING}


def maybe(rng: random.Random, value: Any, p_null: float, p_missing: float) -> Any:
    """`value`, or null with probability p_null, or MISSING with probability p_missing."""
    r = rng.random()
    if r < p_null:
        return None
    if r < p_null + p_missing:
        return MISSING
    return value

def ascii_word(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return "".join(c for c in folded.lower() if c.isalnum())


def random_date(rng: random.Random, first_year: int, last_year: int) -> dt.date:
    start = dt.date(first_year, 1, 1).toordinal()
    end = dt.date(last_year, 12, 31).toordinal()
    return dt.date.fromordinal(rng.randint(start, end))


def random_timestamp(rng: random.Random, first_year: int, last_year: int) -> str:
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


def random_date_range(rng: random.Random, first_year: int, last_year: int) -> str:
    """daterange text: mostly bounded half-open, sometimes inclusive, empty or unbounded."""
    lower = random_date(rng, first_year, last_year)
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


def random_ipv4(rng: random.Random) -> str:
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


def random_ipv6(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.5:
        return rng.choice(SPECIAL_V6)
    if r < 0.75:
        return "2001:db8:%x:%x::%x" % (rng.randint(0, 0xffff), rng.randint(0, 0xffff),
                                       rng.randint(1, 0xffff))
    if r < 0.9:
        return "fd%02x:%x::%x" % (rng.randint(0, 255), rng.randint(0, 0xffff), rng.randint(1, 0xffff))
    return "fe80::%x:%x" % (rng.randint(0, 0xffff), rng.randint(1, 0xffff))


def random_ip(rng: random.Random) -> str:
    return random_ipv6(rng) if rng.random() < 0.3 else random_ipv4(rng)


def random_mac(rng: random.Random) -> str:
    octets = ["%02x" % rng.randint(0, 255) for _ in range(6)]
    r = rng.random()
    if r < 0.06:
        return "-".join(octets)
    if r < 0.12:
        return ":".join(octets).upper()
    return ":".join(octets)


def random_money(rng: random.Random, low: int, high: int, places: int = 2) -> Decimal:
    units = rng.randint(low, high)
    if places == 0:
        return Decimal(units)
    return Decimal(f"{units}.{rng.randint(0, 10 ** places - 1):0{places}d}")


def random_address(rng: random.Random) -> Document:
    city, country, postal, lat, lng = rng.choice(CITIES)
    geo: Any = document(
        lat=round(lat + rng.uniform(-0.05, 0.05), 6),
        lng=round(lng + rng.uniform(-0.05, 0.05), 6),
        altitude=maybe(rng, random_money(rng, -430, 2500, rng.choice((0, 1, 3))), 0.1, 0.2),
    )
    if rng.random() < 0.05:
        geo = None
    return document(
        street=f"{rng.randint(1, 250)} {rng.choice(STREETS)}",
        city=city,
        postal_code=maybe(rng, postal, 0.03, 0.03),
        country_code=country,
        geo=maybe(rng, geo, 0.0, 0.1),
    )
