"""The wide tables on landscape pages: the action plan and the quick-win shortlist."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table

from ..core.labels import label, rating_label
from .context import ReportContext
from .styles import LANDSCAPE_WIDTH, fitted, grid_table

RATING_MARKS = ("○", "◐", "●")
NOTE_SPACE = 8 * mm
IDEAS_PER_TABLE = 6


def action_plan(ctx: ReportContext) -> list:
    s = ctx.styles
    story: list = [Paragraph(ctx.x("sec_plan"), s.h1), Paragraph(ctx.x("plan_intro"), s.body)]
    measures = ctx.plan.measures
    if not measures:
        return story + [Paragraph(ctx.x("no_measures"), s.body)]
    keys = ("col_no", "col_measure", "col_why", "col_role", "col_horizon", "col_effort", "col_success", "col_decision")
    widths = [w * mm for w in (8, 88, 49, 29, 17, 16, 34, 20)]
    rows = [[fitted(ctx.x(k), s.cell_head_small, w) for k, w in zip(keys, widths)]]
    for n, m in enumerate(measures, start=1):
        rec = m.recommendation
        key = f" <font size='7'>[{ctx.x('key_question')}]</font>" if m.key else ""
        cells = [
            (str(n), s.cell_fine_bold),
            (f"{ctx.rich(ctx.text(rec.text))}<br/><font size='7' color='#404040'>"
             f"{escape(ctx.dimension_name(m.dimension_id))} · {ctx.x('band_' + m.band)}</font>", s.cell_fine_ink),
            (escape(m.why(ctx.questionnaire, ctx.lang)) + key, s.cell_fine),
            (escape(label(rec.role, ctx.lang)), s.cell_small),
            (escape(label(rec.horizon, ctx.lang)), s.cell_small),
            (escape(label(rec.effort, ctx.lang)), s.cell_small),
            (escape(ctx.text(rec.success)), s.cell_fine),
        ]
        rows.append([fitted(markup, style, w) for (markup, style), w in zip(cells, widths)]
                    + [Spacer(1, NOTE_SPACE)])  # room to write in the meeting
    table = Table(rows, colWidths=widths, repeatRows=1)
    style = grid_table()
    style.add("LINEBEFORE", (7, 0), (7, -1), 0.6, "#000000")
    style.add("BACKGROUND", (7, 1), (7, -1), "#FFFFFF")
    table.setStyle(style)
    story.append(table)
    return story


def _chunks(items: list, size: int):
    for start in range(0, len(items), size):
        yield start, items[start:start + size]


def _idea_table(ctx: ReportContext, ideas: list, start: int) -> Table:
    """Criteria down the side, ideas across (in rank order), the sum at the bottom."""
    s, criteria = ctx.styles, ctx.questionnaire.quick_win_criteria
    first = 70 * mm
    per = min(45 * mm, (LANDSCAPE_WIDTH - first) / len(ideas))
    widths = [first] + [per] * len(ideas)
    head = [fitted(ctx.x("col_criterion"), s.cell_head_small, first)]
    for n, ranked in enumerate(ideas, start=start + 1):
        text = f"{n}. {escape(ranked.idea.title)}"
        if ranked.idea.description:
            text += f"<br/><font size='7' color='#404040'>{escape(ranked.idea.description)}</font>"
        head.append(fitted(text, s.cell_head_small, per))
    rows = [head]
    for c in criteria:
        row = [fitted(escape(ctx.text(c.name)), s.cell_fine_bold, first)]
        for ranked in ideas:
            rating = ranked.idea.ratings.get(c.id, 0)
            row.append(fitted(f"{RATING_MARKS[rating]} {escape(rating_label(rating, ctx.lang))}", s.cell_fine_ink, per))
        rows.append(row)
    rows.append([fitted(ctx.x("col_sum"), s.cell_bold, first)]
                + [fitted(f"<b>{ctx.x('sum_of', total=r.total, maximum=r.maximum)}</b>", s.cell, per) for r in ideas])
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    style = grid_table(padding=2)
    style.add("LINEABOVE", (0, -1), (-1, -1), 0.8, "#000000")
    table.setStyle(style)
    return table


def quick_wins(ctx: ReportContext) -> list:
    s, q = ctx.styles, ctx.questionnaire
    criteria = q.quick_win_criteria
    story: list = [Spacer(1, 6 * mm)]
    intro = [Paragraph(ctx.x("sec_quick_wins"), s.h1), Paragraph(ctx.x("qw_intro"), s.body)]
    if not ctx.ideas or not criteria:
        story += intro + [Paragraph(ctx.x("no_ideas"), s.body)]
    else:
        tables = [_idea_table(ctx, chunk, start) for start, chunk in _chunks(list(ctx.ideas), IDEAS_PER_TABLE)]
        story += [KeepTogether(intro + tables[:1])] + tables[1:]

    examples = q.quick_win_examples
    if examples:
        items = " · ".join(f"<b>{escape(ctx.text(e.title))}</b> <font size='7.5' color='#404040'>"
                           f"({escape(ctx.text(e.origin))})</font>" for e in examples)
        story += [Spacer(1, 3 * mm), KeepTogether([Paragraph(ctx.x("idea_pool"), s.h3), Paragraph(items, s.cell)])]
    return story
