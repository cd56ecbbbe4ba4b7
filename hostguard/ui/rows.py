"""A roster row as the table shows it, worked out from an engine entry: no Qt in here.

`render_row` turns a `RosterEntry` into a `RowView`, a plain tuple (the cells' texts, their sort
keys, the search string...). The engine process runs it (`hostguard.ui.engine_process`), so
the window only reads finished rows; the window runs it for an engine in its own process (the
tests). This module imports no Qt, so the engine process never loads Qt's libraries (about
27 MB of a 50,000-person event's memory): the words a row shows come through `set_translator`,
which the window points at Qt's translations (`roster_model` does at import) and the engine
process at the table of words the window sends it (`words_for_engine`, `table_translator`).
"""

from __future__ import annotations

import datetime as dt
import html
import math
import time
from collections.abc import Callable
from typing import Any, NamedTuple

from hostguard.core.countries import flag_emoji
from hostguard.core.participants import plain_text
from hostguard.engine import SyncState
from hostguard.ui import country_names
from hostguard.ui.country_names import country_display_name, current_locale


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Marks ``text`` for translation in ``context`` (lupdate reads these); returns it as is."""
    return text


Translator = Callable[[str, str], str]  # (context, source text) -> the text in the app's language
_translator: list[Translator] = [lambda _context, text: text]


def set_translator(translate: Translator) -> None:
    """Where rows get their words: Qt's translations in the window, the window's table in the
    engine process."""
    _translator[0] = translate
    language_changed()


def language_changed() -> None:
    """Forget the texts worked out in the language before (ui.i18n calls this when the app's
    language changes, and set_translator does)."""
    _COUNTRY_TEXT.clear()
    _PLACES.clear()
    _REASONS.clear()


def _translate(context: str, text: str) -> str:
    return _translator[0](context, text) if text else text


# The words a row shows for an action, a role and a status (labels.py says them elsewhere in
# the window, from these same tables).
ACTION_TITLES: dict[str, str] = {
    "allow": QT_TRANSLATE_NOOP("actions", "Allow"),
    "flag": QT_TRANSLATE_NOOP("actions", "Flag"),
    "waiting_room": QT_TRANSLATE_NOOP("actions", "Waiting room"),
    "remove": QT_TRANSLATE_NOOP("actions", "Remove"),
    "block": QT_TRANSLATE_NOOP("actions", "Block"),
}
ROLE_TITLES: dict[str, str] = {
    "host": QT_TRANSLATE_NOOP("roles", "host"),
    "co-host": QT_TRANSLATE_NOOP("roles", "co-host"),
    "panelist": QT_TRANSLATE_NOOP("roles", "panelist"),
    "attendee": QT_TRANSLATE_NOOP("roles", "attendee"),
}
STATUS_TITLES: dict[str, str] = {
    "joined": QT_TRANSLATE_NOOP("statuses", "joined"),
    "waiting": QT_TRANSLATE_NOOP("statuses", "waiting"),
    "removed": QT_TRANSLATE_NOOP("statuses", "removed"),
    "blocked": QT_TRANSLATE_NOOP("statuses", "blocked"),
    "left": QT_TRANSLATE_NOOP("statuses", "left"),
}


def _titled(context: str, titles: dict[str, str], value: object) -> str:
    key = str(value or "")
    title = titles.get(key)
    return _translate(context, title) if title else key


def anonymizer_label(kind: object) -> str:
    """A kind of anonymizer ("public proxy") in the app's language; unknown kinds as they are."""
    key = str(kind or "")
    title = ANONYMIZER_TITLES.get(key)
    return _translate("anonymizers", title) if title else key.replace("_", " ")


def action_label(action: object) -> str:
    """The action's name as the window shows it ("Waiting room"); unknown actions as they are."""
    return _titled("actions", ACTION_TITLES, action)


def role_label(role: object) -> str:
    """A participant role ("co-host") in the app's language; unknown roles as they are."""
    return _titled("roles", ROLE_TITLES, role)


