"""The Umsetzungsstand of adopted measures, as the reports show it.

Shared by the Umsetzungsbericht (:mod:`.progress_report`), the full report's
annex (:func:`section`) and the Kurzfassung's Sachverhalt (:func:`sentence`):
which measures adopted before this assessment were done, whether the question
each came from moved, which were done without effect, which are overdue and
which are still open. It reads only the measures handed in, never the store.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import KeepTogether

from ..core.findings import Findings
from ..core.implementation import Implementation, implementation
from ..core.measures import AdoptedMeasure
from ..core.plain import in_language, month_year
from .context import ReportContext
from .styles import Flowables, Paragraph, Styles

TEXTS = {
    "section": ("Umsetzungsstand der Maßnahmen", "Implementation of the measures"),
    "section_intro": (
        "Was aus den Maßnahmen wurde, die nach der Einschätzung vom {date} beschlossen wurden, "
        "und ob sich die Frage, aus der sie kamen, verbessert hat. Alle Maßnahmen zeigt der "
        "Umsetzungsbericht ('smartcheck report --kind progress').",
        "What became of the measures adopted after the assessment of {date}, and whether the "
        "question they came from improved. The implementation report ('smartcheck report --kind "
        "progress') lists all measures.",
    ),
    "with_effect": ("Erledigt, und die Frage hat sich verbessert", "Done, and the question improved"),
    "without_effect": ("Erledigt, aber (noch) ohne Wirkung auf die Frage", "Done, but no effect on the question yet"),
    "overdue": ("Überfällig", "Overdue"),
    "open": ("Noch in Arbeit", "Still in progress"),
    "more": (
        "… und {n} weitere (alle zeigt 'smartcheck measures' oder die Seite „Maßnahmen“)",
        "… and {n} more (all are listed by 'smartcheck measures' or on the page “Measures”)",
    ),
}


def tx(key: str, lang: str, **values: object) -> str:
    return escape(in_language(TEXTS[key], lang, **values))


def review(findings: Findings, measures: list[AdoptedMeasure] | None) -> Implementation:
    """The measures adopted from assessments before this one; those already closed (done, dropped)
    at the previous assessment are left out, so it says what happened since then."""
    previous = findings.previous
    since = previous.date.date() if previous is not None else None
    return implementation(list(measures or []), findings.assessment, findings.series[:-1], since=since)


def groups(found: Implementation, lang: str, styles: Styles, max_lines: int | None = None) -> Flowables:
    """A heading and the lines per group (with effect, without effect, overdue, open); empty groups left out."""
    story: Flowables = []
    for key, outcomes in (
        ("with_effect", found.done_with_effect),
        ("without_effect", found.done_without_effect),
        ("overdue", found.overdue),
        ("open", found.open),
    ):
        if not outcomes:
            continue
        shown = outcomes if max_lines is None else outcomes[:max_lines]
        items = [
            Paragraph(f"{escape(o.line(lang))}: {escape(o.measure.title)}", styles.bullet_small, bulletText="•")
            for o in shown
        ]
        hidden = len(outcomes) - len(shown)
        more = [Paragraph(tx("more", lang, n=hidden), styles.small)] if hidden > 0 else []
        story.append(KeepTogether([Paragraph(tx(key, lang), styles.h3), *items, *more]))
    return story


def section(ctx: ReportContext, max_lines: int = 5) -> Flowables:
    """The annex's section "Umsetzungsstand der Maßnahmen"; nothing when no measure was adopted before."""
    found = review(ctx.findings, ctx.measures)
    if not found.outcomes or ctx.previous is None:
        return []
    s, lang = ctx.styles, ctx.lang
    return [
        Paragraph(tx("section", lang), s.h1),
        Paragraph(tx("section_intro", lang, date=ctx.date_of(ctx.previous)), s.body),
        *groups(found, lang, s, max_lines),
    ]


def sentence(findings: Findings, measures: list[AdoptedMeasure] | None, lang: str = "de") -> str | None:
    """'Von den 6 im April 2025 beschlossenen Maßnahmen sind 3 erledigt; …' (None without such measures)."""
    found = review(findings, measures)
    if not found.outcomes:
        return None
    en = lang == "en"
    starts = sorted(o.measure.history[0].date for o in found.outcomes)
    first, last = starts[0], starts[-1]
    month = month_year(first, lang)
    same = (first.year, first.month) == (last.year, last.month)
    n, done = len(found.outcomes), len(found.done_with_effect) + len(found.done_without_effect)
    effect, overdue, running = len(found.done_with_effect), len(found.overdue), len(found.open)
    if en:
        when = f"in {month}" if same else f"since {month}"
        text = f"Of the {n} measures adopted {when}, {done} {'is' if done == 1 else 'are'} done"
        if done:
            text += f" ({effect} with a better rating of their question)"
        return text + f"; {overdue} overdue, {running} still in progress."
    when = f"im {month}" if same else f"seit {month}"
    noun = "Maßnahme" if n == 1 else "Maßnahmen"
    text = f"Von {'der' if n == 1 else 'den'} {n} {when} beschlossenen {noun} {'ist' if done == 1 else 'sind'} {done} erledigt"
    if done:
        text += f" ({effect} davon mit besserer Einstufung ihrer Frage)"
    return text + f"; {overdue} {'ist' if overdue == 1 else 'sind'} überfällig, {running} noch in Arbeit."
