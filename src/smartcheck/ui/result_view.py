"""The result of one assessment: radar, table, next steps, quick wins, changes.

Everything shown comes computed in one core Findings object (profile, plan,
quick wins, comparison with the previous assessment), built by the controller
(ui/controller.py) from the store; the view only lays it out. The PDF is
asked for by signal; the main window runs it in a worker thread.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSlider,
    QBoxLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..core import labels
from ..core.axes import profile_axes
from ..core.findings import Findings, level_label, role_text, signed
from ..core.labels import format_date
from .radar import RadarChart
from .widgets import FitTable, title_label

if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent

    from ..core.assessment import Assessment
    from ..core.questionnaire import Dimension
    from ..core.scoring import DimensionResult

translate = QCoreApplication.translate
QUICK_WIN_SHORTLIST = 5


def coverage_text(result: DimensionResult) -> str:
    return translate("Result", "{answered} von {total}").format(answered=result.answered, total=result.applicable)


def band_text(result: DimensionResult, dimension: Dimension, lang: str) -> str:
    if result.level is None:
        return translate("Result", "Zu wenige bewertete Antworten für eine Stufe.")
    return dimension.levels[result.level].get(lang)


def _label(text: str = "", rich: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class ResultView(QWidget):
    backRequested = Signal()
    pdfRequested = Signal(str)
    compareRequested = Signal(str, str)
    adoptRequested = Signal(str)
    reopenRequested = Signal(str)

    def __init__(self, lang: str = "de", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.assessment: Assessment | None = None
        self.previous: Assessment | None = None
        self.findings: Findings | None = None
        self.title = title_label()
        self.back_button = QPushButton(translate("Result", "Zurück zur &Übersicht"))
        self.back_button.setAccessibleName(translate("Result", "Zurück zur Übersicht"))
        self.pdf_button = QPushButton(translate("Result", "&PDF erstellen"))
        self.pdf_button.setAccessibleName(translate("Result", "PDF-Bericht erstellen"))
        self.compare_button = QPushButton(translate("Result", "Mit der &vorigen vergleichen"))
        self.compare_button.setAccessibleName(translate("Result", "Mit der vorigen Einschätzung vergleichen"))
        self.reopen_button = QPushButton(translate("Result", "&Korrigieren …"))
        self.reopen_button.setAccessibleName(translate("Result", "Einschätzung wieder zur Bearbeitung öffnen"))
        self.reopen_button.clicked.connect(lambda: self.assessment and self.reopenRequested.emit(self.assessment.id))
        self.back_button.clicked.connect(self.backRequested)
        self.pdf_button.clicked.connect(lambda: self.assessment and self.pdfRequested.emit(self.assessment.id))
        self.compare_button.clicked.connect(self._compare)
        self.adopt_button = QPushButton(translate("Result", "Pl&an übernehmen …"))
        self.adopt_button.setAccessibleName(translate("Result", "Empfehlungen als Maßnahmen übernehmen"))
        self.adopt_button.clicked.connect(lambda: self.assessment and self.adoptRequested.emit(self.assessment.id))

        self.radar = RadarChart()
        self.table = FitTable(
            [
                translate("Result", "Dimension"),
                translate("Result", "Stufe"),
                translate("Result", "Ziel"),
                translate("Result", "Beantwortet"),
                translate("Result", "Was die Stufe bedeutet"),
            ],
            translate("Result", "Stufen je Dimension"),
        )
        em = self.fontMetrics().horizontalAdvance("M")
        self.table.stretch(4, {0: 13 * em, 1: 9 * em})
        self.table.setMinimumWidth(50 * em)

        self.summary = _label()
        self.steps = _label(rich=True)
        self.quick_wins = _label(rich=True)
        self.changes = _label(rich=True)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        for button in (self.pdf_button, self.adopt_button, self.compare_button, self.reopen_button, self.back_button):
            top.addWidget(button)
        self.chart_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.chart_row.addWidget(self.radar, 2)
        self.chart_row.addWidget(self.table, 3, Qt.AlignmentFlag.AlignTop)

        content = QWidget()
        body = QVBoxLayout(content)
        body.addLayout(self.chart_row)
        body.addWidget(self.summary)
        for title, label in (
            (translate("Result", "Die nächsten fünf Schritte"), self.steps),
            (translate("Result", "Quick-Win-Ideen (Kurzliste)"), self.quick_wins),
            (translate("Result", "Veränderungen seit der vorigen Einschätzung"), self.changes),
        ):
            label.setAccessibleName(title)
            box = QGroupBox(title)
            inner = QVBoxLayout(box)
            inner.addWidget(label)
            body.addWidget(box)
        self.implementation_box = QGroupBox(translate("Result", "Umsetzungsstand der Maßnahmen"))
        self.implementation = _label()
        QVBoxLayout(self.implementation_box).addWidget(self.implementation)
        self.implementation_box.hide()  # shown by show_implementation when measures were adopted before
        body.addWidget(self.implementation_box)
        body.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area = scroll
        self.summary.setAccessibleName(translate("Result", "Zusammenfassung"))
        self.radar.setAccessibleName(translate("Result", "Netzdiagramm der Stufen je Dimension"))
        self.keys = PageKeys(scroll, self)
        for widget in (self.pdf_button, self.compare_button, self.reopen_button, self.back_button, self.table):
            widget.installEventFilter(self.keys)
        for label in (self.summary, self.steps, self.quick_wins, self.changes):
            reachable(label)
            label.installEventFilter(self.keys)
        self.table.currentCellChanged.connect(self._row_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        chain = [
            self.pdf_button,
            self.compare_button,
            self.reopen_button,
            self.back_button,
            self.table,
            self.summary,
            self.steps,
            self.quick_wins,
            self.changes,
        ]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _row_changed(self, row: int, *_args: object) -> None:
        """The page follows the table's current row (the table itself never scrolls)."""
        if row >= 0:
            rect = self.table.visualRect(self.table.model().index(row, 0))
            centre = self.table.viewport().mapTo(scroll_content(self.scroll_area), rect.center())
            self.scroll_area.ensureVisible(centre.x(), centre.y(), 8, rect.height() // 2 + 8)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        """Chart beside the table when there is room, above it otherwise (large text)."""
        super().resizeEvent(event)
        em = self.fontMetrics().horizontalAdvance("M")
        wide = self.width() >= 86 * em
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.chart_row.direction() != direction:
            self.chart_row.setDirection(direction)

    # ------------------------------------------------------------ content
    def focus_first(self) -> None:
        """The keyboard focus on the first thing to do: "PDF erstellen"."""
        self.pdf_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_findings(self, findings: Findings) -> None:
        """Show an assessment's findings (core/findings.py: profile, plan, quick wins, comparison)."""
        lang = self.lang
        self.assessment = assessment = findings.assessment
        self.findings = findings
        self.previous = findings.previous
        questionnaire = assessment.questionnaire
        profile = findings.profile
        date = format_date(assessment.date, lang)
        self.title.setText(
            translate("Result", "Ergebnis: {name}, {date}").format(name=assessment.municipality.name, date=date)
        )
        self.compare_button.setEnabled(self.previous is not None)
        self.pdf_button.setEnabled(True)

        rows = []
        for dimension in questionnaire.dimensions:
            result = profile[dimension.id]
            name = dimension.name.get(lang)
            rows.append(
                [
                    name,
                    level_label(result, questionnaire, lang, prefix=False),
                    str(result.target),
                    coverage_text(result),
                    band_text(result, dimension, lang),
                ]
            )
        metrics = self.table.fontMetrics()
        widest = max((metrics.horizontalAdvance(w) for r in rows for w in r[0].split()), default=0)
        self.table.horizontalHeader().resizeSection(0, max(widest + 16, 10 * metrics.horizontalAdvance("M")))
        self.table.set_rows(rows, centered=(2,))
        self.radar.set_axes(profile_axes(profile, questionnaire, lang))

        weakest = findings.weakest  # only when every dimension is assessable; no average at all
        if weakest:
            names = ", ".join(questionnaire.dimension(d.dimension_id).name.get(lang) for d in weakest)
            self.summary.setText(translate("Result", "Schwächste Dimension: {names}.").format(names=names))
        elif profile.assessable:
            self.summary.setText(
                translate(
                    "Result", "Noch nicht alle Dimensionen sind bewertbar; die schwächste wird erst danach genannt."
                )
            )
        else:
            self.summary.setText(translate("Result", "Noch keine Dimension ist bewertbar."))

        self.steps.setText(self._steps_html(findings))
        self.quick_wins.setText(self._quick_wins_html(findings))
        self.changes.setText(self._changes_html(findings))

    def show_implementation(self, lines: list[str]) -> None:
        """The Umsetzungsstand: one line per measure adopted before (ui/measures_view.implementation_lines)."""
        self.implementation.setText("\n".join(lines))
        self.implementation_box.setVisible(bool(lines))

    def _steps_html(self, findings: Findings) -> str:
        lang, questionnaire = self.lang, findings.questionnaire
        steps = findings.plan.next_steps
        if not steps:
            return _escape(translate("Result", "Keine offenen Schritte – alle Antworten liegen im oberen Bereich."))
        items = []
        for measure in steps:
            rec = measure.recommendation
            meta = translate("Result", "Aufwand: {effort} · Zuständig: {role} · Zeitraum: {horizon}").format(
                effort=findings.effort_text(measure, lang),
                role=role_text(rec.role, lang),
                horizon=labels.label(rec.horizon, lang),
            )
            why = translate("Result", "Anlass: {why}").format(why=measure.why(questionnaire, lang))
            items.append(f"<li><b>{_escape(rec.text.get(lang))}</b><br>{_escape(meta)}<br><i>{_escape(why)}</i></li>")
        return "<ol>" + "".join(items) + "</ol>"

    def _quick_wins_html(self, findings: Findings) -> str:
        ranked = findings.ideas[:QUICK_WIN_SHORTLIST]
        if not ranked:
            return _escape(translate("Result", "Keine Quick-Win-Ideen erfasst."))
        items = [
            "<li>"
            + _escape(
                translate("Result", "{title} – {total} von {maximum} Punkten").format(
                    title=r.idea.title, total=r.total, maximum=r.maximum
                )
            )
            + "</li>"
            for r in ranked
        ]
        return "<ol>" + "".join(items) + "</ol>"

    def _changes_html(self, findings: Findings) -> str:
        lang, previous, comparison = self.lang, findings.previous, findings.comparison
        if comparison is None or previous is None:
            return _escape(translate("Result", "Dies ist die erste abgeschlossene Einschätzung dieser Kommune."))
        date = format_date(previous.date, lang)
        lines = [_escape(translate("Result", "Verglichen mit der Einschätzung vom {date}:").format(date=date))]
        names = {d.id: d.name.get(lang) for d in findings.questionnaire.dimensions}
        rows = []
        for change in comparison.dimensions:
            before = change.before.level if change.before else None
            after = change.after.level if change.after else None
            delta = change.level_delta
            arrow = signed(delta, lang, 0)
            rows.append(
                f"<li>{_escape(names.get(change.dimension_id, change.dimension_id))}: "
                f"{_dash(before)} → {_dash(after)} ({arrow})</li>"
            )
        lines.append(f"<ul style='{TIGHT}'>" + "".join(rows) + "</ul>")
        if comparison.most_improved:
            lines.append(
                _escape(
                    translate("Result", "Am meisten verbessert: {names}").format(
                        names=", ".join(names.get(c.dimension_id, c.dimension_id) for c in comparison.most_improved)
                    )
                )
            )
        if comparison.new_concerns:
            lines.append(
                _escape(
                    translate("Result", "Neu unter dem Ziel oder gesunken: {names}").format(
                        names=", ".join(names.get(c.dimension_id, c.dimension_id) for c in comparison.new_concerns)
                    )
                )
            )
        # paragraphs and list without the blank lines a <br> beside a list would add
        return "".join(line if line.startswith("<ul") else f"<p style='{TIGHT}'>{line}</p>" for line in lines)

    def _compare(self) -> None:
        if self.assessment is not None and self.previous is not None:
            self.compareRequested.emit(self.previous.id, self.assessment.id)


TIGHT = "margin-top:0; margin-bottom:4px"
# a text the keyboard reaches: framed while it has the focus, the same size without
REACHABLE_STYLE = (
    "QLabel { border: 2px solid transparent; border-radius: 3px; padding: 2px; } "
    "QLabel:focus { border-color: palette(highlight); }"
)


def reachable(label: QLabel) -> None:
    """Tab stops on the text (a screen reader reads it; the arrow keys select in it)."""
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse
    )
    label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    label.setStyleSheet(REACHABLE_STYLE)