def status_label(status: object) -> str:
    """A participant's status ("waiting") in the app's language; unknown statuses as they are."""
    return _titled("statuses", STATUS_TITLES, status)


class Column(NamedTuple):
    """One roster column, declared once: the model and the window both read this."""

    key: str
    title: str
    width: int  # starting width in pixels (the host can resize; the layout is kept)
    visual: int  # starting position on screen (the host can drag columns; the order is kept)


# In model order: `render_row` builds each row's texts and sort keys in this order.
ROSTER_COLUMNS: tuple[Column, ...] = (
    Column("name", QT_TRANSLATE_NOOP("roster", "Name"), 190, 0),
    Column("role", QT_TRANSLATE_NOOP("roster", "Role"), 75, 5),
    Column("status", QT_TRANSLATE_NOOP("roster", "Status"), 65, 4),
    Column("country", QT_TRANSLATE_NOOP("roster", "Country"), 160, 1),
    Column("evidence", QT_TRANSLATE_NOOP("roster", "Evidence"), 230, 6),
    Column("network", QT_TRANSLATE_NOOP("roster", "Network"), 110, 7),
    Column("joined", QT_TRANSLATE_NOOP("roster", "Joined"), 70, 8),
    Column("decision", QT_TRANSLATE_NOOP("roster", "Decision"), 270, 2),
    Column("sync", QT_TRANSLATE_NOOP("roster", "Sync"), 95, 3),
)
_INDEX = {c.key: i for i, c in enumerate(ROSTER_COLUMNS)}
# Named, never bare numbers elsewhere.
COL_NAME = _INDEX["name"]
COL_ROLE = _INDEX["role"]
COL_STATUS = _INDEX["status"]
COL_COUNTRY = _INDEX["country"]
COL_EVIDENCE = _INDEX["evidence"]
COL_NETWORK = _INDEX["network"]
COL_JOINED = _INDEX["joined"]
COL_DECISION = _INDEX["decision"]
COL_SYNC = _INDEX["sync"]
COLUMNS = tuple(c.title for c in ROSTER_COLUMNS)
COLUMN_COUNT = len(COLUMNS)
# What a host looks at first comes first.
VISUAL_ORDER = tuple(sorted(range(COLUMN_COUNT), key=lambda i: ROSTER_COLUMNS[i].visual))

# Statuses that count as "in the meeting" for the country breakdown.
PRESENT_STATUSES = frozenset({"joined", "waiting"})

# Breakdown categories for addresses without a country, kept apart from countries.
CAT_UNKNOWN = "~unknown"
CAT_PRIVATE = "~private"
CAT_NO_ADDRESS = "~no_address"
CAT_INVALID = "~invalid"
SPECIAL_CATEGORIES = (CAT_UNKNOWN, CAT_PRIVATE, CAT_NO_ADDRESS, CAT_INVALID)
CATEGORY_LABELS = {
    CAT_UNKNOWN: QT_TRANSLATE_NOOP("roster", "Unknown (not in database)"),
    CAT_PRIVATE: QT_TRANSLATE_NOOP("roster", "Private network"),
    CAT_NO_ADDRESS: QT_TRANSLATE_NOOP("roster", "No address reported"),
    CAT_INVALID: QT_TRANSLATE_NOOP("roster", "Invalid address"),
}

# The engine's sync states in words (one per `SyncState`, checked by a test).
SYNC_LABELS = {
    SyncState.NONE: "",
    SyncState.PENDING: QT_TRANSLATE_NOOP("roster", "Pending"),
    SyncState.APPLIED: QT_TRANSLATE_NOOP("roster", "Applied"),
    SyncState.FAILED: QT_TRANSLATE_NOOP("roster", "Failed"),
    SyncState.UNSUPPORTED: QT_TRANSLATE_NOOP("roster", "Unsupported"),
    SyncState.MANUAL: QT_TRANSLATE_NOOP("roster", "Manual"),
    SyncState.BACKING_OFF: QT_TRANSLATE_NOOP("roster", "Backing off"),
}

