"""The radar chart of the levels 0-4 with the target levels drawn in.

Drawn with QPainter only (no QtCharts). ``paint_radar`` draws into any
rectangle, so the widget and ``render_image`` (used by tests and
screenshots) share one drawing. The numbers are also in the table beside the
chart and in the widget's accessible description, for screen readers.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..core.axes import Axis
from ..core.values import MAX_LEVEL

translate = QCoreApplication.translate
CURRENT = QColor("#1f5f99")
TARGET = QColor("#b35900")


def _point(center: QPointF, radius: float, index: int, count: int, value: float) -> QPointF:
    angle = -math.pi / 2 + 2 * math.pi * index / count
    r = radius * value / MAX_LEVEL
    return QPointF(center.x() + r * math.cos(angle), center.y() + r * math.sin(angle))


def paint_radar(painter: QPainter, rect: QRectF, axes: list[Axis], palette: QPalette) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    text = palette.color(QPalette.ColorRole.WindowText)
    grid = QColor(text)
    grid.setAlpha(90)
    metrics = QFontMetricsF(painter.font())
    line = metrics.height()
    count = max(len(axes), 3)
    side = [a for i, a in enumerate(axes) if abs(math.cos(-math.pi / 2 + 2 * math.pi * i / count)) >= 0.2]
    words = [w for a in side for w in f"{a.label} (0)".split()] or ["M"]
    label_width = min(max(metrics.horizontalAdvance(w) for w in words) + 8, rect.width() * 0.3)
    label_width = max(label_width, min(metrics.horizontalAdvance("M" * 8), rect.width() * 0.3))
    legend = line * 1.6
    radius = min((rect.width() - 2 * (label_width + line)) / 2, (rect.height() - legend - 2 * 3.2 * line) / 2)
    radius = max(10.0, radius)
    center = QPointF(rect.center().x(), rect.top() + (rect.height() - legend) / 2)

    # Rings 1-4 (0 is the centre) and their numbers along the first axis.
    painter.setPen(QPen(grid, 1))
    for ring in range(1, MAX_LEVEL + 1):
        polygon = QPolygonF([_point(center, radius, i, count, ring) for i in range(count)])
        painter.drawPolygon(polygon)
    for i in range(count):
        painter.drawLine(center, _point(center, radius, i, count, MAX_LEVEL))
    painter.setPen(text)
    for ring in range(MAX_LEVEL + 1):
        p = _point(center, radius, 0, count, ring)
        painter.drawText(QPointF(p.x() + 4, p.y() + metrics.ascent() / 2 - 1), str(ring))

    if axes:
        # Target: dashed outline.
        target = QPolygonF([_point(center, radius, i, count, a.target) for i, a in enumerate(axes)])
        pen = QPen(TARGET, 2.5, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPolygon(target) if len(axes) > 2 else painter.drawPolyline(target)
        # Current level: solid outline with a light fill and dots.
        dots = [_point(center, radius, i, count, a.level or 0) for i, a in enumerate(axes)]
        current = QPolygonF(dots)
        fill = QColor(CURRENT)
        fill.setAlpha(60)
        painter.setPen(QPen(CURRENT, 2.5))
        painter.setBrush(fill)
        painter.drawPolygon(current) if len(axes) > 2 else painter.drawPolyline(current)
        painter.setBrush(CURRENT)
        for point in dots:
            painter.drawEllipse(point, 3.5, 3.5)

    # Dimension labels outside the rings.
    painter.setPen(text)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for i, axis in enumerate(axes):
        anchor = _point(center, radius + line * 0.6, i, count, MAX_LEVEL)
        level = "–" if axis.level is None else str(axis.level)
        label = f"{axis.label} ({level})"
        dx = anchor.x() - center.x()
        if abs(dx) < radius * 0.2:  # top or bottom: centred, may be wider
            anchor = _point(center, radius + line * 1.1, i, count, MAX_LEVEL)
            box = QRectF(0, 0, min(2 * label_width, rect.width()), line * 3)
            box.moveCenter(anchor)
            above = anchor.y() < center.y()
            box.moveTop(anchor.y() - box.height() if above else anchor.y())
            align = Qt.AlignmentFlag.AlignHCenter | (
                Qt.AlignmentFlag.AlignBottom if above else Qt.AlignmentFlag.AlignTop
            )
        else:
            box = QRectF(0, 0, label_width, line * 4)
            if dx > 0:
                box.moveTopLeft(QPointF(anchor.x(), anchor.y() - box.height() / 2))
                align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            else:
                box.moveTopRight(QPointF(anchor.x(), anchor.y() - box.height() / 2))
                align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        box.moveLeft(max(rect.left(), min(box.left(), rect.right() - box.width())))
        box.moveTop(max(rect.top(), min(box.top(), rect.bottom() - legend - box.height())))
        painter.drawText(box, int(align | Qt.TextFlag.TextWordWrap), label)

    # Legend at the bottom left.
    y = rect.bottom() - line * 0.6
    x = rect.left() + 4
    for color, style, name in (
        (CURRENT, Qt.PenStyle.SolidLine, translate("Radar", "Erreichte Stufe")),
        (TARGET, Qt.PenStyle.DashLine, translate("Radar", "Zielstufe")),
    ):
        painter.setPen(QPen(color, 2.5, style))
        painter.drawLine(QPointF(x, y), QPointF(x + 26, y))
        painter.setPen(text)
        painter.drawText(QPointF(x + 32, y + metrics.ascent() / 2 - 1), name)
        x += 32 + metrics.horizontalAdvance(name) + 20
    painter.restore()


def describe(axes: list[Axis]) -> str:
    """The chart in words, for screen readers."""
    parts = []
    for axis in axes:
        level = translate("Radar", "nicht bewertbar") if axis.level is None else str(axis.level)
        parts.append(
            translate("Radar", "{name}: Stufe {level}, Ziel {target}").format(
                name=axis.label, level=level, target=axis.target
            )
        )
    return "; ".join(parts)


class RadarChart(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._axes: list[Axis] = []
        self.setMinimumSize(320, 300)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(translate("Radar", "Netzdiagramm der Stufen"))

    def set_axes(self, axes: list[Axis]) -> None:
        self._axes = list(axes)
        self.setAccessibleDescription(describe(self._axes))
        self.update()

    def axes(self) -> list[Axis]:
        return list(self._axes)

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(30 * line, 26 * line)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        paint_radar(painter, QRectF(self.rect()), self._axes, self.palette())
        painter.end()


def render_image(axes: list[Axis], size: QSize = QSize(480, 420), palette: QPalette | None = None) -> QImage:
    """The chart as an image (tests, screenshots)."""
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    paint_radar(painter, QRectF(0, 0, size.width(), size.height()), axes, palette or QPalette())
    painter.end()
    return image
