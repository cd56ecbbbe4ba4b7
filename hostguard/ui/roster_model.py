"""The live roster as a Qt table model, mirrored from the engine's batched diffs.

The engine owns participant state; this model only mirrors it. Each `RosterEntry` is turned
into a `RowView` (display texts, sort keys, the filter key) by `render_row`, a pure function
that the engine bridge runs on the engine's worker thread, so the GUI thread only swaps list
items. The view reaches the model through `RosterFilterProxy` (a `QSortFilterProxyModel`), but
sorting and filtering happen here, in Python over the rendered rows, and painting asks one
`multiData` call per cell: Qt calls into Python as little as possible, because each call
takes the interpreter lock again, and that is what stalls a window showing tens of thousands
of people while the engine's threads are busy.

Names are always plain text: every text that comes from a service passes through
`plain_text`, and tooltips are escaped HTML, so markup and bidi overrides show literally.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import html
import math
import operator
import time
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import compress
from typing import Any, ClassVar, NamedTuple

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)

from hostguard.core.countries import flag_emoji
from hostguard.core.participants import plain_text
from hostguard.engine import SyncState
from hostguard.ui import theme
from hostguard.ui.country_names import country_display_name, current_locale
from hostguard.ui.labels import action_label, role_label, status_label
from hostguard.ui.qtcompat import emit


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

SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # raw comparable value of the cell
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 2  # the RosterEntry behind the row
FILTER_ROLE = Qt.ItemDataRole.UserRole + 3  # one searchable string per row (column 0)
ID_ROLE = Qt.ItemDataRole.UserRole + 4  # the participant id
CATEGORY_ROLE = Qt.ItemDataRole.UserRole + 5  # breakdown category key (country code or ~status)

_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_DECORATION = int(Qt.ItemDataRole.DecorationRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole.value)
_SORT, _OBJECT, _FILTER, _ID, _CATEGORY = SORT_ROLE, OBJECT_ROLE, FILTER_ROLE, ID_ROLE, CATEGORY_ROLE

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

# Separator for tokens in the filter string: a control character, which plain_text removes
# from every name, so no name can forge a token.
SEP = "\x1e"


def _tr(text: str) -> str:
    """A roster word in the app's language (thread-safe: rows are rendered off the GUI thread)."""
    return QCoreApplication.translate("roster", text) if text else text


@dataclass(frozen=True, slots=True)
class RowView:
    """What one roster row shows, computed once per change (off the GUI thread)."""

    id: str
    texts: tuple[str, ...]
    sort_keys: tuple[Any, ...]
    filter_key: str
    category: str
    present: bool
    decision_action: str
    sync: str
    sync_tooltip: str


RowFilter = Callable[[RowView], bool]
_ID_OF = operator.attrgetter("id")


def _picker(order: list[int]) -> Callable[[list[Any]], list[Any]]:
    """A function that reorders a list by ``order`` in C (itemgetter), for big re-sorts."""
    if len(order) < 2:
        return lambda items: [items[i] for i in order]
    get = operator.itemgetter(*order)
    return lambda items: list(get(items))


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


def evidence_text(geo: Any) -> str:
    parts = []
    if geo.ip:
        parts.append(geo.ip)
    db = geo.database
    if db is not None and geo.ip and category_of(geo) not in (CAT_PRIVATE, CAT_INVALID):
        parts.append(f"{db.label} {db.build_date.isoformat()}")
    if geo.represented_country:
        parts.append(f"represents {geo.represented_country}")
    return " · ".join(parts) if parts else "—"


def network_text(geo: Any) -> str:
    parts = []
    if geo.is_anycast:
        parts.append("anycast")
    if geo.asn is not None:
        org = plain_text(geo.as_org or "", 40)
        parts.append(f"AS{geo.asn} {org}".strip())
    for a in sorted(geo.anonymizers):
        parts.append(a.replace("_", " "))
    return ", ".join(parts)


def decision_text(decision: Any) -> str:
    label = action_label(decision.action)
    if decision.exempt:
        return QCoreApplication.translate("roster", "{action} (exempt)").format(action=label)
    if decision.rule:
        rule = plain_text(decision.rule, 60)
        if rule.casefold().startswith(label.casefold()):
            return rule  # "Waiting room for CN", not "Waiting room · Waiting room for CN"
        return f"{label} · {rule}"
    return QCoreApplication.translate("roster", "{action} (default)").format(action=label)


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


