"""The live roster as a Qt table model, mirrored from the engine's batched diffs.

The engine owns participant state; this model only mirrors it. Each `RosterEntry` is turned
into a `RowView` (display texts, sort keys, the filter key) by `render_row` (`rows.py`, no
Qt), which the engine process runs (an engine in this process: the bridge, off the GUI
thread), so the GUI thread only swaps list items. The view reaches the model through
`RosterFilterProxy` (an identity proxy), but
sorting and filtering happen here, in Python over the rendered rows, and painting asks one
`multiData` call per cell: Qt calls into Python as little as possible, because each call
takes the interpreter lock again, and that is what stalls a window showing tens of thousands
of people while the engine's threads are busy.

Names are always plain text: every text that comes from a service passes through
`plain_text`, and tooltips are escaped HTML, so markup and bidi overrides show literally.
"""

from __future__ import annotations

import logging
import math
import operator
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import compress
from typing import Any, ClassVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QIdentityProxyModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from hostguard.core.participants import plain_text
from hostguard.engine import decode_entry, encode_entry
from hostguard.ui import rows as _rows
from hostguard.ui import theme
from hostguard.ui.qtcompat import emit
from hostguard.ui.rows import (  # noqa: F401 - re-exported: the model's names, as before
    CAT_INVALID,
    CAT_NO_ADDRESS,
    CAT_PRIVATE,
    CAT_UNKNOWN,
    CATEGORY_LABELS,
    COL_COUNTRY,
    COL_DECISION,
    COL_EVIDENCE,
    COL_JOINED,
    COL_NAME,
    COL_NETWORK,
    COL_ROLE,
    COL_STATUS,
    COL_SYNC,
    COLUMN_COUNT,
    COLUMNS,
    NOT_SENT_LABEL,
    PRESENT_STATUSES,
    ROSTER_COLUMNS,
    SEP,
    SPECIAL_CATEGORIES,
    SYNC_LABELS,
    V_ACTION,
    V_CATEGORY,
    V_FILTER,
    V_ID,
    V_PLACE,
    V_PRESENT,
    V_REASON,
    V_SORT,
    V_SYNC,
    V_SYNC_TIP,
    V_TEXTS,
    VISUAL_ORDER,
    Column,
    RowFilter,
    RowView,
    category_label,
    category_of,
    country_text,
    decision_text,
    evidence_text,
    flag_emoji_shown,
    flag_text,
    network_text,
    render_row,
    row_view,
    sync_label,
    tooltip,
    use_flag_emoji,
)

# In the window, rows say Qt's translations (the engine process sets its own: rows.install_words).
_rows.set_translator(QCoreApplication.translate)



log = logging.getLogger(__name__)

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
# The invalid index (the table's root), made once: each QModelIndex() is a call into Qt, which
# gives up the interpreter lock and may wait to get it back while another thread runs Python.
_ROOT = QModelIndex()

_ID_OF = operator.itemgetter(V_ID)


def _picker(order: list[int]) -> Callable[[list[Any]], list[Any]]:
    """A function that reorders a list by ``order`` in C (itemgetter), for big re-sorts."""
    if len(order) < 2:
        return lambda items: [items[i] for i in order]
    get = operator.itemgetter(*order)
    return lambda items: list(get(items))




