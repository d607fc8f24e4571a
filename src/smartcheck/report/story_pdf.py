"""The citizens' one-pager as one A4 page (portrait).

The text comes from :mod:`smartcheck.core.story`; this module only lays it
out: title, three sentences, a bar chart as a table (one row per area: its
plain name, a bar of 0 to 4 boxes and the level in words, so the chart is
also text), what was achieved, the next three steps and how to take part.
Greys only, for the notice board's photocopier.
"""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import datetime
from functools import partial
from pathlib import Path

from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle

from .. import __version__
from ..core.story import Story
from ..core.values import MAX_LEVEL
from .pdf import NumberedCanvas, draw_footer
from .styles import DARK, FONT, INK, LIGHT, MARGIN_X, MARGIN_Y, PALE, PORTRAIT_WIDTH, Flowables, Styles, stylesheet
from .tagging import TaggedDocTemplate, set_layout, set_table_headers

BOX_W, BOX_H, BOX_GAP = 10 * mm, 4.2 * mm, 1.4 * mm


SCALES = (1.0, 0.92, 0.85, 0.78, 0.72, 0.66)  # tried in turn until the page is one page


def _large(styles: Styles, scale: float = 1.0) -> Styles:
    """Larger type than the council report: the page hangs on a notice board."""

    def grow(style: ParagraphStyle, size: float, **kw: float) -> ParagraphStyle:
        size *= scale
        # "h1-story": the tagging reads the name up to the "-" (h1 -> H1, bullet -> LI)
        return ParagraphStyle(f"{style.name}-story", parent=style, fontSize=size, leading=size * 1.35, **kw)

    return replace(
        styles,
        h1=grow(styles.h1, 21, spaceAfter=8),
        h3=grow(styles.h3, 13.5, spaceBefore=9, spaceAfter=4),
        body=grow(styles.body, 11.5),
        cell=grow(styles.cell, 11),
        cell_small=grow(styles.cell_small, 10),
        bullet=grow(styles.bullet, 11.5, spaceAfter=3, leftIndent=17),
        bullet_small=grow(styles.bullet_small, 11),
        small=grow(styles.small, 9),
        big=grow(styles.big, 13),
    )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


BAR_ALT = {
    "de": ("{n} von {top} Kästchen gefüllt", "kein Kästchen gefüllt: ohne Stufe"),
    "en": ("{n} of {top} boxes filled", "no box filled: no level"),
}


def _bar(level: int | None, lang: str = "de") -> Drawing:
    """Four boxes: filled up to the level, outlined after it. Its Alt (the tagged PDF's
    Figure) says how many are filled; the level in words stands beside it."""
    drawing = Drawing(MAX_LEVEL * BOX_W + (MAX_LEVEL - 1) * BOX_GAP, BOX_H)
    drawing.initialFontName = FONT  # else renderPDF sets Helvetica, a font not embedded
    for i in range(MAX_LEVEL):
        filled = level is not None and i < level
        drawing.add(
            Rect(
                i * (BOX_W + BOX_GAP),
                0,
                BOX_W,
                BOX_H,
                strokeColor=DARK,
                strokeWidth=0.6,
                fillColor=DARK if filled else colors.white,
            )
        )
    some, none = BAR_ALT["en" if lang == "en" else "de"]
    drawing.__dict__["alt"] = (
        none if level is None else some.format(n=level, top=MAX_LEVEL)
    )  # past Drawing's attribute checks
    return drawing


