"""Dry run of a rule set against the live roster: who each rule would affect, drawn.

`compute_preview(entries, ruleset)` is plain Python (no Qt): it takes the engine's one planning
function's answer (`hostguard.engine.plan`, or `Engine.plan` for a connected meeting: who
would be acted on, what is done already, the share guard's verdict) and groups it per rule
against each entry's current decision. `PreviewPanel` runs it (or an injected
``preview(ruleset)`` callable such as `engine_previewer`) off the GUI thread and draws the result:
a stacked bar of decisions per action, one bar per rule split into "already acted on" and
"newly affected", and the guard's gauge with its limit.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
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
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from hostguard.core.countries import flag_emoji
from hostguard.core.participants import plain_text
from hostguard.core.rules import ACTIONS, ENFORCING_ACTIONS, GuardVerdict, RuleSet
from hostguard.engine import Plan, plan
from hostguard.ui import theme
from hostguard.ui.labels import action_label, guard_text, schedule_text
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
    # A report-only rule: ``count`` is how many it matches now; it acts on nobody.
    report_only: bool = False
    schedule: str = ""  # the rule's window in words now ("inactive until 14:00"), "" for none

    @property
    def label(self) -> str:
        if self.key == DEFAULT_KEY:
            return QCoreApplication.translate("PreviewPanel", "No rule matched (default)")
        if self.key == EXEMPT_KEY:
            return QCoreApplication.translate("PreviewPanel", "Exempt")
        if not self.enabled:
            return QCoreApplication.translate("PreviewPanel", "{rule} (disabled)").format(rule=self.key)
        text = self.key
        if self.report_only:
            text = QCoreApplication.translate("PreviewPanel", "{rule} (report only)").format(rule=text)
        if self.schedule:
            text += " — " + self.schedule
        return text


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


def compute_preview(
    entries: Sequence[Any], ruleset: RuleSet, planned: Plan | None = None, *, now: dt.datetime | None = None
) -> PreviewResult:
    """What ``ruleset`` would decide for each entry, against its current state, in the panel's terms.

    Who would be acted on, what is done already and the guard's verdict come from the engine's
    one planning function (`hostguard.engine.plan`), the one `Engine.apply` acts on; this only
    groups its answer per rule for drawing. ``planned`` is a plan made already (the engine's
    `Engine.plan`, which knows its outbox and people who left and rejoined); without one,
    ``entries`` (`RosterEntry` objects) are planned on, their sync states saying what was sent.
    Report-only rules are shown apart (``report_only``: whom they match, acting on nobody);
    a rule with a window says where it stands at ``now`` (local time by default).
    """
    local_now = now or dt.datetime.now().astimezone()
    pl = planned if planned is not None else plan(entries, ruleset)
    present = pl.entries
    acting = set(pl.acting)
    done = set(pl.already_done)
    keys = [r.name for r in ruleset.rules] + [DEFAULT_KEY, EXEMPT_KEY]
    people: dict[str, list[PreviewPerson]] = {k: [] for k in keys}
    counts_rule: Counter[str] = Counter()
    newly: Counter[str] = Counter()
    already: Counter[str] = Counter()
    counts: Counter[str] = Counter()
    to_send: dict[str, list[tuple[str, str]]] = {}
    released = 0
    for e in present:
        p = e.participant
        d = pl.decisions[p.id]
        key = EXEMPT_KEY if d.exempt else (d.rule if d.rule is not None else DEFAULT_KEY)
        current = getattr(e, "decision", None)
        cur_action = current.action if current is not None else "allow"
        sync = str(getattr(e, "sync", "none") or "none")
        if p.id in done:
            change = ALREADY
            already[key] += 1
        elif cur_action != d.action:
            change = NEW
            newly[key] += 1
        else:
            change = UNCHANGED
        if p.id in acting:
            to_send.setdefault(d.action, []).append((p.id, plain_text(p.name) or p.id))
        if cur_action in ENFORCING_ACTIONS and not d.enforcing:
            released += 1
        counts[d.action] += 1
        counts_rule[key] += 1
        bucket = people.setdefault(key, [])
        if len(bucket) < MAX_LISTED:
            bucket.append(_person(e, cur_action, sync, change))
    impacts = []
    reported = pl.reported
    by_id = {e.participant.id: e for e in present}
    for r in ruleset.rules:
        when = schedule_text(r, local_now) if r.enabled and (r.scheduled or r.until_meeting_end) else ""
        if r.report_only:
            ids = [i for i in reported.get(r.name, ()) if i in by_id]
            listed = []
            for pid in ids[:MAX_LISTED]:
                e = by_id[pid]
                cur = getattr(e, "decision", None)
                listed.append(_person(e, cur.action if cur is not None else "allow",
                                      str(getattr(e, "sync", "none") or "none"), UNCHANGED))
            impacts.append(RuleImpact(r.name, r.name, r.action, r.enabled, len(ids), 0, 0, tuple(listed),
                                      report_only=True, schedule=when))
            continue
        impacts.append(RuleImpact(r.name, r.name, r.action, r.enabled, counts_rule[r.name],
                                  newly[r.name], already[r.name], tuple(people[r.name]), schedule=when))
    impacts.append(RuleImpact(DEFAULT_KEY, None, ruleset.default, True, counts_rule[DEFAULT_KEY],
                              newly[DEFAULT_KEY], already[DEFAULT_KEY], tuple(people[DEFAULT_KEY])))
    impacts.append(RuleImpact(EXEMPT_KEY, None, "allow", True, counts_rule[EXEMPT_KEY],
                              newly[EXEMPT_KEY], already[EXEMPT_KEY], tuple(people[EXEMPT_KEY])))
    return PreviewResult(
        impacts=tuple(impacts),
        counts={a: counts[a] for a in ACTIONS if counts[a]},
        to_send={a: len(v) for a, v in to_send.items()},
        to_send_ids={a: tuple(i for i, _ in v) for a, v in to_send.items()},
        to_send_names={a: tuple(n for _, n in v) for a, v in to_send.items()},
        released=released,
        verdict=pl.verdict,
        total=len(present),
        ruleset=ruleset,
        notes=tuple(pl.plan),
    )


def engine_previewer(engine: Any) -> Callable[[RuleSet], PreviewResult]:
    """``PreviewPanel(preview=engine_previewer(engine))``: the engine's own plan (`Engine.plan`),
    so what is shown, and confirmed in the Apply dialog, is what `Engine.apply` acts on."""

    def run(ruleset: RuleSet) -> PreviewResult:
        return compute_preview((), ruleset, engine.plan(ruleset))

    return run


# ---- drawing ----------------------------------------------------------------------------
def _text_color(widget: QWidget) -> QColor:
    return widget.palette().color(QPalette.ColorRole.WindowText)


class ActionBar(QWidget):
    """One stacked bar: how many participants get each action, with a legend under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionBar")
        self.setAccessibleName(self.tr("Decisions per action"))
        self._counts: dict[str, int] = {}
        self.setMinimumHeight(44)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_counts(self, counts: dict[str, int]) -> None:
        self._counts = dict(counts)
        text = ", ".join(self.tr("{action}: {n}").format(action=action_label(a), n=n)
                         for a, n in self._counts.items()) or self.tr("nobody")
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
            p.drawText(0, 14, self.tr("Nobody to preview yet"))
            return
        rtl = self.isRightToLeft()  # Arabic: the bar fills and the legend reads from the right
        for a in ACTIONS:
            n = self._counts.get(a, 0)
            if not n:
                continue
            seg = w * n / total
            seg_w = max(seg, 1.0)
            p.fillRect(QRectF(w - x - seg_w if rtl else x, 0, seg_w, bar_h), QColor(ACTION_COLORS[a]))
            x += seg
        # Legend: coloured square + label + count, so colour is never the only cue.
        p.setPen(_text_color(self))
        fm = p.fontMetrics()
        lx = 0
        for a in ACTIONS:
            n = self._counts.get(a, 0)
            if not n:
                continue
            label = self.tr("{action} {n} ({share:.0%})").format(action=action_label(a), n=n, share=n / total)
            advance = fm.horizontalAdvance(label)
            p.fillRect(QRectF(w - lx - 10 if rtl else lx, bar_h + 8, 10, 10), QColor(ACTION_COLORS[a]))
            p.drawText(w - lx - 14 - advance if rtl else lx + 14, bar_h + 8 + fm.ascent() - 1, label)
            lx += 14 + advance + 16
        p.end()