class RosterModel(QAbstractTableModel):
    """The roster table.

    Rows are kept in join order, or sorted by one column when the view asks (`sort`). The
    sort runs here, in Python over the precomputed SORT_ROLE keys, instead of in the proxy:
    QSortFilterProxyModel would call data() twice per comparison, about 1.6 million Python
    calls (seconds) for 50,000 rows, where a key sort takes a few tens of milliseconds. While
    sorted, the table is always in order: each batch puts its new rows, and the rows whose
    sort key changed, at their places at once, by a binary search per row, the row lists
    rebuilt from slices (in C), and, for the view, one insert signal per place where new rows
    land, or one layout change when they land in many places or rows move. Nothing re-sorts
    the whole table but a new sort column (or a wider filter). The row filter
    (`set_row_filter`) also runs here; rows it leaves out are held apart (`_hidden`), still
    counted in the breakdown.

    Rows from an engine process come without entries: `entry` (and OBJECT_ROLE) asks the
    engine (`set_entry_source`). An engine in this process sends entries, kept as the bytes
    they came as (`encode_entry`) and decoded when asked for. With the rows' views plain
    tuples, 50,000 people are nothing the garbage collector has to walk.
    """

    # Emitted after each applied batch: the participant ids that changed or left.
    batchApplied = Signal(object, object)  # (set of upserted ids, set of removed ids)
    categoriesChanged = Signal()

    # dataChanged signals per batch at most (see _emit_changed): a signal over 50,000 rows costs
    # the proxy about 2 ms in C++, while each signal's calls into Qt may wait milliseconds for
    # the interpreter lock when the channel's reader thread is rendering rows.
    MAX_RUNS = 8
    # While sorted, a batch's new rows that land in at most this many places are inserted with
    # one insert signal per place; in more places, or when rows move, one layout change. Each
    # insert signal costs the proxy and the view a pass over their rows (in C++).
    MAX_INSERT_RUNS = 8
    # Row numbers (`_coords`): rows inserted between two others take numbers between theirs;
    # when a gap has no room left (less than _MIN_STEP, relative), the rows around it are
    # renumbered, the fewest that spread at least _RESPACE_STEP apart (doubling the span).
    _MIN_STEP = 2.0**-40
    _RESPACE_STEP = 1.0 / 16

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        # Each row's entry as `encode_entry` made it, or None when the engine keeps it (an
        # engine process: `entry` asks it, through `set_entry_source`).
        self._blobs: list[bytes | None] = []
        self._entry_source: Callable[[str], Any] | None = None
        self._watched: tuple[int, int] | None = None  # rows on screen (set_watched_rows)
        self._views: list[RowView] = []
        self._seq: list[int] = []  # join order, for "unsorted" and as the tie-breaker
        self._next_seq = 0
        # Where each row is: a number per row that increases down the table (`_coords`, in row
        # order) and each participant's number (`_coord_of`). A row is found by bisecting
        # `_coords`, so removing a row is a list deletion, not a renumbering of every row
        # below it (which, at 50,000 rows, cost the GUI thread 20 ms per batch). A row
        # inserted between two others takes a number between theirs (`_fill_coords`).
        self._coords: list[float] = []
        self._coord_of: dict[str, float] = {}
        # Participants the row filter leaves out: id -> (entry bytes, view, join sequence number).
        self._hidden: dict[str, tuple[bytes, RowView, int]] = {}
        self._accept: RowFilter | None = None
        self._sort_col = -1
        self._sort_desc = False
        # While a layout change is signalled: the first row it changed (every row above is
        # the same row as before, in the same place), for the view (`RosterTable`), which then
        # need not repaint rows on screen above it; None (all rows) at any other time.
        self.layout_changed_from: int | None = None
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
            return self._views[section][V_TEXTS][COL_NAME]
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
            return self._views[row][V_TEXTS][col]
        if r == _SORT:
            return self._views[row][V_SORT][col]
        if r == _FILTER:
            return self._views[row][V_FILTER]
        return self._other_data(row, col, r)

    def _other_data(self, row: int, col: int, role: int) -> Any:
        v = self._views[row]
        if role == _DECORATION:
            if col == COL_DECISION:
                return theme.action_icon(v[V_ACTION])
            if col == COL_SYNC and v[V_SYNC] != "none":
                return theme.sync_icon(v[V_SYNC])
            return None
        if role == _TOOLTIP:
            if col == COL_SYNC:
                return v[V_SYNC_TIP] or None
            if col in (COL_DECISION, COL_EVIDENCE, COL_NETWORK, COL_COUNTRY):
                return tooltip(self._tooltip_text(row, col))
            return None
        if role == _OBJECT:
            return self._decoded(v[V_ID], self._blobs[row])
        if role == _ID:
            return v[V_ID]
        if role == _CATEGORY:
            return v[V_CATEGORY]
        if role == _ACCESSIBLE:
            return v[V_TEXTS][col]
        return None

    def _tooltip_text(self, row: int, col: int) -> str:
        v = self._views[row]
        if col == COL_DECISION:
            return v[V_REASON]
        if col == COL_COUNTRY:
            return v[V_PLACE]
        return v[V_TEXTS][col]

    # -- access ---------------------------------------------------------------------------
    def set_watched_rows(self, first: int, last: int) -> None:
        """The rows a view shows now (``first`` to ``last``, inclusive; the window says so as
        it scrolls, resizes and as rows come and go): changes there are signalled row by row,
        elsewhere in one signal above and one below (see `_emit_changed`). A stale range costs
        repaints, never a missed change."""
        self._watched = (first, last) if 0 <= first <= last else None

    def set_entry_source(self, source: Callable[[str], Any] | None) -> None:
        """Where `entry` gets the entries of rows that came without one (the engine process's
        `RemoteEngine.entry`: a short call, bounded; None while it is restarting)."""
        self._entry_source = source

    def entry(self, participant_id: str) -> Any | None:
        """The participant's entry, shown or filtered out (decoded, or asked of the engine
        process: a new object each call; None when the engine cannot say now)."""
        row = self.row_of(participant_id)
        if row is not None:
            return self._decoded(participant_id, self._blobs[row])
        hidden = self._hidden.get(participant_id)
        return None if hidden is None else self._decoded(participant_id, hidden[0])

    def entry_is_here(self, participant_id: str) -> bool:
        """Whether `entry` reads the entry from this model (else it asks the engine)."""
        row = self.row_of(participant_id)
        if row is not None:
            return self._blobs[row] is not None
        hidden = self._hidden.get(participant_id)
        return hidden is not None and hidden[0] is not None

    def _decoded(self, participant_id: str, blob: bytes | None) -> Any | None:
        if blob is not None:
            return decode_entry(blob)
        source = self._entry_source
        if source is None:
            return None
        try:
            return source(participant_id)
        except Exception as exc:  # the engine process restarting or slow: the row stays as it is
            log.info("no entry for a participant now: %s", exc)
            return None

    def view(self, participant_id: str) -> RowView | None:
        """The participant's row view (the V_* positions), shown or filtered out."""
        row = self.row_of(participant_id)
        if row is not None:
            return self._views[row]
        hidden = self._hidden.get(participant_id)
        return None if hidden is None else hidden[1]

    def is_present(self, participant_id: str) -> bool:
        """Whether the participant is in the meeting (joined or waiting)."""
        v = self.view(participant_id)
        return v is not None and v[V_PRESENT]

    def sync_state(self, participant_id: str) -> tuple[str, str] | None:
        """(sync state, decision's action) of the participant, without decoding the entry."""
        v = self.view(participant_id)
        return None if v is None else (v[V_SYNC], v[V_ACTION])

    def present_ids(self) -> set[str]:
        """Everyone in the meeting (joined or waiting), shown or filtered out, from the views."""
        present = operator.itemgetter(V_PRESENT)
        ids = set(map(_ID_OF, filter(present, self._views)))
        ids.update(pid for pid, h in self._hidden.items() if h[1][V_PRESENT])
        return ids

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
        """Every participant's entry, those filtered out included (decodes them all: for
        tests and rare uses, never a hot path)."""
        return [e for e in (*(self._decoded(v[V_ID], b) for b, v in zip(self._blobs, self._views, strict=True)),
                            *(self._decoded(pid, h[0]) for pid, h in self._hidden.items())) if e is not None]  # fmt: skip

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
        self._set_row_filter(accept)

    def _set_row_filter(self, accept: RowFilter | None) -> None:
        current = self._accept
        if accept is not None and (
            current is None
            or (isinstance(accept, RowMatch) and isinstance(current, RowMatch) and accept.within(current))
        ):
            # Narrower than now (the next letter of a search, a country picked): only the
            # rows shown now can stay, in the order they have.
            take = list(map(accept, self._views))
            blobs, views, seqs = self._blobs, self._views, self._seq
            self.beginResetModel()
            self._accept = accept
            for i in compress(range(len(views)), map(operator.not_, take)):
                self._hidden[views[i][V_ID]] = (blobs[i], views[i], seqs[i])
            self._blobs = list(compress(blobs, take))
            self._views = list(compress(views, take))
            self._seq = list(compress(seqs, take))
            self._renumber()
            self.endResetModel()
            return
        hidden_now = list(self._hidden.values())
        blobs = self._blobs + [h[0] for h in hidden_now]
        views = self._views + [h[1] for h in hidden_now]
        seqs = self._seq + [h[2] for h in hidden_now]
        take = [True] * len(views) if accept is None else list(map(accept, views))
        shown_views, shown_seqs = list(compress(views, take)), list(compress(seqs, take))
        pick = _picker(self._sorted_order(shown_views, shown_seqs))
        self.beginResetModel()
        self._accept = accept
        self._blobs = pick(list(compress(blobs, take)))
        self._views = pick(shown_views)
        self._seq = pick(shown_seqs)
        self._hidden = {
            views[i][V_ID]: (blobs[i], views[i], seqs[i])
            for i in compress(range(len(views)), map(operator.not_, take))
        }
        self._renumber()
        self.endResetModel()

    # -- updates ----------------------------------------------------------------------------
    def clear(self) -> None:
        self.beginResetModel()
        self._blobs.clear()
        self._views.clear()
        self._seq.clear()
        self._coords.clear()
        self._coord_of.clear()
        self._hidden.clear()
        self.category_counts.clear()
        self.present_count = 0
        self.endResetModel()
        emit(self.categoriesChanged)

    def apply_diff(self, diff: Any) -> None:
        """Apply an engine `RosterDiff` directly (renders and encodes on the calling thread;
        the entries' bytes are taken from ``diff.blobs`` when it has them)."""
        upserted = list(diff.upserted)
        blobs = getattr(diff, "blobs", None)
        if blobs is None or len(blobs) != len(upserted):
            blobs = [encode_entry(e) for e in upserted]
        self.apply_batch(
            [(bytes(b), render_row(e)) for b, e in zip(blobs, upserted, strict=True)],
            list(diff.removed_ids),
        )

    def apply_batch(
        self, upserts: Sequence[tuple[bytes, RowView]], removed_ids: Iterable[str]
    ) -> None:
        """Apply one coalesced batch of (entry bytes, row view) and removed ids: removals, then
        updates in place, then new rows and rows whose sort key changed, at their places.

        A participant is counted (breakdown) whether shown or filtered out; a change can move
        a participant in or out of the filter, which removes or inserts its row. Signals are
        grouped: one beginRemoveRows per contiguous run of removed rows, dataChanged per run
        of changed rows, one beginInsertRows per place where new rows go (or one layout change).
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
        latest: dict[str, tuple[bytes, RowView]] = {}
        for blob, view in upserts:  # the same id twice in one batch: the latest wins
            latest[view[V_ID]] = (blob, view)
        changes: list[tuple[bytes, RowView]] = []
        arrivals: list[tuple[bytes, RowView, int]] = []  # (entry bytes, view, seq) to become rows
        only_new = True  # every arrival is a new participant (so in join order already)
        for pid, (blob, view) in latest.items():
            upserted_ids.add(pid)
            shown = accept is None or accept(view)
            if pid in coord_of:
                row = self.row_of(pid)
                old = self._views[row]
                if old[V_CATEGORY] != view[V_CATEGORY] or old[V_PRESENT] != view[V_PRESENT]:
                    self._count(old, -1)
                    self._count(view, +1)
                    counts_changed = True
                if shown:
                    changes.append((blob, view))
                else:
                    hidden[pid] = (blob, view, self._seq[row])
                    out_rows.append(row)
            elif pid in hidden:
                _b, old, seq = hidden[pid]
                if old[V_CATEGORY] != view[V_CATEGORY] or old[V_PRESENT] != view[V_PRESENT]:
                    self._count(old, -1)
                    self._count(view, +1)
                    counts_changed = True
                if shown:
                    del hidden[pid]
                    arrivals.append((blob, view, seq))
                    only_new = False
                else:
                    hidden[pid] = (blob, view, seq)
            else:
                seq = self._next_seq
                self._next_seq += 1
                self._count(view, +1)
                counts_changed = True
                if shown:
                    arrivals.append((blob, view, seq))
                else:
                    hidden[pid] = (blob, view, seq)
        if out_rows:
            self._remove_rows(sorted(out_rows, reverse=True))
        # 2. Changes in place (rows found again: the removals above moved them); a row whose
        #    sort key changed moves to its new place below.
        movers: list[tuple[int, bytes, RowView, int]] = []  # (row, entry bytes, view, seq)
        changed_rows: list[int] = []
        coords, blobs, views = self._coords, self._blobs, self._views
        for blob, view in changes:
            row = bisect_left(coords, coord_of[view[V_ID]])
            if col >= 0 and views[row][V_SORT][col] != view[V_SORT][col]:
                # Its place changes: the row keeps its old view (the rows stay in order for the
                # searches below) until it moves, with the new one, in the layout change.
                movers.append((row, blob, view, self._seq[row]))
                continue
            blobs[row] = blob
            views[row] = view
            changed_rows.append(row)
        if changed_rows:
            self._emit_changed(changed_rows)
        # 3. New rows (and moved ones) at their places: new joiners in join order at the end.
        if arrivals or movers:
            if col < 0 and only_new:
                self._append(arrivals)
            else:
                self._place(arrivals, movers)
        if counts_changed:
            emit(self.categoriesChanged)
        if upserted_ids or removed:
            emit(self.batchApplied, upserted_ids, removed)

    def _append(self, arrivals: list[tuple[bytes, RowView, int]]) -> None:
        first = len(self._views)
        self.beginInsertRows(_ROOT, first, first + len(arrivals) - 1)
        self._blobs.extend(a[0] for a in arrivals)
        self._views.extend(a[1] for a in arrivals)
        self._seq.extend(a[2] for a in arrivals)
        base = self._coords[-1] + 1.0 if self._coords else 0.0
        new_coords = [base + i for i in range(len(arrivals))]
        self._coords.extend(new_coords)
        self._coord_of.update(zip([a[1][V_ID] for a in arrivals], new_coords, strict=True))
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column`` (-1: join order); kept sorted as rows arrive and change."""
        self._sort_col = column if 0 <= column < COLUMN_COUNT else -1
        self._sort_desc = order == Qt.SortOrder.DescendingOrder and self._sort_col >= 0
        self._resort_all()

    @property
    def sort_column(self) -> int:
        return self._sort_col

    def _resort_all(self) -> None:
        """Put every row in order (a new sort column): one sort in C, one layout change."""
        n = len(self._views)
        order = self._sorted_order()
        if order == list(range(n)):
            return
        self._rows_reordering()
        before = self.persistentIndexList()
        if len(before) > 32:
            new_row = [0] * n
            for new, old in enumerate(order):
                new_row[old] = new
            after = [self.index(new_row[p.row()], p.column()) for p in before]
        else:  # the usual few (the current row, a selection): no 50,000-entry inverse
            after = [self.index(order.index(p.row()), p.column()) for p in before]
        pick = _picker(order)
        self._blobs = pick(self._blobs)
        self._views = pick(self._views)
        self._seq = pick(self._seq)
        self._renumber()
        self.changePersistentIndexList(before, after)
        self._rows_reordered()

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
        keys = [v[V_SORT][col] for v in views]
        return sorted(by_seq, key=keys.__getitem__, reverse=desc)

    def _in_order(self, rows: list[tuple[bytes, RowView, int]]) -> list[tuple[bytes, RowView, int]]:
        """``rows`` sorted as the table is (by the sort column's key, then join sequence)."""
        col = self._sort_col
        if col < 0:
            return sorted(rows, key=operator.itemgetter(2))
        return sorted(rows, key=lambda t: (t[1][V_SORT][col], t[2]), reverse=self._sort_desc)

    def _places(self, rows: list[tuple[bytes, RowView, int]]) -> list[int]:
        """Where each of ``rows`` (in table order, none of them in the table) goes: the number
        of rows now in the table that sort before it. A binary search each, starting where the
        previous one ended."""
        views, seqs = self._views, self._seq
        col, desc, n = self._sort_col, self._sort_desc, len(views)
        out: list[int] = []
        lo = 0
        for _b, view, seq in rows:
            hi = n
            if col >= 0:
                k = view[V_SORT][col]
                while lo < hi:
                    mid = (lo + hi) >> 1
                    here = views[mid][V_SORT][col]
                    if here == k:
                        before = seqs[mid] > seq if desc else seqs[mid] < seq
                    else:
                        before = here > k if desc else here < k
                    if before:
                        lo = mid + 1
                    else:
                        hi = mid
            else:
                while lo < hi:
                    mid = (lo + hi) >> 1
                    if seqs[mid] < seq:
                        lo = mid + 1
                    else:
                        hi = mid
            out.append(lo)
        return out

    def _place(
        self, arrivals: list[tuple[bytes, RowView, int]], movers: list[tuple[int, bytes, RowView, int]]
    ) -> None:
        """Put new rows, and rows whose sort key changed (``movers``: row, new bytes and view,
        seq), at their places; the other rows are in order, and so are the movers' rows, which
        still hold their old views. New rows only, landing in few places: an insert signal per
        place. Else the new rows are added at the end, and a layout change takes them and the
        movers out and puts them in: the lists rebuilt from slices (in C), so the cost in
        Python is per row placed, not per row of the table."""
        rows = self._in_order([*arrivals, *(m[1:] for m in movers)])
        places = self._places(rows)  # (in the table as it is now)
        if not movers and len(set(places)) <= self.MAX_INSERT_RUNS:
            self._insert_runs(rows, places)
            return
        out_rows = sorted(m[0] for m in movers)
        if arrivals:
            first = len(self._views)
            self._append(arrivals)  # (places are all before these rows: they are taken out)
            out_rows.extend(range(first, first + len(arrivals)))
        self._rows_reordering()
        before = self.persistentIndexList()
        views, coord_of = self._views, self._coord_of
        held = [(p, p.row(), views[p.row()][V_ID]) for p in before if 0 <= p.row() < len(views)]
        for t in rows:
            del coord_of[t[1][V_ID]]
        plan, groups = _splice_plan(len(views), out_rows, places)
        self._blobs = _spliced(self._blobs, [t[0] for t in rows], plan)
        self._views = _spliced(views, [t[1] for t in rows], plan)
        self._seq = _spliced(self._seq, [t[2] for t in rows], plan)
        self._coords = _spliced(self._coords, [math.nan] * len(rows), plan)
        for a, b in groups:  # number each group of rows placed together, left to right
            if self._coords[a] != self._coords[a]:  # (NaN: not renumbered with a neighbour)
                self._fill_coords(a, b)
        # Only the indexes whose row changed: each new index is a call into Qt, which gives up
        # the interpreter lock (and may wait to get it back from a busy reader thread).
        moved_from, moved_to = [], []
        for p, row, pid in held:
            now = self.row_of(pid)
            if now != row:
                moved_from.append(p)
                moved_to.append(self.index(now, p.column()))
        if moved_from:
            self.changePersistentIndexList(moved_from, moved_to)
        # Rows above the first place something went, and above the first row taken out, are
        # where they were (a sorted first roster: most batches land below the rows on screen).
        n = len(self._views)
        self.layout_changed_from = min(groups[0][0] if groups else n, out_rows[0] if out_rows else n)
        try:
            self._rows_reordered()
        finally:
            self.layout_changed_from = None

    # A layout change that only reorders rows (the columns stay): said with VerticalSortHint,
    # so that the horizontal header does not take it as a change of its sections, which made
    # the table repaint everything it shows at each batch of a sorted first roster (Qt 6.11),
    # even when the rows on screen stayed as they were.
    def _rows_reordering(self) -> None:
        emit(self.layoutAboutToBeChanged[_LAYOUT_SIGNATURE], [], _ROWS_ONLY)

    def _rows_reordered(self) -> None:
        emit(self.layoutChanged[_LAYOUT_SIGNATURE], [], _ROWS_ONLY)

    def _insert_runs(self, rows: list[tuple[bytes, RowView, int]], places: list[int]) -> None:
        """Insert ``rows`` (in order) at ``places``: one insert signal per place."""
        i, shift, n = 0, 0, len(rows)
        while i < n:
            place = places[i]
            j = i + 1
            while j < n and places[j] == place:
                j += 1
            run = rows[i:j]
            at = place + shift
            self.beginInsertRows(_ROOT, at, at + len(run) - 1)
            self._blobs[at:at] = [t[0] for t in run]
            self._views[at:at] = [t[1] for t in run]
            self._seq[at:at] = [t[2] for t in run]
            self._coords[at:at] = [math.nan] * len(run)
            self._fill_coords(at, at + len(run))
            self.endInsertRows()
            shift += j - i
            i = j

    def _fill_coords(self, a: int, b: int) -> None:
        """Number rows a..b-1 (placed between rows numbered already): evenly between their
        neighbours' numbers, or, when those are too close, renumber the rows around them."""
        coords = self._coords
        n, m = len(coords), b - a
        lo = coords[a - 1] if a > 0 else None
        hi = coords[b] if b < n else None
        if lo is None and hi is None:
            self._renumber()
            return
        if lo is None:
            lo = hi - (m + 1)
        elif hi is None:
            hi = lo + m + 1
        step = (hi - lo) / (m + 1)
        if step > self._MIN_STEP * max(1.0, abs(lo), abs(hi)):  # (False when hi is NaN)
            self._set_coords(a, b, lo, step)
        else:
            self._respace(a, b)

    def _respace(self, a: int, b: int) -> None:
        """Renumber rows a..b-1 and their neighbours: the smallest span around them (doubling)
        whose bounds leave at least _RESPACE_STEP per row; all rows when none does."""
        coords = self._coords
        n = len(coords)
        w = max(b - a, 16)
        while True:
            a2, b2 = max(0, a - w), min(n, b + w)
            if a2 == 0 and b2 == n:
                self._renumber()
                return
            w *= 2
            lo = coords[a2 - 1] if a2 > 0 else None
            hi = coords[b2] if b2 < n else None
            if hi is not None and hi != hi:  # a group still to number: take it in too
                continue
            count = b2 - a2
            if lo is None:
                lo = hi - (count + 1)
            elif hi is None:
                hi = lo + count + 1
            step = (hi - lo) / (count + 1)
            if step >= self._RESPACE_STEP:
                self._set_coords(a2, b2, lo, step)
                return

    def _set_coords(self, a: int, b: int, lo: float, step: float) -> None:
        new = [lo + step * (i + 1) for i in range(b - a)]
        self._coords[a:b] = new
        self._coord_of.update(zip(map(_ID_OF, self._views[a:b]), new, strict=True))

    def _emit_changed(self, rows: list[int]) -> None:
        """dataChanged for the changed rows: one signal per contiguous run, or one over the span.

        The proxy and the view handle a signal in C++ (the proxy neither sorts nor filters),
        so a run covering unchanged rows costs little; each signal does cost a trip through
        the interpreter lock (hundreds of microseconds while a worker thread is busy), so past
        MAX_RUNS runs the closest ones are merged: the MAX_RUNS - 1 widest gaps stay as
        breaks, which covers the fewest unchanged rows.
        """
        rows.sort()
        last_col = COLUMN_COUNT - 1
        watched = self._watched
        if watched is not None and rows:
            # The rows on screen get signals of their own; the others one signal above them
            # and one below (the table, `RosterTable`, repaints only the part of a signal's
            # span on screen: nothing for these). Merged into spans across the screen, changes
            # spread over 50,000 rows repainted all of it at every batch.
            top, bottom = watched
            lo, hi = bisect_left(rows, top), bisect_right(rows, bottom)
            if lo:
                emit(self.dataChanged, self.index(rows[0], 0), self.index(rows[lo - 1], last_col))
            if hi < len(rows):
                emit(self.dataChanged, self.index(rows[hi], 0), self.index(rows[-1], last_col))
            rows = rows[lo:hi]
        runs: list[list[int]] = []
        for r in rows:
            if runs and r <= runs[-1][1] + 1:
                runs[-1][1] = max(runs[-1][1], r)
            else:
                runs.append([r, r])
        if len(runs) > self.MAX_RUNS and watched is None:
            gaps = sorted(range(1, len(runs)), key=lambda i: runs[i][0] - runs[i - 1][1], reverse=True)
            breaks = sorted(gaps[: self.MAX_RUNS - 1])
            merged, begin = [], 0
            for b in [*breaks, len(runs)]:
                merged.append([runs[begin][0], runs[b - 1][1]])
                begin = b
            runs = merged
        for first, last in runs:
            emit(self.dataChanged, self.index(first, 0), self.index(last, last_col))

    def _count(self, view: RowView, delta: int) -> None:
        if view[V_PRESENT]:
            cat = view[V_CATEGORY]
            self.category_counts[cat] += delta
            if self.category_counts[cat] <= 0:
                del self.category_counts[cat]
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
            self.beginRemoveRows(_ROOT, first, last)
            for r in range(first, last + 1):
                del self._coord_of[self._views[r][V_ID]]
            del self._blobs[first : last + 1]
            del self._views[first : last + 1]
            del self._seq[first : last + 1]
            del self._coords[first : last + 1]
            self.endRemoveRows()
            i = j