class StoryReport:
    def __init__(
        self, story: Story, invariant: bool = False, created: datetime | None = None, scale: float = 1.0
    ) -> None:
        self.story = story
        self.invariant = invariant
        self.created = created
        self.styles = _large(stylesheet(), scale)
        self.tagged = True  # False only for the benchmark's untagged baseline

    def _chart(self) -> Table:
        s = self.styles
        rows = [
            [
                Paragraph(_escape(b.label), s.cell),
                _bar(b.level, self.story.lang),
                Paragraph(_escape(b.level_text), s.cell_small),
            ]
            for b in self.story.bars
        ]
        table = Table(rows, colWidths=[80 * mm, 4 * BOX_W + 3 * BOX_GAP + 6 * mm, None])
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), FONT),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.3, LIGHT),
                ]
            )
        )
        return set_table_headers(table, rows=0, columns=1)  # tagged: each row headed by its area

    def _flowables(self) -> Flowables:
        st, s = self.story, self.styles
        h = st.headings
        out: Flowables = [Paragraph(_escape(st.title), s.h1)]
        out.append(Paragraph(f"<b>{_escape(h['standing'])}</b>", s.h3))
        out.append(Paragraph(_escape(" ".join(st.standing)), s.body))
        out.append(Paragraph(f"<b>{_escape(h['chart'])}</b>", s.h3))
        out.append(self._chart())
        out.append(Paragraph(_escape(st.scale_note), s.small))
        out.append(Paragraph(f"<b>{_escape(h['achieved'])}</b>", s.h3))
        out += [Paragraph(_escape(a), s.bullet_small, bulletText="•") for a in st.achieved]
        out.append(Paragraph(f"<b>{_escape(h['next'])}</b>", s.h3))
        out += [Paragraph(_escape(step), s.bullet, bulletText=f"{i}.") for i, step in enumerate(st.next_steps, 1)]
        out.append(Spacer(1, 3 * mm))
        box = Table(
            [
                [Paragraph(f"<b>{_escape(h['take_part'])}</b>", s.h3)],
                [Paragraph(_escape(st.take_part[0]), s.body)],
                [Paragraph(f"<b>{_escape(st.take_part[1])}</b>", s.big)],
                [Paragraph(_escape(" ".join(st.take_part[2:])), s.body)],
            ],
            colWidths=[PORTRAIT_WIDTH],
        )
        box.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), FONT),
                    ("BACKGROUND", (0, 0), (-1, -1), PALE),
                    ("BOX", (0, 0), (-1, -1), 0.8, INK),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        out.append(set_layout(box))  # a framed box, read as heading and paragraphs
        return out

    def _page_frame(self, canvas: Canvas, number: int, total: int) -> None:
        made = "Made with SmartCheck" if self.story.lang == "en" else "Erstellt mit SmartCheck"
        name = self.story.municipality if len(self.story.municipality) <= 60 else self.story.municipality[:59] + "…"
        draw_footer(canvas, f"{name} · {self.story.when} · {made}")

    def generate(self) -> bytes:
        buffer = io.BytesIO()
        doc = TaggedDocTemplate(
            buffer,
            tagged=self.tagged,
            pagesize=A4,
            title=self.story.title,
            author=self.story.municipality,
            subject="SmartCheck",
            creator=f"SmartCheck {__version__}",
            producer=f"SmartCheck {__version__} (ReportLab)",
            lang="en-GB" if self.story.lang == "en" else "de-DE",
            invariant=1 if self.invariant else 0,
            initialFontName=FONT,
            initialFontSize=10,
        )
        frame = Frame(
            MARGIN_X,
            MARGIN_Y + 8 * mm,
            A4[0] - 2 * MARGIN_X,
            A4[1] - 2 * MARGIN_Y - 8 * mm,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        doc.addPageTemplates([PageTemplate(id="story", frames=[frame], pagesize=A4)])
        doc.build(
            self._flowables(), canvasmaker=partial(NumberedCanvas, decorate=self._page_frame, created=self.created)
        )
        self.pages = doc.page
        return buffer.getvalue()


def render_story(story: Story, invariant: bool = False, created: datetime | None = None) -> bytes:
    """One page: a long name, contact or list of achievements makes the type smaller, not a second page."""
    for scale in SCALES:
        report = StoryReport(story, invariant, created, scale)
        pdf = report.generate()
        if report.pages == 1:
            break
    return pdf


def write_story(story: Story, out: str | Path, invariant: bool = False, created: datetime | None = None) -> Path:
    from ..atomic import write_atomic

    return write_atomic(out, render_story(story, invariant, created))
