"""The charts of the PDF, drawn with reportlab.graphics shapes.

Made for black-and-white print: the profile is a dot chart (current level a
black dot, provisional an open one, the target an open square, the gap a black
line between them, the numbers beside); the scale 0 to 4 is fixed and its
numbers stand above the rows, never on a marker. Rules are at least 3:1 against
white. A dimension without a level gets words, never a dot at 0. Every label is
8.5 pt. Every text uses the bundled font. Every chart has a data
table beside or below it in the PDF (open-source reportlab writes no tagged
PDF, so the table is what a screen reader finds). Every chart also carries
``alt``: a text made from its data, in the report's language (``language``),
which the tagged PDF gives the chart's Figure as /Alt (report/tagging.py).
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from ..core.axes import Axis
from ..core.values import MAX_LEVEL
from .styles import DARK, FONT, FONT_BOLD, INK, MID, RULE

DASH = (4, 2.5)

_LANG: ContextVar[str] = ContextVar("chart_language", default="de")
_WORDS = {
    "de": {
        "profile": "Profil",
        "level": "Stufe {n} von {top}",
        "target": "Ziel {n}",
        "provisional": "vorläufig",
        "legend": "Legende",
        "trend": "Entwicklung der Stufen",
        "none": "keine Stufe",
    },
    "en": {
        "profile": "Profile",
        "level": "level {n} of {top}",
        "target": "target {n}",
        "provisional": "provisional",
        "legend": "Legend",
        "trend": "Levels over time",
        "none": "no level",
    },
}


@contextmanager
def language(lang: str) -> Iterator[None]:
    """The language of the charts' Alt texts while a story is built."""
    token = _LANG.set("en" if lang == "en" else "de")
    try:
        yield
    finally:
        _LANG.reset(token)


def _w(key: str, **kw: object) -> str:
    return _WORDS[_LANG.get()][key].format(top=MAX_LEVEL, **kw)


def _with_alt(drawing: Drawing, text: str) -> Drawing:
    drawing.__dict__["alt"] = text  # past Drawing's attribute checks; read by report.tagging
    return drawing


def wrap(text: str, width: float, font: str = FONT, size: float = 8.5) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if line and stringWidth(candidate, font, size) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    if line:
        lines.append(line)
    return lines or [""]


def _text(
    x: float, y: float, text: str, size: float = 8.5, anchor: str = "start", font: str = FONT, color: colors.Color = INK
) -> String:
    return String(x, y, text, fontName=font, fontSize=size, textAnchor=anchor, fillColor=color)


def _drawing(width: float, height: float) -> Drawing:
    """A Drawing whose starting font is the bundled one (else renderPDF selects Helvetica)."""
    drawing = Drawing(width, height)
    drawing.initialFontName = FONT
    drawing.initialFontSize = CHART_SIZE
    return drawing


def _marker(x: float, y: float, hollow: bool, r: float = 2.2) -> Circle:
    return Circle(x, y, r, fillColor=colors.white if hollow else INK, strokeColor=INK, strokeWidth=1)


# ------------------------------------------------------------------------ dot profile
CHART_SIZE = 8.5