_LAYOUT_SIGNATURE = "QList<QPersistentModelIndex>,QAbstractItemModel::LayoutChangeHint"
_ROWS_ONLY = QAbstractItemModel.LayoutChangeHint.VerticalSortHint


def _splice_plan(n: int, out_rows: list[int], places: list[int]) -> tuple[list[tuple[int, int, int, int]], list[tuple[int, int]]]:
    """How to rebuild a list of ``n`` items without the items at ``out_rows`` (ascending) and
    with new items inserted before the items at ``places`` (non-decreasing, one per new item,
    in the list as it was): steps (a, b, i, j), each "old[a:b], then new[i:j]" (see `_spliced`),
    and the (start, end) of each run of new items in the list made."""
    plan: list[tuple[int, int, int, int]] = []
    groups: list[tuple[int, int]] = []
    prev = size = i = ri = 0
    k, m = len(places), len(out_rows)
    while i < k or ri < m:
        place = places[i] if i < k else n + 1
        out = out_rows[ri] if ri < m else n + 1
        if place <= out:  # new items before an item that goes: they go before it too
            j = i + 1
            while j < k and places[j] == place:
                j += 1
            plan.append((prev, place, i, j))
            size += place - prev
            if groups and groups[-1][1] == size:  # right after the previous run (items between gone)
                groups[-1] = (groups[-1][0], size + j - i)
            else:
                groups.append((size, size + j - i))
            size += j - i
            prev, i = place, j
        else:
            plan.append((prev, out, 0, 0))
            size += out - prev
            prev = out + 1
            ri += 1
    plan.append((prev, n, 0, 0))
    return plan, groups