NOT_SENT_LABEL = QT_TRANSLATE_NOOP("roster", "Not sent")
NOT_SENT_DETAIL = QT_TRANSLATE_NOOP(
    "roster", "Not sent yet: press Apply (or turn on auto-apply for new joiners in Settings).")
EXEMPT_FORMAT = QT_TRANSLATE_NOOP("roster", "{action} (exempt)")
DEFAULT_FORMAT = QT_TRANSLATE_NOOP("roster", "{action} (default)")
NO_NAME = QT_TRANSLATE_NOOP("roster", "(no name reported)")  # see name_label
REPRESENTS_FORMAT = QT_TRANSLATE_NOOP("roster", "represents {country}")  # Evidence column
ANYCAST_WORD = QT_TRANSLATE_NOOP("roster", "anycast")  # Network column
# The Country column's tooltip and the Decision column's (and the details pane's reason): what
# the location rests on and why the decision, in the app's language (`place_text`,
# `reason_text`). The same facts as the English reason the audit keeps (`Decision.reason`).
PLACE_FORMATS = {
    "resolved": QT_TRANSLATE_NOOP("roster", "in {country}, per {database} {month}"),
    "unknown": QT_TRANSLATE_NOOP("roster", "country unknown (address not found in {database} {month})"),
    "noted": QT_TRANSLATE_NOOP("roster", "country unknown ({note})"),
    "private": QT_TRANSLATE_NOOP("roster", "country unknown (private network address)"),
    "invalid": QT_TRANSLATE_NOOP("roster", "country unknown (invalid address reported)"),
    "no_address": QT_TRANSLATE_NOOP("roster", "country unknown (no address reported)"),
}
REASON_FORMATS = {
    "rule": QT_TRANSLATE_NOOP("roster", "rule “{rule}”"),
    "default": QT_TRANSLATE_NOOP("roster", "no rule matched, default: {action}"),
    "exempt-role": QT_TRANSLATE_NOOP("roster", "exempt (role: {value})"),
    "exempt-email": QT_TRANSLATE_NOOP("roster", "exempt (e-mail matches {value})"),
    "network": QT_TRANSLATE_NOOP("roster", "address in {value}"),
    "flagged": QT_TRANSLATE_NOOP("roster", "flagged: {value}"),
    "region": QT_TRANSLATE_NOOP("roster", "region: {value}"),
    "role": QT_TRANSLATE_NOOP("roster", "role: {value}"),
}
LIST_SEPARATOR = QT_TRANSLATE_NOOP("roster", ", ")  # between the items of a list
FACT_SEPARATOR = QT_TRANSLATE_NOOP("roster", "; ")  # between separate facts
# The kinds of anonymizer an Anonymous-IP database reports (the Network column; labels.py
# says them elsewhere in the window, from this same table).
ANONYMIZER_TITLES: dict[str, str] = {
    "vpn": QT_TRANSLATE_NOOP("anonymizers", "VPN"),
    "tor": QT_TRANSLATE_NOOP("anonymizers", "Tor"),
    "hosting": QT_TRANSLATE_NOOP("anonymizers", "hosting"),
    "public_proxy": QT_TRANSLATE_NOOP("anonymizers", "public proxy"),
    "residential_proxy": QT_TRANSLATE_NOOP("anonymizers", "residential proxy"),
}

# Separator for tokens in the filter string: a control character, which plain_text removes
# from every name, so no name can forge a token.
SEP = "\x1e"


def _tr(text: str) -> str:
    """A roster word in the app's language (thread-safe: rows are rendered off the GUI thread)."""
    return _translate("roster", text)


def name_label(name: object, limit: int = 200) -> str:
    """A participant's name as the window shows it everywhere (roster, details pane, service
    panel): plain text, or "(no name reported)" in the app's language."""
    return plain_text(name, limit) or _tr(NO_NAME)


