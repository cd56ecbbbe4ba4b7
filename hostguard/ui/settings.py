"""The app's settings, declared once, a QSettings-backed store, and the generated dialog.

Every setting is one `SettingDef` in `SETTINGS` (key, type, default, label, help, section),
as Picard's options.py does it; `SettingsStore` reads and writes them with their types, and
`SettingsDialog` builds its pages from the same list. No secret is ever a setting: credentials
live in the OS keyring (see the connection dialog).

Anything that may block (the database update) runs through `hostguard.ui.tasks`.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hostguard.ui.i18n import LANGUAGES
from hostguard.ui.tasks import BackgroundTask, TaskRunner

log = logging.getLogger(__name__)

ORGANIZATION = "HostGuard"
UPDATE_HINT = (
    QT_TRANSLATE_NOOP("settings", "Update downloads this month's free DB-IP country database (db-ip.com, CC BY 4.0), checks "
    "it, and switches the open meeting to it; the file it replaces is kept for rollback.")
)
APPLICATION = "HostGuard"


@dataclass(frozen=True)
class SettingDef:
    key: str  # "section/name", also the QSettings key
    type: str  # bool | int | float | str | choice | dir | files
    default: Any
    label: str
    help: str
    section: str
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[tuple[str, str], ...] = ()  # (value, label) for "choice"
    suffix: str = ""
    hidden: bool = False  # kept by the app (e.g. last connection), not shown in the dialog


SECTIONS: dict[str, str] = {
    "general": QT_TRANSLATE_NOOP("settings", "General"),
    "geoip": QT_TRANSLATE_NOOP("settings", "GeoIP databases"),
    "storage": QT_TRANSLATE_NOOP("settings", "Storage and audit"),
    "connection": QT_TRANSLATE_NOOP("settings", "Connection"),
}

SETTINGS: tuple[SettingDef, ...] = (
    SettingDef(
        "general/auto_apply_new", "bool", False, QT_TRANSLATE_NOOP("settings", "Apply rules to new joiners automatically"),
        QT_TRANSLATE_NOOP("settings", "When on, decisions for people who join after the rules were applied are sent without "
        "asking, as long as the share guard's limit (max_action_share) holds; above it, HostGuard "
        "stops and asks. Off by default."), "general"),
    SettingDef(
        "general/notify_rule_acts", "bool", False, QT_TRANSLATE_NOOP("settings", "Notify me when a rule acts"),
        QT_TRANSLATE_NOOP("settings", "A desktop notification each time the service confirms actions the rules took. Held "
        "actions, failures and a lost connection are always notified."), "general"),
    SettingDef(
        "general/language", "choice", "", QT_TRANSLATE_NOOP("settings", "Language"),
        QT_TRANSLATE_NOOP("settings", "The language of the window. Takes effect when HostGuard starts again."), "general",
        choices=(("", QT_TRANSLATE_NOOP("settings", "The system's language")), *LANGUAGES)),
    SettingDef(
        "general/refresh_interval_s", "int", 5, QT_TRANSLATE_NOOP("settings", "Roster refresh interval"),
        QT_TRANSLATE_NOOP("settings", "How often the whole participant list is fetched again when the service has no event "
        "stream."), "general", minimum=1, maximum=300, suffix=QT_TRANSLATE_NOOP("settings", " s")),
    SettingDef(
        "geoip/paths", "files", [], QT_TRANSLATE_NOOP("settings", "Database files"),
        QT_TRANSLATE_NOOP("settings", "MaxMind DB files to use: one country or city database, and optionally an ASN and an "
        "Anonymous-IP database. Empty: the bundled DB-IP country database."), "geoip"),
    SettingDef(
        "geoip/stale_warning_days", "int", 60, QT_TRANSLATE_NOOP("settings", "Warn when a database is older than"),
        QT_TRANSLATE_NOOP("settings", "Country data drifts as address blocks change hands; older databases are marked."), "geoip",
        minimum=7, maximum=3650, suffix=QT_TRANSLATE_NOOP("settings", " days")),
    SettingDef(
        "storage/state_dir", "dir", "", QT_TRANSLATE_NOOP("settings", "State folder"),
        QT_TRANSLATE_NOOP("settings", "Where the outbox and the audit log are kept. Empty: the per-user state folder."), "storage"),
    SettingDef(
        "storage/audit_retention_days", "int", 90, QT_TRANSLATE_NOOP("settings", "Keep audit entries for"),
        QT_TRANSLATE_NOOP("settings", "Older audit entries are deleted. 0 keeps them forever."), "storage", minimum=0, maximum=3650,
        suffix=QT_TRANSLATE_NOOP("settings", " days")),
    SettingDef("connection/service", "choice", "reference", QT_TRANSLATE_NOOP("settings", "Service"), QT_TRANSLATE_NOOP("settings", "The meeting service."),
               "connection", choices=(("reference", QT_TRANSLATE_NOOP("settings", "Reference service")), ("zoom", QT_TRANSLATE_NOOP("settings", "Zoom")), ("webex", QT_TRANSLATE_NOOP("settings", "Webex"))),
               hidden=True),
    SettingDef("connection/url", "str", "", QT_TRANSLATE_NOOP("settings", "Base URL"), QT_TRANSLATE_NOOP("settings", "API root override."), "connection", hidden=True),
    SettingDef("connection/meeting_id", "str", "", QT_TRANSLATE_NOOP("settings", "Meeting ID"), QT_TRANSLATE_NOOP("settings", "The meeting to connect to."), "connection",
               hidden=True),
)

_BY_KEY = {s.key: s for s in SETTINGS}


def _t(text: str) -> str:
    """A declared text (label, help, section, suffix) in the app's language."""
    return QCoreApplication.translate("settings", text) if text else text