def _spliced(old: list[Any], new: list[Any], plan: list[tuple[int, int, int, int]]) -> list[Any]:
    """``old`` rebuilt by ``plan`` (`_splice_plan`): slices copied in C, a step per run."""
    out: list[Any] = []
    for a, b, i, j in plan:
        if b > a:
            out += old[a:b]
        if j > i:
            out += new[i:j]
    return out


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
        if self.category is not None and view[V_CATEGORY] != self.category:
            return False
        key = view[V_FILTER]
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


_FLAG = re.compile("([\U0001F1E6-\U0001F1FF])([\U0001F1E6-\U0001F1FF])")


def _flag_search(text: str) -> str:
    """A search for a flag, as the Country column shows it, finds that country's rows: the
    rows keep the country's code, not its flag (see `render_row`), between tabs, which
    nothing a person types or a name holds can contain. Anything else is searched as typed."""
    match = _FLAG.fullmatch(text.strip())
    if match is None:
        return text
    code = "".join(chr(ord("a") + ord(c) - 0x1F1E6) for c in match.groups())
    return f"\t{code}\t"


class RosterFilterProxy(QIdentityProxyModel):
    """The view's model: passes the roster through, and tells it what to sort and filter by.

    Both happen in the roster model, in Python over the rendered rows: this proxy keeps no
    filter of its own, so Qt never calls into Python once per row to sort or filter it. The
    search text, the country (breakdown click) and the quick filter make one `RowMatch`.

    An identity proxy (row n here is row n of the roster): a QSortFilterProxyModel kept two
    tables mapping 50,000 rows each way, and brought them up to date in C++ for every insert,
    removal and layout change, a pass over every row each time, with the GUI thread waiting.
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
        """Pass a view's request for all of a cell's roles on in one call (see RosterModel):
        the same row and column of the roster (an identity proxy), no index mapped."""
        source = self.sourceModel()
        if isinstance(source, RosterModel):
            source.multiData(index, roleDataSpan)
        elif source is not None:
            source.multiData(self.mapToSource(index), roleDataSpan)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
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
        return RowMatch(self._category, any_of, _flag_search(self._text))

    def _update(self) -> None:
        source = self.sourceModel()
        if isinstance(source, RosterModel):
            source.set_row_filter(self.row_match())
        emit(self.filterChanged)
