"""The rules editor: edit a `RuleSet` as the host sees it, with the CLI's own validation.

The editor keeps each rule as the raw dictionary a rules file would hold (what the host
typed, even when it is wrong), builds the whole file's dictionary on every edit and hands it
to `ruleset_from_dict`, the function the CLI uses. Its `RulesError.errors` are shown as they
are, in a list and next to the rule and field each one names, so the app and
`hostguard evaluate` never disagree about what is valid. Export writes `RuleSet.to_toml()`;
import reads with `load_rules`; a file with errors is reported and the current rules stay.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QIcon, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hostguard.core.countries import CONTINENTS, is_country_code
from hostguard.core.geo import ANONYMIZER_KINDS
from hostguard.core.participants import ROLES
from hostguard.core.rules import (
    ACTIONS,
    DEFAULT_MAX_ACTION_SHARE,
    MEETING_END,
    SCHEMA_VERSION,
    Rule,
    RuleIssue,
    RulesError,
    RuleSet,
    load_rules,
    ruleset_from_dict,
)
from hostguard.ui.country_names import continent_display_name
from hostguard.ui.country_picker import CountryPickerDialog
from hostguard.ui.labels import action_label, anonymizer_label, plural, role_label, schedule_text

log = logging.getLogger(__name__)

ADVANCED_KEYS = ("regions", "asns", "networks", "anonymizers")
_TOKEN_SPLIT = re.compile(r"[,\s;]+")
# Combo data are strings: PySide6 6.12 mis-counts references when a None item datum is read back.
UNKNOWN_CHOICES = ((QT_TRANSLATE_NOOP("RulesEditor", "any"), "any"),
                   (QT_TRANSLATE_NOOP("RulesEditor", "country unknown"), "unknown"),
                   (QT_TRANSLATE_NOOP("RulesEditor", "country known"), "known"))
_UNKNOWN_VALUE = {"any": None, "unknown": True, "known": False}


def _tokens(text: str) -> list[str]:
    return [t for t in _TOKEN_SPLIT.split(text.strip()) if t]


def _asn_tokens(text: str) -> list[object]:
    """AS numbers as integers; anything else is passed on as typed so the CLI's check names it."""
    out: list[object] = []
    for t in _tokens(text):
        digits = t[2:] if t[:2].upper() == "AS" else t
        out.append(int(digits) if digits.isdigit() else t)
    return out


def draft_from_rule(rule: Rule) -> dict:
    """The rules-file dictionary of one rule (what `[[rule]]` holds): every key the rule was
    written with, its mode ("report") and its time window included, so that opening a file and
    saving it never turns a report-only rule into an enforcing one nor drops its schedule.
    Times are kept as RFC 3339 text (what the form shows and the loader reads back)."""
    d = rule.to_dict()
    for key in ("active_from", "active_until"):
        val = d.get(key)
        if isinstance(val, dt.datetime):
            d[key] = val.isoformat()
    return d


# Named starting points for a first rule set (files under resources/templates/).
TEMPLATES = (
    ("waiting-room-unknown", QT_TRANSLATE_NOOP("RulesEditor", "Waiting room for unknown locations")),
    ("invited-countries", QT_TRANSLATE_NOOP("RulesEditor", "Only invited countries, unknown flagged")),
    ("block-tor", QT_TRANSLATE_NOOP("RulesEditor", "Block Tor exits (needs an Anonymous-IP database)")),
)


def template_path(key: str) -> Path:
    """The rules file of template ``key`` (shipped in the package's resources)."""
    from importlib import resources

    return Path(str(resources.files("hostguard.resources").joinpath("templates", f"{key}.toml")))


def _time_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.isoformat()
    return str(value)


_FORM_KEYS = frozenset({"name", "action", "enabled", "mode", "active_from", "active_until", "until", "countries",
                        "not_countries", "continents", "regions", "asns", "networks", "anonymizers", "unknown", "roles"})


def locate_error(issue: RuleIssue) -> tuple[int | None, str | None]:
    """(1-based rule position or None for file-level, key or None) of a rules problem, read from
    its fields (never from its wording). A key of the [exempt] table is "exempt.<key>"."""
    if issue.rule is None and issue.section == "exempt":
        return None, "exempt." + (issue.key or "")
    return issue.rule, issue.key


_GROUP_NAMES = {
    "roles": QT_TRANSLATE_NOOP("RulesEditor", "Roles"),
    "exempt_roles": QT_TRANSLATE_NOOP("RulesEditor", "Exempt roles"),
    "continents": QT_TRANSLATE_NOOP("RulesEditor", "Continents"),
    "anonymizers": QT_TRANSLATE_NOOP("RulesEditor", "Anonymizers"),
}


