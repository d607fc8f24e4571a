"""The charts of the PDF, drawn with reportlab.graphics shapes.

Made for black-and-white print: the current profile is a solid black line over
a light grey area, the target a dashed line, provisional ranges a thick grey
bar along the spoke; the rings 0 to 4 are fixed (a chart never rescales to its
largest value). Every text uses the bundled font. Every chart has a data
table beside or below it in the PDF. Every chart also carries ``alt``: a text
made from its data, in the report's language (``language``), which the tagged
PDF gives the chart's Figure as /Alt. Rings, spokes and axes are drawn in
``GRID``, at least 3:1 against white (WCAG 1.4.11).
"""

from __future__ import annotations

import math
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from .styles import DARK, FONT, FONT_BOLD, INK, LIGHT, MID, PALE

LEVELS = 4
DASH = (4, 2.5)
GRID = colors.Color(0.55, 0.55, 0.55)  # 3.3:1 on white: rings and axes must be seen

_LANG: ContextVar[str] = ContextVar("chart_language", default="de")
_WORDS = {
    "de": {"profile": "Profil", "level": "Stufe {n} von 4", "target": "Ziel {n}", "na": "nicht bewertbar",
           "provisional": "vorläufig, Spanne {low} bis {high}", "legend": "Legende",
           "current": "durchgezogene Linie über grauer Fläche", "dashed": "gestrichelte Linie",
           "range": "grauer Balken mit hohlem Punkt", "trend": "Entwicklung der Stufen", "none": "keine Stufe"},
    "en": {"profile": "Profile", "level": "level {n} of 4", "target": "target {n}", "na": "not assessable",
           "provisional": "provisional, range {low} to {high}", "legend": "Legend",
           "current": "solid line over a grey area", "dashed": "dashed line",
           "range": "grey bar with a hollow dot", "trend": "Levels over time", "none": "no level"},
}


@contextmanager
def language(lang: str):
    """The language of the charts' Alt texts while a story is built."""
    token = _LANG.set("en" if lang == "en" else "de")
    try:
        yield
    finally:
        _LANG.reset(token)


def _w(key: str, **kw) -> str:
    return _WORDS[_LANG.get()][key].format(**kw)


def _with_alt(drawing: Drawing, text: str) -> Drawing:
    drawing.__dict__["alt"] = text  # past Drawing's attribute checks; read by report.tagging
    return drawing


def profile_alt(axes: list[Axis]) -> str:
    """ "Profil: Organisationsstrukturen Stufe 3 von 4, Ziel 3; …" """
    parts = []
    for a in axes:
        if a.level is None:
            level = _w("na")
        else:
            level = _w("level", n=a.level)
            if a.provisional and a.low is not None and a.high is not None and a.low != a.high:
                level += f" ({_w('provisional', low=a.low, high=a.high)})"
        parts.append(f"{a.label} {level}, {_w('target', n=a.target)}")
    return f"{_w('profile')}: " + "; ".join(parts)


@dataclass(frozen=True)
class Axis:
    """One dimension on a profile chart."""

    label: str
    level: int | None  # None: not assessable
    target: int
    low: int | None = None  # range of a provisional level
    high: int | None = None
    provisional: bool = False


def wrap(text: str, width: float, font: str = FONT, size: float = 7.5) -> list[str]:
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


def _text(x, y, text, size=7.5, anchor="start", font=FONT, color=INK) -> String:
    return String(x, y, text, fontName=font, fontSize=size, textAnchor=anchor, fillColor=color)


def _drawing(width: float, height: float) -> Drawing:
    """A Drawing whose starting font is the bundled one (else renderPDF selects Helvetica)."""
    drawing = Drawing(width, height)
    drawing.initialFontName = FONT
    drawing.initialFontSize = 7.5
    return drawing


def _marker(x, y, hollow: bool, r: float = 2.2) -> Circle:
    return Circle(x, y, r, fillColor=colors.white if hollow else INK, strokeColor=INK, strokeWidth=1)


