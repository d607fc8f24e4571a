"""The Kurzfassung für den Rat: a Ratsvorlage of at most four A4 portrait pages.

Header block (Gremium, Sitzung, Datum, Vorlagen-Nr. as fields to fill),
Betreff, Beschlussvorschlag, Sachverhalt (third person), the profile against
the target as a dot chart with the numbers beside it, the proposed measures
(Nr, Maßnahme, verantwortlich, bis, Aufwand in hours, Kosten, Erfolgskriterium),
financial and staff implications, and the date to report back.

What it says comes from :mod:`smartcheck.core.findings`; :mod:`.council_text`
phrases it (shared with the Word version).
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table

from . import charts
from .context import ReportContext
from .council_text import CouncilText
from .styles import DARK_HEX, INK, PORTRAIT_WIDTH, RULE, Flowables, Paragraph, grid_table, plain_table
from .tagging import set_table_headers

FIELD = "_" * 22


def _header(ctx: ReportContext, text: CouncilText) -> Flowables:
    s = ctx.styles
    cells = [
        [Paragraph(f"{escape(k)}:", s.cell_bold), Paragraph(escape(v) or FIELD, s.cell)]
        for k, v in text.header_fields()
    ]
    rows = [cells[0] + cells[1], cells[2] + cells[3]]
    table = Table(rows, colWidths=[28 * mm, 59 * mm, 28 * mm, None])
    table.setStyle(
        plain_table(
            ("BOX", (0, 0), (-1, -1), 0.8, INK),
            ("LINEBELOW", (0, 0), (-1, 0), 0.4, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        )
    )
    set_table_headers(table, rows=0, columns=(0, 2))  # tagged: each label heads its field
    return [
        Paragraph(ctx.markup("council_kicker"), s.kicker),
        table,
        Spacer(1, 4 * mm),
        Paragraph(escape(text.subject()), s.h1),
    ]


def _chart(ctx: ReportContext, text: CouncilText) -> Flowables:
    s = ctx.styles
    drawing = charts.dot_profile(
        text.profile_rows(),
        PORTRAIT_WIDTH,
        ctx.phrase("chart_scale"),
        ctx.phrase("chart_current"),
        ctx.phrase("chart_target"),
    )
    legend = charts.dot_legend(
        ctx.phrase("legend_current"), ctx.phrase("legend_target"), ctx.phrase("legend_provisional"), PORTRAIT_WIDTH
    )
    return [
        KeepTogether(
            [
                Paragraph(ctx.markup("council_profile"), s.h2),
                drawing,
                Spacer(1, 1 * mm),
                legend,
                Paragraph(escape(text.profile_note()), s.small),
            ]
        )
    ]


def _measures(ctx: ReportContext, text: CouncilText) -> Flowables:
    s = ctx.styles
    keys = ("col_no", "col_measure", "col_owner", "col_due", "col_hours", "col_cost", "col_success")
    widths = [8 * mm, 49 * mm, 24 * mm, 20.5 * mm, 17.5 * mm, 15 * mm, None]
    rows = [[Paragraph(ctx.markup(k), s.cell_head) for k in keys]]
    for row in text.measure_rows():
        rows.append(
            [
                Paragraph(str(row.no), s.cell_bold),
                Paragraph(
                    f"<b>{escape(row.title)}</b><br/><font color='{DARK_HEX}'>{escape(row.dimension)} · "
                    f"{ctx.markup('plan_ref', n=row.plan_number)}</font>",
                    s.cell,
                ),
                Paragraph(escape(row.owner), s.cell),
                Paragraph(escape(row.due), s.cell),
                Paragraph(escape(row.hours), s.cell),
                Paragraph(escape(row.cost) or "", s.cell),
                Paragraph(escape(row.success), s.cell),
            ]
        )
    if len(rows) == 1:
        return [Paragraph(ctx.markup("council_measures"), s.h2), Paragraph(ctx.markup("no_measures"), s.body)]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(grid_table(zebra=False))
    return [Paragraph(ctx.markup("council_measures"), s.h2), table, Paragraph(escape(text.measures_note()), s.small)]


def story(ctx: ReportContext) -> Flowables:
    s = ctx.styles
    text = CouncilText(ctx.findings, ctx.lang, ctx.choice, ctx.measures)
    out: Flowables = _header(ctx, text)
    if ctx.draft:
        out.append(Paragraph(ctx.markup("draft_mark"), s.h3))
    out += [Paragraph(ctx.markup("council_resolution"), s.h2)]
    out += [Paragraph(escape(p), s.body) for p in text.resolution()]
    out += [Paragraph(ctx.markup("council_facts"), s.h2), Paragraph(escape(" ".join(text.facts())), s.body)]
    out += _chart(ctx, text)
    out += _measures(ctx, text)
    out += [
        KeepTogether(
            [Paragraph(ctx.markup("council_money"), s.h2)] + [Paragraph(escape(p), s.body) for p in text.money()]
        )
    ]
    out += [
        KeepTogether(
            [Paragraph(ctx.markup("council_report_back"), s.h2), Paragraph(escape(text.report_back()), s.body)]
        )
    ]
    return out
