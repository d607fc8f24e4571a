"""Tables in the tagged PDF: which rows and columns are headers, and the cells' tags.

A table reports its drawing through reportlab's table render callback
(``Table._renderCB``); ``TableTagger`` answers it: TR per row, TH (with
/Scope) or TD per cell, fills and rules as artifacts, the header rows a split
table repeats on its next page as artifacts there.
"""

from __future__ import annotations

from typing import Any, Protocol

from reportlab.graphics.shapes import Drawing
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Image, Paragraph, Table

from .structure import Element

Headers = tuple[int, int | tuple[int, ...]]  # header rows; header columns: the first n, or those indices
# a table being tagged, by the id of its first row: its Table and TBody elements, that row, its headers
TableParts = tuple[Element | None, Element | None, list[Any] | None, Headers | None]


class Tagger(Protocol):
    """What a table needs of ``report.tagger.Tagger`` (named here, so the two modules don't import each other)."""

    canvas: Canvas
    stack: list[Element]
    tables: dict[int, TableParts]

    def add(self, element: Element) -> Element: ...
    def begin(self, element: Element, place: bool = True) -> None: ...
    def end(self) -> None: ...
    def watch(self, flowable: Flowable) -> None: ...
    def unwatch(self, flowable: Flowable) -> None: ...


class _Row(list[Any]):
    """A table's first row carrying the override: reportlab's split pieces are new tables, but
    they share the row objects, so the override reaches every piece."""

    tag_headers: Headers


def _override(table: Table, headers: Headers) -> Table:
    table._tag_headers = headers
    if table._cellvalues:
        row = _Row(table._cellvalues[0])
        row.tag_headers = headers
        table._cellvalues[0] = row
    return table


def set_table_headers(table: Table, rows: int = 1, columns: int | tuple[int, ...] = 0) -> Table:
    """Say which rows and columns of ``table`` are headers (instead of the guess): the first
    ``rows`` rows, and the first ``columns`` columns or, as a tuple, the columns at those indices
    (a form of label/field pairs side by side: ``columns=(0, 2)``)."""
    return _override(table, (rows, columns))


def set_layout(table: Table) -> Table:
    """Say that ``table`` only places things side by side (no table semantics)."""
    return _override(table, (0, 0))


def _flowables(value: object) -> list[Flowable]:
    if isinstance(value, Flowable):
        return [value]
    if isinstance(value, (list, tuple)):
        return [v for item in value for v in _flowables(item)]
    return []


def _plain_text(value: object) -> str:
    if isinstance(value, str):
        return value
    return " ".join(p.getPlainText() for p in _flowables(value) if isinstance(p, Paragraph))


def _bold_words(value: object) -> bool:
    """A row header candidate: bold paragraphs with words (not an arrow or a number)."""
    items = _flowables(value)
    return (
        bool(items)
        and all(isinstance(p, Paragraph) and "Bold" in p.style.fontName for p in items)
        and any(c.isalpha() for c in _plain_text(items))
    )


def _headers(table: Table) -> Headers | None:
    """(header rows, header columns) of a data table; None for a layout grid."""
    cells = table._cellvalues
    explicit: Headers | None = getattr(table, "_tag_headers", None) or (
        getattr(cells[0], "tag_headers", None) if cells else None
    )
    if explicit is not None:
        return explicit if any(explicit) else None
    if not cells or any(isinstance(f, (Table, Drawing, Image)) for row in cells for v in row for f in _flowables(v)):
        return None
    rows: int = table.repeatRows if isinstance(table.repeatRows, int) else len(table.repeatRows)
    if rows == 0 and all(isinstance(v, Paragraph) and "head" in v.style.name for v in cells[0]):
        rows = 1
    columns = 0
    if rows == 0 and len(cells[0]) > 1 and all(_bold_words(row[0]) for row in cells):
        columns = 1
    return (rows, columns) if rows or columns else None


