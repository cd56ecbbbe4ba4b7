"""A searchable, multi-select country picker (name or ISO code, with flags) for the rules editor.

`CountryPicker` is the embeddable widget; `CountryPickerDialog` wraps it for the editor's
"Choose…" buttons; typing a name and pressing Enter picks the highlighted match. Matching: a query of two letters matches that ISO code first; any query
matches a country whose name contains it (case-insensitive) or whose code starts with it. Names
are shown in the app's language (CLDR, `ui.country_names`) and a search matches that name, the
English name and the code, so "Deutschland", "Germany" and "DE" all find Germany.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hostguard.core.countries import all_countries
from hostguard.ui.country_names import (
    continent_display_name,
    country_display_name,
    current_locale,
    search_keys,
)
from hostguard.ui.roster_model import flag_emoji_shown

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2  # the names it may be searched by, casefolded
SORT_ROLE = Qt.ItemDataRole.UserRole + 3  # the name shown, casefolded


class _CountryFilter(QSortFilterProxyModel):
    """Accepts a country when its code starts with the query or its name contains it."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._query = ""
        self._only_selected = False

    def set_query(self, text: str) -> None:
        self._query = text.strip().casefold()
        self.invalidate()

    def set_only_selected(self, on: bool) -> None:
        self._only_selected = on
        self.invalidate()

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        idx = self.sourceModel().index(row, 0, parent)
        if self._only_selected and idx.data(Qt.ItemDataRole.CheckStateRole) != Qt.CheckState.Checked.value:
            return False
        if not self._query:
            return True
        code = str(idx.data(CODE_ROLE)).casefold()
        return code.startswith(self._query) or self._query in str(idx.data(SEARCH_ROLE))

    def lessThan(self, left, right) -> bool:
        # An exact code match comes first ("de" -> Germany before Bangladesh).
        q = self._query
        lc = str(left.data(CODE_ROLE)).casefold() == q
        rc = str(right.data(CODE_ROLE)).casefold() == q
        if lc != rc:
            return lc
        return str(left.data(SORT_ROLE)) < str(right.data(SORT_ROLE))


