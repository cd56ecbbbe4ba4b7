"""The roster's table view: repaints what changed on screen, not everything it shows.

Two of QTableView's habits (Qt 6.11) cost a full repaint of every row on screen, about 9 ms of
the GUI thread with a few dozen rows of names in many scripts, when nothing on screen changed:

- a change in the number of rows lays the view out again and repaints all it shows, even when
  the rows came or went below the last row on screen (people joining a meeting in join order);
- a change signalled over a span of more than a few rows repaints all it shows, even when the
  span is off screen.

`RosterTable` keeps track of the first row that came, went or moved since its last layout,
and lays out without a repaint when that row is below the screen (the scroll bars still
follow); and it repaints only the part of a changed span that is on screen. The same idea as
"QTreeViewOpt" in David Korth's ROM Properties Page ("don't update rows that are offscreen").
Everything else is QTableView's own.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QIdentityProxyModel, QModelIndex
from PySide6.QtWidgets import QTableView


class RosterTable(QTableView):
    """The roster's QTableView (see the module's docstring)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._moved_from: int | None = None  # first row that came, went or moved since layout
        self.full_layouts = 0  # layouts that repainted all the table shows (tests, benchmarks)
        self.quiet_layouts = 0  # layouts that did not need to

    def setModel(self, model: Any) -> None:
        old = self.model()
        if old is not None:
            for signal, slot in self._tracked(old):
                signal.disconnect(slot)
        super().setModel(model)
        if model is not None:
            for signal, slot in self._tracked(model):
                signal.connect(slot)
        self._moved_from = 0

    def _tracked(self, model: Any) -> list[tuple[Any, Any]]:
        return [(model.rowsInserted, self._rows_moved), (model.rowsRemoved, self._rows_moved),
                (model.rowsMoved, self._all_moved), (model.layoutChanged, self._layout_changed),
                (model.modelReset, self._all_moved)]  # fmt: skip

    def _rows_moved(self, _parent: QModelIndex, first: int, _last: int) -> None:
        if self._moved_from is None or first < self._moved_from:
            self._moved_from = first

    def _all_moved(self, *_: Any) -> None:
        self._moved_from = 0

    def _layout_changed(self, *_: Any) -> None:
        """A layout change: from the first row it changed, when the roster says (its
        ``layout_changed_from``, read through an identity proxy), else every row."""
        model = self.model()
        source = model.sourceModel() if isinstance(model, QIdentityProxyModel) else model
        first = getattr(source, "layout_changed_from", None)
        if type(first) is not int:
            self._all_moved()
        elif self._moved_from is None or first < self._moved_from:
            self._moved_from = first

    def shown_rows(self) -> tuple[int, int] | None:
        """The first and last row on screen, or None when none is."""
        first = self.rowAt(0)
        if first < 0:
            return None
        last = self.rowAt(self.viewport().height() - 1)
        if last < 0:
            last = self.model().rowCount() - 1
        return first, last

    def doItemsLayout(self) -> None:
        moved, self._moved_from = self._moved_from, None
        shown = self.shown_rows() if moved is not None else None
        if moved is not None and shown is not None and moved > shown[1] + 1:
            # Rows came or went below the screen only: what it shows is as it was.
            self.updateGeometries()
            header = self.verticalHeader()
            if not header.updatesEnabled():  # (QTableView turns them off while rows go)
                header.setUpdatesEnabled(True)
            self.quiet_layouts += 1
            return
        self.full_layouts += 1
        super().doItemsLayout()

    def dataChanged(self, top_left: QModelIndex, bottom_right: QModelIndex, roles: Any = ()) -> None:
        shown = self.shown_rows()
        if shown is not None and top_left.isValid() and bottom_right.isValid():
            first, last = max(top_left.row(), shown[0]), min(bottom_right.row(), shown[1])
            if first > last:
                return  # nothing of it on screen: its rows are painted when scrolled to
            if (first, last) != (top_left.row(), bottom_right.row()):
                model = self.model()
                top_left = model.index(first, top_left.column(), top_left.parent())
                bottom_right = model.index(last, bottom_right.column(), bottom_right.parent())
        super().dataChanged(top_left, bottom_right, list(roles or ()))
