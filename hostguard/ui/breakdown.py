"""The meeting's country make-up at a glance: live counts and shares, drawn as bars.

`BreakdownModel` lists countries by count (largest first), then the addresses without a
country kept apart at the end: unknown (not in the database), private network, no address
reported (and invalid, when any). It counts the participants in the meeting (joined or
waiting), from the roster model's category counts, and updates with row moves rather than
resets, so a selection survives. `BreakdownView` paints each share as a bar; clicking a row
asks the main window to filter the roster to that country (clicking it again clears).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from hostguard.ui import theme
from hostguard.ui.qtcompat import emit
from hostguard.ui.roster_model import (
    CAT_INVALID,
    SPECIAL_CATEGORIES,
    category_label,
    flag_text,
)

COL_LABEL = 0
COL_COUNT = 1
COL_SHARE = 2
COLUMNS = (QT_TRANSLATE_NOOP("BreakdownModel", "Country"), QT_TRANSLATE_NOOP("BreakdownModel", "People"),
           QT_TRANSLATE_NOOP("BreakdownModel", "Share"))

KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # the category key (country code or ~status)
SHARE_ROLE = Qt.ItemDataRole.UserRole + 2  # share as a float 0..1
SORT_ROLE = Qt.ItemDataRole.UserRole + 3
SPECIAL_ROLE = Qt.ItemDataRole.UserRole + 4  # True for rows without a country
SCALE_ROLE = Qt.ItemDataRole.UserRole + 5  # the largest share, which a full bar stands for

# Always shown, even at zero, so "no one without an address" is visible as such.
ALWAYS_SHOWN = tuple(k for k in SPECIAL_CATEGORIES if k != CAT_INVALID)


class BreakdownModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._keys: list[str] = list(ALWAYS_SHOWN)
        self._counts: dict[str, int] = dict.fromkeys(ALWAYS_SHOWN, 0)
        self._total = 0

    # -- Qt interface ---------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._keys)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate("BreakdownModel", COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._keys):
            return None
        key = self._keys[index.row()]
        col = index.column()
        count = self._counts.get(key, 0)
        share = count / self._total if self._total else 0.0
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == COL_LABEL:
                return self.label(key)
            if col == COL_COUNT:
                return str(count)
            return f"{share:.1%}"
        if role == KEY_ROLE:
            return key
        if role == SHARE_ROLE:
            return share
        if role == SPECIAL_ROLE:
            return key.startswith("~")
        if role == SCALE_ROLE:
            return self.largest_share()
        if role == SORT_ROLE:
            return count if col != COL_LABEL else self.label(key)
        if role == Qt.ItemDataRole.TextAlignmentRole and col != COL_LABEL:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{label}: {count} of {total} in the meeting ({share:.1%})").format(
                label=self.label(key), count=count, total=self._total, share=share)
        return None

    @staticmethod
    def label(key: str) -> str:
        if key.startswith("~"):
            return category_label(key)
        return f"{flag_text(key)} {category_label(key)}".strip()

    # -- access ---------------------------------------------------------------------------
    @property
    def total(self) -> int:
        return self._total

    def count(self, key: str) -> int:
        return self._counts.get(key, 0)

    def share(self, key: str) -> float:
        return self._counts.get(key, 0) / self._total if self._total else 0.0

    def largest_share(self) -> float:
        return max(self._counts.values(), default=0) / self._total if self._total else 0.0

    def keys(self) -> list[str]:
        return list(self._keys)

    def row_of(self, key: str) -> int | None:
        try:
            return self._keys.index(key)
        except ValueError:
            return None

    # -- updates ----------------------------------------------------------------------------
    def set_counts(self, counts: Mapping[str, int]) -> None:
        """Show these counts (category key -> people). Rows move rather than reset."""
        new_counts = {k: v for k, v in counts.items() if v > 0}
        for k in ALWAYS_SHOWN:
            new_counts.setdefault(k, 0)
        self._total = sum(new_counts.values())

        # Rows that disappear (a country nobody connects from any more).
        gone = [i for i, k in enumerate(self._keys) if k not in new_counts]
        for i in reversed(gone):
            self.beginRemoveRows(QModelIndex(), i, i)
            del self._keys[i]
            self.endRemoveRows()
        # New rows at the end; the re-sort below moves them into place.
        present = set(self._keys)
        added = [k for k in new_counts if k not in present]
        if added:
            first = len(self._keys)
            self.beginInsertRows(QModelIndex(), first, first + len(added) - 1)
            self._keys.extend(added)
            self._counts.update({k: new_counts[k] for k in added})
            self.endInsertRows()
        self._counts = new_counts

        order = sorted(self._keys, key=self._order_key)
        if order != self._keys:
            emit(self.layoutAboutToBeChanged)
            new_rows = {k: i for i, k in enumerate(order)}
            from_list = self.persistentIndexList()
            to_list = []
            for idx in from_list:
                k = self._keys[idx.row()]
                to_list.append(self.index(new_rows[k], idx.column()))
            self._keys = order
            self.changePersistentIndexList(from_list, to_list)
            emit(self.layoutChanged)
        if self._keys:
            emit(
                self.dataChanged,
                self.index(0, 0),
                self.index(len(self._keys) - 1, len(COLUMNS) - 1),
            )

    def _order_key(self, key: str) -> tuple[int, int, str]:
        if key.startswith("~"):
            return (1, SPECIAL_CATEGORIES.index(key), "")
        return (0, -self._counts.get(key, 0), category_label(key).casefold())


class _BarDelegate(QStyledItemDelegate):
    """Paints the share column as a bar with the percentage beside it."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        if index.column() != COL_SHARE:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        share = float(index.data(SHARE_ROLE) or 0.0)
        special = bool(index.data(SPECIAL_ROLE))
        r = QRectF(opt.rect).adjusted(4, 5, -4, -5)
        text_w = opt.fontMetrics.horizontalAdvance("100.0%") + 6
        bar_area = QRectF(r.left(), r.top(), max(0.0, r.width() - text_w), r.height())
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        track = QColor(opt.palette.color(QPalette.ColorRole.Text))
        track.setAlpha(28)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(track)
        painter.drawRoundedRect(bar_area, 3, 3)
        fill = QColor(theme.SPECIAL_BAR_COLOR if special else theme.BAR_COLOR)
        painter.setBrush(fill)
        # The largest share fills the bar: at 16 % for the top country, bars drawn against
        # 100 % were slivers that all looked alike. The percentage beside each bar stays exact.
        scale = float(index.data(SCALE_ROLE) or 0.0) or 1.0
        if share > 0:
            w = max(2.0, bar_area.width() * min(share / scale, 1.0))
            painter.drawRoundedRect(QRectF(bar_area.left(), bar_area.top(), w, bar_area.height()), 3, 3)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        painter.setPen(opt.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        painter.drawText(
            QRectF(bar_area.right() + 4, r.top(), text_w - 4, r.height()),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            text,
        )
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        s = super().sizeHint(option, index)
        if index.column() == COL_SHARE:
            s.setWidth(max(s.width(), 160))
        return s


class BreakdownView(QTableView):
    """The breakdown table; emits categoryClicked(key) on a click, or Enter/Space on the current
    row (None when toggled off)."""

    categoryClicked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countryBreakdown")
        self.setAccessibleName(self.tr("Country breakdown"))
        self.setAccessibleDescription(self.tr("People in the meeting per country; click a country, or press Enter on it, to filter the roster"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setShowGrid(False)
        self.setTabKeyNavigation(False)  # Tab leaves the breakdown; arrows move inside
        self.setAlternatingRowColors(False)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        h = self.horizontalHeader()
        h.setStretchLastSection(True)
        h.setSectionResizeMode(COL_LABEL, QHeaderView.ResizeMode.Interactive)
        h.setHighlightSections(False)
        self.setItemDelegate(_BarDelegate(self))
        self.clicked.connect(self._on_clicked)
        self._active: str | None = None

    def setModel(self, model) -> None:
        super().setModel(model)
        h = self.horizontalHeader()
        if model is not None:
            h.resizeSection(COL_LABEL, 190)
            h.resizeSection(COL_COUNT, 60)

    def set_active(self, key: str | None) -> None:
        """Mark the category the roster is filtered to (or none)."""
        self._active = key
        model = self.model()
        if key is None or model is None:
            self.clearSelection()
            return
        for row in range(model.rowCount()):
            if model.index(row, 0).data(KEY_ROLE) == key:
                self.selectRow(row)
                return

    def keyPressEvent(self, event) -> None:
        """Enter, Return or Space on a country does what a click does (keyboard access)."""
        keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
        if event.key() in keys and self.currentIndex().isValid():
            self._on_clicked(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)

    def _on_clicked(self, index: QModelIndex) -> None:
        key = index.data(KEY_ROLE)
        if key == self._active:
            key = None
        self._active = key
        if key is None:
            self.clearSelection()
        emit(self.categoryClicked, key)
