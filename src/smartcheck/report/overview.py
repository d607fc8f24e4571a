"""The cover and the one-page summary for the council."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table

from ..core.labels import label
from . import charts
from .context import ReportContext, split_first_sentence
from .styles import INK, RULE, grid_table, plain_table


def _p(text: str, style) -> Paragraph:
    return Paragraph(text, style)


def cover(ctx: ReportContext) -> list:
    s, a, q = ctx.styles, ctx.assessment, ctx.questionnaire
    m = a.municipality
    story: list = [
        Spacer(1, 18 * mm),
        _p(ctx.x("cover_kicker"), s.kicker),
        _p(ctx.x("doc_title"), s.title),
        Spacer(1, 4 * mm),
        _p(escape(m.name), s.h1),
        _p(escape(f"{label(m.type, ctx.lang)} · {label(m.size_class, ctx.lang)}"), s.subtitle),
        _p(ctx.x("assessment_of", date=ctx.date), s.subtitle),
    ]
    if a.status.value != "complete":
        story.append(_p(f"<b>{ctx.x('draft_mark')}</b>", s.body))
    story.append(Spacer(1, 8 * mm))

    respondents = [
        escape(r.role) + (f" ({escape(r.name)})" if r.name else "") for r in a.respondents
    ] or [ctx.x("nobody_named")]
    rows = [
        [_p(ctx.x("municipality"), s.cell_bold), _p(escape(m.name), s.cell)],
    ]
    if m.ags:
        rows.append([_p(ctx.x("ags"), s.cell_bold), _p(m.ags, s.cell)])
    rows.append([_p(ctx.x("answered_by"), s.cell_bold), _p("<br/>".join(respondents), s.cell)])
    rows.append([
        _p(ctx.x("questionnaire"), s.cell_bold),
        _p(f"{escape(ctx.text(q.title))}, {ctx.x('version', version=q.version)} "
           f"<font color='#595959' size='7.5'>({a.snapshot.content_hash[:12]})</font>", s.cell),
    ])
    facts = Table(rows, colWidths=[45 * mm, None])
    facts.setStyle(plain_table(
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, INK),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ))
    story += [facts, Spacer(1, 8 * mm)]

    story += [_p(ctx.x("cover_what"), s.h3), _p(ctx.x("cover_what_text"), s.body)]
    guide = [[_p(ctx.x(f"sec_{key}"), s.cell_bold), _p(ctx.x(f"guide_{key}"), s.cell)]
             for key in ("summary", "dimensions", "plan", "quick_wins", "progress", "method")]
    table = Table(guide, colWidths=[45 * mm, None])
    table.setStyle(plain_table(("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)))
    story += [KeepTogether([_p(ctx.x("cover_contents"), s.h3), table])]
    return story


def _profile_axes(ctx: ReportContext) -> list[charts.Axis]:
    return [
        charts.Axis(
            label=ctx.dimension_name(r.dimension_id),
            level=r.level if r.assessable else None,
            target=r.target,
            low=r.level_low,
            high=r.level_high,
            provisional=r.provisional,
        )
        for r in ctx.profile.dimensions
    ]


def summary(ctx: ReportContext) -> list:
    s = ctx.styles
    intro = ctx.x("summary_intro", date=ctx.date, low=ctx.level_name(0), high=ctx.level_name(4))
    weakest = ctx.profile.weakest
    if weakest and ctx.profile.overall_mean is not None:
        names = ", ".join(f"{ctx.dimension_name(w.dimension_id)} ({ctx.level_label(w, named=False)})" for w in weakest)
        intro += f" <b>{ctx.x('weakest', names=names, mean=ctx.num(ctx.profile.overall_mean))}</b>"
    story: list = [_p(ctx.x("sec_summary"), s.h1), _p(intro, s.lead)]

    radar = charts.radar(_profile_axes(ctx), width=94 * mm, height=58 * mm, na_label=ctx.t("not_assessable_short"))
    legend = charts.legend(ctx.t("legend_current"), ctx.t("legend_target"), ctx.t("legend_range"), width=94 * mm)
    row = Table([[[radar, legend], _changes(ctx)]], colWidths=[96 * mm, None])
    row.setStyle(plain_table(("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 0)))
    story.append(row)

    head = [_p(ctx.x(k), s.cell_head_small) for k in ("col_dimension", "col_level_target", "col_meaning")]
    rows = [head]
    for r in ctx.profile.dimensions:
        rows.append([
            _p(escape(ctx.dimension_name(r.dimension_id)), s.cell_fine_bold),
            _p(f"<b>{escape(ctx.level_label(r, prefix=False))}</b><br/>{ctx.x('target_short', n=r.target)}",
               s.cell_fine_ink),
            _p(escape(ctx.band_text(r)), s.cell_fine_ink),
        ])
    table = Table(rows, colWidths=[43 * mm, 31 * mm, None], repeatRows=1)
    table.setStyle(grid_table(padding=2))
    story.append(KeepTogether([_p(ctx.x("levels_table"), s.h3), table]))

    steps = ctx.plan.next_steps
    if steps:
        rows = [[_p(ctx.x(k), s.cell_head_small) for k in ("col_plan_no", "col_measure", "col_who_when")]]
        for n, m in enumerate(steps, start=1):
            rec = m.recommendation
            first, rest = split_first_sentence(ctx.text(rec.text))
            rows.append([
                _p(str(ctx.plan.measures.index(m) + 1), s.cell_fine_bold),
                _p(f"<b>{escape(first)}</b>{' …' if rest else ''}", s.cell_fine_ink),
                _p(f"{escape(label(rec.role, ctx.lang))}<br/>{escape(label(rec.horizon, ctx.lang))}", s.cell_fine_ink),
            ])
        table = Table(rows, colWidths=[16 * mm, None, 32 * mm], repeatRows=1)
        table.setStyle(grid_table(padding=2))
        story.append(KeepTogether([_p(ctx.x("next_steps"), s.h3), table]))
    else:
        story += [_p(ctx.x("next_steps"), s.h3), _p(ctx.x("no_steps"), s.body)]
    return story


def _changes(ctx: ReportContext) -> list:
    """One line per dimension on the change since the last assessment (beside the radar)."""
    s = ctx.styles
    if ctx.comparison is None:
        return [_p(ctx.x("sec_progress"), s.h3), _p(ctx.x("first_assessment"), s.cell)]
    rows = []
    for change in ctx.comparison.dimensions:
        if change.after is None:
            continue
        delta = change.level_delta
        if delta is None or change.mean_delta is None:
            arrow, text = "–", ctx.t("not_comparable")
        else:
            arrow = "↑" if delta > 0 else "↓" if delta < 0 else "="
            text = f"{change.before.level} → {change.after.level}"
        rows.append([_p(arrow, s.cell_fine_bold), _p(escape(ctx.dimension_name(change.dimension_id)), s.cell_fine_ink),
                     _p(escape(text), s.cell_fine_bold)])
    table = Table(rows, colWidths=[6 * mm, None, 15 * mm])
    table.setStyle(plain_table(("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE), ("LEFTPADDING", (0, 0), (-1, -1), 2),
                               ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)))
    return [_p(ctx.x("changes_title", date=ctx.date_of(ctx.previous)), s.h3), table,
            _p(ctx.x("changes_note"), s.cell_small)]