class CountryPicker(QWidget):
    """Search box plus a checkable list of every country. ``selectionChanged(list[str])``."""

    selectionChanged = Signal(list)

    def __init__(self, selected: Iterable[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = QStandardItemModel(self)
        flags = flag_emoji_shown()  # without an emoji font a flag is an empty box
        locale = current_locale()
        named = [(country_display_name(c.code, locale), c) for c in all_countries().values()]
        for name, c in sorted(named, key=lambda nc: nc[0].casefold()):
            item = QStandardItem(f"{c.flag}  {name} ({c.code})" if flags else f"{name} ({c.code})")
            item.setData(c.code, CODE_ROLE)
            item.setData("\x1f".join(search_keys(c.code, locale)), SEARCH_ROLE)
            item.setData(name.casefold(), SORT_ROLE)
            where = continent_display_name(c.continent, locale)
            item.setToolTip(f"{name}, {where}" if name == c.name else f"{name} ({c.name}), {where}")
            item.setCheckable(True)
            item.setEditable(False)
            self._model.appendRow(item)
        self._proxy = _CountryFilter(self)
        self._proxy.setSourceModel(self._model)
        self._proxy.sort(0)

        self.search = QLineEdit(self)
        self.search.setObjectName("countrySearch")
        self.search.setPlaceholderText(self.tr("Search by name or code, e.g. China or CN"))
        self.search.setAccessibleName(self.tr("Search countries"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_query)
        # "China", Enter: picks the highlighted match (and, in the dialog, closes it with OK),
        # which is what someone who has not read about check boxes expects.
        self.search.returnPressed.connect(self.pick_current)

        self.view = QListView(self)
        self.view.setObjectName("countryList")
        self.view.setAccessibleName(self.tr("Countries"))
        self.view.setModel(self._proxy)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setUniformItemSizes(True)
        self.view.activated.connect(self._toggle)

        self.summary = QLabel(self)
        self.summary.setObjectName("countrySummary")
        self.summary.setWordWrap(True)
        self.only_selected = QPushButton(self.tr("Show selected only"), self)
        self.only_selected.setCheckable(True)
        self.only_selected.setAccessibleName(self.tr("Show selected countries only"))
        self.only_selected.toggled.connect(self._proxy.set_only_selected)
        clear = QPushButton(self.tr("Clear"), self)
        clear.setAccessibleName(self.tr("Clear selected countries"))
        clear.clicked.connect(lambda: self.set_selected(()))

        # Down from the search box moves into the list; Enter there toggles the current country.
        QShortcut(QKeySequence(Qt.Key.Key_Down), self.search, self._focus_list,
                  context=Qt.ShortcutContext.WidgetShortcut)

        row = QHBoxLayout()
        row.addWidget(self.only_selected)
        row.addWidget(clear)
        row.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.search)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.summary)
        lay.addLayout(row)

        self._model.itemChanged.connect(self._on_item_changed)
        self._updating = False
        self.set_selected(selected)

    # -- public --------------------------------------------------------------------------
    def selected(self) -> list[str]:
        """Checked country codes, sorted."""
        out = []
        for r in range(self._model.rowCount()):
            it = self._model.item(r)
            if it.checkState() == Qt.CheckState.Checked:
                out.append(it.data(CODE_ROLE))
        return sorted(out)

    def set_selected(self, codes: Iterable[str]) -> None:
        want = {c.strip().upper() for c in codes}
        self._updating = True
        try:
            for r in range(self._model.rowCount()):
                it = self._model.item(r)
                state = Qt.CheckState.Checked if it.data(CODE_ROLE) in want else Qt.CheckState.Unchecked
                if it.checkState() != state:
                    it.setCheckState(state)
        finally:
            self._updating = False
        self._changed()

    def visible_codes(self) -> list[str]:
        """Codes the current search shows, in display order."""
        return [self._proxy.index(r, 0).data(CODE_ROLE) for r in range(self._proxy.rowCount())]

    def set_query(self, text: str) -> None:
        self.search.setText(text)

    def pick_current(self) -> str | None:
        """Check the highlighted match of a search (never uncheck); returns its code."""
        if not self.search.text().strip():
            return None
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        it = self._model.itemFromIndex(self._proxy.mapToSource(index))
        if it is None:
            return None
        if it.checkState() != Qt.CheckState.Checked:
            it.setCheckState(Qt.CheckState.Checked)
        return str(it.data(CODE_ROLE))

    # -- internals -----------------------------------------------------------------------
    def _on_query(self, text: str) -> None:
        self._proxy.set_query(text)
        self._proxy.sort(0)
        if self._proxy.rowCount():
            self.view.setCurrentIndex(self._proxy.index(0, 0))

    def _focus_list(self) -> None:
        self.view.setFocus()
        if not self.view.currentIndex().isValid() and self._proxy.rowCount():
            self.view.setCurrentIndex(self._proxy.index(0, 0))

    def _toggle(self, index: QModelIndex) -> None:
        it = self._model.itemFromIndex(self._proxy.mapToSource(index))
        if it is not None:
            checked = it.checkState() == Qt.CheckState.Checked
            it.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def _on_item_changed(self, _item: QStandardItem) -> None:
        if not self._updating:
            self._changed()

    def _changed(self) -> None:
        codes = self.selected()
        self.summary.setText(self.tr("Selected: {codes}").format(codes=', '.join(codes)) if codes else self.tr("No country selected: type a name and press Enter, or tick the boxes"))
        self.selectionChanged.emit(codes)


class CountryPickerDialog(QDialog):
    """Modal chooser around `CountryPicker`; ``selected()`` after ``exec()`` returns the codes."""

    def __init__(self, selected: Iterable[str] = (), title: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Choose countries"))
        self.picker = CountryPicker(selected, self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.picker)
        lay.addWidget(buttons)
        self.setMinimumSize(360, 400)
        self.resize(420, 520)
        self.picker.search.setFocus()

    def selected(self) -> list[str]:
        return self.picker.selected()