# ------------------------------------------------------------------------ radar
def radar(axes: list[Axis], width: float = 88 * mm, height: float = 80 * mm, na_label: str = "n. b.") -> Drawing:
    """A radar with rings 0-4; for fewer than three dimensions a bar profile."""
    if len(axes) < 3:
        return bar_profile(axes, width, na_label=na_label)
    drawing = _drawing(width, height)
    cx, cy = width / 2, height / 2
    label_w = 25 * mm
    radius = min(width / 2 - label_w - 2 * mm, height / 2 - 9 * mm)
    n = len(axes)

    def point(i: int, value: float) -> tuple[float, float]:
        angle = math.pi / 2 - 2 * math.pi * i / n
        return cx + radius * value / LEVELS * math.cos(angle), cy + radius * value / LEVELS * math.sin(angle)

    for ring in range(1, LEVELS + 1):
        pts = [c for i in range(n) for c in point(i, ring)]
        drawing.add(Polygon(pts, fillColor=None, strokeColor=GRID if ring < LEVELS else MID,
                            strokeWidth=0.5 if ring < LEVELS else 0.8,
                            strokeDashArray=(1, 1.5) if ring < LEVELS else None))
    for i in range(n):
        drawing.add(Line(cx, cy, *point(i, LEVELS), strokeColor=GRID, strokeWidth=0.5))

    current = [c for i, a in enumerate(axes) for c in point(i, a.level or 0)]
    drawing.add(Polygon(current, fillColor=LIGHT, strokeColor=INK, strokeWidth=1.6, strokeLineJoin=1))
    for i, a in enumerate(axes):
        if a.provisional and a.low is not None and a.high is not None and a.low != a.high:
            drawing.add(Line(*point(i, a.low), *point(i, a.high), strokeColor=MID, strokeWidth=4, strokeLineCap=1))
    target = [c for i, a in enumerate(axes) for c in point(i, a.target)]
    drawing.add(Polygon(target, fillColor=None, strokeColor=INK, strokeWidth=1, strokeDashArray=DASH))
    for i, a in enumerate(axes):
        if a.level is not None:
            drawing.add(_marker(*point(i, a.level), hollow=a.provisional))
    for ring in range(1, LEVELS + 1):  # the scale, on top of the areas
        x, y = point(0, ring)
        drawing.add(Rect(x + 1, y - 7, 5, 7, fillColor=colors.white, strokeColor=None))
        drawing.add(_text(x + 1.6, y - 6, str(ring), size=6, color=DARK))

    for i, a in enumerate(axes):
        angle = math.pi / 2 - 2 * math.pi * i / n
        x, y = point(i, LEVELS + 0.3)
        dx, up = math.cos(angle), math.sin(angle)
        label = a.label if a.level is not None else f"{a.label} ({na_label})"
        lines = wrap(label, label_w)
        size, lead = 7.5, 8.8
        if abs(dx) < 0.2:  # straight above or below: centred on the spoke
            anchor = "middle"
            top = y + (len(lines) - 1) * lead + 1 if up > 0 else y - size
        else:  # to the side: vertically centred on the spoke's end, nudged outwards
            anchor = "start" if dx > 0 else "end"
            x += 1.5 * mm if dx > 0 else -1.5 * mm
            top = y + (len(lines) - 1) * lead / 2 - size / 3
            if up < -0.2:  # lower half: hang a little lower so long labels clear the rings
                top -= size / 2
        for k, line in enumerate(lines):
            drawing.add(_text(x, top - k * lead, line, size=size, anchor=anchor))
    return _with_alt(drawing, profile_alt(axes))


def bar_profile(axes: list[Axis], width: float, na_label: str = "n. b.") -> Drawing:
    """The same information as the radar for one or two dimensions: bars on a 0-4 scale."""
    row, label_w = 9 * mm, 45 * mm
    height = row * len(axes) + 9 * mm
    drawing = _drawing(width, height)
    x0, x1 = label_w, width - 4 * mm

    def xpos(value: float) -> float:
        return x0 + (x1 - x0) * value / LEVELS

    base = 7 * mm
    for ring in range(LEVELS + 1):
        drawing.add(Line(xpos(ring), base - 1 * mm, xpos(ring), height - 1 * mm, strokeColor=GRID,
                         strokeWidth=0.5, strokeDashArray=(1, 1.5) if 0 < ring < LEVELS else None))
        drawing.add(_text(xpos(ring), base - 4 * mm, str(ring), size=6.5, anchor="middle", color=MID))
    for k, a in enumerate(axes):
        y = height - (k + 1) * row
        label = a.label if a.level is not None else f"{a.label} ({na_label})"
        for j, line in enumerate(wrap(label, label_w - 3 * mm)[:2]):
            drawing.add(_text(x0 - 2 * mm, y + row / 2 - j * 8.8, line, anchor="end"))
        if a.level is not None:
            drawing.add(Rect(x0, y + 2 * mm, xpos(a.level) - x0, row - 4 * mm, fillColor=LIGHT, strokeColor=INK,
                             strokeWidth=1.2))
        drawing.add(Line(xpos(a.target), y + 0.8 * mm, xpos(a.target), y + row - 0.8 * mm, strokeColor=INK,
                         strokeWidth=1.2, strokeDashArray=DASH))
    return _with_alt(drawing, profile_alt(axes))