class _CheckGroup(QWidget):
    """A row of checkboxes for a small fixed vocabulary (continents, roles, anonymizers)."""

    changed = Signal()

    def __init__(self, options: Iterable[tuple[str, str]], name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        for value, label in options:
            b = QCheckBox(label, self)
            b.setObjectName(f"{name}_{value}")
            b.setAccessibleName(QCoreApplication.translate("RulesEditor", "{group}: {label}").format(
                group=QCoreApplication.translate("RulesEditor", _GROUP_NAMES.get(name, name)), label=label))
            b.toggled.connect(self.changed)
            self.boxes[value] = b
            lay.addWidget(b)
        lay.addStretch(1)

    def values(self) -> list[str]:
        return [v for v, b in self.boxes.items() if b.isChecked()]

    def set_values(self, values: Iterable[str]) -> None:
        want = set(values)
        for v, b in self.boxes.items():
            b.blockSignals(True)
            b.setChecked(v in want)
            b.blockSignals(False)


class RulesEditor(QWidget):
    """Edits an ordered rule set, validating every change with the CLI's own checks.

    Signals: ``rulesetChanged(RuleSet)`` whenever the edited rules form a valid rule set that
    differs from the last one emitted; ``validityChanged(bool)``; ``modifiedChanged(bool)``
    (unsaved edits since the last import, export or `set_ruleset`).
    """

    rulesetChanged = Signal(object)
    validityChanged = Signal(bool)
    modifiedChanged = Signal(bool)

    def __init__(
        self,
        ruleset: RuleSet | None = None,
        parent: QWidget | None = None,
        *,
        capabilities: Iterable[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rulesEditor")
        self._capabilities = frozenset(capabilities) if capabilities is not None else None
        self._drafts: list[dict] = []
        self._default = "allow"
        self._share = DEFAULT_MAX_ACTION_SHARE
        self._exempt_roles: list[str] = ["host", "co-host"]
        self._exempt_emails: list[str] = []
        self._path: str | None = None
        self._loading = False
        self._errors: list[RuleIssue] = []
        self._warnings: list[RuleIssue] = []
        self._valid: bool | None = None
        self._last_emitted: RuleSet | None = None
        self._current: RuleSet | None = None
        self._modified = False
        self._field_errors: dict[str, QLabel] = {}
        self.clock: Callable[[], dt.datetime] | None = None
        self._live: dict[str, object] = {}  # rule name -> the engine's RuleCount (rules in use)
        self._build()
        self._schedule_timer = QTimer(self)
        self._schedule_timer.setInterval(30_000)
        self._schedule_timer.timeout.connect(self.refresh_schedule_texts)
        self._schedule_timer.start()
        self.set_ruleset(ruleset or RuleSet())

    # ==== construction ==================================================================
    def _build(self) -> None:
        # Left: the ordered rule list with its buttons.
        self.rule_list = QListWidget(self)
        self.rule_list.setObjectName("ruleList")
        self.rule_list.setAccessibleName(self.tr("Rules, in the order they are tried"))
        self.rule_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rule_list.currentRowChanged.connect(self._on_current_row)
        self.rule_list.itemChanged.connect(self._on_item_checked)

        def button(text: str, name: str, tip: str, slot) -> QPushButton:
            b = QPushButton(text, self)
            b.setObjectName(name)
            b.setAccessibleName(tip)
            b.setToolTip(tip)
            b.clicked.connect(slot)
            return b

        self.add_button = button(self.tr("&Add rule"), "addRule", self.tr("Add a rule at the end"), self.add_rule)
        self.delete_button = button(self.tr("&Delete"), "deleteRule", self.tr("Delete the selected rule (Delete)"), self.delete_rule)
        self.up_button = button(self.tr("Move &up"), "moveUp", self.tr("Move the selected rule up (Alt+Up)"), lambda: self.move_rule(-1))
        self.down_button = button(self.tr("Move do&wn"), "moveDown", self.tr("Move the selected rule down (Alt+Down)"), lambda: self.move_rule(1))
        # Keys on the list itself (not QShortcuts: the main window owns the global shortcuts,
        # and two owners of one key sequence make both silent).
        self.rule_list.installEventFilter(self)
        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(QLabel(self.tr("Rules (first match decides):"), left))
        ll.addWidget(self.rule_list, 1)
        bl = QHBoxLayout()
        for b in (self.add_button, self.delete_button, self.up_button, self.down_button):
            bl.addWidget(b)
        ll.addLayout(bl)

        # Right: the selected rule's form.
        form_box = QGroupBox(self.tr("Selected rule"), self)
        self.form_box = form_box
        form = QFormLayout(form_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

        self.name_edit = QLineEdit(form_box)
        self.name_edit.setObjectName("ruleName")
        self.name_edit.setAccessibleName(self.tr("Rule name"))
        self.name_edit.textEdited.connect(self._on_form_edited)
        self.action_combo = QComboBox(form_box)
        self.action_combo.setObjectName("ruleAction")
        self.action_combo.setAccessibleName(self.tr("Rule action"))
        for a in ACTIONS:
            self.action_combo.addItem(action_label(a), a)
        self.action_combo.currentIndexChanged.connect(self._on_form_edited)
        self.enabled_box = QCheckBox(self.tr("Enabled"), form_box)
        self.enabled_box.setObjectName("ruleEnabled")
        self.enabled_box.setAccessibleName(self.tr("Rule enabled"))
        self.enabled_box.toggled.connect(self._on_form_edited)
        # Mode in one click: a report-only rule is evaluated and counted, never acted on.
        self.report_box = QCheckBox(self.tr("Report only (count matches, never act)"), form_box)
        self.report_box.setObjectName("ruleReportOnly")
        self.report_box.setAccessibleName(self.tr("Rule is report only"))
        self.report_box.setToolTip(self.tr("A report-only rule is evaluated and counted like any rule but never "
                                           "acts; the first matching rule below it still decides"))
        self.report_box.toggled.connect(self._on_form_edited)
        # Schedule: RFC 3339 times with an offset, or until the meeting ends.
        self.active_from_edit = self._line(form_box, "active_from", self.tr("Active from (RFC 3339 time with offset)"))
        self.active_from_edit.setPlaceholderText(self.tr("e.g. 2026-06-04T12:00:00+08:00 (empty: from the start)"))
        self.active_until_edit = self._line(form_box, "active_until", self.tr("Active until (RFC 3339 time with offset)"))
        self.active_until_edit.setPlaceholderText(self.tr("e.g. 2026-06-04T20:00:00+08:00 (empty: no end)"))
        self.until_end_box = QCheckBox(self.tr("Until the meeting ends"), form_box)
        self.until_end_box.setObjectName("ruleUntilMeetingEnd")
        self.until_end_box.setAccessibleName(self.tr("Rule active until the meeting ends"))
        self.until_end_box.toggled.connect(self._on_form_edited)
        self.schedule_label = QLabel(form_box)
        self.schedule_label.setObjectName("ruleScheduleState")

        self.countries_edit, countries_row = self._codes_row(form_box, "countries", self.tr("Countries (ISO codes)"))
        self.not_countries_edit, not_countries_row = self._codes_row(
            form_box, "not_countries", self.tr("Countries not in (allow-list style)"))
        self.continents_group = _CheckGroup(
            ((c, continent_display_name(c)) for c in CONTINENTS), "continents", form_box)
        for c, b in self.continents_group.boxes.items():
            b.setToolTip(self.tr("{name} (code {code} in rules files)").format(name=continent_display_name(c), code=c))
            b.setAccessibleName(self.tr("Continent {name}").format(name=continent_display_name(c)))
        self.continents_group.changed.connect(self._on_form_edited)
        self.unknown_combo = QComboBox(form_box)
        self.unknown_combo.setObjectName("ruleUnknown")
        self.unknown_combo.setAccessibleName(self.tr("Unknown country condition"))
        for label, value in UNKNOWN_CHOICES:
            self.unknown_combo.addItem(self.tr(label), value)
        self.unknown_combo.setToolTip(
            self.tr("'country unknown' matches participants whose country could not be inferred "
            "(not in the database, private network, or no address)"))
        self.unknown_combo.currentIndexChanged.connect(self._on_form_edited)
        self.roles_group = _CheckGroup(((r, role_label(r)) for r in ROLES), "roles", form_box)
        self.roles_group.changed.connect(self._on_form_edited)

        self.advanced_toggle = QToolButton(form_box)
        self.advanced_toggle.setObjectName("advancedToggle")
        self.advanced_toggle.setText(self.tr("Advanced conditions (regions, networks, AS numbers, anonymizers)"))
        self.advanced_toggle.setAccessibleName(self.tr("Show advanced conditions"))
        self.advanced_toggle.setCheckable(True)
        self.advanced_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.advanced_toggle.toggled.connect(self._show_advanced)
        self.advanced = QFrame(form_box)
        adv = QFormLayout(self.advanced)
        adv.setContentsMargins(12, 0, 0, 0)
        self.regions_edit = self._line(self.advanced, "regions", self.tr("Regions (ISO 3166-2, e.g. US-CA)"))
        self.asns_edit = self._line(self.advanced, "asns", self.tr("AS numbers, e.g. 13335"))
        self.networks_edit = self._line(self.advanced, "networks", self.tr("Networks (CIDR, e.g. 203.0.113.0/24)"))
        self.anonymizers_group = _CheckGroup(((k, anonymizer_label(k)) for k in ANONYMIZER_KINDS),
                                             "anonymizers", self.advanced)
        self.anonymizers_group.changed.connect(self._on_form_edited)
        adv.addRow(self.tr("Regions:"), self._with_error(self.regions_edit, "regions"))
        adv.addRow(self.tr("AS numbers:"), self._with_error(self.asns_edit, "asns"))
        adv.addRow(self.tr("Networks:"), self._with_error(self.networks_edit, "networks"))
        adv.addRow(self.tr("Anonymizers:"), self._with_error(self.anonymizers_group, "anonymizers"))
        self.advanced.setVisible(False)

        form.addRow(self.tr("&Name:"), self._with_error(self.name_edit, "name"))
        form.addRow(self.tr("A&ction:"), self._with_error(self.action_combo, "action"))
        form.addRow("", self.enabled_box)
        form.addRow(self.tr("Mode:"), self._with_error(self.report_box, "mode"))
        form.addRow(self.tr("Active from:"), self._with_error(self.active_from_edit, "active_from"))
        form.addRow(self.tr("Active until:"), self._with_error(self.active_until_edit, "active_until"))
        form.addRow("", self._with_error(self.until_end_box, "until"))
        form.addRow("", self.schedule_label)
        conds = QLabel(self.tr("Conditions (all that are set must hold; a list matches any of its items):"), form_box)
        conds.setWordWrap(True)
        form.addRow(conds)
        form.addRow(self.tr("Countries:"), self._with_error(countries_row, "countries"))
        form.addRow(self.tr("Not countries:"), self._with_error(not_countries_row, "not_countries"))
        form.addRow(self.tr("Continents:"), self._with_error(self.continents_group, "continents"))
        form.addRow(self.tr("Unknown:"), self._with_error(self.unknown_combo, "unknown"))
        form.addRow(self.tr("Roles:"), self._with_error(self.roles_group, "roles"))
        form.addRow(self.advanced_toggle)
        form.addRow(self.advanced)
        self.rule_error = self._error_label("rule")  # errors of the rule as a whole ("no condition")
        form.addRow(self.rule_error)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        # Tab goes straight into the form (the area scrolls to the focused field by itself).
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(form_box)

        # The list above the form: a meeting has a handful of rules, and the form needs the
        # width (side by side, next to the preview and the docks, it was squeezed to a sliver).
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.setObjectName("ruleSplitter")
        split.setChildrenCollapsible(False)
        split.addWidget(left)
        split.addWidget(scroll)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        scroll.setMinimumWidth(380)

        # Bottom: what applies to everyone else, and who is never acted on.
        top = QGroupBox(self.tr("Everyone else, the guard and exemptions"), self)
        tf = QFormLayout(top)
        self.default_combo = QComboBox(top)
        self.default_combo.setObjectName("defaultAction")
        self.default_combo.setAccessibleName(self.tr("Default action when no rule matches"))
        for a in ACTIONS:
            self.default_combo.addItem(action_label(a), a)
        self.default_combo.currentIndexChanged.connect(self._on_top_edited)
        self.share_spin = QDoubleSpinBox(top)
        self.share_spin.setObjectName("maxActionShare")
        self.share_spin.setAccessibleName(self.tr("Largest share of the meeting to act on at once, in percent"))
        self.share_spin.setRange(0.0, 100.0)
        self.share_spin.setDecimals(1)
        self.share_spin.setSingleStep(5.0)
        self.share_spin.setSuffix(" %")
        self.share_spin.setToolTip(self.tr("max_action_share: acting on a larger share of the non-exempt "
                                   "participants at once needs an explicit confirmation"))
        self.share_spin.valueChanged.connect(self._on_share_edited)
        self.exempt_roles_group = _CheckGroup(((r, role_label(r)) for r in ROLES), "exempt_roles", top)
        self.exempt_roles_group.boxes["host"].setEnabled(False)
        self.exempt_roles_group.boxes["host"].setToolTip(self.tr("The host is always exempt"))
        self.exempt_roles_group.changed.connect(self._on_top_edited)
        self.exempt_emails_edit = QLineEdit(top)
        self.exempt_emails_edit.setObjectName("exemptEmails")
        self.exempt_emails_edit.setAccessibleName(self.tr("Exempt e-mail patterns, separated by commas"))
        self.exempt_emails_edit.setPlaceholderText(self.tr("*@example.org, chair@example.com"))
        self.exempt_emails_edit.textEdited.connect(self._on_top_edited)
        tf.addRow(self.tr("Default action:"), self._with_error(self.default_combo, "default"))
        tf.addRow(self.tr("Guard limit:"), self._with_error(self.share_spin, "max_action_share"))
        tf.addRow(self.tr("Exempt roles:"), self._with_error(self.exempt_roles_group, "exempt.roles"))
        tf.addRow(self.tr("Exempt e-mails:"), self._with_error(self.exempt_emails_edit, "exempt.emails"))

        # Messages: every error (as the CLI words it), then load-time warnings.
        self.status_label = QLabel(self)
        self.status_label.setObjectName("rulesStatus")
        self.status_label.setWordWrap(True)
        self.error_list = QListWidget(self)
        self.error_list.setObjectName("errorList")
        self.error_list.setAccessibleName(self.tr("Problems in the rules"))
        self.error_list.setMaximumHeight(110)
        self.error_list.setWordWrap(True)
        self.error_list.itemActivated.connect(self._jump_to_error)

        self.import_banner = QFrame(self)
        self.import_banner.setObjectName("importBanner")
        self.import_banner.setFrameShape(QFrame.Shape.StyledPanel)
        ib = QVBoxLayout(self.import_banner)
        self.import_label = QLabel(self.import_banner)
        self.import_label.setWordWrap(True)
        self.import_errors = QListWidget(self.import_banner)
        self.import_errors.setObjectName("importErrors")
        self.import_errors.setAccessibleName(self.tr("Problems in the file that was not imported"))
        self.import_errors.setMaximumHeight(110)
        dismiss = QPushButton(self.tr("Dismiss"), self.import_banner)
        dismiss.setAccessibleName(self.tr("Dismiss the import message"))
        dismiss.clicked.connect(lambda: self.import_banner.setVisible(False))
        ib.addWidget(self.import_label)
        ib.addWidget(self.import_errors)
        ib.addWidget(dismiss, 0, Qt.AlignmentFlag.AlignRight)
        self.import_banner.setVisible(False)

        self.import_button = button(self.tr("&Import…"), "importRules", self.tr("Import rules from a TOML file"), self._ask_import)
        self.export_button = button(self.tr("E&xport…"), "exportRules", self.tr("Export the rules to a TOML file"), self._ask_export)
        self.template_button = QPushButton(self.tr("Start from &template…"), self)
        self.template_button.setObjectName("templateButton")
        self.template_button.setAccessibleName(self.tr("Start from a template"))
        self.template_button.setToolTip(self.tr("Replace the rules with a named starting point to edit (nothing is applied)"))
        self.template_menu = QMenu(self.template_button)
        self.template_menu.setObjectName("templateMenu")
        for key, title in TEMPLATES:
            act = self.template_menu.addAction(QCoreApplication.translate("RulesEditor", title))
            act.setObjectName(f"template_{key}")
            act.triggered.connect(lambda _c=False, k=key: self.load_template(k))
        self.template_button.setMenu(self.template_menu)
        io_row = QHBoxLayout()
        io_row.addWidget(self.status_label, 1)
        io_row.addWidget(self.template_button)
        io_row.addWidget(self.import_button)
        io_row.addWidget(self.export_button)

        lay = QVBoxLayout(self)
        lay.addWidget(self.import_banner)
        lay.addWidget(split, 1)
        lay.addWidget(top)
        lay.addLayout(io_row)
        lay.addWidget(self.error_list)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.rule_list and event.type() == QEvent.Type.KeyPress:
            key, mods = event.key(), event.modifiers()  # type: ignore[attr-defined]
            if mods & Qt.KeyboardModifier.AltModifier and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_rule(-1 if key == Qt.Key.Key_Up else 1)
                return True
            if key == Qt.Key.Key_Delete and not mods & ~Qt.KeyboardModifier.KeypadModifier:
                self.delete_rule()
                return True
        return super().eventFilter(obj, event)

    def _line(self, parent: QWidget, key: str, tip: str) -> QLineEdit:
        e = QLineEdit(parent)
        e.setObjectName(f"rule_{key}")
        e.setAccessibleName(tip)
        e.setPlaceholderText(tip)
        e.textEdited.connect(self._on_form_edited)
        return e

    def _codes_row(self, parent: QWidget, key: str, tip: str) -> tuple[QLineEdit, QWidget]:
        row = QWidget(parent)
        h = QHBoxLayout(row)
        h.setContentsMargins(0, 0, 0, 0)
        edit = self._line(row, key, tip)
        edit.setPlaceholderText(self.tr("e.g. CN, HK (or choose…)"))
        pick = QPushButton(self.tr("Choose…"), row)
        pick.setObjectName(f"pick_{key}")
        pick.setAccessibleName(self.tr("Choose from a list: {field}").format(field=tip))
        pick.clicked.connect(lambda: self._pick_countries(edit))
        h.addWidget(edit, 1)
        h.addWidget(pick)
        return edit, row

    def _error_label(self, key: str) -> QLabel:
        lbl = QLabel(self)
        lbl.setObjectName(f"error_{key}")
        lbl.setWordWrap(True)
        lbl.setTextFormat(Qt.TextFormat.PlainText)
        lbl.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        pal = lbl.palette()
        pal.setColor(QPalette.ColorRole.WindowText, QColor(200, 30, 30))
        lbl.setPalette(pal)
        lbl.setVisible(False)
        self._field_errors[key] = lbl
        return lbl

    def _with_error(self, field: QWidget, key: str) -> QWidget:
        box = QWidget(field.parentWidget())
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(2)
        v.addWidget(field)
        lbl = self._error_label(key)
        lbl.setParent(box)
        v.addWidget(lbl)
        return box

    # ==== public API ====================================================================
    def set_ruleset(self, ruleset: RuleSet, path: str | None = None) -> None:
        """Show ``ruleset`` for editing (replaces what is there)."""
        self._drafts = [draft_from_rule(r) for r in ruleset.rules]
        self._default = ruleset.default
        self._share = ruleset.max_action_share
        self._exempt_roles = sorted(ruleset.exempt.roles, key=lambda r: ROLES.index(r) if r in ROLES else 99)
        self._exempt_emails = list(ruleset.exempt.emails)
        if path is not None:
            self._path = path
        self._load_top()
        self._refill_list(0 if self._drafts else -1)
        self._validate()
        self._set_modified(False)

    def ruleset(self) -> RuleSet | None:
        """The edited rule set, or None while it has errors."""
        return self._current

    def is_valid(self) -> bool:
        return self._current is not None

    def errors(self) -> list[str]:
        """The current validation errors, worded exactly as the CLI words them."""
        return [str(e) for e in self._errors]

    def warnings(self) -> list[str]:
        return [str(w) for w in self._warnings]

    def import_errors_shown(self) -> list[str]:
        return [self.import_errors.item(i).text() for i in range(self.import_errors.count())]

    def field_error(self, key: str) -> str:
        """The message shown next to a field of the selected rule ('' when none)."""
        lbl = self._field_errors.get(key)
        return lbl.text() if lbl is not None and lbl.isVisibleTo(self) else ""

    def set_capabilities(self, capabilities: Iterable[str] | None) -> None:
        """What the configured databases can answer (for the CLI's load-time warnings)."""
        self._capabilities = frozenset(capabilities) if capabilities is not None else None
        self._validate()

    def to_dict(self) -> dict:
        """The rules file as a dictionary (what `tomllib` would give for the exported file)."""
        data: dict[str, object] = {
            "version": SCHEMA_VERSION,
            "default": self._default,
            "max_action_share": self._share,
            "exempt": {"roles": list(self._exempt_roles)},
        }
        if self._exempt_emails:
            data["exempt"]["emails"] = list(self._exempt_emails)  # type: ignore[index]
        if self._drafts:
            data["rule"] = [dict(d) for d in self._drafts]
        return data

    def source(self) -> str:
        """The file name errors are reported against (the last imported or exported file)."""
        return self._path or ""

    def rule_count(self) -> int:
        return len(self._drafts)

    def select_rule(self, index: int) -> None:
        self.rule_list.setCurrentRow(index)

    def current_index(self) -> int:
        return self.rule_list.currentRow()

    def add_rule(self) -> None:
        n = 1
        names = {d.get("name") for d in self._drafts}
        while f"Rule {n}" in names:
            n += 1
        # A new rule starts without a condition: the editor says so until the host picks one.
        self._drafts.append({"name": f"Rule {n}", "action": "waiting_room"})
        self._refill_list(len(self._drafts) - 1)
        self._edited()
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    def delete_rule(self) -> None:
        row = self.rule_list.currentRow()
        if 0 <= row < len(self._drafts):
            del self._drafts[row]
            self._refill_list(min(row, len(self._drafts) - 1))
            self._edited()

    def move_rule(self, delta: int) -> None:
        row = self.rule_list.currentRow()
        new = row + delta
        if 0 <= row < len(self._drafts) and 0 <= new < len(self._drafts):
            self._drafts[row], self._drafts[new] = self._drafts[new], self._drafts[row]
            self._refill_list(new)
            self._edited()
            self.rule_list.setFocus()

    def import_file(self, path: str | os.PathLike[str]) -> bool:
        """Load a rules file as the CLI does. On errors, show them all and keep the current rules."""
        p = str(path)
        try:
            ruleset, warnings = load_rules(p, capabilities=self._capabilities)
        except RulesError as exc:
            n = len(exc.errors)
            self.import_label.setText(
                plural(self.tr("{name} was not imported: %n error(s). Your current rules are unchanged.", "", n), n,
                       "{name} was not imported: %n error. Your current rules are unchanged.",
                       "{name} was not imported: %n errors. Your current rules are unchanged.").format(name=Path(p).name))
            self.import_errors.clear()
            self.import_errors.addItems(exc.errors)
            self.import_errors.setVisible(True)
            self.import_banner.setVisible(True)
            return False
        self.set_ruleset(ruleset, path=p)
        if warnings:
            self.import_label.setText(plural(self.tr("Imported {name} with %n warning(s).", "", len(warnings)), len(warnings),
                   "Imported {name} with %n warning.", "Imported {name} with %n warnings.").format(name=Path(p).name))
            self.import_errors.clear()
            self.import_errors.addItems(warnings)
            self.import_errors.setVisible(True)
            self.import_banner.setVisible(True)
        else:
            self.import_banner.setVisible(False)
        return True

    def export_file(self, path: str | os.PathLike[str]) -> bool:
        """Write the rules as the TOML file the CLI reads. Refuses while there are errors."""
        ruleset = self._current
        if ruleset is None:
            self.status_label.setText(self.tr("Fix the problems listed below before exporting."))
            return False
        p = Path(path)
        text = ruleset.to_toml()
        try:
            # Write beside the target and rename, so a failed write never leaves half a file.
            fd, tmp = tempfile.mkstemp(prefix=".hostguard-rules-", suffix=".tmp", dir=p.parent)
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
                f.write(text)
            # mkstemp makes the file private; a rules file is not secret: keep the usual mode.
            os.chmod(tmp, p.stat().st_mode & 0o777 if p.exists() else 0o644)
            os.replace(tmp, p)
        except OSError as exc:
            self.status_label.setText(self.tr("Could not write {file}: {error}").format(file=p, error=exc.strerror or exc))
            return False
        self._path = str(p)
        self._validate()  # messages now name the file, as the CLI would
        self._set_modified(False)
        self.status_label.setText(plural(self.tr("Exported %n rule(s) to {file}", "", len(ruleset.rules)), len(ruleset.rules),
                   "Exported %n rule to {file}", "Exported %n rules to {file}").format(file=p))
        return True

    def load_template(self, key: str) -> bool:
        """Replace the rules with the template ``key`` (see TEMPLATES): shown as edited and
        not saved (the template file itself is never written to). False if it cannot be read."""
        path = template_path(key)
        try:
            ruleset, warnings = load_rules(path, capabilities=self._capabilities)
        except (RulesError, OSError) as exc:
            self.status_label.setText(self.tr("Could not open the template: {error}").format(error=exc))
            return False
        self.set_ruleset(ruleset)
        self._set_modified(True)
        title = dict(TEMPLATES).get(key, key)
        self.import_label.setText(self.tr("Started from the template “{title}”: edit it, then export or apply.").format(
            title=QCoreApplication.translate("RulesEditor", title)))
        self.import_errors.clear()
        self.import_errors.addItems(warnings)
        self.import_errors.setVisible(bool(warnings))
        self.import_banner.setVisible(True)
        return True

    def to_toml(self) -> str | None:
        return self._current.to_toml() if self._current is not None else None

    # ==== list and form =================================================================
    def _refill_list(self, select: int) -> None:
        self._loading = True
        try:
            self.rule_list.clear()
            for d in self._drafts:
                it = QListWidgetItem()
                it.setFlags(it.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                self.rule_list.addItem(it)
                self._decorate_item(it, d)
        finally:
            self._loading = False
        if select >= 0:
            self.rule_list.setCurrentRow(select)
        else:
            self._load_form(None)
        self._update_buttons()

    def _decorate_item(self, it: QListWidgetItem, d: dict) -> None:
        self._loading, was = True, self._loading
        try:
            name = d.get("name") if isinstance(d.get("name"), str) else ""
            action = action_label(d.get("action"))
            text = self.tr("{name} — {action}").format(name=name or self.tr("(no name)"), action=action)
            if d.get("mode") == "report":
                text += " · " + self.tr("report only")
            state = self._schedule_state_of(d)
            if state:
                text += " · " + state
            live = self._live.get(name) if name else None
            if live is not None:
                text += " · " + self.live_text(live)
            it.setText(text)
            it.setCheckState(Qt.CheckState.Unchecked if d.get("enabled") is False else Qt.CheckState.Checked)
            it.setData(Qt.ItemDataRole.AccessibleTextRole,
                       f"{name}, {action}, {'disabled' if d.get('enabled') is False else 'enabled'}")
        finally:
            self._loading = was

    def _schedule_state_of(self, d: dict) -> str:
        """The rule's schedule in words now ("inactive until 14:00"); "" when it has no
        window or the rule does not validate yet (its error is shown instead)."""
        if not any(k in d for k in ("active_from", "active_until", "until")):
            return ""
        try:
            rs = ruleset_from_dict({"version": SCHEMA_VERSION, "rule": [dict(d, enabled=True)]})
        except RulesError:
            return ""
        return schedule_text(rs.rules[0], self._now()) if rs.rules else ""

    def _now(self) -> dt.datetime:
        """Local time (tests may inject a clock through ``clock``)."""
        return self.clock() if self.clock is not None else dt.datetime.now().astimezone()

    def live_text(self, count) -> str:
        """A rule's live counts in words ("3 match now, 12 acted on"): from `Engine.rule_counts`."""
        now = int(getattr(count, "matching_now", 0))
        if getattr(count, "report_only", False):
            return self.tr("{now} match now, {seen} reported, none acted on").format(
                now=now, seen=int(getattr(count, "reported_since_start", 0)))
        return self.tr("{now} match now, {acted} acted on").format(
            now=now, acted=int(getattr(count, "acted_since_start", 0)))

    def set_live_counts(self, counts: Iterable[object] | None) -> None:
        """Show each rule's live counts (`Engine.rule_counts` of the rules in use, matched by
        name) in the list; None or [] clears them."""
        live = {str(getattr(c, "rule", "")): c for c in (counts or ())}
        if live == self._live:
            return
        self._live = live
        for i, d in enumerate(self._drafts):
            it = self.rule_list.item(i)
            if it is not None:
                self._decorate_item(it, d)

    def live_counts(self) -> dict[str, object]:
        return dict(self._live)

    def refresh_schedule_texts(self) -> None:
        """Redraw the schedule words (a rule's window opens and closes as time passes)."""
        for i, d in enumerate(self._drafts):
            it = self.rule_list.item(i)
            if it is not None:
                self._decorate_item(it, d)
        row = self.rule_list.currentRow()
        self.schedule_label.setText(self._schedule_state_of(self._drafts[row]) if 0 <= row < len(self._drafts) else "")

    def _update_buttons(self) -> None:
        row = self.rule_list.currentRow()
        has = 0 <= row < len(self._drafts)
        self.delete_button.setEnabled(has)
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row < len(self._drafts) - 1)
        self.form_box.setEnabled(has)

    def _on_current_row(self, row: int) -> None:
        if self._loading:
            return
        self._load_form(self._drafts[row] if 0 <= row < len(self._drafts) else None)
        self._update_buttons()
        self._show_field_errors()

    def _on_item_checked(self, it: QListWidgetItem) -> None:
        if self._loading:
            return
        row = self.rule_list.row(it)
        if 0 <= row < len(self._drafts):
            on = it.checkState() == Qt.CheckState.Checked
            d = self._drafts[row]
            if on:
                d.pop("enabled", None)
            else:
                d["enabled"] = False
            if row == self.rule_list.currentRow():
                self.enabled_box.blockSignals(True)
                self.enabled_box.setChecked(on)
                self.enabled_box.blockSignals(False)
            self._edited()

    def _load_form(self, d: dict | None) -> None:
        self._loading = True
        try:
            d = d or {}

            def text(key: str) -> str:
                v = d.get(key)
                if v is None:
                    return ""
                if isinstance(v, list):
                    return ", ".join(str(x) for x in v)
                return str(v)

            self.name_edit.setText(d.get("name") if isinstance(d.get("name"), str) else "")
            i = self.action_combo.findData(d.get("action", "waiting_room"))
            self.action_combo.setCurrentIndex(max(i, 0))
            self.enabled_box.setChecked(d.get("enabled", True) is not False)
            self.report_box.setChecked(d.get("mode") == "report")
            self.active_from_edit.setText(_time_text(d.get("active_from")))
            self.active_until_edit.setText(_time_text(d.get("active_until")))
            self.until_end_box.setChecked(d.get("until") == MEETING_END)
            self.countries_edit.setText(text("countries"))
            self.not_countries_edit.setText(text("not_countries"))
            self.continents_group.set_values(d.get("continents") or [])
            self.unknown_combo.setCurrentIndex({None: 0, True: 1, False: 2}.get(d.get("unknown"), 0))
            self.roles_group.set_values(d.get("roles") or [])
            self.regions_edit.setText(text("regions"))
            self.asns_edit.setText(text("asns"))
            self.networks_edit.setText(text("networks"))
            self.anonymizers_group.set_values(d.get("anonymizers") or [])
            if any(k in d for k in ADVANCED_KEYS):
                self.advanced_toggle.setChecked(True)
            self.schedule_label.setText(self._schedule_state_of(d))
        finally:
            self._loading = False

    def _show_advanced(self, on: bool) -> None:
        self.advanced.setVisible(on)
        self.advanced_toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)

    def _on_form_edited(self, *_args: object) -> None:
        if self._loading:
            return
        row = self.rule_list.currentRow()
        if not 0 <= row < len(self._drafts):
            return
        d: dict[str, object] = {"name": self.name_edit.text(), "action": self.action_combo.currentData()}
        for key, edit in (("countries", self.countries_edit), ("not_countries", self.not_countries_edit),
                          ("regions", self.regions_edit), ("networks", self.networks_edit)):
            vals = _tokens(edit.text())
            if vals:
                d[key] = vals
        for key, group in (("continents", self.continents_group), ("anonymizers", self.anonymizers_group),
                           ("roles", self.roles_group)):
            vals = group.values()
            if vals:
                d[key] = vals
        asns = _asn_tokens(self.asns_edit.text())
        if asns:
            d["asns"] = asns
        unknown = _UNKNOWN_VALUE[self.unknown_combo.currentData()]
        if unknown is not None:
            d["unknown"] = unknown
        old = self._drafts[row]
        if self.report_box.isChecked():
            d["mode"] = "report"
        elif old.get("mode") not in (None, "enforce", "report"):
            d["mode"] = old["mode"]  # a wrong value stays (and its error stays shown) until fixed
        for key, edit in (("active_from", self.active_from_edit), ("active_until", self.active_until_edit)):
            text = edit.text().strip()
            if text:
                d[key] = text
        if self.until_end_box.isChecked():
            d["until"] = MEETING_END
        elif old.get("until") not in (None, MEETING_END):
            d["until"] = old["until"]
        if not self.enabled_box.isChecked():
            d["enabled"] = False
        # Keys the form has no field for (never dropped silently: the loader names them).
        for key, val in old.items():
            if key not in _FORM_KEYS and key not in d:
                d[key] = val
        self._drafts[row] = d
        self._decorate_item(self.rule_list.item(row), d)
        self.schedule_label.setText(self._schedule_state_of(d))
        self._edited()

    def _pick_countries(self, edit: QLineEdit) -> None:
        dlg = CountryPickerDialog(_tokens(edit.text()), parent=self)
        if dlg.exec():
            # Keep codes the picker does not know (typed by hand) so their error stays visible.
            typed_unknown = [t for t in _tokens(edit.text()) if not is_country_code(t)]
            edit.setText(", ".join(dlg.selected() + typed_unknown))
            self._on_form_edited()

    def _load_top(self) -> None:
        self._loading = True
        try:
            self.default_combo.setCurrentIndex(max(self.default_combo.findData(self._default), 0))
            self.share_spin.setValue(self._share * 100.0)
            self.exempt_roles_group.set_values(self._exempt_roles)
            self.exempt_roles_group.boxes["host"].setChecked(True)
            self.exempt_emails_edit.setText(", ".join(self._exempt_emails))
        finally:
            self._loading = False

    def _on_top_edited(self, *_args: object) -> None:
        if self._loading:
            return
        self._default = self.default_combo.currentData()
        self._exempt_roles = self.exempt_roles_group.values()
        # Patterns are split on commas and spaces only: shell patterns may hold ';'.
        self._exempt_emails = [t for t in re.split(r"[,\s]+", self.exempt_emails_edit.text().strip()) if t]
        self._edited()

    def _on_share_edited(self, value: float) -> None:
        if self._loading:
            return
        self._share = round(value / 100.0, 6)
        self._edited()

    # ==== validation ====================================================================
    def _edited(self) -> None:
        self._validate()
        self._set_modified(True)

    def _set_modified(self, on: bool) -> None:
        if on != self._modified:
            self._modified = on
            self.modifiedChanged.emit(on)

    def is_modified(self) -> bool:
        return self._modified

    def _validate(self) -> None:
        try:
            rs = ruleset_from_dict(self.to_dict(), self.source())
        except RulesError as exc:
            self._errors = list(exc.issues)
            self._warnings = []
            self._current = None
        else:
            self._errors = []
            self._current = rs
            self._warnings = rs.warning_issues(self._capabilities) if self._capabilities is not None else []
        self._show_messages()
        valid = self._current is not None
        if valid != self._valid:
            self._valid = valid
            self.validityChanged.emit(valid)
        if self._current is not None and self._current != self._last_emitted:
            self._last_emitted = self._current
            self.rulesetChanged.emit(self._current)

    def _show_messages(self) -> None:
        self.error_list.clear()
        err_brush = QBrush(QColor(200, 30, 30))
        warn_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        crit_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        for issue in self._errors:
            it = QListWidgetItem(crit_icon, str(issue))
            it.setForeground(err_brush)
            it.setData(Qt.ItemDataRole.UserRole, locate_error(issue))
            self.error_list.addItem(it)
        for issue in self._warnings:
            it = QListWidgetItem(warn_icon, str(issue))
            it.setData(Qt.ItemDataRole.UserRole, locate_error(issue))
            self.error_list.addItem(it)
        n = len(self._errors)
        if n:
            self.status_label.setText(plural(self.tr("%n problem(s): the rules are not used until fixed.", "", n), n,
                   "%n problem: the rules are not used until fixed.", "%n problems: the rules are not used until fixed."))
        elif self._drafts:
            self.status_label.setText(plural(self.tr("%n rule(s), valid.", "", len(self._drafts)), len(self._drafts), "%n rule, valid.", "%n rules, valid."))
        else:
            self.status_label.setText(self.tr("No rules: everyone gets the default action."))
        # Mark the rules that have problems.
        by_pos: dict[int, list[str]] = {}
        for issue in self._errors:
            pos, _key = locate_error(issue)
            if pos is not None:
                by_pos.setdefault(pos, []).append(str(issue))
        self._loading, was = True, self._loading
        try:
            for i in range(self.rule_list.count()):
                it = self.rule_list.item(i)
                msgs = by_pos.get(i + 1)
                it.setIcon(crit_icon if msgs else QIcon())
                it.setToolTip("\n".join(msgs) if msgs else "")
        finally:
            self._loading = was
        self._show_field_errors()

    def _show_field_errors(self) -> None:
        row = self.rule_list.currentRow()
        per_key: dict[str, list[str]] = {}
        for issue in self._errors + self._warnings:
            pos, key = locate_error(issue)
            if pos is None:
                per_key.setdefault(key or "default", []).append(str(issue))
            elif pos == row + 1:
                per_key.setdefault(key if key in self._field_errors else "rule", []).append(str(issue))
        for key, lbl in self._field_errors.items():
            msgs = per_key.get(key)
            lbl.setText("\n".join(msgs) if msgs else "")
            lbl.setVisible(bool(msgs))

    def _jump_to_error(self, it: QListWidgetItem) -> None:
        pos, key = it.data(Qt.ItemDataRole.UserRole) or (None, None)
        if pos is not None and 1 <= pos <= len(self._drafts):
            self.rule_list.setCurrentRow(pos - 1)
            target = {
                "name": self.name_edit, "action": self.action_combo, "countries": self.countries_edit,
                "not_countries": self.not_countries_edit, "unknown": self.unknown_combo,
                "regions": self.regions_edit, "asns": self.asns_edit, "networks": self.networks_edit,
                "mode": self.report_box, "active_from": self.active_from_edit,
                "active_until": self.active_until_edit, "until": self.until_end_box,
            }.get(key or "")
            if key in ADVANCED_KEYS:
                self.advanced_toggle.setChecked(True)
            (target or self.name_edit).setFocus()

    # ==== file dialogs ==================================================================
    def _ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import rules"), self._path or "",
                                              self.tr("Rules files (*.toml);;All files (*)"))
        if path:
            self.import_file(path)

    def _ask_export(self) -> None:
        if self._current is None:
            self.status_label.setText(self.tr("Fix the problems listed below before exporting."))
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export rules"), self._path or "rules.toml",
                                              self.tr("Rules files (*.toml)"))
        if path:
            self.export_file(path)