class PageKeys(QObject):
    """Page Up/Down and Ctrl+Home/End scroll the page wherever the focus is; a focused text scrolls into view."""

    def __init__(self, scroll: QScrollArea, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.scroll = scroll

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            event.type() == QEvent.Type.FocusIn
            and isinstance(watched, QWidget)
            and scroll_content(self.scroll).isAncestorOf(watched)
        ):
            self.scroll.ensureWidgetVisible(watched, 8, 8)
            return False
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        bar = self.scroll.verticalScrollBar()
        key, ctrl = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if key == Qt.Key.Key_PageDown:
            bar.triggerAction(QAbstractSlider.SliderAction.SliderPageStepAdd)
        elif key == Qt.Key.Key_PageUp:
            bar.triggerAction(QAbstractSlider.SliderAction.SliderPageStepSub)
        elif key == Qt.Key.Key_End and ctrl:
            bar.setValue(bar.maximum())
        elif key == Qt.Key.Key_Home and ctrl:
            bar.setValue(bar.minimum())
        else:
            return False
        return True


def scroll_content(scroll: QScrollArea) -> QWidget:
    """The widget a scroll area shows (this page always sets one)."""
    content = scroll.widget()
    if content is None:
        raise RuntimeError("the scroll area shows nothing")
    return content


def _dash(level: int | None) -> str:
    return "–" if level is None else str(level)