def dot_profile(rows: list[Axis], width: float, scale_label: str, current: str, target: str) -> Drawing:
    """Current level (black dot) and target (open square) on a 0-4 scale per dimension, the
    numbers beside; reads in grayscale. An unassessed dimension gets words, never a dot at 0."""
    label_w, number_w = 62 * mm, 18 * mm
    row_h = 2 * CHART_SIZE * 1.2 + 3
    top, bottom = 12 * mm, 2 * mm
    height = top + bottom + row_h * len(rows)
    drawing = _drawing(width, height)
    x0: float = label_w + 3 * mm
    x1: float = width - number_w - 4 * mm

    def xpos(value: float) -> float:
        return x0 + (x1 - x0) * value / MAX_LEVEL

    scale_y = height - 5 * mm
    drawing.add(_text(x0 - 2 * mm, scale_y, scale_label, size=CHART_SIZE, anchor="end", color=DARK))
    for level in range(MAX_LEVEL + 1):
        drawing.add(_text(xpos(level), scale_y, str(level), size=CHART_SIZE, anchor="middle", color=INK))
        drawing.add(
            Line(
                xpos(level),
                bottom,
                xpos(level),
                height - top + 1 * mm,
                strokeColor=RULE,
                strokeWidth=0.5,
                strokeDashArray=(1, 1.5) if 0 < level < MAX_LEVEL else None,
            )
        )
    drawing.add(_text(x1 + 4 * mm, scale_y, f"{current} → {target}", size=CHART_SIZE, color=DARK))
    for k, row in enumerate(rows):
        y_top = height - top - k * row_h
        mid = y_top - row_h / 2
        lines = wrap(row.label, label_w, FONT, CHART_SIZE)[:2]
        first = mid + (len(lines) - 1) * CHART_SIZE * 0.6 - CHART_SIZE / 3
        for j, line in enumerate(lines):
            drawing.add(_text(0, first - j * CHART_SIZE * 1.2, line, size=CHART_SIZE))
        drawing.add(Line(x0, mid, x1, mid, strokeColor=RULE, strokeWidth=0.5))
        if row.level is None:
            drawing.add(
                Rect(
                    xpos(0.15),
                    mid - 5,
                    xpos(MAX_LEVEL - 0.15) - xpos(0.15),
                    10,
                    fillColor=colors.white,
                    strokeColor=None,
                )
            )
            drawing.add(
                _text(
                    xpos(MAX_LEVEL / 2), mid - CHART_SIZE / 3, row.missing, size=CHART_SIZE, anchor="middle", color=DARK
                )
            )
            numbers = f"– → {row.target}"
        else:
            if row.target > row.level:
                drawing.add(Line(xpos(row.level), mid, xpos(row.target), mid, strokeColor=INK, strokeWidth=1.6))
            drawing.add(_marker(xpos(row.level), mid, hollow=row.provisional, r=3.2))
            numbers = f"{row.level}{'*' if row.provisional else ''} → {row.target}"
        s = 3.2
        drawing.add(Rect(xpos(row.target) - s, mid - s, 2 * s, 2 * s, fillColor=None, strokeColor=INK, strokeWidth=1.1))
        drawing.add(_text(x1 + 4 * mm, mid - CHART_SIZE / 3, numbers, size=CHART_SIZE, font=FONT_BOLD))
    return _with_alt(drawing, profile_alt(rows))


def profile_alt(rows: list[Axis]) -> str:
    """ "Profil: Organisationsstrukturen Stufe 3 von 4, Ziel 3; …" """
    parts = []
    for row in rows:
        if row.level is None:
            level = row.missing or _w("none")
        else:
            level = _w("level", n=row.level) + (f" ({_w('provisional')})" if row.provisional else "")
        parts.append(f"{row.label} {level}, {_w('target', n=row.target)}")
    return f"{_w('profile')}: " + "; ".join(parts)


def dot_legend(current: str, target: str, provisional: str, width: float) -> Drawing:
    drawing = _drawing(width, 5 * mm)
    y = 2 * mm
    drawing.add(_marker(1.5 * mm, y, hollow=False, r=3.2))
    drawing.add(_text(4 * mm, y - 3, current, size=CHART_SIZE))
    x = 8 * mm + stringWidth(current, FONT, CHART_SIZE)
    drawing.add(Rect(x - 3.2, y - 3.2, 6.4, 6.4, fillColor=None, strokeColor=INK, strokeWidth=1.1))
    drawing.add(_text(x + 2.5 * mm, y - 3, target, size=CHART_SIZE))
    x += 6.5 * mm + stringWidth(target, FONT, CHART_SIZE)
    drawing.add(_marker(x, y, hollow=True, r=3.2))
    drawing.add(_text(x + 2.5 * mm, y - 3, provisional, size=CHART_SIZE))
    return _with_alt(drawing, f"{_w('legend')}: {current}; {target}; {provisional}")


# ------------------------------------------------------------------------ trend
@dataclass(frozen=True)
class Point:
    level: int | None
    target: int | None
    provisional: bool = False


