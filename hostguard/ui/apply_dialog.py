"""Confirmation before decisions are sent: counts per action, what this service cannot do, and
an explicit extra confirmation when the share guard's verdict is over the limit.

Cancel is the default button: pressing Enter never applies. When the guard is over the limit,
Apply stays disabled until the host ticks "I understand this affects N% of the meeting";
``force`` then tells the caller to pass ``force=True`` to `Engine.apply`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt
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

from hostguard.core.rules import ACTION_LABELS, ENFORCING_ACTIONS
from hostguard.ui.preview import PreviewResult

# The capability (by name, as `hostguard.services.base.Capability` spells it) each action needs.
ACTION_NEEDS = {"waiting_room": "waiting_room", "remove": "remove", "block": "block"}
_VERB = {"waiting_room": "move people already in the meeting to the waiting room",
         "remove": "remove people already in the meeting",
         "block": "block people (remove them and prevent rejoining)"}
_MANUAL_VERB = {"waiting_room": "move to the waiting room", "remove": "remove", "block": "remove and block"}


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


def service_sentences(preview: PreviewResult, service: str, capabilities: Iterable[object]) -> list[str]:
    """Plain sentences about what ``service`` will and will not do with these decisions."""
    caps = _cap_names(capabilities)
    out = []
    for action, n in unsupported_actions(preview, caps).items():
        people = f"{n} participant{'s' if n != 1 else ''}"
        out.append(f"{service} cannot {_VERB.get(action, action)}: {people} "
                   f"{'are' if n != 1 else 'is'} listed for you to {_MANUAL_VERB.get(action, action)} "
                   f"in the {service} client.")
    if "country_policy" in caps and preview.ruleset is not None:
        countries = sorted({c for r in preview.ruleset.rules if r.enabled and r.action in ENFORCING_ACTIONS
                            and r.countries and r.roles is None for c in r.countries})
        if countries:
            out.append(f"New joiners from {', '.join(countries)} can also be refused by the meeting's "
                       f"own country policy on {service}.")
    return out


class ApplyDialog(QDialog):
    """Asks the host to confirm applying ``preview``'s decisions on ``service``."""

    def __init__(
        self,
        preview: PreviewResult,
        *,
        service: str = "The service",
        capabilities: Iterable[object] = (),
        notes: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Apply rules to the meeting")
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
        parts = [f"{ACTION_LABELS.get(a, a)}: {n}" for a, n in preview.to_send.items() if n]
        head.setText(
            f"{total} participant{'s' if total != 1 else ''} will be acted on ("
            + (", ".join(parts) or "nothing to send") + f") out of {preview.total} in the meeting."
        )
        lay.addWidget(head)
        flagged = preview.counts.get("flag", 0)
        if flagged:
            lay.addWidget(QLabel(f"{flagged} flagged participant(s) are only highlighted; nothing is sent.", self))

        self.guard_label = QLabel("Share guard: " + v.message(), self)
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

        self.unsupported = unsupported_actions(preview, caps)
        self.manual_list = QListWidget(self)
        self.manual_list.setObjectName("manualList")
        self.manual_list.setAccessibleName("Participants to handle yourself in the meeting client")
        self.manual_list.setUniformItemSizes(True)  # thousands of names in a big event
        self.manual_list.addItems([
            f"{name} — {_MANUAL_VERB.get(action, action)}"
            for action in self.unsupported
            for name in preview.to_send_names.get(action, ())
        ])
        self.manual_list.setVisible(self.manual_list.count() > 0)
        lay.addWidget(self.manual_list)

        self.understand = QCheckBox(f"I understand this affects {v.share:.0%} of the meeting", self)
        self.understand.setObjectName("understandBox")
        self.understand.setAccessibleName(self.understand.text())
        self.understand.setVisible(not v.allowed)
        lay.addWidget(self.understand)

        self.buttons = QDialogButtonBox(self)
        self.apply_button = QPushButton(
            f"Apply to {total} participant{'s' if total != 1 else ''}" if total else "Apply", self)
        self.apply_button.setObjectName("confirmApply")
        self.apply_button.setAccessibleName("Apply the decisions")
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
