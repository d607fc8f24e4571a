"""A focus mark that cannot be taken for the default button.

The platform styles draw a focused push button much like the default button
(the one Return presses), so it was unclear where the focus was. This proxy
style adds a dashed frame in the highlight colour inside the focused button;
the default button keeps its own, solid look.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle


class FocusStyle(QProxyStyle):
    def drawControl(self, element, option, painter, widget=None) -> None:  # noqa: N802 (Qt name)
        super().drawControl(element, option, painter, widget)
        if element == QStyle.ControlElement.CE_PushButton and option.state & QStyle.StateFlag.State_HasFocus:
            painter.save()
            pen = QPen(option.palette.color(QPalette.ColorRole.Highlight), 2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(option.rect.adjusted(4, 4, -4, -4), 2, 2)
            painter.restore()


def install(app) -> None:
    """Use the focus mark for the whole application (on top of its current style)."""
    if not isinstance(app.style(), FocusStyle):
        app.setStyle(FocusStyle(app.style().name()))
