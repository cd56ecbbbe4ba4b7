"""The simulated audience: a seeded population of people with names, e-mails, roles and addresses.

The same seed always gives the same people. Addresses come from the real public ranges in
``data/ranges.csv`` (weighted like a large international event), with some IPv6, about 3%
private addresses and about 3% with no address reported. A small share of display names is
hostile on purpose (markup, a right-to-left override, control characters, spreadsheet formulas)
so the UI and exports are exercised against what real rosters contain.
"""

from __future__ import annotations

import ipaddress
import random
from dataclasses import dataclass
from functools import lru_cache

from hostguard.simulator.names import COUNTRY_LOCALES, NAMES
from hostguard.simulator.ranges import CountryRanges, load_ranges

PRIVATE_SHARE = 0.03
NO_ADDRESS_SHARE = 0.03
IPV6_SHARE = 0.12  # of public addresses
MAPPED_SHARE = 0.01  # of IPv4 public addresses reported as ::ffff:a.b.c.d
NO_EMAIL_SHARE = 0.05  # guests who joined without signing in
HOSTILE_SHARE = 0.01
STAFF_DOMAIN = "example.org"
ATTENDEE_DOMAINS = ("example.com", "example.net", "mail.example", "inbox.example", "uni.example")

# Hostile display names: each keeps a real name inside so a person is still recognisable.
HOSTILE_TEMPLATES: dict[str, str] = {
    "html": "<b>{name}</b>",
    "script": '<img src=x onerror="alert(1)">{name}',
    "rtl": "{name}\u202egnp.exe",
    "control": "{name}\x07\x1b[31m",
    "zero-width": "\u200b{name}\u200d",
    "formula": '=HYPERLINK("https://attacker.example","{name}")',
    "long": "{name} " + "W" * 240,
}

_PRIVATE_NETWORKS = tuple(
    ipaddress.ip_network(n)
    for n in ("10.0.0.0/8", "192.168.0.0/16", "172.16.0.0/12", "100.64.0.0/10", "fd00::/8")
)


@dataclass(frozen=True, slots=True)
class Person:
    """Someone in the audience. ``key`` is stable across rejoins (participant ids are not)."""

    key: str
    name: str
    email: str
    role: str  # host | co-host | panelist | attendee
    ip: str | None
    country: str | None  # where the address is from (None: private or no address)
    address_kind: str  # public | private | none
    hostile: str | None = None  # which hostile template the name uses, if any


@lru_cache(maxsize=1)
def _ranges() -> tuple[tuple[CountryRanges, ...], tuple[float, ...]]:
    table = tuple(load_ranges())
    cum: list[float] = []
    total = 0.0
    for entry in table:
        total += entry.weight
        cum.append(total)
    return table, tuple(cum)


def countries() -> list[str]:
    """The countries the population can come from, in table order."""
    return [entry.country for entry in _ranges()[0]]


def _random_in(rng: random.Random, net: ipaddress._BaseNetwork) -> str:
    size = net.num_addresses
    # avoid the network and broadcast-looking ends of small IPv4 blocks
    offset = rng.randrange(1, size - 1) if size > 4 else rng.randrange(size)
    return str(net.network_address + offset)


def _public_address(rng: random.Random, entry: CountryRanges) -> str:
    if entry.ipv6 and rng.random() < IPV6_SHARE:
        return _random_in(rng, rng.choice(entry.ipv6))
    addr = _random_in(rng, rng.choice(entry.ipv4))
    if rng.random() < MAPPED_SHARE:
        return f"::ffff:{addr}"
    return addr


def _split(value: str) -> tuple[str, str]:
    native, _, roman = value.partition("|")
    return native, (roman or native)


def _ascii_local(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isascii() and (ch.isalnum() or ch in ".-"))