# What one roster row shows, computed once per change (off the GUI thread): a plain tuple,
# read by the V_* positions below. A plain tuple of plain values (str, int, float, bool, None,
# or plain tuples of them) is what CPython's garbage collector stops tracking after its first
# pass over it; a dataclass, NamedTuple or slots object is tracked for as long as it lives, and
# 50,000 rows of them made each full collection of the window's process a stall.
RowView = tuple
V_ID = 0  # the participant id
V_TEXTS = 1  # the cells' texts, in column order
V_SORT = 2  # the cells' sort keys, in column order
V_FILTER = 3  # the searchable string (tokens, then the searchable text)
V_CATEGORY = 4  # the breakdown category
V_PRESENT = 5  # in the meeting (joined or waiting)
V_ACTION = 6  # the decision's action
V_SYNC = 7  # the sync state
V_SYNC_TIP = 8  # the Sync column's tooltip
V_REASON = 9  # the decision's reason (the Decision column's tooltip)
V_PLACE = 10  # where the address places the person, in a sentence (the Country column's tooltip)


def row_view(
    *,
    id: str,
    texts: tuple[str, ...],
    sort_keys: tuple[Any, ...],
    filter_key: str,
    category: str,
    present: bool,
    decision_action: str,
    sync: str,
    sync_tooltip: str,
    reason: str = "",
    place: str = "",
) -> RowView:
    """A row view built by field name (the tuple's items at the V_* positions)."""
    return (id, texts, sort_keys, filter_key, category, present, decision_action, sync, sync_tooltip,
            reason, place)  # fmt: skip


RowFilter = Callable[[RowView], bool]


def category_of(geo: Any) -> str:
    """The breakdown category: the country code, or one of the SPECIAL_CATEGORIES."""
    if geo.country:
        return str(geo.country)
    status = getattr(geo.status, "value", geo.status)
    if status == "private":
        return CAT_PRIVATE
    if status == "no_address":
        return CAT_NO_ADDRESS
    if status == "invalid":
        return CAT_INVALID
    return CAT_UNKNOWN


def sync_label(sync: str) -> str:
    """The Sync column's word for a sync state, in the app's language ("" for none)."""
    return _tr(SYNC_LABELS.get(sync, sync))


def category_label(key: str) -> str:
    if key in CATEGORY_LABELS:
        return _tr(CATEGORY_LABELS[key])
    return country_display_name(key)


# Flag emoji need a font with them (Windows' emoji font has none): without one, the ISO
# code stands in, so no row ever shows empty boxes. The app sets this at start-up.
_flags = {"emoji": True}


def use_flag_emoji(enabled: bool) -> None:
    _flags["emoji"] = bool(enabled)


def flag_emoji_shown() -> bool:
    """Whether flags are drawn as emoji (a font for them is installed)."""
    return _flags["emoji"]


def flag_text(code: str) -> str:
    return flag_emoji(code) if _flags["emoji"] else code.upper()


def country_text(geo: Any) -> str:
    if geo.country:
        key = (geo.country, _flags["emoji"], current_locale())
        shown = _COUNTRY_TEXT.get(key)
        if shown is None:
            shown = f"{flag_text(geo.country)} {country_display_name(geo.country, key[2])}".strip()
            if len(_COUNTRY_TEXT) < 10_000:
                _COUNTRY_TEXT[key] = shown
        return shown
    return _tr(CATEGORY_LABELS[category_of(geo)])


# (country code, flags as emoji) -> what country_text shows for it.
_COUNTRY_TEXT: dict[tuple[str, bool], str] = {}
# What place_text and reason_text said, by what they say it from (a few per meeting).
_PLACES: dict[tuple, str] = {}
_REASONS: dict[tuple, str] = {}


