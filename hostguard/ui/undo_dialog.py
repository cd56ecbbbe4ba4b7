"""Undo of the last apply: what will be undone (admitted from the waiting room, unblocked, the
meeting's country policy put back) and what cannot be, with the reason, before anything is
sent. The plan comes from `Engine.undo_plan` (read off the GUI thread by the caller).

Cancel is the default button: pressing Enter never undoes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hostguard.ui.labels import action_label, plural

_UNDO_VERBS = {
    "admit": QT_TRANSLATE_NOOP("UndoDialog", "admit from the waiting room"),
    "unblock": QT_TRANSLATE_NOOP("UndoDialog", "unblock"),
}


def undo_verb(how: str | None) -> str:
    verb = _UNDO_VERBS.get(how or "")
    return QCoreApplication.translate("UndoDialog", verb) if verb else (how or "")


class UndoDialog(QDialog):
    """Asks the host to confirm undoing the last apply, as ``plan`` (an `UndoPlan`) says."""

    def __init__(self, plan: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undoDialog")
        self.setWindowTitle(self.tr("Undo last apply"))
        self.plan = plan
        lay = QVBoxLayout(self)
        n, m = len(plan.undoable), len(plan.not_undoable)
        head = QLabel(self)
        head.setObjectName("undoSummary")
        head.setWordWrap(True)
        head.setTextFormat(Qt.TextFormat.PlainText)
        if plan.empty:
            head.setText(self.tr("Nothing of the last apply can be undone."))
        else:
            head.setText(plural(self.tr("%n action(s) of the last apply will be undone.", "", n), n,
                                "%n action of the last apply will be undone.",
                                "%n actions of the last apply will be undone."))
        lay.addWidget(head)
        self.undo_list = QListWidget(self)
        self.undo_list.setObjectName("undoList")
        self.undo_list.setAccessibleName(self.tr("What will be undone"))
        self.undo_list.setUniformItemSizes(True)
        self.undo_list.addItems([
            self.tr("{name} — {undo}").format(name=i.name or i.participant_id, undo=undo_verb(i.undo))
            for i in plan.undoable
        ])
        self.undo_list.setVisible(n > 0)
        lay.addWidget(self.undo_list)
        self.policy_label = QLabel(self)
        self.policy_label.setObjectName("undoPolicy")
        self.policy_label.setWordWrap(True)
        self.policy_label.setTextFormat(Qt.TextFormat.PlainText)
        if plan.policy:
            self.policy_label.setText(self.tr("The meeting's country policy is put back: {policy}").format(policy=plan.policy))
        self.policy_label.setVisible(bool(plan.policy))
        lay.addWidget(self.policy_label)
        cannot = QLabel(plural(self.tr("%n action(s) cannot be undone:", "", m), m,
                               "%n action cannot be undone:", "%n actions cannot be undone:"), self)
        cannot.setObjectName("cannotUndoTitle")
        cannot.setVisible(m > 0)
        lay.addWidget(cannot)
        self.cannot_list = QListWidget(self)
        self.cannot_list.setObjectName("cannotUndoList")
        self.cannot_list.setAccessibleName(self.tr("What cannot be undone, and why"))
        self.cannot_list.setUniformItemSizes(True)
        self.cannot_list.addItems([
            self.tr("{name} — {action}: {why}").format(name=i.name or i.participant_id, action=action_label(i.action),
                                                      why=i.reason)
            for i in plan.not_undoable
        ])
        self.cannot_list.setVisible(m > 0)
        lay.addWidget(self.cannot_list)

        self.buttons = QDialogButtonBox(self)
        self.undo_button = QPushButton(self.tr("Undo"), self)
        self.undo_button.setObjectName("confirmUndo")
        self.undo_button.setAccessibleName(self.tr("Undo the last apply"))
        self.undo_button.setAutoDefault(False)
        self.undo_button.setEnabled(not plan.empty)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.cancel_button.setFocus()

    def accept(self) -> None:
        if not self.undo_button.isEnabled():
            return
        super().accept()
