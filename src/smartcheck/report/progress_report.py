"""The Umsetzungsbericht: one to two pages for the council on the adopted measures.

What it shows: the Umsetzungsstand at this assessment (done measures and
whether their question moved, done without effect, overdue), all measures by
status, the levels at the check before and now, and what comes next (open
measures, and the plan's next steps not yet adopted).

It is typeset with the report's document template (``pdf.PdfReport``: page
frame, fonts, metadata), only the story differs, so whatever the template
does for every report (tagging, page numbers) applies here too. It reads
only the values handed in, never the store.
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table

from ..core.assessment import Assessment
from ..core.implementation import short_title
from ..core.labels import MONTHS_EN
from ..core.measures import STATUS_ORDER, AdoptedMeasure, MeasureStatus, status_label, summary_line
from ..core.plain import in_language
from .implementation_state import groups, review
from .pdf import PdfReport
from .styles import DARK_HEX, Flowables, Paragraph, grid_table
from .tagging import TaggedDocTemplate

TEXTS = {
    "title": ("Umsetzungsbericht", "Implementation report"),
    "kicker": (
        "{name} · Einschätzung vom {date} · Stand der Maßnahmen: {today}",
        "{name} · assessment of {date} · measures as of {today}",
    ),
    "intro": (
        "Was wurde aus den beschlossenen Maßnahmen, und hat es etwas bewirkt? Dieser Bericht stellt die "
        "übernommenen Maßnahmen neben die Ergebnisse der Einschätzungen.",
        "What became of the adopted measures, and did they make a difference? This report sets the "
        "adopted measures beside the results of the assessments.",
    ),
    "state": ("Umsetzungsstand zur Einschätzung vom {date}", "Implementation at the assessment of {date}"),
    "state_none": (
        "Aus früheren Einschätzungen wurden keine Maßnahmen übernommen.",
        "No measures were adopted from earlier assessments.",
    ),
    "by_status": ("Maßnahmen nach Status", "Measures by status"),
    "no_measures": ("Noch keine Maßnahmen übernommen.", "No measures adopted yet."),
    "col_no": ("Nr.", "No."),
    "col_measure": ("Maßnahme", "Measure"),
    "col_owner": ("Zuständig", "Responsible"),
    "col_due": ("Fällig", "Due"),
    "col_status": ("Status", "Status"),
    "col_question": ("Frage", "Question"),
    "levels": ("Stufen damals und heute", "Levels then and now"),
    "levels_none": (
        "Es gibt keine frühere abgeschlossene Einschätzung zum Vergleich.",
        "There is no earlier completed assessment to compare with.",
    ),
    "col_dimension": ("Dimension", "Dimension"),
    "col_then": ("{date}", "{date}"),
    "col_now": ("{date}", "{date}"),
    "col_change": ("Veränderung", "Change"),
    "next": ("Wie es weitergeht", "What is next"),
    "next_open": ("Offene Maßnahmen, nach Fälligkeit:", "Open measures, by due date:"),
    "next_new": (
        "Erste Schritte aus dieser Einschätzung, noch nicht als Maßnahme übernommen:",
        "First steps from this assessment, not yet adopted as measures:",
    ),
    "next_none": (
        "Keine offenen Maßnahmen und keine neuen ersten Schritte.",
        "No open measures and no new first steps.",
    ),
    "overdue_mark": (" (überfällig)", " (overdue)"),
    "due_on": ("fällig {date}", "due {date}"),
    "doc_title": ("Umsetzungsbericht – {name}", "Implementation report – {name}"),
    "more": (
        "… und {n} weitere (alle zeigt 'smartcheck measures' oder die Seite „Maßnahmen“)",
        "… and {n} more (all are listed by 'smartcheck measures' or on the page “Measures”)",
    ),
    "counts": ("Anzahl je Status: {counts}", "Count per status: {counts}"),
}
# The report stays one to two pages however many measures there are: each list shows at most this many.
MAX_LINES = 3
MAX_ROWS = 8


def tx(key: str, lang: str, **values: object) -> str:
    return escape(in_language(TEXTS[key], lang, **values))


def _day(value: date | None, lang: str) -> str:
    if value is None:
        return "–"
    if lang == "en":
        return f"{value.day} {MONTHS_EN[value.month - 1]} {value.year}"
    return value.strftime("%d.%m.%Y")


class ProgressReport(PdfReport):
    """The report's template with the Umsetzungsbericht's story."""

    def __init__(
        self,
        assessment: Assessment,
        history: list[Assessment],
        measures: list[AdoptedMeasure],
        lang: str = "de",
        invariant: bool = False,
        today: date | None = None,
    ) -> None:
        super().__init__(assessment, history, lang=lang, invariant=invariant)
        self.measures = sorted(measures, key=lambda m: m.number)
        # A byte-identical report needs a fixed "today": the assessment's date.
        self.today = today or (assessment.date.date() if invariant else date.today())

    def _get_doc(self, buffer: io.BytesIO) -> TaggedDocTemplate:
        doc = super()._get_doc(buffer)
        doc.title = TEXTS["doc_title"][self.lang == "en"].format(name=self.ctx.name)
        return doc

    def _get_story(self) -> Flowables:
        ctx, s, lang = self.ctx, self.ctx.styles, self.lang
        story: Flowables = [
            Paragraph(tx("title", lang), s.title),
            Paragraph(tx("kicker", lang, name=ctx.name, date=ctx.date, today=_day(self.today, lang)), s.kicker),
            Paragraph(tx("intro", lang), s.body),
            Paragraph(f"<b>{escape(summary_line(self.measures, self.today, lang))}</b>", s.big),
        ]
        story += self._state()
        story += self._by_status()
        story += self._levels()
        story += self._next()
        return story

    # ------------------------------------------------------------ sections
    def _state(self) -> Flowables:
        ctx, s, lang = self.ctx, self.ctx.styles, self.lang
        found = review(ctx.findings, self.measures)
        story: Flowables = [Paragraph(tx("state", lang, date=ctx.date), s.h2)]
        if not found.outcomes:
            return story + [Paragraph(tx("state_none", lang), s.body)]
        return story + groups(found, lang, s, MAX_LINES)

    def _more(self, hidden: int) -> Flowables:
        return [Paragraph(tx("more", self.lang, n=hidden), self.ctx.styles.small)] if hidden > 0 else []

    def _by_status(self) -> Flowables:
        s, lang = self.ctx.styles, self.lang
        story: Flowables = [Paragraph(tx("by_status", lang), s.h2)]
        if not self.measures:
            return story + [Paragraph(tx("no_measures", lang), s.body)]
        widths = [w * mm for w in (10, 82, 34, 20, 28)]
        head = [
            Paragraph(tx(k, lang), s.cell_head_small)
            for k in ("col_no", "col_measure", "col_owner", "col_due", "col_status")
        ]
        rows = [head]
        counts = {st: sum(1 for m in self.measures if m.status == st) for st in STATUS_ORDER}
        story.append(
            Paragraph(
                tx("counts", lang, counts=", ".join(f"{status_label(st, lang)} {n}" for st, n in counts.items() if n)),
                s.body,
            )
        )
        ordered = [m for st in STATUS_ORDER for m in self.measures if m.status == st]
        # Open ones first (planned, started), then those done most recently, then the rest.
        ordered.sort(
            key=lambda m: (
                STATUS_ORDER.index(m.status) if m.status != MeasureStatus.DONE else 2,
                -m.history[-1].date.toordinal() if m.status == MeasureStatus.DONE else 0,
            )
        )
        for status in STATUS_ORDER:
            for m in (m for m in ordered[:MAX_ROWS] if m.status == status):
                overdue = tx("overdue_mark", lang) if m.overdue(self.today) else ""
                note = m.history[-1].note
                title = escape(m.title) + (
                    f"<br/><font size='7' color='{DARK_HEX}'>{escape(note)}</font>" if note else ""
                )
                cells = [
                    (str(m.number), s.cell_fine_bold),
                    (title, s.cell_fine_ink),
                    (escape(m.owner.text() or "–"), s.cell_fine),
                    (_day(m.due, lang), s.cell_fine),
                    (f"<b>{escape(status_label(status, lang))}</b>{overdue}", s.cell_fine),
                ]
                rows.append([Paragraph(markup, style) for markup, style in cells])
        table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
        table.setStyle(grid_table(padding=2))
        return story + [table, *self._more(len(ordered) - MAX_ROWS)]

    def _levels(self) -> Flowables:
        ctx, s, lang = self.ctx, self.ctx.styles, self.lang
        story: Flowables = [Paragraph(tx("levels", lang), s.h2)]
        if ctx.comparison is None or ctx.previous is None:
            return story + [Paragraph(tx("levels_none", lang), s.body)]
        widths = [w * mm for w in (84, 30, 30, 30)]
        head = [tx("col_dimension", lang), escape(ctx.date_of(ctx.previous)), escape(ctx.date), tx("col_change", lang)]
        rows = [[Paragraph(h, s.cell_head_small) for h in head]]
        for d in ctx.questionnaire.dimensions:
            change = ctx.comparison.dimension(d.id)
            delta = change.level_delta
            shown = "–" if delta is None else ("±0" if delta == 0 else f"{delta:+d}".replace("-", "−"))
            cells = [
                escape(ctx.dimension_name(d.id)),
                ctx.short_level(change.before),
                ctx.short_level(change.after),
                shown,
            ]
            rows.append([Paragraph(c, s.cell_fine_ink) for c in cells])
        table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
        table.setStyle(grid_table(padding=2))
        return story + [KeepTogether([table])]

    def _next(self) -> Flowables:
        ctx, s, lang = self.ctx, self.ctx.styles, self.lang
        story: Flowables = [Paragraph(tx("next", lang), s.h2)]
        running = sorted(
            (m for m in self.measures if m.status in (MeasureStatus.PLANNED, MeasureStatus.STARTED)),
            key=lambda m: (m.due or date.max, m.number),
        )
        adopted = {m.origin.recommendation_id for m in self.measures if m.origin.assessment_id == ctx.assessment.id}
        new = [m for m in ctx.plan.next_steps if m.recommendation_id not in adopted]
        if not running and not new:
            return story + [Paragraph(tx("next_none", lang), s.body)]
        if running:
            story.append(Paragraph(tx("next_open", lang), s.body))
            for m in running[:MAX_LINES]:
                mark = tx("overdue_mark", lang) if m.overdue(self.today) else ""
                owner = f" – {escape(m.owner.text())}" if m.owner.text() else ""
                story.append(
                    Paragraph(
                        f"<b>{m.number}</b> {escape(m.title)}{owner} ({tx('due_on', lang, date=_day(m.due, lang))}){mark}",
                        s.bullet_small,
                        bulletText="•",
                    )
                )
            story += self._more(len(running) - MAX_LINES)
        if new:
            story.append(Spacer(1, 2 * mm))
            story.append(Paragraph(tx("next_new", lang), s.body))
            for step in new:
                story.append(
                    Paragraph(
                        f"{escape(short_title(ctx.text(step.recommendation.text)))} "
                        f"<font size='7' color='{DARK_HEX}'>({escape(ctx.dimension_name(step.dimension_id))})"
                        "</font>",
                        s.bullet_small,
                        bulletText="•",
                    )
                )
        return story


def render_progress_report(
    assessment: Assessment,
    history: list[Assessment],
    measures: list[AdoptedMeasure],
    lang: str = "de",
    invariant: bool = False,
    today: date | None = None,
) -> bytes:
    return ProgressReport(assessment, history, measures, lang=lang, invariant=invariant, today=today).generate()


def write_progress_report(
    assessment: Assessment,
    history: list[Assessment],
    measures: list[AdoptedMeasure],
    out: Path,
    lang: str = "de",
    invariant: bool = False,
) -> Path:
    from ..atomic import write_atomic

    return write_atomic(out, render_progress_report(assessment, history, measures, lang=lang, invariant=invariant))


__all__ = ["ProgressReport", "render_progress_report", "write_progress_report"]
