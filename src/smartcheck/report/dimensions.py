"""A section per dimension: level, coverage, strengths, gaps, recommendations."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer, Table

from ..core.assessment import NOT_APPLICABLE, UNKNOWN
from ..core.findings import answered_nothing, word
from ..core.questionnaire import Dimension
from .context import ReportContext
from .styles import DARK_HEX, INK, PALE, Flowables, Paragraph, plain_table


def sections(ctx: ReportContext) -> Flowables:
    story: Flowables = [Paragraph(ctx.markup("sec_dimensions"), ctx.styles.h1)]
    for index, dimension in enumerate(ctx.questionnaire.dimensions):
        story += section(ctx, dimension, index + 1)
    return story


def _facts(ctx: ReportContext, dimension: Dimension) -> Table:
    s = ctx.styles
    r = ctx.profile[dimension.id]
    rows = [
        [Paragraph(ctx.markup("facts_level"), s.cell_bold), Paragraph(escape(ctx.level_label(r)), s.cell)],
        [
            Paragraph(ctx.markup("facts_target"), s.cell_bold),
            Paragraph(escape(word("level_named", ctx.lang, n=r.target, name=ctx.level_name(r.target))), s.cell),
        ],
        [Paragraph(ctx.markup("facts_score"), s.cell_bold), Paragraph(escape(ctx.mean(r)), s.cell)],
        [Paragraph(ctx.markup("facts_coverage"), s.cell_bold), Paragraph(escape(ctx.coverage(r)), s.cell)],
    ]
    table = Table(rows, colWidths=[30 * mm, None])
    table.setStyle(
        plain_table(
            ("BACKGROUND", (0, 0), (-1, -1), PALE),
            ("BOX", (0, 0), (-1, -1), 0.6, INK),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        )
    )
    return table


def section(ctx: ReportContext, dimension: Dimension, number: int) -> Flowables:
    s, a = ctx.styles, ctx.assessment
    r = ctx.profile[dimension.id]
    head = [
        CondPageBreak(70 * mm),
        Paragraph(f"{number}. {escape(ctx.text(dimension.name))}", s.h2),
        Paragraph(escape(ctx.text(dimension.description)), s.body),
        Paragraph(ctx.source(ctx.text(dimension.source)), s.small),
        Spacer(1, 1.5 * mm),
        _facts(ctx, dimension),
        Spacer(1, 2 * mm),
    ]
    if r.assessable:
        head.append(Paragraph(f"<i>{escape(ctx.band_text(r))}</i>", s.body))
    if r.capped_by:
        question = ctx.questionnaire.question(r.capped_by)
        head.append(Paragraph(ctx.markup("capped", question=ctx.text(question.text), n=r.uncapped_level), s.small))
    story: Flowables = [KeepTogether(head)]

    if answered_nothing(r):  # a draft's open dimension: no "Lücken: keine"
        return story + [Paragraph(ctx.markup("not_answered_yet"), s.body)] + _recommendations(ctx, dimension)
    strengths, gaps, unknown = [], [], []
    for question in dimension.questions:
        answer = a.answers.get(question.id)
        if answer is None or answer.value == NOT_APPLICABLE:
            continue
        key = f" [{ctx.markup('key_question')}]" if question.key else ""
        line = (
            f"{escape(ctx.text(question.text))}{key} "
            f"<font color='{DARK_HEX}'>→ {escape(ctx.answer_text(question.id, answer.value))}</font>"
        )
        if answer.value == UNKNOWN:
            unknown.append(line)
        elif isinstance(answer.value, int) and answer.value >= 3:
            strengths.append(line)
        else:
            gaps.append(line)
    for title, lines in (("strengths", strengths), ("gaps", gaps), ("open_questions", unknown)):
        if not lines and title == "open_questions":
            continue
        block = [Paragraph(ctx.markup(title), s.h3)]
        if lines:
            block += [Paragraph(line, s.bullet_small, bulletText="•") for line in lines]
        else:
            block.append(Paragraph(ctx.markup("none_yet"), s.bullet_small, bulletText="•"))
        story.append(KeepTogether(block[:2]))
        story += block[2:]

    story += _recommendations(ctx, dimension)
    story.append(Spacer(1, 4 * mm))
    return story


def _recommendations(ctx: ReportContext, dimension: Dimension) -> Flowables:
    """Where the measures of this dimension stand: their numbers in the action plan (not reprinted)."""
    s = ctx.styles
    numbers = ctx.findings.numbers_for(dimension.id)
    title = Paragraph(ctx.markup("recommendations"), s.h3)
    if not numbers:
        return [KeepTogether([title, Paragraph(ctx.markup("no_recommendations"), s.body)])]
    listed = ", ".join(str(n) for n in numbers)
    return [KeepTogether([title, Paragraph(ctx.markup("rec_numbers", numbers=listed, count=len(numbers)), s.body)])]