def render_row(entry: Any) -> RowView:
    """Everything the table needs for one entry. Pure and thread-safe (runs on worker threads)."""
    p, geo, d = entry.participant, entry.geo, entry.decision
    name = plain_text(p.name) or "(no name)"
    email = plain_text(p.email, 120)
    status = str(p.status)
    cat = category_of(geo)
    country = country_text(geo)
    joined_text, joined_ts = _joined(p.joined_at)
    sync = entry.sync or "none"
    sync_label = _tr(SYNC_LABELS.get(sync, sync))
    detail = plain_text(entry.sync_detail or "", 300)
    if sync == "none" and getattr(d, "enforcing", False):
        # Decided, but nothing sent yet (joined after the last Apply, auto-apply off): say so,
        # or an empty cell next to "Waiting room" reads as if it had been done.
        sync_label = _tr(NOT_SENT_LABEL)
        detail = detail or QCoreApplication.translate(
            "roster", "Not sent yet: press Apply (or turn on auto-apply for new joiners in Settings).")
    texts = (
        name,
        role_label(p.role),
        status_label(status),
        country,
        evidence_text(geo),
        network_text(geo),
        joined_text,
        decision_text(d),
        sync_label,
    )
    sort_keys = (
        name.casefold(),
        p.role,
        status,
        f"0{country_display_name(geo.country).casefold()}" if geo.country else f"1{country.casefold()}",
        geo.ip or "",
        texts[COL_NETWORK],
        joined_ts,
        texts[COL_DECISION],
        sync_label,
    )
    filter_key = SEP.join(
        (
            "",
            f"c:{cat}",
            f"d:{d.action}",
            f"s:{sync}",
            f"st:{status}",
            f"{name}\t{email}\t{p.role}\t{status}\t{geo.country or ''}\t{country}\t{geo.ip}\t"
            f"{texts[COL_DECISION]}\t{sync_label}\t{texts[COL_NETWORK]}".casefold(),
            "",
        )
    )
    return RowView(
        id=str(p.id),
        texts=texts,
        sort_keys=sort_keys,
        filter_key=filter_key,
        category=cat,
        present=status in PRESENT_STATUSES,
        decision_action=d.action,
        sync=sync,
        sync_tooltip=tooltip(f"{sync_label}: {detail}" if detail and sync_label else detail),
    )