class Population:
    """The seeded audience of one simulated event.

    ``people`` are the ``size`` invited people (exactly one host, a few co-hosts, some
    panelists, the rest attendees); ``newcomers()`` draws further attendees (walk-ins) from a
    separate seeded stream, optionally from one country.
    """

    def __init__(self, seed: int, size: int) -> None:
        if size < 1:
            raise ValueError("a population needs at least one person (the host)")
        self.seed = seed
        self.size = size
        rng = random.Random(f"hostguard-population-{seed}")
        roles = self._roles(size)
        self.people: list[Person] = [self._person(rng, i, roles[i]) for i in range(size)]
        self._ensure_hostile(rng)
        self._extra_rng = random.Random(f"hostguard-newcomers-{seed}")
        self._extra_count = 0

    @staticmethod
    def _roles(size: int) -> list[str]:
        cohosts = min(4, (size - 1) // 10) if size > 1 else 0
        cohosts = max(cohosts, 1 if size >= 3 else 0)
        panelists = min(60, (size - 1 - cohosts) // 40)
        return (
            ["host"]
            + ["co-host"] * cohosts
            + ["panelist"] * panelists
            + ["attendee"] * (size - 1 - cohosts - panelists)
        )

    def _person(
        self, rng: random.Random, index: int, role: str, country: str | None = None
    ) -> Person:
        table, cum = _ranges()
        roll = rng.random()
        if country is not None:
            entry = next(e for e in table if e.country == country)
            kind = "public"
        elif roll < NO_ADDRESS_SHARE and role == "attendee":
            entry, kind = None, "none"
        elif roll < NO_ADDRESS_SHARE + PRIVATE_SHARE and role == "attendee":
            entry, kind = None, "private"
        else:
            entry, kind = rng.choices(table, cum_weights=cum)[0], "public"
        if entry is not None:
            ip: str | None = _public_address(rng, entry)
            name_country = entry.country
        elif kind == "private":
            ip = _random_in(rng, rng.choice(_PRIVATE_NETWORKS))
            name_country = rng.choices(table, cum_weights=cum)[0].country
        else:
            ip = None
            name_country = rng.choices(table, cum_weights=cum)[0].country
        locale = rng.choice(COUNTRY_LOCALES.get(name_country, ("en",)))
        given_list, family_list, family_first, joiner = NAMES[locale]
        g_native, g_roman = _split(rng.choice(given_list))
        f_native, f_roman = _split(rng.choice(family_list))
        native = rng.random() < 0.7  # many CJK/Cyrillic users type a romanised name instead
        if native:
            parts = (f_native, g_native) if family_first else (g_native, f_native)
            name = joiner.join(parts)
        else:
            name = f"{g_roman.title()} {f_roman.title()}"
        local = f"{_ascii_local(g_roman)}.{_ascii_local(f_roman)}{rng.randrange(1, 1000)}"
        if role != "attendee":
            email = f"{local}@{STAFF_DOMAIN}"
        elif rng.random() < NO_EMAIL_SHARE:
            email = ""
        else:
            email = f"{local}@{rng.choice(ATTENDEE_DOMAINS)}"
        hostile = None
        if role == "attendee" and rng.random() < HOSTILE_SHARE:
            hostile = rng.choice(sorted(HOSTILE_TEMPLATES))
            name = HOSTILE_TEMPLATES[hostile].format(name=name)
        return Person(
            key=f"u{self.seed}-{index}",
            name=name,
            email=email,
            role=role,
            ip=ip,
            country=entry.country if entry is not None else None,
            address_kind=kind,
            hostile=hostile,
        )

    def _ensure_hostile(self, rng: random.Random) -> None:
        """Large enough rosters always carry the three names UI tests depend on."""
        if self.size < 20:
            return
        present = {p.hostile for p in self.people}
        attendees = [
            i for i, p in enumerate(self.people) if p.role == "attendee" and p.hostile is None
        ]
        for kind in ("html", "rtl", "control"):
            if kind in present or not attendees:
                continue
            i = attendees.pop(rng.randrange(len(attendees)))
            p = self.people[i]
            self.people[i] = Person(
                p.key, HOSTILE_TEMPLATES[kind].format(name=p.name), p.email, p.role, p.ip,
                p.country, p.address_kind, kind,
            )  # fmt: skip

    def newcomers(self, count: int, country: str | None = None) -> list[Person]:
        """``count`` more attendees, deterministic in the order they are asked for."""
        if country is not None and country not in countries():
            raise ValueError(f"no ranges for country {country!r}")
        out = []
        for _ in range(count):
            index = self.size + self._extra_count
            self._extra_count += 1
            out.append(self._person(self._extra_rng, index, "attendee", country))
        return out
