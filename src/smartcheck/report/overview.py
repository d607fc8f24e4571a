"""The cover and the one-page summary for the council."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table

from ..core.labels import label
from . import charts
from .context import ReportContext
from .styles import plain_table, DARK, INK, RULE, grid_table


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
    level_rows = [[_p(ctx.x(k), s.cell_head) for k in ("col_level", "col_level_name", "col_description")]]
    for level in q.levels:
        level_rows.append([
            _p(str(level.value), s.cell_bold),
            _p(escape(ctx.text(level.name)), s.cell_bold),
            _p(escape(ctx.text(level.description)), s.cell),
        ])
    levels = Table(level_rows, colWidths=[12 * mm, 42 * mm, None], repeatRows=1)
    levels.setStyle(grid_table())
    story += [KeepTogether([_p(ctx.x("cover_levels"), s.h3), levels])]
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
    s, q = ctx.styles, ctx.questionnaire
    story: list = [
        _p(ctx.x("sec_summary"), s.h1),
        _p(ctx.x("summary_intro", date=ctx.date, low=ctx.level_name(0), high=ctx.level_name(4)), s.body),
    ]
    weakest = ctx.profile.weakest
    if weakest and ctx.profile.overall_mean is not None:
        names = ", ".join(f"{ctx.dimension_name(w.dimension_id)} ({ctx.level_label(w, named=False)})" for w in weakest)
        story.append(_p(f"<b>{ctx.x('weakest', names=names, mean=ctx.num(ctx.profile.overall_mean))}</b>", s.body))

    radar = charts.radar(_profile_axes(ctx), width=92 * mm, height=78 * mm, na_label=ctx.t("not_assessable_short"))
    legend = charts.legend(ctx.t("legend_current"), ctx.t("legend_target"), ctx.t("legend_range"), width=92 * mm)
    head = [_p(ctx.x(k), s.cell_head) for k in ("col_dimension", "col_level", "col_target", "col_mean")]
    rows = [head]
    for r in ctx.profile.dimensions:
        rows.append([
            _p(escape(ctx.dimension_name(r.dimension_id)), s.cell),
            _p(ctx.short_level(r), s.cell_bold),
            _p(str(r.target), s.cell),
            _p(ctx.num(r.mean) if r.mean is not None else "–", s.cell),
        ])
    data = Table(rows, colWidths=[36 * mm, 13 * mm, 14 * mm, 15 * mm], repeatRows=1)
    data.setStyle(grid_table())
    note = _p("* " + ctx.x("provisional"), s.cell_small) if any(r.provisional for r in ctx.profile.dimensions) else Spacer(1, 1)
    side = [data, Spacer(1, 2 * mm), note]
    row = Table([[[radar, legend], side]], colWidths=[96 * mm, None])
    row.setStyle(plain_table(("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 0)))
    story += [Spacer(1, 1 * mm), row]

    rows = [[_p(ctx.x(k), s.cell_head) for k in ("col_dimension", "col_level", "col_meaning")]]
    for r in ctx.profile.dimensions:
        rows.append([
            _p(escape(ctx.dimension_name(r.dimension_id)), s.cell_bold),
            _p(escape(ctx.level_label(r)), s.cell),
            _p(escape(ctx.band_text(r)), s.cell),
        ])
    table = Table(rows, colWidths=[40 * mm, 42 * mm, None], repeatRows=1)
    table.setStyle(grid_table())
    story += [_p(ctx.x("levels_table"), s.h3), table]

    story.append(_p(ctx.x("next_steps"), s.h3))
    steps = ctx.plan.next_steps
    if steps:
        rows = [[_p(ctx.x(k), s.cell_head) for k in ("col_no", "col_measure", "col_who_when")]]
        for n, m in enumerate(steps, start=1):
            rec = m.recommendation
            rows.append([
                _p(str(n), s.cell_bold),
                _p(f"<b>{escape(ctx.text(rec.text))}</b> <font color='#404040' size='8'>"
                   f"({escape(ctx.dimension_name(m.dimension_id))})</font>", s.cell),
                _p(f"{escape(label(rec.role, ctx.lang))}<br/>{escape(label(rec.horizon, ctx.lang))}", s.cell),
            ])
        table = Table(rows, colWidths=[9 * mm, None, 38 * mm], repeatRows=1)
        table.setStyle(grid_table())
        story.append(table)
    else:
        story.append(_p(ctx.x("no_steps"), s.body))

    story += _changes(ctx)
    return story


def _changes(ctx: ReportContext) -> list:
    s = ctx.styles
    if ctx.comparison is None:
        return [_p(ctx.x("sec_progress"), s.h3), _p(ctx.x("first_assessment"), s.body)]
    story = [_p(ctx.x("changes_title", date=ctx.date_of(ctx.previous)), s.h3)]
    rows = []
    for change in ctx.comparison.dimensions:
        if change.after is None:
            continue
        name = ctx.dimension_name(change.dimension_id)
        delta = change.level_delta
        if delta is None or change.mean_delta is None:
            text = ctx.t("change_unknown")
        else:
            verb = ctx.t("change_up" if delta > 0 else "change_down" if delta < 0 else "change_same")
            text = ctx.t("change_line", before=change.before.level, after=change.after.level, verb=verb,
                         mb=ctx.num(change.before.mean), ma=ctx.num(change.after.mean))
        arrow = "–" if delta is None else "↑" if delta > 0 else "↓" if delta < 0 else "="
        rows.append([_p(escape(name), s.cell_bold), _p(arrow, s.cell_bold), _p(escape(text), s.cell)])
    table = Table(rows, colWidths=[40 * mm, 6 * mm, None])
    table.setStyle(plain_table(
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, DARK),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ))
    story.append(table)
    return story
