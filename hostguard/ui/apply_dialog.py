"""Confirmation before decisions are sent: counts per action, what this service cannot do, and
an explicit extra confirmation when the share guard's verdict is over the limit.

Cancel is the default button: pressing Enter never applies. When the guard is over the limit,
Apply stays disabled until the host ticks "I understand this affects N% of the meeting";
``force`` then tells the caller to pass ``force=True`` to `Engine.apply`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hostguard.core.rules import ENFORCING_ACTIONS
from hostguard.ui.labels import action_label, guard_text, plural
from hostguard.ui.preview import PreviewResult

# The capability (by name, as `hostguard.services.base.Capability` spells it) each action needs.
ACTION_NEEDS = {"waiting_room": "waiting_room", "remove": "remove", "block": "block"}
_MANUAL_VERB = {"waiting_room": QT_TRANSLATE_NOOP("ApplyDialog", "move to the waiting room"),
                "remove": QT_TRANSLATE_NOOP("ApplyDialog", "remove"),
                "block": QT_TRANSLATE_NOOP("ApplyDialog", "remove and block")}


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("ApplyDialog", text, "", n)


def _manual_verb(action: str) -> str:
    verb = _MANUAL_VERB.get(action)
    return _tr(verb) if verb else action


def _cap_names(capabilities: Iterable[object]) -> set[str]:
    out = set()
    for c in capabilities:
        out.add(str(getattr(c, "value", c)).lower())
        name = getattr(c, "name", None)
        if isinstance(name, str):
            out.add(name.lower())
    return out


def unsupported_actions(preview: PreviewResult, capabilities: Iterable[object]) -> dict[str, int]:
    """Actions to send that the service cannot carry out, with how many people each covers."""
    caps = _cap_names(capabilities)
    return {a: n for a, n in preview.to_send.items() if n and ACTION_NEEDS.get(a, a) not in caps}


class ServiceSentences(QObject):
    """The sentences about what a service cannot do, translated with plural forms (a QObject so
    that lupdate sees numerus messages: its `tr` with a count)."""

    def unsupported(self, action: str, n: int) -> str:
        if action == "waiting_room":
            text = plural(
                self.tr("{service} cannot move people already in the meeting to the waiting room: %n participant(s) "
                    "listed for you to move to the waiting room in the {service} client.", "", n), n,
                "{service} cannot move people already in the meeting to the waiting room: %n participant is "
                "listed for you to move to the waiting room in the {service} client.",
                "{service} cannot move people already in the meeting to the waiting room: %n participants are "
                "listed for you to move to the waiting room in the {service} client.")
        elif action == "remove":
            text = plural(
                self.tr("{service} cannot remove people already in the meeting: %n participant(s) listed for you "
                    "to remove in the {service} client.", "", n), n,
                "{service} cannot remove people already in the meeting: %n participant is listed for you "
                "to remove in the {service} client.",
                "{service} cannot remove people already in the meeting: %n participants are listed for you "
                "to remove in the {service} client.")
        elif action == "block":
            text = plural(
                self.tr("{service} cannot block people (remove them and prevent rejoining): %n participant(s) listed "
                    "for you to remove and block in the {service} client.", "", n), n,
                "{service} cannot block people (remove them and prevent rejoining): %n participant is listed "
                "for you to remove and block in the {service} client.",
                "{service} cannot block people (remove them and prevent rejoining): %n participants are listed "
                "for you to remove and block in the {service} client.")
        else:
            text = plural(self.tr("{service} cannot {action}: %n participant(s) listed for you to handle in the "
                              "{service} client.", "", n), n,
                          "{service} cannot {action}: %n participant is listed for you to handle in the {service} client.",
                          "{service} cannot {action}: %n participants are listed for you to handle in the {service} client.")
        return text


def service_sentences(preview: PreviewResult, service: str, capabilities: Iterable[object]) -> list[str]:
    """Plain sentences about what ``service`` will and will not do with these decisions."""
    caps = _cap_names(capabilities)
    out = []
    words = ServiceSentences()
    for action, n in unsupported_actions(preview, caps).items():
        out.append(words.unsupported(action, n).format(service=service, action=action))
    if "country_policy" in caps and preview.ruleset is not None:
        countries = sorted({c for r in preview.ruleset.rules if r.enabled and r.action in ENFORCING_ACTIONS
                            and r.countries and r.roles is None for c in r.countries})
        if countries:
            out.append(QCoreApplication.translate("ApplyDialog", "New joiners from {countries} can also be refused by the meeting's own country policy "
                           "on {service}.").format(countries=", ".join(countries), service=service))
    return out


class ApplyDialog(QDialog):
    """Asks the host to confirm applying ``preview``'s decisions on ``service``."""

    def __init__(
        self,
        preview: PreviewResult,
        *,
        service: str = "",
        capabilities: Iterable[object] = (),
        notes: Sequence[str] = (),
        undo_limits: dict[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        service = service or self.tr("The service")
        self.setWindowTitle(self.tr("Apply rules to the meeting"))
        self.setObjectName("applyDialog")
        self.preview = preview
        caps = list(capabilities)
        v = preview.verdict
        lay = QVBoxLayout(self)

        total = preview.sending
        head = QLabel(self)
        head.setObjectName("applySummary")
        head.setWordWrap(True)
        head.setTextFormat(Qt.TextFormat.PlainText)
        parts = [f"{action_label(a)}: {n}" for a, n in preview.to_send.items() if n]
        head.setText(
            plural(self.tr("%n participant(s) will be acted on ({actions}) out of {total} in the meeting.", "", total),
                   total, "%n participant will be acted on ({actions}) out of {total} in the meeting.",
                   "%n participants will be acted on ({actions}) out of {total} in the meeting.").format(
                actions=", ".join(parts) or self.tr("nothing to send"), total=preview.total)
        )
        lay.addWidget(head)
        # The meeting moves while the dialog is open: say so (Apply acts on the people counted above).
        self.changes_label = QLabel(self)
        self.changes_label.setObjectName("applyChanges")
        self.changes_label.setWordWrap(True)
        self.changes_label.setTextFormat(Qt.TextFormat.PlainText)
        self.changes_label.setVisible(False)
        lay.addWidget(self.changes_label)
        flagged = preview.counts.get("flag", 0)
        if flagged:
            flagged_label = QLabel(self.tr("%n flagged participant(s) are only highlighted; nothing is sent.", "", flagged), self)
            flagged_label.setWordWrap(True)
            lay.addWidget(flagged_label)

        self.guard_label = QLabel(self.tr("Share guard: ") + guard_text(v), self)
        self.guard_label.setObjectName("applyGuard")
        self.guard_label.setWordWrap(True)
        self.guard_label.setTextFormat(Qt.TextFormat.PlainText)
        lay.addWidget(self.guard_label)

        # The engine's preview may carry the adapter's plan that the caller also passes: say it once.
        self.service_notes = list(dict.fromkeys(
            service_sentences(preview, service, caps) + list(preview.notes) + list(notes)))
        self.notes_label = QLabel("\n".join(self.service_notes), self)
        self.notes_label.setObjectName("serviceNotes")
        self.notes_label.setWordWrap(True)
        self.notes_label.setTextFormat(Qt.TextFormat.PlainText)
        self.notes_label.setVisible(bool(self.service_notes))
        lay.addWidget(self.notes_label)

        # What "Undo last apply" could not take back afterwards (Engine.undo_limits), said now.
        self.undo_limits = {a: why for a, why in (undo_limits or {}).items() if preview.to_send.get(a)}
        self.undo_label = QLabel(self)
        self.undo_label.setObjectName("cannotUndo")
        self.undo_label.setWordWrap(True)
        self.undo_label.setTextFormat(Qt.TextFormat.PlainText)
        if self.undo_limits:
            self.undo_label.setText(self.tr("Cannot be undone afterwards:") + "\n" + "\n".join(
                self.tr("{action}: {why}").format(action=action_label(a), why=why) for a, why in self.undo_limits.items()))
        self.undo_label.setVisible(bool(self.undo_limits))
        lay.addWidget(self.undo_label)

        self.unsupported = unsupported_actions(preview, caps)
        self.manual_list = QListWidget(self)
        self.manual_list.setObjectName("manualList")
        self.manual_list.setAccessibleName(self.tr("Participants to handle yourself in the meeting client"))
        self.manual_list.setUniformItemSizes(True)  # thousands of names in a big event
        self.manual_list.addItems([
            self.tr("{name} — {what}").format(name=name, what=_manual_verb(action))
            for action in self.unsupported
            for name in preview.to_send_names.get(action, ())
        ])
        self.manual_list.setVisible(self.manual_list.count() > 0)
        lay.addWidget(self.manual_list)

        self.understand = QCheckBox(self.tr("I understand this affects {share:.0%} of the meeting").format(share=v.share), self)
        self.understand.setObjectName("understandBox")
        self.understand.setAccessibleName(self.understand.text())
        self.understand.setVisible(not v.allowed)
        lay.addWidget(self.understand)

        self.buttons = QDialogButtonBox(self)
        self.apply_button = QPushButton(
            plural(self.tr("Apply to %n participant(s)", "", total), total, "Apply to %n participant", "Apply to %n participants")
            if total else self.tr("Apply"), self)
        self.apply_button.setObjectName("confirmApply")
        self.apply_button.setAccessibleName(self.tr("Apply the decisions"))
        self.apply_button.setAutoDefault(False)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button.setDefault(True)
        self.cancel_button.setAutoDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        # Word-wrapped sentences need a width to wrap against, or the dialog opens cramped.
        self.setMinimumWidth(520)
        self.understand.toggled.connect(self._update)
        self._update()
        self.cancel_button.setFocus()

    def note_changes(self, joined: int, left: int) -> None:
        """How many joined or left since the dialog opened (the caller counts them)."""
        if not joined and not left:
            self.changes_label.setVisible(False)
            return
        self.changes_label.setText(
            self.tr("Since this dialog opened: {joined} joined, {left} left. Apply acts on the participants counted "
                    "above; the others are decided by enforcement or the next Apply.").format(joined=joined, left=left))
        self.changes_label.setVisible(True)

    @property
    def over_limit(self) -> bool:
        return not self.preview.verdict.allowed

    @property
    def force(self) -> bool:
        """True when the host confirmed going over the guard's limit."""
        return self.over_limit and self.understand.isChecked()

    def _update(self) -> None:
        sendable = self.preview.sending > 0
        self.apply_button.setEnabled(sendable and (not self.over_limit or self.understand.isChecked()))

    def accept(self) -> None:
        if not self.apply_button.isEnabled():
            return  # never applied by a key press while the confirmation is missing
        super().accept()