def place_text(geo: Any) -> str:
    """What a participant's location rests on, in the app's language: "in China (CN), per
    DB-IP 2026-11", "country unknown (private network address)"."""
    db = geo.database
    status = str(getattr(geo.status, "value", geo.status))
    key = (status, geo.country, geo.note, None if db is None else (db.label, db.build_date), current_locale())
    shown = _PLACES.get(key)
    if shown is not None:
        return shown
    database = plain_text(db.label, 100) if db is not None else ""
    month = db.month if db is not None else ""
    if status == "resolved" and geo.country:
        name = country_display_name(geo.country, key[4])
        country = f"{name} ({geo.country})" if name != geo.country else str(geo.country)
        shown = _tr(PLACE_FORMATS["resolved"]).format(country=country, database=database, month=month).strip()
    elif status == "unknown" and geo.note:
        shown = _tr(PLACE_FORMATS["noted"]).format(note=plain_text(geo.note, 300))
    elif status == "unknown":
        shown = _tr(PLACE_FORMATS["unknown"]).format(database=database, month=month).replace(" )", ")")
    else:
        shown = _tr(PLACE_FORMATS.get(status, PLACE_FORMATS["no_address"]))
    if len(_PLACES) >= 10_000:
        _PLACES.clear()
    _PLACES[key] = shown
    return shown


# How each part of a rule's reason says its values (plain text otherwise).
_SAID: dict[str, Callable[[Any], str]] = {"flagged": anonymizer_label, "role": role_label}


def list_separator() -> str:
    """Between the items of a list, as the app's language writes it ("、" in Chinese)."""
    return _tr(LIST_SEPARATOR)


def fact_separator() -> str:
    """Between separate facts, as the app's language writes it ("；" in Chinese)."""
    return _tr(FACT_SEPARATOR)


def reason_text(decision: Any, geo: Any) -> str:
    """Why the decision, in the app's language (the English `Decision.reason` is what the
    audit keeps): the location, what else the rule matched on, and the rule; or the
    exemption. A decision without its parts (`Decision.why`) shows its English reason."""
    why = getattr(decision, "why", ())
    if not why:
        return plain_text(decision.reason, 500)
    kind = why[0]
    if kind in ("exempt-role", "exempt-email"):
        key = (why, current_locale())
    else:
        key = (why, decision.rule, decision.action, place_text(geo))
    shown = _REASONS.get(key)
    if shown is not None:
        return shown
    if kind == "exempt-role":
        shown = _tr(REASON_FORMATS[kind]).format(value=role_label(why[1]))
    elif kind == "exempt-email":
        shown = _tr(REASON_FORMATS[kind]).format(value=plain_text(why[1], 200))
    else:
        facts = [key[3]]
        if kind == "rule":
            for extra, value in why[1] if len(why) > 1 else ():
                if extra == "asn":
                    facts.append(plain_text(value, 200))
                elif extra in REASON_FORMATS:
                    said = _SAID.get(extra, plain_text)
                    if isinstance(value, tuple):
                        value = list_separator().join(said(v) for v in value)
                    else:
                        value = said(value)
                    facts.append(_tr(REASON_FORMATS[extra]).format(value=value))
            facts.append(_tr(REASON_FORMATS["rule"]).format(rule=plain_text(decision.rule, 100)))
        else:
            facts.append(_tr(REASON_FORMATS["default"]).format(action=action_label(decision.action)))
        shown = plain_text(fact_separator().join(facts), 500)
    if len(_REASONS) >= 10_000:
        _REASONS.clear()
    _REASONS[key] = shown
    return shown


def evidence_text(geo: Any) -> str:
    parts = []
    if geo.ip:
        parts.append(geo.ip)
    db = geo.database
    if db is not None and geo.ip and category_of(geo) not in (CAT_PRIVATE, CAT_INVALID):
        parts.append(f"{db.label} {db.build_date.isoformat()}")
    if geo.represented_country:
        parts.append(_tr(REPRESENTS_FORMAT).format(country=geo.represented_country))
    return " · ".join(parts) if parts else "—"


def network_text(geo: Any) -> str:
    parts = []
    if geo.is_anycast:
        parts.append(_tr(ANYCAST_WORD))
    if geo.asn is not None:
        org = plain_text(geo.as_org or "", 40)
        parts.append(f"AS{geo.asn} {org}".strip())
    for a in sorted(geo.anonymizers):
        parts.append(anonymizer_label(a))
    return ", ".join(parts)