def setting(key: str) -> SettingDef:
    try:
        return _BY_KEY[key]
    except KeyError:
        raise KeyError(f"no setting {key!r} is declared") from None


def coerce(defn: SettingDef, value: Any) -> Any:
    """``value`` as the setting's type; raises ValueError saying what is wrong."""
    t = defn.type
    if t == "bool":
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.lower() in ("true", "false", "1", "0"):
            return value.lower() in ("true", "1")
        if isinstance(value, int):
            return bool(value)
        raise ValueError(f"{defn.label}: expected on or off")
    if t in ("int", "float"):
        try:
            num = int(value) if t == "int" else float(value)
        except (TypeError, ValueError):
            raise ValueError(f"{defn.label}: expected a number") from None
        if (defn.minimum is not None and num < defn.minimum) or (defn.maximum is not None and num > defn.maximum):
            raise ValueError(f"{defn.label}: expected {defn.minimum:g} to {defn.maximum:g}")
        return num
    if t == "files":
        if isinstance(value, str):
            value = json.loads(value) if value.strip().startswith("[") else [value] if value else []
        if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
            raise ValueError(f"{defn.label}: expected a list of file names")
        return [v for v in value if v.strip()]
    if t == "choice":
        value = str(value)
        if value not in {c for c, _ in defn.choices}:
            raise ValueError(f"{defn.label}: expected one of {', '.join(c for c, _ in defn.choices)}")
        return value
    return "" if value is None else str(value)