def trend(
    panels: list[tuple[str, list[Point]]],
    labels: list[str],
    width: float,
    columns: int = 3,
    panel_height: float = 36 * mm,
) -> Drawing:
    """Small multiples: one panel per dimension, level over the assessments."""
    rows = math.ceil(len(panels) / columns)
    gap = 6 * mm
    panel_w = (width - gap * (columns - 1)) / columns
    drawing = _drawing(width, rows * panel_height + (rows - 1) * 3 * mm)
    for index, (title, points) in enumerate(panels):
        col, row = index % columns, index // columns
        x = col * (panel_w + gap)
        y = drawing.height - (row + 1) * panel_height - row * 3 * mm
        _panel(drawing, x, y, panel_w, panel_height, title, points, labels)
    return _with_alt(drawing, trend_alt(panels, labels))


def trend_alt(panels: list[tuple[str, list[Point]]], labels: list[str]) -> str:
    """ "Entwicklung der Stufen: Organisationsstrukturen: 03/2024 Stufe 2 von 4, …, Ziel 3; …" """
    parts = []
    for title, points in panels:
        values = [
            f"{label} {_w('level', n=p.level) if p.level is not None else _w('none')}"
            for label, p in zip(labels, points, strict=True)
        ]
        targets = [p.target for p in points if p.target is not None]
        tail = f", {_w('target', n=targets[-1])}" if targets else ""
        parts.append(f"{title}: " + ", ".join(values) + tail)
    return f"{_w('trend')}: " + "; ".join(parts)


def _panel(
    drawing: Drawing, x: float, y: float, w: float, h: float, title: str, points: list[Point], labels: list[str]
) -> None:
    left, bottom, top = 6 * mm, 6 * mm, 10 * mm
    px0: float = x + left
    px1: float = x + w - 3 * mm
    py0: float = y + bottom
    py1: float = y + h - top
    title_lines = wrap(title, w - 2 * mm, FONT_BOLD, CHART_SIZE)[:2]
    for k, line in enumerate(title_lines):
        drawing.add(_text(x, y + h - 3 * mm - k * 10, line, size=CHART_SIZE, font=FONT_BOLD))
    drawing.add(Rect(px0, py0, px1 - px0, py1 - py0, fillColor=None, strokeColor=RULE, strokeWidth=0.5))

    def ypos(level: float) -> float:
        return py0 + (py1 - py0) * level / MAX_LEVEL

    for level in range(MAX_LEVEL + 1):
        drawing.add(
            Line(
                px0,
                ypos(level),
                px1,
                ypos(level),
                strokeColor=RULE,
                strokeWidth=0.5,
                strokeDashArray=(1, 1.5) if 0 < level < MAX_LEVEL else None,
            )
        )
        drawing.add(_text(px0 - 1.5 * mm, ypos(level) - 2.2, str(level), size=CHART_SIZE, anchor="end", color=MID))
    n = len(points)
    step = (px1 - px0) / max(n, 1)

    def xpos(i: int) -> float:
        return px0 + step * (i + 0.5)

    stride = max(1, math.ceil(n / 4))
    for i, label in enumerate(labels):
        if i % stride == 0 or i == n - 1:
            drawing.add(_text(xpos(i), py0 - 3.5 * mm, label, size=CHART_SIZE, anchor="middle", color=DARK))
    # target: dashed steps between the assessments
    for i, p in enumerate(points):
        if p.target is not None:
            drawing.add(
                Line(
                    xpos(i) - step / 2 + 1,
                    ypos(p.target),
                    xpos(i) + step / 2 - 1,
                    ypos(p.target),
                    strokeColor=INK,
                    strokeWidth=0.9,
                    strokeDashArray=DASH,
                )
            )
    segment: list[float] = []
    for i, p in enumerate(points + [Point(None, None)]):
        if p.level is None:
            if len(segment) >= 4:
                drawing.add(PolyLine(segment, strokeColor=INK, strokeWidth=1.5))
            segment = []
        else:
            segment += [xpos(i), ypos(p.level)]
    for i, p in enumerate(points):
        if p.level is not None:
            drawing.add(_marker(xpos(i), ypos(p.level), hollow=p.provisional))
