"""The PDF renderer: a council-ready handout of one assessment.

Shaped like pretix's invoice renderer: a class with small template methods
(``_get_stylesheet``, ``_get_story``, ``_page_frame``) fed by the core's
results, a numbered canvas for "Seite x von y", and ``generate()`` returning
bytes. It never reads widgets, the store or the shipped questionnaire: only
the assessment (with its questionnaire snapshot) and the earlier assessments
handed in.

Every document is A4 portrait and built on one template (:meth:`PdfReport._get_doc`,
:meth:`PdfReport._template`), so whatever is applied to the document (tagging,
metadata) reaches every kind. The kinds (:data:`STORIES`):

- ``council``: the Kurzfassung für den Rat (at most four pages, :mod:`.council`);
- ``full``: the Kurzfassung, then the annex: status by dimension, a section per
  dimension (pointing to plan numbers), the action plan with a write-in column,
  the quick-win ideas, progress, method and sources.

A draft says ENTWURF in every page header and in the title metadata.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import TimeStamp
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Frame, PageBreak, PageTemplate

from .. import __version__
from ..core.assessment import Assessment
from ..core.findings import CouncilChoice
from ..core.measures import AdoptedMeasure
from . import action_plan, charts, council, dimensions, implementation_state, method, overview, progress_section
from .context import ReportContext
from .styles import (
    FONT,
    FONT_BOLD,
    INK,
    MARGIN_X,
    MARGIN_Y,
    MID,
    RULE,
    SMALL_SIZE,
    Flowables,
    Styles,
    shorten,
    stylesheet,
)
from .tagging import TaggedDocTemplate, artifact
from .texts import t

PORTRAIT = "portrait"
HEADER_GAP = 8 * mm


def annex(ctx: ReportContext) -> Flowables:
    story: Flowables = overview.annex_opening(ctx)
    story += dimensions.sections(ctx)
    story.append(PageBreak())
    story += action_plan.section(ctx)
    story += action_plan.quick_wins(ctx)
    # a first assessment's progress section is one paragraph: no page of its own
    state = implementation_state.section(ctx)  # the measures adopted before this assessment
    if state:
        story += [CondPageBreak(90 * mm), *state]
    story.append(PageBreak() if len(ctx.series) > 1 else CondPageBreak(60 * mm))
    story += progress_section.section(ctx)
    story.append(PageBreak())
    story += method.method(ctx)
    return story


def full(ctx: ReportContext) -> Flowables:
    return council.story(ctx) + [PageBreak()] + annex(ctx)


# kind -> (story, title key); other kinds (progress, story) join here
STORIES = {"council": (council.story, "council_title"), "full": (full, "doc_title")}


def draw_footer(canvas: Canvas, left: str, right: str = "") -> None:
    """The footer every PDF shares: a rule, ``left`` in grey, ``right`` (the page number) in bold."""
    width, _ = canvas._pagesize
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_X, MARGIN_Y + 4 * mm, width - MARGIN_X, MARGIN_Y + 4 * mm)
    canvas.setFont(FONT, SMALL_SIZE)
    canvas.setFillColor(MID)
    canvas.drawString(MARGIN_X, MARGIN_Y, left)
    if right:
        canvas.setFont(FONT_BOLD, SMALL_SIZE)
        canvas.setFillColor(INK)
        canvas.drawRightString(width - MARGIN_X, MARGIN_Y, right)
    canvas.restoreState()


PageDecoration = Callable[[Canvas, int, int], None]  # (canvas, page number, page count): header, footer


class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type information
    """Holds the pages back until the end, so each can say "Seite x von y"."""

    def __init__(
        self, *args: Any, decorate: PageDecoration | None = None, created: datetime | None = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self._decorate = decorate
        if created is not None and self._doc.invariant:
            stamp = TimeStamp(1)
            stamp.t = created.timestamp()
            stamp.lt = created.astimezone(UTC).timetuple()
            stamp.YMDhms = tuple(stamp.lt)[:6]
            self._doc._timeStamp = stamp

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            if self._decorate:
                with artifact(self):  # header, footer and page number are not content
                    self._decorate(self, number, total)
            super().showPage()
        super().save()


class PdfReport:
    """Renders one assessment with its history to PDF bytes."""

    def __init__(
        self,
        assessment: Assessment,
        history: list[Assessment],
        lang: str = "de",
        invariant: bool = False,
        kind: str = "full",
        choice: CouncilChoice | None = None,
        tagged: bool = True,
        measures: list[AdoptedMeasure] | None = None,
    ) -> None:
        self.tagged = tagged  # False only for the benchmark's untagged baseline
        self.lang = "en" if lang == "en" else "de"
        self.invariant = invariant
        self.kind = kind
        self.ctx = ReportContext(assessment, list(history), self.lang, self._get_stylesheet(), choice, measures)

    # ------------------------------------------------------------ templates
    def _get_stylesheet(self) -> Styles:
        return stylesheet(self.lang)

    def _get_story(self) -> Flowables:
        return STORIES[self.kind][0](self.ctx)

    def _title(self) -> str:
        title = t(STORIES[self.kind][1], self.lang) + f" – {self.ctx.name}"
        return (t("draft_header", self.lang) + " – " + title) if self.ctx.draft else title

    def _get_doc(self, buffer: io.BytesIO) -> TaggedDocTemplate:
        ctx = self.ctx
        doc = TaggedDocTemplate(
            buffer,
            tagged=self.tagged,
            pagesize=A4,
            title=self._title(),
            author=ctx.name,
            subject=t("doc_subject", self.lang, name=ctx.name),
            keywords="Smart City, Selbsteinschätzung, Handlungsplan"
            if self.lang == "de"
            else "smart city, self-assessment, action plan",
            creator=f"SmartCheck {__version__}",
            producer=f"SmartCheck {__version__} (ReportLab)",
            lang="en-GB" if self.lang == "en" else "de-DE",
            invariant=1 if self.invariant else 0,
            initialFontName=FONT,
            initialFontSize=10,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_Y + HEADER_GAP,
            bottomMargin=MARGIN_Y + HEADER_GAP,
        )
        doc.addPageTemplates([self._template(PORTRAIT, A4)])
        return doc

    def _template(self, name: str, size: tuple[float, float]) -> PageTemplate:
        width, height = size
        frame = Frame(
            MARGIN_X,
            MARGIN_Y + HEADER_GAP,
            width - 2 * MARGIN_X,
            height - 2 * (MARGIN_Y + HEADER_GAP),
            id=name,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        return PageTemplate(id=name, frames=[frame], pagesize=size)

    def _page_frame(self, canvas: Canvas, number: int, total: int) -> None:
        """Header and footer on every page: municipality, date, ENTWURF for a draft, Seite x von y."""
        ctx = self.ctx
        width, height = canvas._pagesize
        name = shorten(ctx.name, self.lang, 60).split(" … ")[0]
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        y = height - MARGIN_Y - 3.5 * mm
        canvas.setFont(FONT, SMALL_SIZE)
        canvas.setFillColor(MID)
        canvas.drawString(MARGIN_X, y, t("header", self.lang, name=name))
        canvas.drawRightString(width - MARGIN_X, y, ctx.date)
        if ctx.draft:
            canvas.setFont(FONT_BOLD, SMALL_SIZE)
            canvas.setFillColor(INK)
            canvas.drawCentredString(width / 2, y, t("draft_header", self.lang))
        canvas.line(MARGIN_X, y - 2 * mm, width - MARGIN_X, y - 2 * mm)
        y = MARGIN_Y
        canvas.line(MARGIN_X, y + 4 * mm, width - MARGIN_X, y + 4 * mm)
        canvas.setFont(FONT, SMALL_SIZE)
        canvas.setFillColor(MID)
        canvas.drawString(MARGIN_X, y, f"{name} · {ctx.date}")
        canvas.setFont(FONT_BOLD, SMALL_SIZE)
        canvas.setFillColor(INK)
        canvas.drawRightString(width - MARGIN_X, y, t("page_x_of_y", self.lang, page=number, pages=total))
        canvas.restoreState()

    # ------------------------------------------------------------ output
    def generate(self) -> bytes:
        buffer = io.BytesIO()
        doc = self._get_doc(buffer)
        maker = partial(NumberedCanvas, decorate=self._page_frame, created=self.ctx.assessment.date)
        with charts.language(self.lang):  # the charts' Alt texts
            story = self._get_story()
        doc.build(story, canvasmaker=maker)
        return buffer.getvalue()