def decision_text(decision: Any) -> str:
    label = action_label(decision.action)
    if decision.exempt:
        return _tr(EXEMPT_FORMAT).format(action=label)
    if decision.rule:
        rule = plain_text(decision.rule, 60)
        if rule.casefold().startswith(label.casefold()):
            return rule  # "Waiting room for CN", not "Waiting room · Waiting room for CN"
        return f"{label} · {rule}"
    return _tr(DEFAULT_FORMAT).format(action=label)


def _joined(value: str | None) -> tuple[str, float]:
    """The join time as the local wall clock ('14:05:09') and its timestamp (for sorting)."""
    if not value:
        return "", 0.0
    key = (value, time.tzname)
    hit = _JOINED.get(key)
    if hit is not None:
        return hit
    try:
        t = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return plain_text(value, 30), 0.0
    if t.tzinfo is None:
        t = t.replace(tzinfo=dt.UTC)
    ts = t.timestamp()
    second = math.floor(ts)
    offset = _local_offset(second)
    if offset is None:
        shown = t.astimezone().strftime("%H:%M:%S")
    else:
        # What astimezone().strftime("%H:%M:%S") shows, by arithmetic: strftime costs an
        # import of the time module per call, which is most of a row's rendering.
        local = (second + offset) % 86400
        shown = f"{local // 3600:02d}:{local // 60 % 60:02d}:{local % 60:02d}"
    if len(_JOINED) >= 20_000:
        _JOINED.clear()
    _JOINED[key] = result = (shown, ts)
    return result


# joined_at text -> what _joined makes of it: people joining in a burst share the second.
_JOINED: dict[tuple[str, tuple[str, str]], tuple[str, float]] = {}
# (15-minute slot, time zone) -> the local UTC offset in seconds throughout that slot, or
# None when it changes inside it (then astimezone decides, as for every row before).
_OFFSETS: dict[tuple[int, tuple[str, str]], int | None] = {}
_SLOT = 900


def _local_offset(second: int) -> int | None:
    slot = second // _SLOT
    key = (slot, time.tzname)
    if key in _OFFSETS:
        return _OFFSETS[key]
    try:
        # The offset astimezone() uses is localtime's tm_gmtoff at that second.
        first = time.localtime(slot * _SLOT).tm_gmtoff
        last = time.localtime(slot * _SLOT + _SLOT - 1).tm_gmtoff
        offset = first if first == last and isinstance(first, int) else None
    except (OverflowError, OSError, ValueError):
        offset = None
    if len(_OFFSETS) >= 10_000:
        _OFFSETS.clear()
    _OFFSETS[key] = offset
    return offset


def tooltip(text: str) -> str:
    """A tooltip that Qt shows as literal text, whatever markup the text contains."""
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>" if text else ""


# Words many rows repeat (a role, a status, a decision, a country's sort key...): one string
# each, shared by every row that shows it, instead of a copy per row (each entry arrives as its
# own pickle, so its strings are its own).
_SHARED: dict[str, str] = {}


def _share(text: str) -> str:
    shared = _SHARED.get(text)
    if shared is None:
        if len(_SHARED) >= 20_000:
            _SHARED.clear()
        shared = _SHARED.setdefault(text, text)
    return shared


