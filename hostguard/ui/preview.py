"""Dry run of a rule set against the live roster: who each rule would affect, drawn.

`compute_preview(entries, ruleset)` is plain Python (no Qt): it evaluates the rule set with
`RuleSet.evaluate` on each `RosterEntry`'s participant and geo result, compares with the
entry's current decision and sync state, and asks `RuleSet.guard` for the share guard's
verdict — the same call the CLI makes. `PreviewPanel` runs it (or an injected
``preview(ruleset)`` callable such as the engine's) off the GUI thread and draws the result:
a stacked bar of decisions per action, one bar per rule split into "already acted on" and
"newly affected", and the guard's gauge with its limit.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from hostguard.core.countries import flag_emoji
from hostguard.core.participants import plain_text
from hostguard.core.rules import ACTION_LABELS, ACTIONS, ENFORCING_ACTIONS, GuardVerdict, RuleSet
from hostguard.engine.engine import PRESENT, needs_action
from hostguard.ui import theme
from hostguard.ui.roster_model import flag_emoji_shown
from hostguard.ui.tasks import TaskRunner
from hostguard.ui.theme import ACTION_COLORS

log = logging.getLogger(__name__)

DEFAULT_KEY = "(default)"
EXEMPT_KEY = "(exempt)"
MAX_LISTED = 1000  # people listed per rule; counts are always complete
EAGER_LISTED = 300  # up to this many people in all, the lists are made with the preview

NEW = "new"  # the rule set decides differently from the current decision
ALREADY = "already"  # an enforcing action that already took effect
UNCHANGED = "unchanged"  # same decision as now, not yet carried out (or nothing to carry out)


@dataclass(frozen=True, slots=True)
class PreviewPerson:
    id: str
    name: str  # plain text
    country: str | None
    role: str
    status: str
    current_action: str
    sync: str
    change: str  # NEW | ALREADY | UNCHANGED


@dataclass(frozen=True)
class RuleImpact:
    key: str  # the rule's name, DEFAULT_KEY or EXEMPT_KEY
    rule: str | None
    action: str
    enabled: bool
    count: int
    newly: int
    already: int
    people: tuple[PreviewPerson, ...] = ()  # at most MAX_LISTED

    @property
    def label(self) -> str:
        if self.key == DEFAULT_KEY:
            return "No rule matched (default)"
        if self.key == EXEMPT_KEY:
            return "Exempt"
        return self.key + ("" if self.enabled else " (disabled)")


@dataclass(frozen=True)
class PreviewResult:
    impacts: tuple[RuleImpact, ...]
    counts: dict[str, int]  # decisions per action, everyone present
    to_send: dict[str, int]  # enforcing actions not yet carried out, per action
    to_send_ids: dict[str, tuple[str, ...]] = field(default_factory=dict)
    to_send_names: dict[str, tuple[str, ...]] = field(default_factory=dict)
    released: int = 0  # now decided as enforcing, no longer under this rule set
    verdict: GuardVerdict = field(default_factory=lambda: GuardVerdict(0, 0, 0.25))
    total: int = 0
    ruleset: RuleSet | None = None
    notes: tuple[str, ...] = ()  # the service adapter's sentences (engine preview), shown on apply

    def impact(self, key: str) -> RuleImpact | None:
        return next((i for i in self.impacts if i.key == key), None)

    @property
    def sending(self) -> int:
        return sum(self.to_send.values())


def _person(e: Any, cur_action: str, sync: str, change: str) -> PreviewPerson:
    p = e.participant
    return PreviewPerson(p.id, plain_text(p.name), e.geo.country, p.role, p.status, cur_action, sync, change)


def compute_preview(entries: Sequence[Any], ruleset: RuleSet) -> PreviewResult:
    """What ``ruleset`` would decide for each entry, against its current state.

    ``entries`` are `RosterEntry` objects (participant, geo, decision, sync). The guard's
    verdict counts as the engine's `apply` does: those who would be acted on now (not already
    in that state, not already sent) against the non-exempt people present.
    """
    present = [e for e in entries if e.participant.status != "left"]
    decisions = [ruleset.evaluate(e.participant, e.geo) for e in present]
    keys = [r.name for r in ruleset.rules] + [DEFAULT_KEY, EXEMPT_KEY]
    people: dict[str, list[PreviewPerson]] = {k: [] for k in keys}
    counts_rule: Counter[str] = Counter()
    newly: Counter[str] = Counter()
    already: Counter[str] = Counter()
    counts: Counter[str] = Counter()
    to_send: dict[str, list[tuple[str, str]]] = {}
    released = eligible = 0
    for e, d in zip(present, decisions, strict=True):
        key = EXEMPT_KEY if d.exempt else (d.rule if d.rule is not None else DEFAULT_KEY)
        p = e.participant
        current = getattr(e, "decision", None)
        cur_action = current.action if current is not None else "allow"
        sync = getattr(e, "sync", "none") or "none"
        # Already sent: the current decision is the same action and has a sync state.
        sent = cur_action == d.action and sync != "none"
        if d.enforcing and (not needs_action(p.status, d.action) or sent):
            change = ALREADY
            already[key] += 1
        elif cur_action != d.action:
            change = NEW
            newly[key] += 1
        else:
            change = UNCHANGED
        if d.enforcing and change != ALREADY:
            to_send.setdefault(d.action, []).append((p.id, plain_text(p.name) or p.id))
        if cur_action in ENFORCING_ACTIONS and not d.enforcing:
            released += 1
        if not d.exempt and p.status in PRESENT:
            eligible += 1
        counts[d.action] += 1
        counts_rule[key] += 1
        bucket = people.setdefault(key, [])
        if len(bucket) < MAX_LISTED:
            bucket.append(_person(e, cur_action, sync, change))
    impacts = []
    for r in ruleset.rules:
        impacts.append(RuleImpact(r.name, r.name, r.action, r.enabled, counts_rule[r.name],
                                  newly[r.name], already[r.name], tuple(people[r.name])))
    impacts.append(RuleImpact(DEFAULT_KEY, None, ruleset.default, True, counts_rule[DEFAULT_KEY],
                              newly[DEFAULT_KEY], already[DEFAULT_KEY], tuple(people[DEFAULT_KEY])))
    impacts.append(RuleImpact(EXEMPT_KEY, None, "allow", True, counts_rule[EXEMPT_KEY],
                              newly[EXEMPT_KEY], already[EXEMPT_KEY], tuple(people[EXEMPT_KEY])))
    acting = sum(len(v) for v in to_send.values())
    return PreviewResult(
        impacts=tuple(impacts),
        counts={a: counts[a] for a in ACTIONS if counts[a]},
        to_send={a: len(v) for a, v in to_send.items()},
        to_send_ids={a: tuple(i for i, _ in v) for a, v in to_send.items()},
        to_send_names={a: tuple(n for _, n in v) for a, v in to_send.items()},
        released=released,
        verdict=GuardVerdict(acting=acting, eligible=eligible, limit=ruleset.max_action_share),
        total=len(present),
        ruleset=ruleset,
    )


def preview_from_engine(engine_preview: Any, entries: Sequence[Any], ruleset: RuleSet) -> PreviewResult:
    """The engine's `Preview` (per-rule ids, verdict, plan) in this panel's terms."""
    by_id = {e.participant.id: e for e in entries}
    decisions = engine_preview.decisions
    done = set(engine_preview.already_done)
    sending = list(engine_preview.to_send) + list(engine_preview.unsupported) + list(engine_preview.manual)
    impacts = []
    enabled = {r.name: r.enabled for r in ruleset.rules}
    for rp in engine_preview.rules:
        key = EXEMPT_KEY if rp.exempt else (rp.rule if rp.rule is not None else DEFAULT_KEY)
        newly_ids = set(rp.newly_affected)
        listed = []
        for pid in rp.participant_ids[:MAX_LISTED]:
            e = by_id.get(pid)
            if e is None:
                continue
            change = ALREADY if pid in done else NEW if pid in newly_ids else UNCHANGED
            listed.append(_person(e, e.decision.action, e.sync or "none", change))
        impacts.append(RuleImpact(key, rp.rule, rp.action, enabled.get(rp.rule or "", True),
                                  len(rp.participant_ids), len(newly_ids),
                                  sum(1 for i in rp.participant_ids if i in done), tuple(listed)))
    counts: Counter[str] = Counter(d.action for pid, d in decisions.items()
                                   if pid in by_id and by_id[pid].participant.status != "left")
    to_send: dict[str, list[str]] = {}
    for pid in sending:
        to_send.setdefault(decisions[pid].action, []).append(pid)

    def name(pid: str) -> str:
        e = by_id.get(pid)
        return (plain_text(e.participant.name) if e is not None else "") or pid

    released = sum(1 for pid, e in by_id.items() if e.decision.enforcing and pid in decisions
                   and not decisions[pid].enforcing)
    return PreviewResult(
        impacts=tuple(impacts),
        counts={a: counts[a] for a in ACTIONS if counts[a]},
        to_send={a: len(v) for a, v in to_send.items()},
        to_send_ids={a: tuple(v) for a, v in to_send.items()},
        to_send_names={a: tuple(name(i) for i in v) for a, v in to_send.items()},
        released=released,
        verdict=engine_preview.verdict,
        total=sum(1 for e in entries if e.participant.status != "left"),
        ruleset=ruleset,
        notes=tuple(engine_preview.plan),
    )


def engine_previewer(engine: Any) -> Callable[[RuleSet], PreviewResult]:
    """``PreviewPanel(preview=engine_previewer(engine))``: the engine's own preview, so the
    verdict shown is the one `Engine.apply` will enforce."""

    def run(ruleset: RuleSet) -> PreviewResult:
        return preview_from_engine(engine.preview(ruleset), engine.snapshot(), ruleset)

    return run


# ---- drawing ----------------------------------------------------------------------------
def _text_color(widget: QWidget) -> QColor:
    return widget.palette().color(QPalette.ColorRole.WindowText)


class ActionBar(QWidget):
    """One stacked bar: how many participants get each action, with a legend under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionBar")
        self.setAccessibleName("Decisions per action")
        self._counts: dict[str, int] = {}
        self.setMinimumHeight(44)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_counts(self, counts: dict[str, int]) -> None:
        self._counts = dict(counts)
        text = ", ".join(f"{ACTION_LABELS[a]}: {n}" for a, n in self._counts.items()) or "nobody"
        self.setAccessibleDescription(text)
        self.setToolTip(text)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(400, 44)

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        total = sum(self._counts.values())
        w, bar_h = self.width(), 18
        x = 0.0
        if total == 0:
            p.setPen(_text_color(self))
            p.drawText(0, 14, "Nobody to preview yet")
            return
        for a in ACTIONS:
            n = self._counts.get(a, 0)
            if not n:
                continue
            seg = w * n / total
            p.fillRect(QRectF(x, 0, max(seg, 1.0), bar_h), QColor(ACTION_COLORS[a]))
            x += seg
        # Legend: coloured square + label + count, so colour is never the only cue.
        p.setPen(_text_color(self))
        fm = p.fontMetrics()
        lx = 0
        for a in ACTIONS:
            n = self._counts.get(a, 0)
            if not n:
                continue
            p.fillRect(QRectF(lx, bar_h + 8, 10, 10), QColor(ACTION_COLORS[a]))
            label = f"{ACTION_LABELS[a]} {n} ({n / total:.0%})"
            p.drawText(lx + 14, bar_h + 8 + fm.ascent() - 1, label)
            lx += 14 + fm.horizontalAdvance(label) + 16
        p.end()


