"""The tagger: marks each flowable's content while it draws and records its structure element.

See ``tagging`` for what becomes what.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from reportlab.graphics.renderbase import renderScaledDrawing
from reportlab.graphics.renderPDF import _PDFRenderer
from reportlab.graphics.shapes import Drawing, Group, String
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Flowable, Image, Paragraph, Table
from reportlab.platypus.flowables import DDIndenter, HRFlowable, LIIndenter, ListFlowable
from reportlab.rl_config import _unset_

from .structure import Annotation, Content, Element, Heading
from .table_tags import TableParts, TableTagger

STYLE_TAGS = {
    "title": "H1",
    "h1": "H1",
    "h2": "H2",
    "h3": "H3",
    "h4": "H4",
    "bullet": "LI",
    "bullet_small": "LI",
}
DrawOn = Callable[..., None]  # a flowable's drawOn(canvas, x, y, _sW=0)
HEADINGS = {"H1": 1, "H2": 2, "H3": 3, "H4": 4, "H5": 5, "H6": 6}


def tag_for_style(name: str) -> str:
    return STYLE_TAGS.get(name.split("-", 1)[0], "P")


def _tagger(canvas: Canvas) -> Tagger | None:
    found: Tagger | None = getattr(canvas, "_tagger", None)
    return found


@contextmanager
def artifact(canvas: Canvas, kind: str = "Pagination") -> Iterator[None]:
    """Marks what is drawn inside as an artifact (when the canvas is being tagged)."""
    tagging = _tagger(canvas) is not None
    if tagging:
        canvas._code.append(f"/Artifact <</Type /{kind}>> BDC")
    try:
        yield
    finally:
        if tagging:
            canvas._code.append("EMC")


_MARKS = frozenset(["Tj", "TJ", "'", '"', "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "Do", "sh", "BI"])


def _draws(code: list[str], start: int) -> bool:
    """Whether the content written since ``start`` shows text or paints something."""
    return any(token in _MARKS for entry in code[start:] for token in entry.split())


class _FigureRenderer(_PDFRenderer):  # type: ignore[misc]  # reportlab has no type information
    """Draws a chart as its Figure's marked content, with its texts (labels, scale) as artifacts:
    the Figure's Alt says what they say. Sequences open lazily, so none is empty."""

    def __init__(self, tagger: Tagger, element: Element) -> None:
        super().__init__()
        self.tagger, self.element = tagger, element
        self.state: str | None = None
        self.drawing_flowable: Drawing | None = None

    def draw_drawing(self, showBoundary: object = _unset_) -> None:
        drawing = self.drawing_flowable
        assert drawing is not None, "set drawing_flowable before drawing"
        self.draw(
            renderScaledDrawing(drawing),
            drawing.canv,
            0,
            0,
            showBoundary=showBoundary if showBoundary is not _unset_ else getattr(drawing, "_showBoundary", _unset_),
        )

    def drawNodeDispatcher(self, node: object) -> None:
        if not isinstance(node, Group):
            self._switch("artifact" if isinstance(node, String) else "figure")
        super().drawNodeDispatcher(node)

    def _switch(self, state: str) -> None:
        if state == self.state:
            return
        self.close()
        if state == "figure":
            self.tagger.begin(self.element, place=False)
        else:
            self.tagger.canvas._code.append("/Artifact BMC")
        self.state = state

    def close(self) -> None:
        if self.state is not None:
            self.tagger.canvas._code.append("EMC")
        self.state = None


