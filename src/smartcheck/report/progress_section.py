"""The progress section: the trend over all assessments of the municipality and a table of changes."""

from __future__ import annotations

from collections.abc import Iterable
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table

from ..core.findings import word
from ..core.questionnaire import Questionnaire
from . import charts
from .context import ReportContext
from .styles import DARK_HEX, PORTRAIT_WIDTH, Flowables, Paragraph, grid_table
from .texts import fmt_short_date

TABLE_COLUMNS = 5


def section(ctx: ReportContext) -> Flowables:
    s = ctx.styles
    story: Flowables = [Paragraph(ctx.markup("sec_progress"), s.h1)]
    series = ctx.series
    if len(series) < 2:
        return [Spacer(1, 4 * mm)] + story + [Paragraph(ctx.markup("first_assessment"), s.body)]

    dims = ctx.questionnaire.dimensions
    panels = []
    for d in dims:
        points = []
        for a in series:
            profile = ctx.profiles[a.id]
            try:
                r = profile[d.id]
            except KeyError:
                points.append(charts.Point(None, None))
                continue
            points.append(charts.Point(r.level if r.assessable else None, r.target, r.provisional))
        panels.append((ctx.text(d.name), points))
    labels = [fmt_short_date(a.date, ctx.lang) for a in series]
    story += [
        Paragraph(
            ctx.markup("trend_intro", n=ctx.findings.completed_count)
            + (" " + ctx.markup("trend_draft") if ctx.draft else ""),
            s.body,
        ),
        charts.trend(panels, labels, PORTRAIT_WIDTH),
        Spacer(1, 3 * mm),
    ]
    story += _level_table(ctx)
    story += _question_table(ctx)
    return story


def _level_table(ctx: ReportContext) -> Flowables:
    s = ctx.styles
    shown = ctx.series[-TABLE_COLUMNS:]
    head = [Paragraph(ctx.markup("col_dimension"), s.cell_head)]
    head += [Paragraph(ctx.date_of(a), s.cell_head) for a in shown]
    assert ctx.previous is not None, "the progress table needs an earlier assessment"
    head.append(Paragraph(ctx.markup("col_change", date=ctx.date_of(ctx.previous)), s.cell_head))
    rows = [head]
    for d in ctx.questionnaire.dimensions:
        row = [Paragraph(escape(ctx.text(d.name)), s.cell)]
        for a in shown:
            try:
                r = ctx.profiles[a.id][d.id]
            except KeyError:
                r = None
            if r is None or not r.assessable or r.mean is None:
                row.append(Paragraph(ctx.phrase("not_assessable_short"), s.cell))
            else:
                row.append(Paragraph(f"{ctx.short_level(r)} ({ctx.num(r.mean)})", s.cell))
        change = ctx.comparison.dimension(d.id) if ctx.comparison else None
        if change is None or change.level_delta is None or change.mean_delta is None:
            row.append(Paragraph("–", s.cell))
        else:
            row.append(Paragraph(f"{ctx.signed(change.level_delta, 0)} ({ctx.signed(change.mean_delta)})", s.cell))
        rows.append(row)
    dim_w, delta_w = 52 * mm, 26 * mm
    per = (PORTRAIT_WIDTH - dim_w - delta_w) / len(shown)
    table = Table(rows, colWidths=[dim_w] + [per] * len(shown) + [delta_w], repeatRows=1)
    table.setStyle(grid_table())
    story = [Paragraph(ctx.markup("trend_table"), s.h3), table]
    notes = []
    if any(r.provisional for a in shown for r in ctx.profiles[a.id].dimensions):
        notes.append("* " + escape(word("provisional", ctx.lang)))
    if len(ctx.series) > TABLE_COLUMNS:
        notes.append(ctx.markup("older_hidden", n=TABLE_COLUMNS))
    if notes:
        story.append(Paragraph(" · ".join(notes), s.cell_small))
    return story


def _question_table(ctx: ReportContext) -> Flowables:
    s, c = ctx.styles, ctx.comparison
    before, q_now = ctx.previous, ctx.questionnaire
    assert before is not None and c is not None, "the question table needs an earlier assessment"
    story: Flowables = [
        Paragraph(ctx.markup("questions_changed", date=ctx.date_of(before)), s.h3),
        Paragraph(ctx.markup("questions_changed_note"), s.small),
    ]
    changed = [qc for qc in c.questions if qc.before != qc.after]
    if changed:
        rows = [[Paragraph(ctx.markup(k), s.cell_head) for k in ("col_question", "col_before", "col_now", "col_delta")]]
        for qc in changed:
            question = q_now.question(qc.question_id)
            reworded = " *" if qc.question_id in c.reworded_questions else ""
            delta = "–" if qc.delta is None else ctx.signed(qc.delta, 0)
            dim = ctx.dimension_name(q_now.dimension_of(qc.question_id).id)
            rows.append(
                [
                    Paragraph(
                        f"{escape(ctx.text(question.text))}{reworded} <font color='{DARK_HEX}'>({escape(dim)})</font>",
                        s.cell_tight,
                    ),
                    Paragraph(escape(ctx.short_answer(qc.before, before.questionnaire)), s.cell_tight),
                    Paragraph(escape(ctx.short_answer(qc.after)), s.cell_tight),
                    Paragraph(delta, s.cell_tight),
                ]
            )
        table = Table(rows, colWidths=[PORTRAIT_WIDTH - 66 * mm, 20 * mm, 20 * mm, 26 * mm], repeatRows=1)
        table.setStyle(grid_table())
        story.append(table)
    else:
        story.append(Paragraph(ctx.markup("no_question_changes"), s.body))

    date = ctx.date_of(before)
    notes = []
    if c.added_questions:
        notes.append(ctx.markup("q_added", date=date, items=_names(q_now, c.added_questions, ctx)))
    if c.removed_questions:
        notes.append(ctx.markup("q_removed", date=date, items=_names(before.questionnaire, c.removed_questions, ctx)))
    if c.reworded_questions:
        notes.append("* " + ctx.markup("q_reworded", items=_names(q_now, c.reworded_questions, ctx)))
    story += [Paragraph(n, s.small) for n in notes]
    return [KeepTogether(story[:3])] + story[3:]


def _names(questionnaire: Questionnaire, ids: Iterable[str], ctx: ReportContext) -> str:
    return "; ".join(
        f"„{ctx.text(questionnaire.question(i).text)}“"
        if ctx.lang == "de"
        else f"“{ctx.text(questionnaire.question(i).text)}”"
        for i in ids
    )