def impact_text(imp: RuleImpact) -> str:
    """A rule's numbers in words: for an action, how many Apply would act on and how many are
    done already; for allow and flag, how many are decided differently from now."""
    if imp.action in ENFORCING_ACTIONS:
        text = f"{imp.count - imp.already} to act on"
        return text + (f", {imp.already} done" if imp.already else "")
    return f"{imp.count}" + (f" ({imp.newly} changed)" if imp.newly else "")


class ImpactChart(QWidget):
    """One row per rule: a bar of how many it affects, newly affected drawn solid, already
    acted on drawn hatched; the scale is the whole meeting."""

    ROW_H = 22

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("impactChart")
        self.setAccessibleName("Participants affected per rule")
        self._result: PreviewResult | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_result(self, result: PreviewResult | None) -> None:
        self._result = result
        rows = len(result.impacts) if result else 1
        self.setFixedHeight(rows * self.ROW_H + 6)
        if result:
            self.setAccessibleDescription("; ".join(f"{i.label}: {impact_text(i)}" for i in result.impacts))
        self.update()

    def paintEvent(self, _event) -> None:
        r = self._result
        if r is None:
            return
        p = QPainter(self)
        fm = p.fontMetrics()
        fg = _text_color(self)
        label_w = min(max((fm.horizontalAdvance(i.label) for i in r.impacts), default=80) + 12, self.width() // 3)
        count_w = max((fm.horizontalAdvance(impact_text(i)) for i in r.impacts), default=40) + 8
        count_w = min(count_w, self.width() // 3)
        bar_w = max(self.width() - label_w - count_w, 20)
        total = max(r.total, 1)
        for row, imp in enumerate(r.impacts):
            y = row * self.ROW_H + 3
            p.setPen(fg)
            p.drawText(QRectF(0, y, label_w - 6, self.ROW_H - 4),
                       Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                       fm.elidedText(imp.label, Qt.TextElideMode.ElideRight, label_w - 6))
            color = QColor(ACTION_COLORS.get(imp.action, theme.SPECIAL_BAR_COLOR))
            bx = float(label_w)
            track = QColor(fg)
            track.setAlpha(30)
            p.fillRect(QRectF(bx, y + 3, bar_w, self.ROW_H - 10), track)
            already_w = bar_w * imp.already / total
            rest_w = bar_w * (imp.count - imp.already) / total
            if imp.already:
                p.fillRect(QRectF(bx, y + 3, max(already_w, 1.0), self.ROW_H - 10),
                           _hatched(color))
            if imp.count - imp.already:
                solid = QColor(color)
                if not imp.enabled:
                    solid.setAlpha(80)
                p.fillRect(QRectF(bx + already_w, y + 3, max(rest_w, 1.0), self.ROW_H - 10), solid)
            p.setPen(fg)
            p.drawText(QRectF(label_w + bar_w + 6, y, count_w, self.ROW_H - 4),
                       Qt.AlignmentFlag.AlignVCenter,
                       fm.elidedText(impact_text(imp), Qt.TextElideMode.ElideRight, count_w - 6))
        p.end()


def _hatched(color: QColor):
    from PySide6.QtGui import QBrush

    return QBrush(color, Qt.BrushStyle.BDiagPattern)


class GuardGauge(QWidget):
    """The share that would be moved or removed, against the guard's limit (a marker)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guardGauge")
        self.setAccessibleName("Share guard")
        self._verdict: GuardVerdict | None = None
        self.setFixedHeight(16)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_verdict(self, verdict: GuardVerdict | None) -> None:
        self._verdict = verdict
        self.setAccessibleDescription(verdict.message() if verdict else "")
        self.update()

    def paintEvent(self, _event) -> None:
        v = self._verdict
        if v is None:
            return
        p = QPainter(self)
        w, h = self.width(), self.height()
        track = QColor(_text_color(self))
        track.setAlpha(30)
        p.fillRect(QRectF(0, 2, w, h - 4), track)
        fill = QColor(theme.GUARD_OVER_COLOR if not v.allowed else theme.GUARD_OK_COLOR)
        p.fillRect(QRectF(0, 2, w * min(v.share, 1.0), h - 4), fill)
        x = w * min(v.limit, 1.0)
        pen = p.pen()
        pen.setColor(_text_color(self))
        pen.setWidth(2)
        p.setPen(pen)
        p.drawLine(int(x), 0, int(x), h)
        p.end()


# ---- the panel --------------------------------------------------------------------------
class PreviewPanel(QWidget):
    """For each rule: who it would affect now, the change from the current state, and the
    share guard's verdict, drawn. Computed off the GUI thread.

    Feed it with `set_entries` (a roster snapshot) or a ``snapshot`` callable (e.g.
    ``engine.snapshot``), or inject ``preview(ruleset) -> PreviewResult``. Signals:
    ``previewReady(PreviewResult)``, ``applyRequested(PreviewResult)`` (the Apply… button).
    """

    previewReady = Signal(object)
    applyRequested = Signal(object)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        snapshot: Callable[[], Sequence[Any]] | None = None,
        preview: Callable[[RuleSet], PreviewResult] | None = None,
        debounce_ms: int = 150,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("previewPanel")
        self._snapshot = snapshot
        self._preview = preview
        self._entries: Sequence[Any] = ()
        self._ruleset: RuleSet | None = None
        self._result: PreviewResult | None = None
        self._gen = 0
        self._jobs = TaskRunner(self, serial=True, name="hostguard-preview")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self.refresh)

        self.verdict_label = QLabel("Write or load rules to preview them.", self)
        self.verdict_label.setObjectName("guardVerdict")
        self.verdict_label.setWordWrap(True)
        self.verdict_label.setTextFormat(Qt.TextFormat.PlainText)
        self.verdict_label.setAccessibleName("Share guard verdict")
        self.gauge = GuardGauge(self)
        self.gauge_caption = QLabel(self)
        self.gauge_caption.setObjectName("guardCaption")
        self.gauge_caption.setTextFormat(Qt.TextFormat.PlainText)
        self.gauge_caption.setEnabled(False)  # the platform's muted text colour
        self.gauge_caption.setWordWrap(True)  # never what sets the panel's minimum width
        self.action_bar = ActionBar(self)
        self.chart = ImpactChart(self)
        self.change_label = QLabel(self)
        self.change_label.setObjectName("previewChange")
        self.change_label.setWordWrap(True)

        self.tree_model = QStandardItemModel(0, 5, self)
        self.tree_model.setHorizontalHeaderLabels(["Rule / participant", "Action", "Affected", "Changed", "Done"])
        for col, tip in (
            (2, "Present participants this rule decides for"),
            (3, "Decided differently from the decision shown now"),
            (4, "Already in that state, or already sent to the service"),
        ):
            self.tree_model.horizontalHeaderItem(col).setToolTip(tip)
        self.tree = QTreeView(self)
        self.tree.setObjectName("previewTree")
        self.tree.setAccessibleName("Who each rule affects")
        self.tree.setModel(self.tree_model)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(True)
        self.tree.expanded.connect(self._expanded)
        self._unfilled: dict[int, RuleImpact] = {}

        self.refresh_button = QPushButton("&Refresh preview", self)
        self.refresh_button.setAccessibleName("Refresh the preview")
        self.refresh_button.clicked.connect(self.refresh)
        self.apply_button = QPushButton("&Apply…", self)
        self.apply_button.setObjectName("applyButton")
        self.apply_button.setAccessibleName("Apply these decisions to the meeting")
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(lambda: self._result and self.applyRequested.emit(self._result))

        top = QWidget(self)
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.verdict_label)
        tl.addWidget(self.gauge)
        tl.addWidget(self.gauge_caption)
        tl.addWidget(self.action_bar)
        tl.addWidget(self.chart)
        tl.addWidget(self.change_label)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(top)
        split.addWidget(self.tree)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.apply_button)
        lay = QVBoxLayout(self)
        lay.addWidget(split, 1)
        lay.addLayout(buttons)

    # -- inputs ------------------------------------------------------------------------
    def set_ruleset(self, ruleset: RuleSet | None) -> None:
        self._ruleset = ruleset
        self._timer.start()

    def set_entries(self, entries: Sequence[Any]) -> None:
        self._entries = list(entries)
        self._timer.start()

    def result(self) -> PreviewResult | None:
        return self._result

    def refresh(self) -> None:
        """Recompute now (off the GUI thread); `previewReady` follows."""
        self._timer.stop()
        ruleset = self._ruleset
        if ruleset is None:
            return
        self._gen += 1
        if self._preview is not None:
            preview = self._preview

            def fn() -> PreviewResult:
                return preview(ruleset)
        else:
            entries, snap = self._entries, self._snapshot

            def fn() -> PreviewResult:
                return compute_preview(snap() if snap is not None else entries, ruleset)

        gen = self._gen
        self._jobs.call(fn, lambda result, exc: self._on_done(gen, result, exc))

    def wait_idle(self, msecs: int = 5000) -> bool:
        return self._jobs.wait_idle(msecs)

    # -- output ------------------------------------------------------------------------
    def _on_done(self, gen: int, result: PreviewResult | None, exc: BaseException | None) -> None:
        if gen != self._gen:
            return  # a newer preview is on its way
        if result is None:
            log.error("preview failed", exc_info=exc)
            self.verdict_label.setText(f"Preview failed: {exc}")
            return
        self._result = result
        self._show(result)
        self.previewReady.emit(result)

    def _show(self, r: PreviewResult) -> None:
        v = r.verdict
        self.verdict_label.setText(("⚠ " if not v.allowed else "") + "Share guard: " + v.message())
        pal = self.verdict_label.palette()
        pal.setColor(QPalette.ColorRole.WindowText,
                     QColor(theme.GUARD_OVER_COLOR) if not v.allowed else self.palette().color(QPalette.ColorRole.WindowText))
        self.verdict_label.setPalette(pal)
        f = QFont(self.verdict_label.font())
        f.setBold(not v.allowed)
        self.verdict_label.setFont(f)
        self.verdict_label.setProperty("overLimit", not v.allowed)
        self.gauge.set_verdict(v)
        self.gauge_caption.setText(
            f"Bar: {v.share:.0%} of the non-exempt participants would be moved or removed; "
            f"line: the guard's limit, {v.limit:.0%}.")
        self.action_bar.set_counts(r.counts)
        self.chart.set_result(r)
        sends = ", ".join(f"{ACTION_LABELS[a]}: {n}" for a, n in r.to_send.items()) or "nothing"
        self.change_label.setText(
            f"{r.total} participants. To send: {sends}."
            + (f" {r.released} currently moved or removed would no longer be." if r.released else ""))
        self.apply_button.setEnabled(r.sending > 0)
        self._fill_tree(r)

    def _add_people(self, parent: QStandardItem, imp: RuleImpact) -> None:
        for person in imp.people:
            flag = flag_emoji(person.country) if flag_emoji_shown() else ""
            where = " ".join(x for x in (flag, person.country) if x)
            who = f"{person.name or person.id}" + (f"  {where}" if person.country else "  (country unknown)")
            change = {NEW: f"new (now {ACTION_LABELS.get(person.current_action, person.current_action)})",
                      ALREADY: "already acted on", UNCHANGED: "unchanged"}[person.change]
            parent.appendRow([QStandardItem(who), QStandardItem(person.status), QStandardItem(""),
                              QStandardItem(change if person.change == NEW else ""),
                              QStandardItem("yes" if person.change == ALREADY else "")])
        if imp.count > len(imp.people):
            parent.appendRow([QStandardItem(f"… and {imp.count - len(imp.people)} more")])

    def _expanded(self, index: QModelIndex) -> None:
        """A rule opened: list its people now if they were left for later."""
        if index.parent().isValid():
            return
        imp = getattr(self, "_unfilled", {}).pop(index.row(), None)
        if imp is None:
            return
        item = self.tree_model.item(index.row(), 0)
        item.removeRows(0, item.rowCount())
        self._add_people(item, imp)

    def _fill_tree(self, r: PreviewResult) -> None:
        m = self.tree_model
        m.removeRows(0, m.rowCount())
        self._unfilled: dict[int, RuleImpact] = {}
        # A few people are listed at once; a big event's lists (up to MAX_LISTED per rule)
        # are made when their rule is opened, so a preview never builds thousands of rows
        # on the GUI thread that nobody looks at.
        eager = sum(len(i.people) for i in r.impacts) <= EAGER_LISTED
        for imp in r.impacts:
            row = [QStandardItem(imp.label), QStandardItem(ACTION_LABELS.get(imp.action, imp.action)),
                   QStandardItem(str(imp.count)), QStandardItem(str(imp.newly)), QStandardItem(str(imp.already))]
            if eager or not imp.people:
                self._add_people(row[0], imp)
            else:
                row[0].appendRow([QStandardItem(f"{len(imp.people)} participants (open to list)")])
                self._unfilled[m.rowCount()] = imp
            m.appendRow(row)
        for c in range(5):
            self.tree.resizeColumnToContents(c)
        self.tree.setColumnWidth(0, max(180, min(self.tree.columnWidth(0) + 24, 360)))