def legend(current: str, target: str, provisional: str, width: float = 88 * mm) -> Drawing:
    drawing = _drawing(width, 5 * mm)
    y = 2 * mm
    x = 0
    drawing.add(Rect(x, y - 1.5 * mm, 6 * mm, 3 * mm, fillColor=LIGHT, strokeColor=INK, strokeWidth=1.4))
    drawing.add(_text(x + 7.5 * mm, y - 1 * mm, current))
    x += 9 * mm + stringWidth(current, FONT, 7.5) + 4 * mm
    drawing.add(Line(x, y, x + 7 * mm, y, strokeColor=INK, strokeWidth=1, strokeDashArray=DASH))
    drawing.add(_text(x + 8.5 * mm, y - 1 * mm, target))
    x += 10 * mm + stringWidth(target, FONT, 7.5) + 4 * mm
    drawing.add(Line(x, y, x + 6 * mm, y, strokeColor=MID, strokeWidth=4, strokeLineCap=1))
    drawing.add(_marker(x + 3 * mm, y, hollow=True, r=1.8))
    drawing.add(_text(x + 8 * mm, y - 1 * mm, provisional))
    return _with_alt(drawing, f"{_w('legend')}: {_w('current')}: {current}; {_w('dashed')}: {target}; "
                              f"{_w('range')}: {provisional}")


# ------------------------------------------------------------------------ trend
@dataclass(frozen=True)
class Point:
    level: int | None
    target: int | None
    provisional: bool = False


def trend(panels: list[tuple[str, list[Point]]], labels: list[str], width: float,
          columns: int = 3, panel_height: float = 36 * mm) -> Drawing:
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
        values = [f"{label} {_w('level', n=p.level) if p.level is not None else _w('none')}"
                  for label, p in zip(labels, points)]
        targets = [p.target for p in points if p.target is not None]
        tail = f", {_w('target', n=targets[-1])}" if targets else ""
        parts.append(f"{title}: " + ", ".join(values) + tail)
    return f"{_w('trend')}: " + "; ".join(parts)


def _panel(drawing: Drawing, x: float, y: float, w: float, h: float, title: str,
           points: list[Point], labels: list[str]) -> None:
    left, bottom, top = 6 * mm, 6 * mm, 9 * mm
    px0, px1 = x + left, x + w - 3 * mm
    py0, py1 = y + bottom, y + h - top
    title_lines = wrap(title, w - 2 * mm, FONT_BOLD, 7.5)[:2]
    for k, line in enumerate(title_lines):
        drawing.add(_text(x, y + h - 3 * mm - k * 8.5, line, font=FONT_BOLD))
    drawing.add(Rect(px0, py0, px1 - px0, py1 - py0, fillColor=PALE, strokeColor=None))

    def ypos(level: float) -> float:
        return py0 + (py1 - py0) * level / LEVELS

    for level in range(LEVELS + 1):
        drawing.add(Line(px0, ypos(level), px1, ypos(level), strokeColor=colors.white if 0 < level < LEVELS else GRID,
                         strokeWidth=0.8 if 0 < level < LEVELS else 0.5))
        drawing.add(_text(px0 - 1.5 * mm, ypos(level) - 2.2, str(level), size=6.5, anchor="end", color=MID))
    n = len(points)
    step = (px1 - px0) / max(n, 1)

    def xpos(i: int) -> float:
        return px0 + step * (i + 0.5)

    stride = max(1, math.ceil(n / 4))
    for i, label in enumerate(labels):
        if i % stride == 0 or i == n - 1:
            drawing.add(_text(xpos(i), py0 - 3.5 * mm, label, size=6.5, anchor="middle", color=DARK))
    # target: dashed steps between the assessments
    for i, p in enumerate(points):
        if p.target is not None:
            drawing.add(Line(xpos(i) - step / 2 + 1, ypos(p.target), xpos(i) + step / 2 - 1, ypos(p.target),
                             strokeColor=INK, strokeWidth=0.9, strokeDashArray=DASH))
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
