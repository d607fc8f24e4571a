"""The wide tables on landscape pages: the action plan and the quick-win shortlist."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table

from ..core.labels import label, rating_label
from .context import ReportContext
from .styles import LANDSCAPE_WIDTH, grid_table, plain_table

RATING_MARKS = ("○", "◐", "●")
NOTE_SPACE = 8 * mm


def action_plan(ctx: ReportContext) -> list:
    s = ctx.styles
    story: list = [Paragraph(ctx.x("sec_plan"), s.h1), Paragraph(ctx.x("plan_intro"), s.body)]
    measures = ctx.plan.measures
    if not measures:
        return story + [Paragraph(ctx.x("no_measures"), s.body)]
    keys = ("col_no", "col_measure", "col_why", "col_role", "col_horizon", "col_effort", "col_success", "col_decision")
    rows = [[Paragraph(ctx.x(k), s.cell_head_small) for k in keys]]
    for n, m in enumerate(measures, start=1):
        rec = m.recommendation
        key = f" <font size='7'>[{ctx.x('key_question')}]</font>" if m.key else ""
        rows.append([
            Paragraph(str(n), s.cell_fine_bold),
            Paragraph(f"{ctx.rich(ctx.text(rec.text))}<br/><font size='7.5' color='#404040'>"
                      f"{escape(ctx.dimension_name(m.dimension_id))} · {ctx.x('band_' + m.band)}</font>", s.cell_fine_ink),
            Paragraph(escape(m.why(ctx.questionnaire, ctx.lang)) + key, s.cell_fine),
            Paragraph(escape(label(rec.role, ctx.lang)), s.cell_small),
            Paragraph(escape(label(rec.horizon, ctx.lang)), s.cell_small),
            Paragraph(escape(label(rec.effort, ctx.lang)), s.cell_small),
            Paragraph(escape(ctx.text(rec.success)), s.cell_fine),
            Spacer(1, NOTE_SPACE),  # room to write in the meeting
        ])
    widths = [8, 91, 51, 29, 17, 16, 29, 20]
    table = Table(rows, colWidths=[w * mm for w in widths], repeatRows=1)
    style = grid_table()
    style.add("LINEBEFORE", (7, 0), (7, -1), 0.6, "#000000")
    style.add("BACKGROUND", (7, 1), (7, -1), "#FFFFFF")
    table.setStyle(style)
    story.append(table)
    return story


def quick_wins(ctx: ReportContext) -> list:
    s, q = ctx.styles, ctx.questionnaire
    criteria = q.quick_win_criteria
    story: list = [Spacer(1, 6 * mm)]
    intro = [Paragraph(ctx.x("sec_quick_wins"), s.h1), Paragraph(ctx.x("qw_intro"), s.body)]
    if not ctx.ideas or not criteria:
        story += intro + [Paragraph(ctx.x("no_ideas"), s.body)]
    else:
        head = [Paragraph(ctx.x("col_no"), s.cell_head), Paragraph(ctx.x("col_idea"), s.cell_head)]
        head += [Paragraph(escape(ctx.text(c.name)), s.cell_head_small) for c in criteria]
        head.append(Paragraph(ctx.x("col_sum"), s.cell_head))
        rows = [head]
        for n, ranked in enumerate(ctx.ideas, start=1):
            idea = ranked.idea
            text = f"<b>{escape(idea.title)}</b>"
            if idea.description:
                text += f"<br/><font size='8' color='#404040'>{escape(idea.description)}</font>"
            row = [Paragraph(str(n), s.cell_bold), Paragraph(text, s.cell)]
            for c in criteria:
                rating = idea.ratings.get(c.id, 0)
                row.append(Paragraph(f"{RATING_MARKS[rating]} <font size='7.5'>"
                                     f"{escape(rating_label(rating, ctx.lang))}</font>", s.cell))
            row.append(Paragraph(f"<b>{ctx.x('sum_of', total=ranked.total, maximum=ranked.maximum)}</b>", s.cell))
            rows.append(row)
        fixed = 9 + 62 + 20
        per = (LANDSCAPE_WIDTH / mm - fixed) / len(criteria)
        table = Table(rows, colWidths=[9 * mm, 62 * mm] + [per * mm] * len(criteria) + [20 * mm], repeatRows=1)
        table.setStyle(grid_table())
        story += [KeepTogether(intro + [table])] if len(rows) < 8 else intro + [table]

    examples = q.quick_win_examples
    if examples:
        cells = [Paragraph(f"• <b>{escape(ctx.text(e.title))}</b> <font size='7.5' color='#404040'>"
                           f"({escape(ctx.text(e.origin))})</font>", s.cell) for e in examples]
        half = (len(cells) + 1) // 2
        left, right = cells[:half], cells[half:] + [""] * (2 * half - len(cells))
        pool = Table([[a, b] for a, b in zip(left, right)], colWidths=[LANDSCAPE_WIDTH / 2] * 2)
        pool.setStyle(plain_table(("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)))
        story += [KeepTogether([Paragraph(ctx.x("idea_pool"), s.h3), pool])]
    return story