class TableTagger:
    """Reportlab's table render callback: TR per row, TH/TD per cell, rules and fills as artifacts."""

    def __init__(self, tagger: Tagger, table: Table) -> None:
        self.tagger, self.table = tagger, table
        self.headers = _headers(table)
        self.element: Element | None = None
        self.head: Element | None = None
        self.body: Element | None = None
        self.row: Element | None = None
        self.cell: Element | str | tuple[str, Element] | None = None  # "artifact"; ("text", cell) in a text run
        self.repeated = 0
        self.patched: list[Flowable] = []
        # the pieces of a split table share their first row's list object (reportlab slices its rows);
        # a later piece keeps the first one's headers (an override does not travel with the split)
        first = table._cellvalues[0] if table._cellvalues else None
        earlier = tagger.tables.get(id(first))
        if earlier is not None and earlier[2] is first:  # the rest of a table split over pages
            self.element, self.body, _, self.headers = earlier
            if self.headers is not None:
                # every row it repeats is an artifact here (a repeated median row below the header too)
                self.repeated = table.repeatRows if isinstance(table.repeatRows, int) else len(table.repeatRows)
            return
        if self.headers is None:
            tagger.tables[id(first)] = (None, None, first, None)
            return
        rows = self.headers[0]
        self.element = Element("Table")
        tagger.add(self.element)
        if rows:
            self.head = Element("THead")
            self.element.kids.append(self.head)
        self.body = Element("TBody")
        self.element.kids.append(self.body)
        tagger.tables[id(first)] = (
            self.element,
            self.body,
            first,
            self.headers,
        )  # keeps ``first`` alive: ids stay unique

    def __call__(self, table: Table, cmd: str, *args: Any) -> None:
        getattr(self, cmd)(*args)

    def startTable(self) -> None:
        self.tagger.canvas._code.append("/Artifact BMC")

    def endBG(self) -> None:
        self.tagger.canvas._code.append("EMC")

    def startBG(self) -> None:
        pass

    def startLines(self) -> None:
        self.tagger.canvas._code.append("/Artifact BMC")

    def endLines(self) -> None:
        self.tagger.canvas._code.append("EMC")

    def endTable(self) -> None:
        pass

    def startRow(self, row_no: int) -> None:
        if self.headers is None or row_no < self.repeated:
            self.row = None
            return
        self.row = Element("TR")
        group = self.head if row_no < self.headers[0] else self.body
        assert group is not None, "a tagged table has a THead for its header rows and a TBody"
        group.kids.append(self.row)

    def endRow(self) -> None:
        self.row = None

    def startCell(self, row_no: int, col_no: int, value: object, style: object, pos: object, size: object) -> None:
        tagger = self.tagger
        if self.headers is not None and row_no < self.repeated:
            self.cell = "artifact"
            tagger.canvas._code.append("/Artifact <</Type /Pagination>> BDC")
            return
        parent = tagger.stack[-1]
        if self.row is not None and self.headers is not None:
            rows, columns = self.headers
            if row_no < rows:
                parent = Element("TH", attributes={"Table": {"Scope": "Column"}})
            elif col_no in columns if isinstance(columns, tuple) else col_no < columns:
                parent = Element("TH", attributes={"Table": {"Scope": "Row"}})
            else:
                parent = Element("TD")
            self.row.kids.append(parent)
        tagger.stack.append(parent)
        self.cell = parent
        if isinstance(value, str):
            if value:
                tagger.begin(Element("P"))
                self.cell = ("text", parent)
        else:
            for f in _flowables(value):
                tagger.watch(f)
                self.patched.append(f)

    def endCell(self) -> None:
        tagger = self.tagger
        if self.cell == "artifact":
            tagger.canvas._code.append("EMC")
        else:
            if isinstance(self.cell, tuple):
                tagger.end()
            tagger.stack.pop()
            for f in self.patched:
                tagger.unwatch(f)
            self.patched = []
        self.cell = None