class Tagger:
    """Records the structure while the flowables draw, and marks their content."""

    def __init__(self, canvas: Canvas) -> None:
        self.canvas = canvas
        self.root = Element("Document")
        self.stack: list[Element] = [self.root]
        self.page = 0
        self.next_mcid: dict[int, int] = {}
        self.headings: list[Heading] = []
        self.open_headings: list[int] = []  # style levels of the headings we are under
        self.tables: dict[int, TableParts] = {}
        self.links: dict[int, int] = {}
        canvas._tagger = self
        show_page, link_url, link_rect = canvas.showPage, canvas.linkURL, canvas.linkRect

        def counted_show_page() -> None:
            show_page()
            self.page += 1

        def link(
            draw: Callable[..., Any], contents: Callable[[tuple[Any, ...], dict[str, Any]], str]
        ) -> Callable[..., Any]:
            def wrapped(*args: Any, **kw: Any) -> Any:
                result = draw(*args, **kw)
                index = self.links.get(self.page, 0)
                self.links[self.page] = index + 1
                self.add(Element("Link", kids=[Annotation(self.page, index, contents(args, kw))]))
                return result

            return wrapped

        canvas.showPage = counted_show_page
        canvas.beginText = _spaced_lines(canvas.beginText)
        canvas.linkURL = link(link_url, lambda a, k: str(a[0] if a else k.get("url", "")))
        canvas.linkRect = link(link_rect, lambda a, k: str(a[0] if a else k.get("contents", "")))

    # ------------------------------------------------------------ primitives
    def add(self, element: Element) -> Element:
        self.stack[-1].kids.append(element)
        return element

    def begin(self, element: Element, place: bool = True) -> None:
        """Open a marked-content sequence for ``element`` (and place it in the tree)."""
        mcid = self.next_mcid.get(self.page, 0)
        self.next_mcid[self.page] = mcid + 1
        element.kids.append(Content(self.page, mcid))
        if place:
            self.add(element)
        self.canvas._code.append(f"/{element.tag} <</MCID {mcid}>> BDC")

    def end(self) -> None:
        self.canvas._code.append("EMC")

    def watch(self, flowable: Flowable) -> None:
        """Route ``flowable``'s next drawing through the tagger."""
        original = flowable.drawOn

        def drawOn(canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
            self.draw(flowable, original, canvas, x, y, _sW)

        flowable.__dict__["drawOn"] = drawOn  # past the attribute checks of graphics.Drawing

    @staticmethod
    def unwatch(flowable: Flowable) -> None:
        flowable.__dict__.pop("drawOn", None)

    def _top(self, x: float, y: float) -> tuple[float, float]:
        a, b, c, d, e, f = self.canvas._currentMatrix
        return a * x + c * y + e, b * x + d * y + f

    # ------------------------------------------------------------ dispatch
    def draw(self, f: Flowable, original: DrawOn, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        if isinstance(f, Table):
            self._table(f, original, canvas, x, y, _sW)
        elif isinstance(f, Paragraph):
            self._paragraph(f, original, canvas, x, y, _sW)
        elif isinstance(f, (Drawing, Image)):
            self._figure(f, original, canvas, x, y, _sW)
        elif isinstance(f, HRFlowable):
            with artifact(canvas, "Layout"):
                original(canvas, x, y, _sW=_sW)
        elif isinstance(f, ListFlowable):
            self.stack.append(self.add(Element("L")))
            try:
                self._children(f._content, original, canvas, x, y, _sW)
            finally:
                self.stack.pop()
        elif isinstance(f, LIIndenter):
            self._list_item(f, original, canvas, x, y, _sW)
        elif isinstance(f, DDIndenter):
            self._children([f._flowable], original, canvas, x, y, _sW)
        elif isinstance(getattr(f, "_content", None), list):  # KeepInFrame and other containers
            self._children(f._content, original, canvas, x, y, _sW)
        else:
            self._leaf(Element("P"), original, canvas, x, y, _sW)

    def _children(
        self, children: list[Flowable], original: DrawOn, canvas: Canvas, x: float, y: float, _sW: float
    ) -> None:
        """Draw a container whose children are flowables, each tagged on its own."""
        watched = [c for c in children if isinstance(c, Flowable)]
        for child in watched:
            self.watch(child)
        try:
            original(canvas, x, y, _sW=_sW)
        finally:
            for child in watched:
                self.unwatch(child)

    def _list(self) -> Element:
        """The L to add an item to: the one being drawn, or the one just drawn, or a new one."""
        parent = self.stack[-1]
        if parent.tag == "L":
            return parent
        last = parent.kids[-1] if parent.kids else None
        return last if isinstance(last, Element) and last.tag == "L" else self.add(Element("L"))

    def _list_item(self, f: LIIndenter, original: DrawOn, canvas: Canvas, x: float, y: float, _sW: float) -> None:
        """A ListFlowable's item: LI > Lbl (the bullet or number) + LBody (the content)."""
        item = Element("LI")
        self._list().kids.append(item)
        self.stack.append(item)
        bullet, content = f._bullet, f._flowable
        try:
            if bullet is not None and bullet.value:
                draw_bullet = bullet.drawOn

                def bullet_on(indenter: LIIndenter, canv: Canvas, bx: float, by: float, _sW: float = 0) -> None:
                    label = Element("Lbl")
                    self.begin(label)
                    draw_bullet(indenter, canv, bx, by, _sW)
                    self.end()

                bullet.__dict__["drawOn"] = bullet_on
            draw_content = content.drawOn

            def content_on(canv: Canvas, cx: float, cy: float, _sW: float = 0) -> None:
                body = self.add(Element("LBody"))
                self.stack.append(body)
                try:
                    self.draw(content, draw_content, canv, cx, cy, _sW)
                finally:
                    self.stack.pop()

            content.__dict__["drawOn"] = content_on
            original(canvas, x, y, _sW=_sW)
        finally:
            self.stack.pop()
            if bullet is not None:
                bullet.__dict__.pop("drawOn", None)
            content.__dict__.pop("drawOn", None)

    def _leaf(self, element: Element, original: DrawOn, canvas: Canvas, x: float, y: float, _sW: float) -> None:
        """Draw inside one marked-content sequence of ``element``; forget it if nothing was drawn."""
        parent = self.stack[-1]
        mark = len(canvas._code)
        self.begin(element)
        self.stack.append(element)  # a link drawn now belongs to this element
        try:
            original(canvas, x, y, _sW=_sW)
        finally:
            self.stack.pop()
        if not _draws(canvas._code, mark + 1):  # a Spacer: only moved the origin
            del canvas._code[mark:]
            self.next_mcid[self.page] -= 1
            parent.kids.pop()
            return
        self.end()

    def _paragraph(self, p: Paragraph, original: DrawOn, canvas: Canvas, x: float, y: float, _sW: float) -> None:
        tag = tag_for_style(p.style.name)
        if p.bulletText is not None and tag == "P":
            tag = "LI"
        if tag == "LI":
            parent = self.stack[-1]
            last = parent.kids[-1] if parent.kids else None
            if not (isinstance(last, Element) and last.tag == "L"):
                last = self.add(Element("L"))
            item = Element("LI")
            last.kids.append(item)
            self.stack.append(item)
            try:
                self._leaf(Element("LBody"), original, canvas, x, y, _sW)
            finally:
                self.stack.pop()
            if not item.kids:
                last.kids.pop()
            return
        if tag in HEADINGS:  # nest by the styles' levels, never skipping one: h1 h3 h3 -> H1 H2 H2
            while self.open_headings and self.open_headings[-1] >= HEADINGS[tag]:
                self.open_headings.pop()
            self.open_headings.append(HEADINGS[tag])
            level = len(self.open_headings)
            tag = f"H{level}"
            text = " ".join(p.getPlainText().split())
            self.headings.append(Heading(level, text, self.page, self._top(x, y + p.height)[1]))
        self._leaf(Element(tag, lang=getattr(p, "lang", None)), original, canvas, x, y, _sW)

    def _figure(self, f: Drawing | Image, original: DrawOn, canvas: Canvas, x: float, y: float, _sW: float) -> None:
        alt = getattr(f, "alt", None)
        if alt is None and isinstance(f, Drawing):
            alt = " ".join(s.text for s in f.getContents() if isinstance(s, String))
        if not alt:
            with artifact(canvas, "Layout"):
                original(canvas, x, y, _sW=_sW)
            return
        x0, y0 = self._top(x, y)
        x1, y1 = self._top(x + f.width, y + f.height)
        element = Element("Figure", alt=alt, attributes={"Layout": {"BBox": (x0, y0, x1, y1), "Placement": "Block"}})
        if not isinstance(f, Drawing):
            self._leaf(element, original, canvas, x, y, _sW)
            return
        self.add(element)
        renderer = _FigureRenderer(self, element)
        renderer.drawing_flowable = f
        f.__dict__["draw"] = renderer.draw_drawing  # past Drawing's attribute checks
        try:
            original(canvas, x, y, _sW=_sW)
        finally:
            del f.__dict__["draw"]
        renderer.close()

    def _table(self, table: Table, original: DrawOn, canvas: Canvas, x: float, y: float, _sW: float) -> None:
        callback = TableTagger(self, table)
        before = table.__dict__.get("_renderCB")
        table._renderCB = callback
        try:
            original(canvas, x, y, _sW=_sW)
        finally:
            table._renderCB = before


def _spaced_lines(begin_text: Callable[..., PDFTextObject]) -> Callable[..., PDFTextObject]:
    """Text objects whose wrapped lines end in a space: reportlab drops the space where it
    breaks a line, and text taken from the tags would read "bisdrei". The space is invisible
    and the next line starts at its own position (T*), so the page looks the same."""

    def begin(*args: Any, **kw: Any) -> PDFTextObject:
        tx = begin_text(*args, **kw)
        text_out = tx._textOut
        # the line's last character: a paragraph of several fragments (bold, a link) writes
        # each fragment on its own and ends the line with an empty one
        line = [""]

        def spaced(text: str, TStar: int = 0) -> None:
            line[0] = (line[0] + text)[-1:]
            if TStar:
                if not line[0].endswith((" ", "-", "\u00ad", "\u2011")):
                    text += " "
                line[0] = ""
            text_out(text, TStar)

        tx._textOut = spaced
        return tx

    return begin