class RosterModel(QAbstractTableModel):
    """The roster table.

    Rows are kept in join order, or sorted by one column when the view asks (`sort`). The
    sort runs here, in Python over the precomputed SORT_ROLE keys, instead of in the proxy:
    QSortFilterProxyModel would call data() twice per comparison, about 1.6 million Python
    calls (seconds) for 50,000 rows, where a key sort takes a few tens of milliseconds. While
    sorted, a few new rows go to their places at once in a small table, or at the end of a
    big one; rows out of place (new, or whose sort key changed) are moved by a re-sort at
    most once per RESORT_DELAY_MS, so a stream of changes never reorders the table more than
    once a second. The row filter (`set_row_filter`) also runs here; rows it leaves out are
    held apart (`_hidden`), still counted in the breakdown.
    """

    # Emitted after each applied batch: the participant ids that changed or left.
    batchApplied = Signal(object, object)  # (set of upserted ids, set of removed ids)
    categoriesChanged = Signal()

    MAX_RUNS = 64
    RESORT_DELAY_MS = 1000
    SMALL_INSERT = 32  # more new rows than this while sorted: append, then one re-sort
    # At most this many rows out of place: the re-sort moves only those (each move is a few
    # list operations over the whole table, about 0.04 ms at 50,000 rows; a full sort, 50 ms).
    FEW_UNSORTED = 600
    # Up to this many rows, a few new rows go to their sorted places at once; in a larger
    # table each such insert costs the proxy and the view a pass over their rows, so new rows
    # are added at the end in one block and put in place by the next timed re-sort (<= 1 s).
    INSERT_IN_PLACE_UP_TO = 5000

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._entries: list[Any] = []
        self._views: list[RowView] = []
        self._seq: list[int] = []  # join order, for "unsorted" and as the tie-breaker
        self._next_seq = 0
        # Where each row is: a number per row that increases down the table (`_coords`, in row
        # order) and each participant's number (`_coord_of`). A row is found by bisecting
        # `_coords`, so removing a row is a list deletion, not a renumbering of every row
        # below it (which, at 50,000 rows, cost the GUI thread 20 ms per batch). A row
        # inserted between two others takes the midpoint of their numbers.
        self._coords: list[float] = []
        self._coord_of: dict[str, float] = {}
        # Participants the row filter leaves out: id -> (entry, view, join sequence number).
        self._hidden: dict[str, tuple[Any, RowView, int]] = {}
        self._accept: RowFilter | None = None
        # Rows that may be out of place (their sort key changed, or they were appended in a
        # flood): the next re-sort moves only these when they are few (`_do_resort`).
        self._unsorted: set[str] = set()
        # Held around the model's own long passes (re-sort, filter): see engine/pacing.py.
        # The engine bridge sets it to its gate; without one, nothing is held.
        self.foreground: Any | None = None
        self._sort_col = -1
        self._sort_desc = False
        self._resort_timer = QTimer(self)
        self._resort_timer.setSingleShot(True)
        self._resort_timer.setInterval(self.RESORT_DELAY_MS)
        self._resort_timer.timeout.connect(self._resort)
        self.category_counts: Counter[str] = Counter()  # present participants per category
        self.present_count = 0

    # -- Qt model interface -------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._views)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal and 0 <= section < COLUMN_COUNT
        if horizontal and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return QCoreApplication.translate("roster", COLUMNS[section])
        if (orientation == Qt.Orientation.Vertical and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)
                and 0 <= section < len(self._views)):
            # The row's header for screen readers (the header itself is hidden): the person's name.
            return self._views[section].texts[COL_NAME]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> Any:
        # Hot path: the proxy calls this for every row it sorts or filters.
        row = index.row()
        if row < 0 or row >= len(self._views):
            return None
        return self._value(row, index.column(), int(role))

    def multiData(self, index: QModelIndex | QPersistentModelIndex, roleDataSpan: Any) -> None:
        """Every role the view asks for one cell, in one call.

        A view paints a cell with seven roles (display, decoration, font, colours...). Asked
        one by one, that is seven calls into Python per cell, each taking the interpreter
        lock again, which a busy engine thread can delay: painting one call per cell is what
        keeps a full repaint short while hundreds of updates a second arrive.
        """
        row = index.row()
        if row < 0 or row >= len(self._views):
            for rd in roleDataSpan:
                rd.clearData()
            return
        col, value = index.column(), self._value
        for rd in roleDataSpan:
            rd.setData(value(row, col, rd.role()))

    def _value(self, row: int, col: int, r: int) -> Any:
        # Plain int roles and the three hot roles first keep the cost per call low.
        if r == _DISPLAY:
            return self._views[row].texts[col]
        if r == _SORT:
            return self._views[row].sort_keys[col]
        if r == _FILTER:
            return self._views[row].filter_key
        return self._other_data(row, col, r)

    def _other_data(self, row: int, col: int, role: int) -> Any:
        v = self._views[row]
        if role == _DECORATION:
            if col == COL_DECISION:
                return theme.action_icon(v.decision_action)
            if col == COL_SYNC and v.sync != "none":
                return theme.sync_icon(v.sync)
            return None
        if role == _TOOLTIP:
            if col == COL_SYNC:
                return v.sync_tooltip or None
            if col in (COL_DECISION, COL_EVIDENCE, COL_NETWORK, COL_COUNTRY):
                return tooltip(self._tooltip_text(row, col))
            return None
        if role == _OBJECT:
            return self._entries[row]
        if role == _ID:
            return v.id
        if role == _CATEGORY:
            return v.category
        if role == _ACCESSIBLE:
            return v.texts[col]
        return None

    def _tooltip_text(self, row: int, col: int) -> str:
        e = self._entries[row]
        if col == COL_DECISION:
            return plain_text(e.decision.reason, 500)
        if col == COL_COUNTRY:
            return e.geo.summary()
        return self._views[row].texts[col]

    # -- access ---------------------------------------------------------------------------
    def entry(self, participant_id: str) -> Any | None:
        """The participant's entry, shown or filtered out."""
        row = self.row_of(participant_id)
        if row is not None:
            return self._entries[row]
        hidden = self._hidden.get(participant_id)
        return None if hidden is None else hidden[0]

    def has_row(self, participant_id: str) -> bool:
        """Whether the participant is a row now (shown: not filtered out)."""
        return participant_id in self._coord_of

    def row_of(self, participant_id: str) -> int | None:
        """The participant's row, or None when absent or filtered out."""
        c = self._coord_of.get(participant_id)
        return None if c is None else bisect_left(self._coords, c)

    def _renumber(self) -> None:
        self._coords = list(map(float, range(len(self._views))))
        self._coord_of = dict(zip(map(_ID_OF, self._views), self._coords, strict=True))

    def entries(self) -> list[Any]:
        """Every participant's entry, those filtered out included."""
        return [*self._entries, *(h[0] for h in self._hidden.values())]

    @property
    def total_count(self) -> int:
        """Participants held, shown or filtered out (rowCount counts the shown ones)."""
        return len(self._views) + len(self._hidden)

    # -- filtering --------------------------------------------------------------------------
    @property
    def row_filter(self) -> RowFilter | None:
        return self._accept

    def set_row_filter(self, accept: RowFilter | None) -> None:
        """Show only the rows ``accept`` takes (None: every row), in the current order.

        The filter runs here, in Python over the rendered rows (a few string tests each),
        rather than in the proxy: a proxy filter calls into Python once per row (hundreds
        of milliseconds at 50,000 rows, per keystroke). The model is reset once; the view's
        selection is restored by whoever holds it (the main window, by participant id).
        """
        with self._held():
            self._set_row_filter(accept)

    def _set_row_filter(self, accept: RowFilter | None) -> None:
        resort_due = self._resort_timer.isActive()
        self._resort_timer.stop()
        current = self._accept
        if accept is not None and (
            current is None
            or (isinstance(accept, RowMatch) and isinstance(current, RowMatch) and accept.within(current))
        ):
            # Narrower than now (the next letter of a search, a country picked): only the
            # rows shown now can stay, in the order they have.
            take = list(map(accept, self._views))
            entries, views, seqs = self._entries, self._views, self._seq
            self.beginResetModel()
            self._accept = accept
            for i in compress(range(len(views)), map(operator.not_, take)):
                self._hidden[views[i].id] = (entries[i], views[i], seqs[i])
            self._entries = list(compress(entries, take))
            self._views = list(compress(views, take))
            self._seq = list(compress(seqs, take))
            self._renumber()
            self.endResetModel()
            if resort_due:
                self._resort_timer.start()
            return
        hidden_now = list(self._hidden.values())
        entries = self._entries + [h[0] for h in hidden_now]
        views = self._views + [h[1] for h in hidden_now]
        seqs = self._seq + [h[2] for h in hidden_now]
        take = [True] * len(views) if accept is None else list(map(accept, views))
        shown_views, shown_seqs = list(compress(views, take)), list(compress(seqs, take))
        pick = _picker(self._sorted_order(shown_views, shown_seqs))
        self.beginResetModel()
        self._accept = accept
        self._unsorted.clear()  # everyone shown is in order now
        self._entries = pick(list(compress(entries, take)))
        self._views = pick(shown_views)
        self._seq = pick(shown_seqs)
        self._hidden = {
            views[i].id: (entries[i], views[i], seqs[i])
            for i in compress(range(len(views)), map(operator.not_, take))
        }
        self._renumber()
        self.endResetModel()

    # -- updates ----------------------------------------------------------------------------
    def clear(self) -> None:
        self.beginResetModel()
        self._entries.clear()
        self._views.clear()
        self._seq.clear()
        self._coords.clear()
        self._coord_of.clear()
        self._hidden.clear()
        self._unsorted.clear()
        self.category_counts.clear()
        self.present_count = 0
        self.endResetModel()
        emit(self.categoriesChanged)

    def apply_diff(self, diff: Any) -> None:
        """Apply an engine `RosterDiff` directly (renders on the calling thread)."""
        self.apply_batch([(e, render_row(e)) for e in diff.upserted], list(diff.removed_ids))

    def apply_batch(
        self, upserts: Sequence[tuple[Any, RowView]], removed_ids: Iterable[str]
    ) -> None:
        """Apply one coalesced batch: removals, then updates in place, then new rows.

        A participant is counted (breakdown) whether shown or filtered out; a change can move
        a participant in or out of the filter, which removes or inserts its row. Signals are
        grouped: one beginRemoveRows per contiguous run of removed rows, dataChanged per run
        of changed rows, one beginInsertRows for rows that go at the end.
        """
        accept, hidden, coord_of = self._accept, self._hidden, self._coord_of
        col = self._sort_col
        upserted_ids: set[str] = set()
        removed: set[str] = set()
        counts_changed = False
        # 1. Participants who left, then rows the filter no longer takes: out of the rows.
        out_rows: list[int] = []
        for pid in removed_ids:
            if pid in coord_of:
                row = self.row_of(pid)
                self._count(self._views[row], -1)
                out_rows.append(row)
            elif pid in hidden:
                self._count(hidden.pop(pid)[1], -1)
            else:
                continue
            removed.add(pid)
            counts_changed = True
        if out_rows:  # now, so that an id both removed and upserted comes back as new
            self._remove_rows(sorted(out_rows, reverse=True))
            out_rows = []
        latest: dict[str, tuple[Any, RowView]] = {}
        for entry, view in upserts:  # the same id twice in one batch: the latest wins
            latest[view.id] = (entry, view)
        changes: list[tuple[Any, RowView]] = []
        arrivals: list[tuple[Any, RowView, int]] = []  # (entry, view, seq) to become rows
        only_new = True  # every arrival is a new participant (so in join order already)
        for pid, (entry, view) in latest.items():
            upserted_ids.add(pid)
            shown = accept is None or accept(view)
            if pid in coord_of:
                row = self.row_of(pid)
                old = self._views[row]
                if old.category != view.category or old.present != view.present:
                    self._count(old, -1)
                    self._count(view, +1)
                    counts_changed = True
                if shown:
                    changes.append((entry, view))
                else:
                    hidden[pid] = (entry, view, self._seq[row])
                    out_rows.append(row)
            elif pid in hidden:
                _e, old, seq = hidden[pid]
                if old.category != view.category or old.present != view.present:
                    self._count(old, -1)
                    self._count(view, +1)
                    counts_changed = True
                if shown:
                    del hidden[pid]
                    arrivals.append((entry, view, seq))
                    only_new = False
                else:
                    hidden[pid] = (entry, view, seq)
            else:
                seq = self._next_seq
                self._next_seq += 1
                self._count(view, +1)
                counts_changed = True
                if shown:
                    arrivals.append((entry, view, seq))
                else:
                    hidden[pid] = (entry, view, seq)
        if out_rows:
            self._remove_rows(sorted(out_rows, reverse=True))
        # 2. Changes in place (rows found again: the removals above moved them).
        resort = False
        changed_rows: list[int] = []
        coords = self._coords
        for entry, view in changes:
            row = bisect_left(coords, coord_of[view.id])
            old = self._views[row]
            self._entries[row] = entry
            self._views[row] = view
            changed_rows.append(row)
            if col >= 0 and old.sort_keys[col] != view.sort_keys[col]:
                self._unsorted.add(view.id)
                resort = True
        if changed_rows:
            self._emit_changed(changed_rows)
        # 3. New rows: at the end when they belong there (new joiners in join order), else
        #    in place when few, else at the end until the next timed re-sort.
        if arrivals:
            if col < 0 and only_new:  # new joiners in join order: they go at the end
                self._append(arrivals)
            elif len(arrivals) <= self.SMALL_INSERT and len(self._views) < self.INSERT_IN_PLACE_UP_TO:
                self._insert_sorted(arrivals)
            else:
                # A flood (the first roster of a big event), or new rows in a big table: append
                # now, in one block, and sort with the next timed re-sort (once a second at most).
                self._append(arrivals)
                self._unsorted.update(a[1].id for a in arrivals)
                resort = True
        if resort and not self._resort_timer.isActive():
            self._resort_timer.start()
        if counts_changed:
            emit(self.categoriesChanged)
        if upserted_ids or removed:
            emit(self.batchApplied, upserted_ids, removed)

    def _append(self, arrivals: list[tuple[Any, RowView, int]]) -> None:
        first = len(self._views)
        self.beginInsertRows(QModelIndex(), first, first + len(arrivals) - 1)
        self._entries.extend(a[0] for a in arrivals)
        self._views.extend(a[1] for a in arrivals)
        self._seq.extend(a[2] for a in arrivals)
        base = self._coords[-1] + 1.0 if self._coords else 0.0
        new_coords = [base + i for i in range(len(arrivals))]
        self._coords.extend(new_coords)
        self._coord_of.update(zip([a[1].id for a in arrivals], new_coords, strict=True))
        self.endInsertRows()

    def _insert_sorted(self, arrivals: list[tuple[Any, RowView, int]]) -> None:
        """Insert a few rows at their places in the current order (one insert signal each)."""
        if self._unsorted:
            # The search below may meet rows not yet in place: these go where it says, and
            # are placed again, exactly, by the re-sort that is due anyway.
            self._unsorted.update(a[1].id for a in arrivals)
        self._place_rows(arrivals, signal=True)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column`` (-1: join order); kept sorted as rows arrive and change."""
        self._sort_col = column if 0 <= column < COLUMN_COUNT else -1
        self._sort_desc = order == Qt.SortOrder.DescendingOrder and self._sort_col >= 0
        self._resort(full=True)

    @property
    def sort_column(self) -> int:
        return self._sort_col

    def _held(self) -> Any:
        gate = self.foreground
        return gate.hold() if gate is not None else contextlib.nullcontext()

    def _resort(self, full: bool = False) -> None:
        started = time.perf_counter()
        try:
            with self._held():
                self._do_resort(full)
        finally:
            # Keep the time spent re-sorting under a tenth of the wall clock (a full re-sort
            # of a huge roster takes tens of milliseconds).
            took_ms = (time.perf_counter() - started) * 1000
            self._resort_timer.setInterval(max(self.RESORT_DELAY_MS, int(took_ms * 10)))

    def _do_resort(self, full: bool = False) -> None:
        """Put rows in order: all of them (a new sort column), or, when only a few may be out
        of place (changed keys, a flood appended), just those."""
        self._resort_timer.stop()
        dirty = [pid for pid in self._unsorted if pid in self._coord_of]
        self._unsorted.clear()
        n = len(self._views)
        if not full and not dirty:
            return
        if not full and len(dirty) <= self.FEW_UNSORTED:
            self._move_into_place(dirty)
            return
        order = self._sorted_order()
        if order == list(range(n)):
            return
        emit(self.layoutAboutToBeChanged)
        before = self.persistentIndexList()
        if len(before) > 32:
            new_row = [0] * n
            for new, old in enumerate(order):
                new_row[old] = new
            after = [self.index(new_row[p.row()], p.column()) for p in before]
        else:  # the usual few (the current row, a selection): no 50,000-entry inverse
            after = [self.index(order.index(p.row()), p.column()) for p in before]
        pick = _picker(order)
        self._entries = pick(self._entries)
        self._views = pick(self._views)
        self._seq = pick(self._seq)
        self._renumber()
        self.changePersistentIndexList(before, after)
        emit(self.layoutChanged)

    def _sorted_order(
        self, views: list[RowView] | None = None, seqs: list[int] | None = None
    ) -> list[int]:
        """Indices of ``views`` (default: the rows) in sorted order: by the sort column's key,
        then by join sequence (as the descending sort, reversed), done as two stable C-level
        sorts rather than building a (key, sequence) tuple for each of tens of thousands."""
        views = self._views if views is None else views
        seqs = self._seq if seqs is None else seqs
        n, col, desc = len(views), self._sort_col, self._sort_desc
        by_seq = sorted(range(n), key=seqs.__getitem__, reverse=desc)
        if col < 0:
            return by_seq
        keys = [v.sort_keys[col] for v in views]
        return sorted(by_seq, key=keys.__getitem__, reverse=desc)

    def _move_into_place(self, ids: list[str]) -> None:
        """Re-sort when only ``ids`` may be out of place: take those rows out and put each back
        where it belongs among the others (which are in order). A few list operations per row
        instead of rebuilding 50,000-row lists; one layout change for the view, as a full sort."""
        emit(self.layoutAboutToBeChanged)
        before = self.persistentIndexList()
        held = [self._views[p.row()].id if 0 <= p.row() < len(self._views) else None for p in before]
        taken = []
        for row in sorted((self.row_of(pid) for pid in ids), reverse=True):
            taken.append((self._entries[row], self._views[row], self._seq[row]))
            del self._coord_of[self._views[row].id]
            del self._entries[row], self._views[row], self._seq[row], self._coords[row]
        col, desc = self._sort_col, self._sort_desc
        if col >= 0:
            taken.sort(key=lambda t: (t[1].sort_keys[col], t[2]), reverse=desc)
        else:
            taken.sort(key=lambda t: t[2])
        self._place_rows(taken)
        after = [self.index(self.row_of(pid), p.column()) if pid else QModelIndex() for pid, p in zip(held, before, strict=True)]
        self.changePersistentIndexList(before, after)
        emit(self.layoutChanged)

    def _place_rows(self, rows: list[tuple[Any, RowView, int]], signal: bool = False) -> None:
        """Insert rows at their places in the current order (which must hold for the others)."""
        col, desc = self._sort_col, self._sort_desc
        all_views, seqs = self._views, self._seq
        for entry, view, seq in rows:
            k = (view.sort_keys[col], seq) if col >= 0 else seq
            lo, hi = 0, len(all_views)
            while lo < hi:  # first place where k belongs after every key that sorts before it
                mid = (lo + hi) // 2
                here = (all_views[mid].sort_keys[col], seqs[mid]) if col >= 0 else seqs[mid]
                if (here >= k) if desc else (here <= k):
                    lo = mid + 1
                else:
                    hi = mid
            coords = self._coords
            before = coords[lo - 1] if lo > 0 else (coords[0] - 2.0 if coords else -1.0)
            after = coords[lo] if lo < len(coords) else before + 2.0
            c = (before + after) / 2
            if signal:
                self.beginInsertRows(QModelIndex(), lo, lo)
            self._entries.insert(lo, entry)
            all_views.insert(lo, view)
            seqs.insert(lo, seq)
            if before < c < after:
                coords.insert(lo, c)
                self._coord_of[view.id] = c
            else:  # the numbers between these two rows ran out (after ~50 inserts there)
                self._renumber()
            if signal:
                self.endInsertRows()

    def _emit_changed(self, rows: list[int]) -> None:
        """dataChanged for the changed rows: one signal per contiguous run, or one over the span.

        The proxy and the view handle a signal in C++ (the proxy neither sorts nor filters),
        so a run covering unchanged rows costs little; each signal does cost a trip through
        the interpreter lock (hundreds of microseconds while a worker thread is busy), so past
        MAX_RUNS runs the closest ones are merged: the MAX_RUNS - 1 widest gaps stay as
        breaks, which covers the fewest unchanged rows.
        """
        rows.sort()
        runs: list[list[int]] = []
        for r in rows:
            if runs and r <= runs[-1][1] + 1:
                runs[-1][1] = max(runs[-1][1], r)
            else:
                runs.append([r, r])
        if len(runs) > self.MAX_RUNS:
            gaps = sorted(range(1, len(runs)), key=lambda i: runs[i][0] - runs[i - 1][1], reverse=True)
            breaks = sorted(gaps[: self.MAX_RUNS - 1])
            merged, begin = [], 0
            for b in [*breaks, len(runs)]:
                merged.append([runs[begin][0], runs[b - 1][1]])
                begin = b
            runs = merged
        last_col = COLUMN_COUNT - 1
        for first, last in runs:
            emit(self.dataChanged, self.index(first, 0), self.index(last, last_col))

    def _count(self, view: RowView, delta: int) -> None:
        if view.present:
            self.category_counts[view.category] += delta
            if self.category_counts[view.category] <= 0:
                del self.category_counts[view.category]
            self.present_count += delta

    def _remove_rows(self, rows_desc: list[int]) -> None:
        """Remove rows (given in descending order) in contiguous runs (counts are the caller's)."""
        i = 0
        while i < len(rows_desc):
            last = rows_desc[i]
            first = last
            j = i + 1
            while j < len(rows_desc) and rows_desc[j] == first - 1:
                first -= 1
                j += 1
            self.beginRemoveRows(QModelIndex(), first, last)
            for r in range(first, last + 1):
                del self._coord_of[self._views[r].id]
            del self._entries[first : last + 1]
            del self._views[first : last + 1]
            del self._seq[first : last + 1]
            del self._coords[first : last + 1]
            self.endRemoveRows()
            i = j


@dataclass(frozen=True, slots=True)
class RowMatch:
    """The roster filter as a test on a rendered row: a country or category, any of a quick
    filter's tokens, and a search text found in the row's searchable text."""

    category: str | None = None
    any_of: tuple[str, ...] = ()  # tokens such as "st:joined", one of which the row must carry
    text: str = ""  # casefolded
    _tokens: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_tokens", tuple(f"{SEP}{t}{SEP}" for t in self.any_of))

    def within(self, other: RowMatch) -> bool:
        """Whether every row this takes, ``other`` takes too (so only its rows need a test)."""
        return (
            (other.category is None or other.category == self.category)
            and (not other.any_of or (bool(self.any_of) and set(self.any_of) <= set(other.any_of)))
            and other.text in self.text
        )

    def __call__(self, view: RowView) -> bool:
        if self.category is not None and view.category != self.category:
            return False
        key = view.filter_key
        if self._tokens:
            for token in self._tokens:
                if token in key:
                    break
            else:
                return False
        if self.text:
            # The searchable text is the last field: tokens before it never match a search.
            return key.find(self.text, key.rfind(SEP, 0, len(key) - 1)) >= 0
        return True


class RosterFilterProxy(QSortFilterProxyModel):
    """The view's model: passes the roster through, and tells it what to sort and filter by.

    Both happen in the roster model, in Python over the rendered rows: this proxy keeps no
    filter of its own, so Qt never calls into Python once per row to sort or filter it. The
    search text, the country (breakdown click) and the quick filter make one `RowMatch`.
    """

    filterChanged = Signal()

    QUICK_FILTERS: ClassVar[dict[str, tuple[str, str]]] = {
        # key: (label, token that must be in the filter string; "" = everything)
        "all": (QT_TRANSLATE_NOOP("RosterFilterProxy", "Everyone"), ""),
        "present": (QT_TRANSLATE_NOOP("RosterFilterProxy", "In the meeting"), "st:joined|st:waiting"),
        "acting": (QT_TRANSLATE_NOOP("RosterFilterProxy", "Would be moved or removed"), "d:waiting_room|d:remove|d:block"),
        "flagged": (QT_TRANSLATE_NOOP("RosterFilterProxy", "Flagged"), "d:flag"),
        "pending": (QT_TRANSLATE_NOOP("RosterFilterProxy", "Sync pending"), "s:pending|s:backing_off"),
        "failed": (QT_TRANSLATE_NOOP("RosterFilterProxy", "Sync failed"), "s:failed"),
        "unsupported": (QT_TRANSLATE_NOOP("RosterFilterProxy", "Not supported by service"), "s:unsupported|s:manual"),
        "waiting": (QT_TRANSLATE_NOOP("RosterFilterProxy", "In the waiting room"), "st:waiting"),
        "removed": (QT_TRANSLATE_NOOP("RosterFilterProxy", "Removed or blocked"), "st:removed|st:blocked"),
    }

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is the roster model's (a Python key sort); this proxy keeps its order."""
        source = self.sourceModel()
        if isinstance(source, RosterModel):
            source.sort(column, order)
            return
        super().sort(column, order)

    def multiData(self, index: QModelIndex | QPersistentModelIndex, roleDataSpan: Any) -> None:
        """Pass a view's request for all of a cell's roles on in one call (see RosterModel)."""
        source = self.sourceModel()
        if source is not None:
            source.multiData(self.mapToSource(index), roleDataSpan)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)
        self._text = ""
        self._category: str | None = None
        self._quick = "all"

    @property
    def category(self) -> str | None:
        return self._category

    @property
    def search_text(self) -> str:
        return self._text

    @property
    def quick_filter(self) -> str:
        return self._quick

    def set_search_text(self, text: str) -> None:
        self._text = plain_text(text, 200).casefold()
        self._update()

    def set_category(self, category: str | None) -> None:
        self._category = category or None
        self._update()

    def set_quick_filter(self, key: str) -> None:
        if key not in self.QUICK_FILTERS:
            raise ValueError(f"unknown quick filter {key!r}")
        self._quick = key
        self._update()

    def row_match(self) -> RowMatch | None:
        """The filter now, or None when every row is shown."""
        token = self.QUICK_FILTERS[self._quick][1]
        any_of = tuple(token.split("|")) if token else ()
        if not (self._category or any_of or self._text):
            return None
        return RowMatch(self._category, any_of, self._text)

    def _update(self) -> None:
        source = self.sourceModel()
        if isinstance(source, RosterModel):
            source.set_row_filter(self.row_match())
        emit(self.filterChanged)
