"""The action plan and the quick-win shortlist: the wide tables on landscape pages."""

from __future__ import annotations

from collections.abc import Iterator
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table

from ..core.findings import role_text
from ..core.labels import label, rating_label
from ..core.planning import RankedIdea
from .context import ReportContext
from .styles import DARK_HEX, FONT, PORTRAIT_WIDTH, Flowables, Paragraph, grid_table, shorten

RATING_MARKS = ("○", "◐", "●")
NOTE_WIDTH = 38 * mm  # the write-in column: wide enough to note a decision by hand
TEXT_LIMIT = 900  # questionnaire text in one cell (a custom questionnaire may be longer); rows never split
IDEAS_PER_TABLE = 4


def section(ctx: ReportContext) -> Flowables:
    """All measures, portrait: the full recommendation once, with who, until when, effort and a
    write-in column of 38 mm."""
    s = ctx.styles
    story: Flowables = [Paragraph(ctx.markup("sec_plan"), s.h1), Paragraph(ctx.markup("plan_intro"), s.body)]
    measures = ctx.plan.measures
    if not measures:
        return story + [Paragraph(ctx.markup("no_measures"), s.body)]
    widths = [9 * mm, PORTRAIT_WIDTH - 9 * mm - 34 * mm - NOTE_WIDTH, 34 * mm, NOTE_WIDTH]
    keys = ("col_no", "col_measure", "col_who_when_effort", "col_decision")
    rows: list[list[Paragraph | str]] = [[Paragraph(ctx.markup(k), s.cell_head) for k in keys]]
    for n, m in enumerate(measures, start=1):
        rec = m.recommendation
        key = f" [{ctx.markup('key_question')}]" if m.key else ""
        measure = (
            f"{ctx.titled(rec.title, shorten(ctx.text(rec.text), ctx.lang, TEXT_LIMIT))}<br/>"
            f"<font color='{DARK_HEX}'>"
            f"{escape(ctx.dimension_name(m.dimension_id))} · {ctx.markup('band_' + m.band)}{key}<br/>"
            f"{ctx.markup('why', text=shorten(m.why(ctx.questionnaire, ctx.lang), ctx.lang, TEXT_LIMIT))}<br/>"
            f"{ctx.markup('success', text=shorten(ctx.text(rec.success), ctx.lang, TEXT_LIMIT))}</font>"
        )
        meta = "<br/>".join(
            escape(x)
            for x in (
                role_text(rec.role, ctx.lang),
                label(rec.horizon, ctx.lang),
                ctx.phrase("effort_label", effort=ctx.findings.effort_text(m, ctx.lang)),
            )
        )
        rows.append([Paragraph(str(n), s.cell_bold), Paragraph(measure, s.cell), Paragraph(meta, s.cell), ""])
    table = Table(rows, colWidths=widths, repeatRows=1)
    style = grid_table(zebra=False)
    style.add("LINEBEFORE", (3, 0), (3, -1), 0.6, "#000000")
    table.setStyle(style)
    story.append(table)
    return story


def _chunks(items: list[RankedIdea], size: int) -> Iterator[tuple[int, list[RankedIdea]]]:
    for start in range(0, len(items), size):
        yield start, items[start : start + size]


def _idea_table(ctx: ReportContext, ideas: list[RankedIdea], start: int) -> Table:
    """Criteria down the side, ideas across (in rank order), the sum at the bottom."""
    s, criteria = ctx.styles, ctx.questionnaire.quick_win_criteria
    first = 50 * mm
    per = min(45 * mm, (PORTRAIT_WIDTH - first) / len(ideas))
    widths = [first] + [per] * len(ideas)
    head = [Paragraph(ctx.markup("col_criterion"), s.cell_head_small)]
    for n, ranked in enumerate(ideas, start=start + 1):
        text = f"{n}. {escape(shorten(ranked.idea.title, ctx.lang, 200))}"
        if ranked.idea.description:
            description = escape(shorten(ranked.idea.description, ctx.lang, 400))
            text += f"<br/><font name='{FONT}' color='{DARK_HEX}'>{description}</font>"
        head.append(Paragraph(text, s.cell_head_small))
    rows = [head]
    for c in criteria:
        row = [Paragraph(escape(ctx.text(c.name)), s.cell_fine_bold)]
        for ranked in ideas:
            rating = ranked.idea.ratings.get(c.id, 0)
            row.append(Paragraph(f"{RATING_MARKS[rating]} {escape(rating_label(rating, ctx.lang))}", s.cell_fine_ink))
        rows.append(row)
    rows.append(
        [Paragraph(ctx.markup("col_sum"), s.cell_bold)]
        + [Paragraph(ctx.markup("sum_of", total=r.total, maximum=r.maximum), s.cell) for r in ideas]
    )
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT", splitInRow=1)
    style = grid_table(padding=2)
    style.add("LINEABOVE", (0, -1), (-1, -1), 0.8, "#000000")
    table.setStyle(style)
    return table


def quick_wins(ctx: ReportContext) -> Flowables:
    s, q = ctx.styles, ctx.questionnaire
    criteria = q.quick_win_criteria
    story: Flowables = [Spacer(1, 6 * mm)]
    intro = [Paragraph(ctx.markup("sec_quick_wins"), s.h1), Paragraph(ctx.markup("qw_intro"), s.body)]
    if not ctx.ideas or not criteria:
        story += intro + [Paragraph(ctx.markup("no_ideas"), s.body)]
    else:
        tables = [_idea_table(ctx, chunk, start) for start, chunk in _chunks(list(ctx.ideas), IDEAS_PER_TABLE)]
        story += [KeepTogether(intro + tables[:1])] + tables[1:]

    examples = q.quick_win_examples
    if examples:
        items = " · ".join(
            f"{escape(ctx.text(e.title))} <font color='{DARK_HEX}'>({escape(ctx.text(e.origin))})</font>"
            for e in examples
        )
        story += [Spacer(1, 3 * mm), KeepTogether([Paragraph(ctx.markup("idea_pool"), s.h3), Paragraph(items, s.cell)])]
    return story