def impact_text(imp: RuleImpact) -> str:
    """A rule's numbers in words: for an action, how many Apply would act on and how many are
    done already; for allow and flag, how many are decided differently from now."""
    if imp.report_only:
        return QCoreApplication.translate("PreviewPanel", "{n} match, nobody acted on").format(n=imp.count)
    if imp.action in ENFORCING_ACTIONS:
        text = QCoreApplication.translate("PreviewPanel", "{n} to act on").format(n=imp.count - imp.already)
        if imp.already:
            text += QCoreApplication.translate("PreviewPanel", ", {n} done").format(n=imp.already)
        return text
    if imp.newly:
        return QCoreApplication.translate("PreviewPanel", "{n} ({changed} changed)").format(n=imp.count, changed=imp.newly)
    return f"{imp.count}"


class ImpactChart(QWidget):
    """One row per rule: a bar of how many it affects, newly affected drawn solid, already
    acted on drawn hatched; the scale is the whole meeting."""

    ROW_H = 22

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("impactChart")
        self.setAccessibleName(self.tr("Participants affected per rule"))
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
        # Right to left (Arabic): the same drawing mirrored, label on the right, bars growing left.
        rtl = self.isRightToLeft()
        width = self.width()

        def box(x: float, y: float, w: float, h: float) -> QRectF:
            return QRectF(width - x - w, y, w, h) if rtl else QRectF(x, y, w, h)

        near_bar = Qt.AlignmentFlag.AlignLeft if rtl else Qt.AlignmentFlag.AlignRight
        after_bar = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        for row, imp in enumerate(r.impacts):
            y = row * self.ROW_H + 3
            p.setPen(fg)
            p.drawText(box(0, y, label_w - 6, self.ROW_H - 4),
                       Qt.AlignmentFlag.AlignVCenter | near_bar | Qt.AlignmentFlag.AlignAbsolute,
                       fm.elidedText(imp.label, Qt.TextElideMode.ElideRight, label_w - 6))
            color = QColor(ACTION_COLORS.get(imp.action, theme.SPECIAL_BAR_COLOR))
            bx = float(label_w)
            track = QColor(fg)
            track.setAlpha(30)
            p.fillRect(box(bx, y + 3, bar_w, self.ROW_H - 10), track)
            already_w = bar_w * imp.already / total
            rest_w = bar_w * (imp.count - imp.already) / total
            if imp.already:
                p.fillRect(box(bx, y + 3, max(already_w, 1.0), self.ROW_H - 10),
                           _hatched(color))
            if imp.count - imp.already:
                solid = QColor(color)
                if not imp.enabled or imp.report_only:
                    solid.setAlpha(80)  # a report-only rule acts on nobody: its bar is faint
                p.fillRect(box(bx + already_w, y + 3, max(rest_w, 1.0), self.ROW_H - 10), solid)
            p.setPen(fg)
            p.drawText(box(label_w + bar_w + 6, y, count_w - 6, self.ROW_H - 4),
                       Qt.AlignmentFlag.AlignVCenter | after_bar | Qt.AlignmentFlag.AlignAbsolute,
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
        self.setAccessibleName(self.tr("Share guard"))
        self._verdict: GuardVerdict | None = None
        self.setFixedHeight(16)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_verdict(self, verdict: GuardVerdict | None) -> None:
        self._verdict = verdict
        self.setAccessibleDescription(guard_text(verdict) if verdict else "")
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

        self.verdict_label = QLabel(self.tr("Write or load rules to preview them."), self)
        self.verdict_label.setObjectName("guardVerdict")
        self.verdict_label.setWordWrap(True)
        self.verdict_label.setTextFormat(Qt.TextFormat.PlainText)
        self.verdict_label.setAccessibleName(self.tr("Share guard verdict"))
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
        self.tree_model.setHorizontalHeaderLabels(
            [self.tr("Rule / participant"), self.tr("Action"), self.tr("Affected"), self.tr("Changed"), self.tr("Done")])
        for col, tip in (
            (2, self.tr("Present participants this rule decides for")),
            (3, self.tr("Decided differently from the decision shown now")),
            (4, self.tr("Already in that state, or already sent to the service")),
        ):
            self.tree_model.horizontalHeaderItem(col).setToolTip(tip)
        self.tree = QTreeView(self)
        self.tree.setObjectName("previewTree")
        self.tree.setAccessibleName(self.tr("Who each rule affects"))
        self.tree.setModel(self.tree_model)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(True)
        self.tree.expanded.connect(self._expanded)
        self._unfilled: dict[int, RuleImpact] = {}

        self.refresh_button = QPushButton(self.tr("&Refresh preview"), self)
        self.refresh_button.setAccessibleName(self.tr("Refresh the preview"))
        self.refresh_button.clicked.connect(self.refresh)
        self.apply_button = QPushButton(self.tr("&Apply…"), self)
        self.apply_button.setObjectName("applyButton")
        self.apply_button.setAccessibleName(self.tr("Apply these decisions to the meeting"))
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
        # The wrapped sentences take the height they need at the panel's width (a splitter does
        # not ask for it); on a small screen this part scrolls instead of cutting them off.
        top_scroll = QScrollArea(self)
        top_scroll.setObjectName("previewSummary")
        top_scroll.setWidgetResizable(True)
        top_scroll.setFrameShape(QFrame.Shape.NoFrame)
        top_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        top_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        top_scroll.setWidget(top)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(top_scroll)
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

    def is_busy(self) -> bool:
        """A preview is being computed (the live refresh waits for it)."""
        return self._jobs.is_busy()

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
            self.verdict_label.setText(self.tr("Preview failed: {error}").format(error=exc))
            return
        self._result = result
        self._show(result)
        self.previewReady.emit(result)

    def _show(self, r: PreviewResult) -> None:
        v = r.verdict
        self.verdict_label.setText(("⚠ " if not v.allowed else "") + self.tr("Share guard: ") + guard_text(v))
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
            self.tr("Bar: {share:.0%} of the non-exempt participants would be moved or removed; line: the guard's limit, {limit:.0%}.").format(share=v.share, limit=v.limit))
        self.action_bar.set_counts(r.counts)
        self.chart.set_result(r)
        sends = ", ".join(self.tr("{action}: {n}").format(action=action_label(a), n=n)
                          for a, n in r.to_send.items()) or self.tr("nothing")
        self.change_label.setText(
            self.tr("{total} participants. To send: {sends}.").format(total=r.total, sends=sends)
            + (self.tr(" {released} currently moved or removed would no longer be.").format(released=r.released) if r.released else ""))
        self.apply_button.setEnabled(r.sending > 0)
        self._fill_tree(r)

    def _add_people(self, parent: QStandardItem, imp: RuleImpact) -> None:
        for person in imp.people:
            flag = flag_emoji(person.country) if flag_emoji_shown() else ""
            where = " ".join(x for x in (flag, person.country) if x)
            who = f"{person.name or person.id}" + (f"  {where}" if person.country else self.tr("  (country unknown)"))
            change = {NEW: self.tr("new (now {action})").format(action=action_label(person.current_action)),
                      ALREADY: self.tr("already acted on"), UNCHANGED: self.tr("unchanged")}[person.change]
            parent.appendRow([QStandardItem(who), QStandardItem(person.status), QStandardItem(""),
                              QStandardItem(change if person.change == NEW else ""),
                              QStandardItem(self.tr("yes") if person.change == ALREADY else "")])
        if imp.count > len(imp.people):
            parent.appendRow([QStandardItem(self.tr("… and {n} more").format(n=imp.count - len(imp.people)))])

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
        # A live refresh keeps the rules the host opened open (by rule, not by row).
        opened = {m.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(m.rowCount())
                  if self.tree.isExpanded(m.index(r, 0))}
        m.removeRows(0, m.rowCount())
        self._unfilled: dict[int, RuleImpact] = {}
        # A few people are listed at once; a big event's lists (up to MAX_LISTED per rule)
        # are made when their rule is opened, so a preview never builds thousands of rows
        # on the GUI thread that nobody looks at.
        eager = sum(len(i.people) for i in r.impacts) <= EAGER_LISTED
        for imp in r.impacts:
            row = [QStandardItem(imp.label), QStandardItem(action_label(imp.action)),
                   QStandardItem(str(imp.count)), QStandardItem(str(imp.newly)), QStandardItem(str(imp.already))]
            row[0].setData(imp.key, Qt.ItemDataRole.UserRole)
            if eager or not imp.people:
                self._add_people(row[0], imp)
            else:
                row[0].appendRow([QStandardItem(self.tr("{n} participants (open to list)").format(n=len(imp.people)))])
                self._unfilled[m.rowCount()] = imp
            m.appendRow(row)
        for c in range(5):
            self.tree.resizeColumnToContents(c)
        self.tree.setColumnWidth(0, max(180, min(self.tree.columnWidth(0) + 24, 360)))
        for r in range(m.rowCount()):
            if m.item(r, 0).data(Qt.ItemDataRole.UserRole) in opened:
                self.tree.expand(m.index(r, 0))
