"""The opening of the annex: who answered with which questionnaire, and the status by dimension."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table

from ..core.labels import label
from .context import ReportContext
from .styles import INK, RULE, Flowables, Paragraph, grid_table, plain_table, shorten

RESPONDENTS_SHOWN = 12  # more are summarised ("und 50 weitere"), the export lists all
RESPONDENT_CHARS = 120


def respondents(ctx: ReportContext) -> str:
    """The respondents as lines of markup, long lists summarised, long entries shortened."""
    people = ctx.assessment.respondents
    if not people:
        return ctx.markup("nobody_named")
    shown = people if len(people) <= RESPONDENTS_SHOWN else people[: RESPONDENTS_SHOWN - 2]
    lines = [escape(shorten(r.role + (f" ({r.name})" if r.name else ""), ctx.lang, RESPONDENT_CHARS)) for r in shown]
    if len(shown) < len(people):
        lines.append(ctx.markup("more_respondents", n=len(people) - len(shown)))
    return "<br/>".join(lines)


def annex_opening(ctx: ReportContext) -> Flowables:
    s, a, q = ctx.styles, ctx.assessment, ctx.questionnaire
    m = a.municipality
    story: Flowables = [
        Paragraph(ctx.markup("annex_title"), s.h1),
        Paragraph(ctx.markup("annex_intro", name=shorten(m.name, ctx.lang, 200), date=ctx.date), s.body),
    ]
    rows = [
        [
            Paragraph(ctx.markup("municipality"), s.cell_bold),
            Paragraph(
                escape(
                    f"{shorten(m.name, ctx.lang, 200)} · {label(m.type, ctx.lang)} · {label(m.size_class, ctx.lang)}"
                ),
                s.cell,
            ),
        ]
    ]
    if m.ags:
        rows.append([Paragraph(ctx.markup("ags"), s.cell_bold), Paragraph(m.ags, s.cell)])
    rows.append([Paragraph(ctx.markup("answered_by"), s.cell_bold), Paragraph(respondents(ctx), s.cell)])
    rows.append(
        [
            Paragraph(ctx.markup("questionnaire"), s.cell_bold),
            Paragraph(
                f"{escape(ctx.text(q.title))}, {ctx.markup('version', version=q.version)} "
                f"<font color='#595959'>({a.snapshot.content_hash[:12]})</font>",
                s.cell,
            ),
        ]
    )
    facts = Table(rows, colWidths=[40 * mm, None], splitInRow=1)
    facts.setStyle(
        plain_table(
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, INK),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        )
    )
    story += [facts, Spacer(1, 5 * mm)]

    head = [Paragraph(ctx.markup(k), s.cell_head) for k in ("col_dimension", "col_level_target", "col_meaning")]
    rows = [head]
    for r in ctx.profile.dimensions:
        rows.append(
            [
                Paragraph(escape(ctx.dimension_name(r.dimension_id)), s.cell),
                Paragraph(
                    f"{escape(ctx.level_label(r, prefix=False))}<br/>{ctx.markup('target_short', n=r.target)}", s.cell
                ),
                Paragraph(escape(ctx.band_text(r)), s.cell),
            ]
        )
    table = Table(rows, colWidths=[45 * mm, 38 * mm, None], repeatRows=1)
    table.setStyle(grid_table(padding=2))
    story.append(KeepTogether([Paragraph(ctx.markup("levels_table"), s.h3), table]))
    return story
