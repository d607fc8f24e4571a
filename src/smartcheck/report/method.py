"""Method and sources: how scores and levels come about, and where the questions come from.

The method text is the one the app and docs/method.md show (core.method); the
cut-offs, level names and sources come from the assessment's questionnaire
snapshot, so the page states the rules this assessment was scored by.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Table

from ..core.method import method as method_text
from .context import ReportContext
from .styles import DARK_HEX, Flowables, Paragraph, grid_table


def method(ctx: ReportContext) -> Flowables:
    s, q = ctx.styles, ctx.questionnaire
    story: Flowables = [Paragraph(ctx.markup("sec_method"), s.h1)]
    for section in method_text(ctx.lang):
        paragraphs = [Paragraph(escape(p), s.body) for p in section.paragraphs]
        story.append(KeepTogether([Paragraph(escape(section.heading), s.h3), paragraphs[0]]))
        story += paragraphs[1:]

    rows = [
        [
            Paragraph(ctx.markup(k), s.cell_head)
            for k in ("col_level", "col_level_name", "col_cutoff", "col_description")
        ]
    ]
    ordered = sorted(q.levels, key=lambda lv: lv.value)
    for i, level in enumerate(ordered):
        upper = ordered[i + 1].min_score if i + 1 < len(ordered) else None
        cutoff = (
            ctx.phrase("cutoff_range", low=ctx.num(level.min_score), high=ctx.num(upper))
            if upper is not None
            else ctx.phrase("cutoff_from", low=ctx.num(level.min_score))
        )
        rows.append(
            [
                Paragraph(str(level.value), s.cell_bold),
                Paragraph(escape(ctx.text(level.name)), s.cell_bold),
                Paragraph(escape(cutoff), s.cell),
                Paragraph(escape(ctx.text(level.description)), s.cell),
            ]
        )
    table = Table(rows, colWidths=[12 * mm, 40 * mm, 34 * mm, None], repeatRows=1)
    table.setStyle(grid_table())
    story.append(KeepTogether([Paragraph(ctx.markup("cutoffs_title"), s.h3), table]))

    story += glossary(ctx)

    keys = [
        f"{escape(ctx.text(x.text))} <font color='{DARK_HEX}'>({escape(ctx.text(d.name))})</font>"
        for d in q.dimensions
        for x in d.questions
        if x.key
    ]
    if keys:  # one question per line: no "?; " joins
        story.append(Paragraph(ctx.markup("key_questions_title"), s.h3))
        story += [Paragraph(k, s.bullet, bulletText="•") for k in keys]

    story.append(Paragraph(ctx.markup("sources_title"), s.h3))
    story.append(Paragraph(escape(ctx.text(q.source)), s.body))
    story.append(
        Paragraph(
            ctx.markup(
                "questionnaire_line",
                title=ctx.text(q.title),
                version=q.version,
                hash=ctx.assessment.snapshot.content_hash[:12],
            ),
            s.small,
        )
    )
    rows = [
        [
            Paragraph(escape(ctx.text(d.name)), s.cell_bold),
            Paragraph(ctx.source(ctx.text(d.source), prefix=False), s.cell_small),
        ]
        for d in q.dimensions
    ]
    table = Table(
        [[Paragraph(ctx.markup("col_dimension"), s.cell_head), Paragraph(ctx.markup("col_where"), s.cell_head)]] + rows,
        colWidths=[48 * mm, None],
        repeatRows=1,
    )
    table.setStyle(grid_table())
    story.append(KeepTogether([Paragraph(ctx.markup("dimension_sources"), s.h3), table]))
    return story


def glossary(ctx: ReportContext) -> Flowables:
    """What Smart City means for a small town, and the terms the plan uses (questionnaire 2.0 on)."""
    s, q = ctx.styles, ctx.questionnaire
    story: Flowables = []
    if q.definition is not None:
        story.append(
            KeepTogether(
                [Paragraph(ctx.markup("definition_title"), s.h3), Paragraph(escape(ctx.text(q.definition)), s.body)]
            )
        )
    if q.glossary:
        rows = [[Paragraph(ctx.markup("col_term"), s.cell_head), Paragraph(ctx.markup("col_definition"), s.cell_head)]]
        rows += [
            [Paragraph(escape(ctx.text(g.term)), s.cell_bold), Paragraph(escape(ctx.text(g.definition)), s.cell)]
            for g in q.glossary
        ]
        table = Table(rows, colWidths=[42 * mm, None], repeatRows=1)
        table.setStyle(grid_table())
        story += [Paragraph(ctx.markup("glossary_title"), s.h3), table]
    return story