def render_row(entry: Any) -> RowView:
    """Everything the table needs for one entry, as a plain tuple of plain values (see
    RowView). Pure and thread-safe (runs on worker threads)."""
    p, geo, d = entry.participant, entry.geo, entry.decision
    name = name_label(p.name)
    email = plain_text(p.email, 120)
    status = _share(str(p.status))
    role = _share(str(p.role))
    action = _share(str(d.action))
    cat = _share(category_of(geo))
    country = country_text(geo)
    joined_text, joined_ts = _joined(p.joined_at)
    sync = _share(str(entry.sync or "none"))  # a SyncState is a str enum: its plain value is kept
    sync_label = _share(_tr(SYNC_LABELS.get(sync, sync)))
    detail = plain_text(entry.sync_detail or "", 300)
    if sync == "none" and getattr(d, "enforcing", False):
        # Decided, but nothing sent yet (joined after the last Apply, auto-apply off): say so,
        # or an empty cell next to "Waiting room" reads as if it had been done.
        sync_label = _tr(NOT_SENT_LABEL)
        detail = detail or _tr(NOT_SENT_DETAIL)
    texts = (
        name,
        _share(role_label(role)),
        _share(status_label(status)),
        country,
        evidence_text(geo),
        _share(network_text(geo)),
        joined_text,
        _share(decision_text(d)),
        sync_label,
    )
    # Searched for the country's name (and code), not its flag: an emoji in a string makes
    # Python store every character of it in four bytes.
    country_words = country_display_name(geo.country) if geo.country else country
    sort_keys = (
        name.casefold(),
        role,
        status,
        _share(f"0{country_words.casefold()}" if geo.country else f"1{country.casefold()}"),
        str(geo.ip or ""),
        texts[COL_NETWORK],
        float(joined_ts),
        texts[COL_DECISION],
        sync_label,
    )
    filter_key = SEP.join(
        (
            "",
            f"c:{cat}",
            f"d:{action}",
            f"s:{sync}",
            f"st:{status}",
            f"{name}\t{email}\t{role}\t{status}\t{geo.country or ''}\t{country_words}\t{geo.ip}\t"
            f"{texts[COL_DECISION]}\t{sync_label}\t{texts[COL_NETWORK]}".casefold(),
            "",
        )
    )
    return (
        str(p.id),
        texts,
        sort_keys,
        filter_key,
        cat,
        status in PRESENT_STATUSES,
        action,
        sync,
        _share(tooltip(f"{sync_label}: {detail}" if detail and sync_label else detail)),
        # The tooltips of the Decision and Country columns: shared by the many rows with the
        # same decision and place, and in the row so that a tooltip needs no entry.
        _share(reason_text(d, geo)),
        _share(place_text(geo)),
    )



# -- the words, for the engine process -------------------------------------------------------
def _translatable() -> list[tuple[str, str]]:
    """Every (context, source text) a row may show, but country names."""
    pairs = [("roster", t) for t in (*CATEGORY_LABELS.values(), *SYNC_LABELS.values(), NOT_SENT_LABEL,
                                     NOT_SENT_DETAIL, EXEMPT_FORMAT, DEFAULT_FORMAT, NO_NAME, REPRESENTS_FORMAT,
                                     ANYCAST_WORD, *PLACE_FORMATS.values(), *REASON_FORMATS.values(),
                                     LIST_SEPARATOR, FACT_SEPARATOR) if t]  # fmt: skip
    pairs += [("anonymizers", t) for t in ANONYMIZER_TITLES.values()]
    pairs += [("actions", t) for t in ACTION_TITLES.values()]
    pairs += [("roles", t) for t in ROLE_TITLES.values()]
    pairs += [("statuses", t) for t in STATUS_TITLES.values()]
    return pairs


def words_for_engine() -> dict[str, Any]:
    """The words this process's rows show, translated as it translates them now, and its
    country names' language: what the engine process needs to render rows without Qt."""
    words = {}
    for context, text in _translatable():
        shown = _translate(context, text)
        if shown != text:
            words[f"{context}\x04{text}"] = shown
    return {"words": words, "locale": current_locale()}


def table_translator(words: dict[str, str]) -> Translator:
    """A translator that reads ``words`` (from `words_for_engine`); other texts stay as they are."""
    table = {str(k): str(v) for k, v in words.items()}

    def translate(context: str, text: str) -> str:
        return table.get(f"{context}\x04{text}", text)

    return translate


def install_words(options: dict[str, Any]) -> None:
    """Render rows with the words and country names `words_for_engine` gave (engine process)."""
    set_translator(table_translator(dict(options.get("words") or {})))
    country_names.set_locale(str(options.get("locale") or "en"))
    use_flag_emoji(bool(options.get("flag_emoji", True)))