class SettingsStore(QObject):
    """Typed access to the declared settings, kept in QSettings. ``changed(key, value)``."""

    changed = Signal(str, object)

    def __init__(self, qsettings: QSettings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.qsettings = qsettings if qsettings is not None else QSettings(ORGANIZATION, APPLICATION)

    def get(self, key: str) -> Any:
        defn = setting(key)
        raw = self.qsettings.value(key, None)
        if raw is None:
            return defn.default
        try:
            return coerce(defn, raw)
        except (ValueError, json.JSONDecodeError):
            log.warning("setting %s: stored value is not usable; using the default", key)
            return defn.default

    def set(self, key: str, value: Any) -> None:
        defn = setting(key)
        value = coerce(defn, value)
        if defn.type == "files":
            stored: Any = json.dumps(value)
        elif defn.type == "bool":
            stored = "true" if value else "false"
        else:
            stored = value
        old = self.get(key)
        self.qsettings.setValue(key, stored)
        self.qsettings.sync()
        if old != value:
            self.changed.emit(key, value)

    def reset(self, key: str) -> None:
        self.set(key, setting(key).default)

    def values(self) -> dict[str, Any]:
        return {s.key: self.get(s.key) for s in SETTINGS}


# ---- the dialog ---------------------------------------------------------------------------
class _EditorWithButton(QWidget):
    """A text editor with one button beside it (Add…, Browse…)."""

    def __init__(self, editor: QWidget, button_text: str, button_name: str, slot, parent: QWidget | None = None,
                 align: Qt.AlignmentFlag | None = None) -> None:
        super().__init__(parent)
        editor.setParent(self)
        button = QPushButton(button_text, self)
        button.setAccessibleName(button_name)
        button.clicked.connect(slot)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(editor, 1)
        if align is None:
            lay.addWidget(button)
        else:
            lay.addWidget(button, 0, align)


class _PathsEditor(_EditorWithButton):
    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(label + self.tr(", one file per line"))
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(70)
        super().__init__(self.text, self.tr("Add…"), self.tr("Add to {label}").format(label=label), self._add, parent, Qt.AlignmentFlag.AlignTop)

    def _add(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Choose databases"), "", self.tr("MaxMind DB (*.mmdb);;All files (*)"))
        if paths:
            self.set_value(self.value() + paths)

    def value(self) -> list[str]:
        return [line.strip() for line in self.text.toPlainText().splitlines() if line.strip()]

    def set_value(self, paths: Sequence[str]) -> None:
        self.text.setPlainText("\n".join(paths))


class _DirEditor(_EditorWithButton):
    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        self.edit = QLineEdit()
        self.edit.setAccessibleName(label)
        self.edit.setPlaceholderText(self.tr("default"))
        super().__init__(self.edit, self.tr("Browse…"), self.tr("Choose {label}").format(label=label), self._browse, parent)

    def _browse(self) -> None:
        d = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder"), self.edit.text())
        if d:
            self.edit.setText(d)

    def value(self) -> str:
        return self.edit.text().strip()

    def set_value(self, v: str) -> None:
        self.edit.setText(v)


class SettingsDialog(QDialog):
    """Pages generated from `SETTINGS`; OK writes the changed values to ``store``.

    ``databases()`` returns the `DatabaseInfo` list in use (e.g. ``lambda: resolver.databases``);
    ``update_database(progress)`` downloads a newer database (run off the GUI thread; it may
    call ``progress(done, total_or_None)``) and returns something with ``sentence()`` or a
    string. Signal ``databaseUpdated(object)`` carries that result.
    """

    databaseUpdated = Signal(object)

    def __init__(
        self,
        store: SettingsStore,
        parent: QWidget | None = None,
        *,
        databases: Callable[[], Sequence[Any]] | None = None,
        update_database: Callable[[Callable[[int, int | None], None]], Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("HostGuard settings"))
        self.setObjectName("settingsDialog")
        self.store = store
        self._databases = databases
        self._update_database = update_database
        self._runner = TaskRunner(self)
        self._task: BackgroundTask | None = None
        self.editors: dict[str, QWidget] = {}
        self.error_label = QLabel(self)
        self.error_label.setObjectName("settingsError")
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)

        self.tabs = QTabWidget(self)
        for section, title in SECTIONS.items():
            defs = [s for s in SETTINGS if s.section == section and not s.hidden]
            if not defs and section != "geoip":
                continue
            # In a scroll area, the wrapped help texts get the height they need in any language
            # (the area passes height-for-width down; a dialog's own layout does not).
            scroll = QScrollArea(self.tabs)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its editors take the focus (and scroll into view)
            scroll.setAccessibleName(_t(title))
            page = QWidget(scroll)
            v = QVBoxLayout(page)
            form = QFormLayout()
            # Longer languages: a label too wide for its column goes above its editor.
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            for s in defs:
                w = self._make_editor(s, page)
                self.editors[s.key] = w
                w.setToolTip(_t(s.help))
                helptext = QLabel(_t(s.help), page)
                helptext.setWordWrap(True)
                helptext.setEnabled(False)  # the platform's muted text colour
                box = QWidget(page)
                bl = QVBoxLayout(box)
                bl.setContentsMargins(0, 0, 0, 0)
                bl.addWidget(w)
                bl.addWidget(helptext)
                form.addRow(self.tr("{label}:").format(label=_t(s.label)) if s.type != "bool" else "", box)
            v.addLayout(form)
            if section == "geoip":
                self._build_geoip(page, v)
            v.addStretch(1)
            scroll.setWidget(page)
            self.tabs.addTab(scroll, _t(title))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(self.restore_defaults)
        lay = QVBoxLayout(self)
        lay.addWidget(self.tabs, 1)
        lay.addWidget(self.error_label)
        lay.addWidget(buttons)
        self.setMinimumSize(640, 460)  # help texts wrap; the database table needs the width
        self.setSizeGripEnabled(True)
        self.load()

    # -- generated editors ---------------------------------------------------------------
    def _make_editor(self, s: SettingDef, parent: QWidget) -> QWidget:
        if s.type == "bool":
            w: QWidget = QCheckBox(_t(s.label), parent)
        elif s.type == "int":
            w = QSpinBox(parent)
            w.setRange(int(s.minimum if s.minimum is not None else -2**31), int(s.maximum if s.maximum is not None else 2**31 - 1))
            w.setSuffix(_t(s.suffix))
        elif s.type == "float":
            w = QDoubleSpinBox(parent)
            w.setRange(s.minimum if s.minimum is not None else -1e9, s.maximum if s.maximum is not None else 1e9)
            w.setSuffix(_t(s.suffix))
        elif s.type == "choice":
            w = QComboBox(parent)
            for value, label in s.choices:
                w.addItem(_t(label), value)
        elif s.type == "files":
            w = _PathsEditor(_t(s.label), parent)
        elif s.type == "dir":
            w = _DirEditor(_t(s.label), parent)
        else:
            w = QLineEdit(parent)
        w.setObjectName("setting_" + s.key.replace("/", "_"))
        w.setAccessibleName(_t(s.label))
        w.setAccessibleDescription(_t(s.help))
        return w

    def value(self, key: str) -> Any:
        """What the dialog's editor for ``key`` holds now."""
        s, w = setting(key), self.editors[key]
        if s.type == "bool":
            return w.isChecked()  # type: ignore[attr-defined]
        if s.type in ("int", "float"):
            return w.value()  # type: ignore[attr-defined]
        if s.type == "choice":
            return w.currentData()  # type: ignore[attr-defined]
        if s.type in ("files", "dir"):
            return w.value()  # type: ignore[attr-defined]
        return w.text()  # type: ignore[attr-defined]

    def set_value(self, key: str, value: Any) -> None:
        s, w = setting(key), self.editors[key]
        if s.type == "bool":
            w.setChecked(bool(value))  # type: ignore[attr-defined]
        elif s.type in ("int", "float"):
            w.setValue(value)  # type: ignore[attr-defined]
        elif s.type == "choice":
            w.setCurrentIndex(max(w.findData(value), 0))  # type: ignore[attr-defined]
        elif s.type in ("files", "dir"):
            w.set_value(value)  # type: ignore[attr-defined]
        else:
            w.setText(str(value))  # type: ignore[attr-defined]

    def load(self) -> None:
        for key in self.editors:
            self.set_value(key, self.store.get(key))

    def restore_defaults(self) -> None:
        for key in self.editors:
            self.set_value(key, setting(key).default)

    def save(self) -> bool:
        problems = []
        for key in self.editors:
            try:
                self.store.set(key, self.value(key))
            except ValueError as exc:
                problems.append(str(exc))
        self.error_label.setText("\n".join(problems))
        self.error_label.setVisible(bool(problems))
        return not problems

    def accept(self) -> None:
        if self.save():
            super().accept()

    # -- GeoIP page ----------------------------------------------------------------------
    def _build_geoip(self, page: QWidget, lay: QVBoxLayout) -> None:
        lay.addWidget(QLabel(self.tr("In use now:"), page))
        self.db_table = QTableWidget(0, 5, page)
        self.db_table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        self.db_table.setObjectName("databaseTable")
        self.db_table.setAccessibleName(self.tr("GeoIP databases in use"))
        self.db_table.setHorizontalHeaderLabels(
            [self.tr("Database"), self.tr("Kind"), self.tr("Built"), self.tr("Age"), self.tr("File")])
        self.db_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.db_table.verticalHeader().setVisible(False)
        self.db_table.horizontalHeader().setStretchLastSection(True)
        lay.addWidget(self.db_table)
        self.attribution = QLabel(page)
        self.attribution.setWordWrap(True)
        lay.addWidget(self.attribution)
        row = QHBoxLayout()
        self.update_button = QPushButton(self.tr("&Update database"), page)
        self.update_button.setObjectName("updateDatabase")
        self.update_button.setAccessibleName(self.tr("Download a newer GeoIP database"))
        self.update_button.setEnabled(self._update_database is not None)
        self.update_button.clicked.connect(self.start_update)
        self.update_progress = QProgressBar(page)
        self.update_progress.setObjectName("updateProgress")
        self.update_progress.setAccessibleName(self.tr("Database download progress"))
        self.update_progress.setVisible(False)
        row.addWidget(self.update_button)
        row.addWidget(self.update_progress, 1)
        hint = QLabel(_t(UPDATE_HINT), page)
        hint.setObjectName("updateHint")
        hint.setWordWrap(True)
        hint.setEnabled(False)  # the platform's muted text colour
        self.update_button.setToolTip(_t(UPDATE_HINT) if self._update_database is not None else self.tr("Not available here"))
        lay.addWidget(hint)
        lay.addLayout(row)
        self.update_result = QLabel(page)
        self.update_result.setObjectName("updateResult")
        self.update_result.setWordWrap(True)
        self.update_result.setTextFormat(Qt.TextFormat.PlainText)
        lay.addWidget(self.update_result)
        self.refresh_databases()

    def refresh_databases(self) -> None:
        infos: Sequence[Any] = []
        if self._databases is not None:
            try:
                infos = list(self._databases())
            except Exception as exc:  # a broken file must not break the dialog
                self.attribution.setText(self.tr("Could not read the databases: {error}").format(error=exc))
        stale_days = self.store.get("geoip/stale_warning_days")
        self.db_table.setRowCount(len(infos))
        for r, info in enumerate(infos):
            age = info.age_days()
            cells = [
                info.label + (self.tr(" (bundled)") if info.bundled else ""),
                str(getattr(info.kind, "value", info.kind)),
                info.build_date.isoformat(),
                self.tr("{age} days").format(age=age)
                + (self.tr(" — stale, consider updating") if age > stale_days else ""),
                info.path,
            ]
            for c, text in enumerate(cells):
                self.db_table.setItem(r, c, QTableWidgetItem(text))
        self.db_table.resizeColumnsToContents()
        attrs = sorted({i.attribution for i in infos if i.attribution})
        if attrs:
            self.attribution.setText("\n".join(attrs))

    def start_update(self) -> None:
        if self._update_database is None or self._task is not None:
            return
        self.update_button.setEnabled(False)
        self.update_progress.setVisible(True)
        self.update_progress.setRange(0, 0)  # busy until the size is known
        self.update_result.setText(self.tr("Downloading…"))
        self._task = self._runner.run(self._update_database, self._update_done, self._update_progress)

    def _update_progress(self, done: Any, total: Any) -> None:
        if total:
            self.update_progress.setRange(0, 1000)
            self.update_progress.setValue(int(1000 * min(done / total, 1.0)))
        else:
            self.update_progress.setRange(0, 0)

    def _update_done(self, result: Any, error: str) -> None:
        self._task = None
        self.update_button.setEnabled(True)
        self.update_progress.setVisible(False)
        if error:
            self.update_result.setText(self.tr("Update failed: {error}. The current database is unchanged.").format(error=error))
        else:
            sentence = result.sentence() if hasattr(result, "sentence") else str(result or self.tr("Updated."))
            self.update_result.setText(sentence)
            self.refresh_databases()
        self.databaseUpdated.emit(None if error else result)

    def is_busy(self) -> bool:
        return self._task is not None
