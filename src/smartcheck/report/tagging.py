"""Tagged PDF for any story of standard platypus flowables.

ReportLab has no tagging API, so the tagging happens just below it: every
flowable a frame draws passes through ``Tagger.draw`` (``tagger.py``; tables in
``table_tags.py``), which wraps its drawing
in marked content (``/P <</MCID n>> BDC … EMC``) and records a structure
element for it; tables report their cells through reportlab's table render
callback, so each cell gets its own TH/TD; page decoration (page templates'
onPage, the numbered canvas' header and footer), table backgrounds and rules
are ``/Artifact``. ``structure.finish`` writes the tree into the file.

Use ``TaggedDocTemplate`` instead of ``BaseDocTemplate``; nothing else changes.

What becomes what:

- ``Paragraph``: by its style name (``STYLE_TAGS``; a style made by
  ``styles.fitted`` as "cell-7.5" counts as "cell"); an unknown style is P.
  Heading levels never skip: they nest by the styles' levels, so an "h3"
  right under an "h1" becomes H2 (and so does the "h3" after it).
  A paragraph with a bullet (or a bullet style) is an LI in an L.
- ``Table``/``LongTable``: a data table when it has header rows (``repeatRows``,
  or a first row in a "…head…" style) or a header column (a first column all
  words in a bold style): Table/THead/TBody/TR/TH(/Scope)/TD. Otherwise a layout grid:
  its cells' content is read in order without table semantics. The rows a
  split table repeats on the next page are artifacts there; the rest of the
  rows continue the same Table. ``set_table_headers(table, rows, columns)``
  or ``set_layout(table)`` overrides the guess.
- ``Drawing`` and ``Image``: Figure with ``/Alt`` from the flowable's ``alt``
  attribute (charts set it from their data); a Drawing's texts (labels, scale
  numbers) are artifacts, since the Alt says what they say; an Image without
  ``alt`` is decoration (artifact).
- ``ListFlowable``: L > LI > Lbl (bullet or number) + LBody (the item's flowables).
- ``HRFlowable``: artifact. Spacers and page breaks draw nothing; other
  containers (``KeepInFrame`` …) have their children tagged one by one.
- Anything else that draws: P.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, PageTemplate

from .structure import DocumentInfo, finish
from .table_tags import set_layout, set_table_headers
from .tagger import STYLE_TAGS, Tagger, _tagger, artifact, tag_for_style

FrameAdd = Callable[..., bool]  # Frame.add(flowable, canv, trySplit=0): whether the flowable fitted
PageCallback = Callable[[Canvas, BaseDocTemplate], None]  # a page template's onPage / onPageEnd

__all__ = ["STYLE_TAGS", "TaggedDocTemplate", "artifact", "set_layout", "set_table_headers", "tag_for_style"]


class TaggedDocTemplate(BaseDocTemplate):  # type: ignore[misc]  # reportlab has no type information
    """A BaseDocTemplate whose output is a tagged PDF (PDF/UA structure), see the module text.

    ``tagged=False`` builds the same document untagged (for the benchmark).
    """

    def __init__(self, filename: str | IO[bytes], tagged: bool = True, **kw: object) -> None:
        self.tagged = tagged
        self.tagger: Tagger | None = None
        super().__init__(filename, **kw)

    def addPageTemplates(self, pageTemplates: PageTemplate | Sequence[PageTemplate]) -> None:
        if not isinstance(pageTemplates, (list, tuple)):
            pageTemplates = [pageTemplates]
        for template in pageTemplates:
            for name in ("onPage", "onPageEnd"):
                setattr(template, name, _as_artifact(getattr(template, name)))
            for frame in template.frames:
                if "add" not in frame.__dict__:
                    frame.add = self._tagged_add(frame.add)
        super().addPageTemplates(pageTemplates)

    def _tagged_add(self, add: FrameAdd) -> FrameAdd:
        def tagged_add(flowable: Flowable, canv: Canvas, trySplit: int = 0) -> bool:
            tagger = _tagger(canv)
            if tagger is None:
                return add(flowable, canv, trySplit=trySplit)
            tagger.watch(flowable)
            try:
                return add(flowable, canv, trySplit=trySplit)
            finally:
                tagger.unwatch(flowable)

        return tagged_add

    def _startBuild(
        self, filename: str | IO[bytes] | None = None, canvasmaker: Callable[..., Canvas] | None = None
    ) -> None:
        if canvasmaker is None:
            super()._startBuild(filename)
        else:
            super()._startBuild(filename, canvasmaker)
        if self.tagged:
            self.tagger = Tagger(self.canv)

    def build(self, flowables: list[Flowable], **kw: object) -> None:
        super().build(flowables, **kw)
        if not self.tagged or self.tagger is None:
            return
        target = self.filename
        data = target.getvalue() if isinstance(target, io.BytesIO) else Path(target).read_bytes()
        tagged = finish(
            data,
            self.tagger.root,
            self.tagger.headings,
            DocumentInfo(
                title=self.title or "",
                lang=self.lang or "",
                author=self.author or "",
                subject=self.subject or "",
                keywords=self.keywords if isinstance(self.keywords, str) else ", ".join(self.keywords or ()),
                creator=self.creator or "",
                producer=self.producer or "",
            ),
        )
        if isinstance(target, io.BytesIO):
            target.seek(0)
            target.truncate()
            target.write(tagged)
        else:
            with open(target, "wb") as out:
                out.write(tagged)


def _as_artifact(callback: PageCallback) -> PageCallback:
    def draw(canvas: Canvas, doc: BaseDocTemplate) -> None:
        with artifact(canvas):
            callback(canvas, doc)

    return draw
