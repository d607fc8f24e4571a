"""Windows that fit the screen they are on: size, position, and a remembered place.

Every window and dialog asks :func:`available` for the room it has (the
screen's available geometry: without taskbar or dock) and is sized with
:func:`fit`, so a 1366×768 office laptop at 150 % text size shows every
window whole. ``SMARTCHECK_SCREEN`` (``WIDTHxHEIGHT`` or ``WIDTHxHEIGHT+X+Y``)
is a hidden switch that stands in for the screen: the tests and
scripts/screenshots.py use it on the offscreen platform, whose one screen has
a fixed size.
"""

from __future__ import annotations

import os
import re

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

SCREEN_VARIABLE = "SMARTCHECK_SCREEN"
_SPEC = re.compile(r"^\s*(\d+)x(\d+)(?:\+(\d+)\+(\d+))?\s*$")


def available(widget: QWidget | None = None) -> QRect:
    """The room a window has: the stand-in from SMARTCHECK_SCREEN, else its screen's available geometry."""
    match = _SPEC.match(os.environ.get(SCREEN_VARIABLE, ""))
    if match:
        width, height, x, y = (int(g) if g else 0 for g in match.groups())
        return QRect(x, y, width, height)
    screen = None
    if widget is not None:
        screen = widget.screen()
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 768)


def frame_extra(widget: QWidget) -> QSize:
    """What the window frame adds to the client size (title bar, borders); a guess before the first show."""
    frame, inner = widget.frameGeometry(), widget.geometry()
    extra = QSize(frame.width() - inner.width(), frame.height() - inner.height())
    if widget.isVisible() and (extra.width() > 0 or extra.height() > 0):
        return extra
    if QGuiApplication.platformName() in ("offscreen", "minimal"):
        return QSize(0, 0)
    return QSize(16, 40)  # a usual title bar and border, until the window manager tells


def fit_size(widget: QWidget, preferred: QSize) -> QSize:
    """``preferred``, made no larger than the room (frame included), and no smaller than the minimum."""
    room, extra = available(widget), frame_extra(widget)
    width = min(preferred.width(), room.width() - extra.width())
    height = min(preferred.height(), room.height() - extra.height())
    minimum = widget.minimumSize()
    return QSize(max(width, minimum.width()), max(height, minimum.height()))


def fit(widget: QWidget, preferred: QSize | None = None, centre_on: QWidget | None = None) -> None:
    """Size ``widget`` to ``preferred`` (its size hint) within the room, and place it inside the room."""
    size = fit_size(widget, preferred if preferred is not None else widget.sizeHint())
    widget.resize(size)
    room, extra = available(widget), frame_extra(widget)
    if centre_on is not None and centre_on.isVisible():
        centre = centre_on.frameGeometry().center()
    else:
        centre = room.center()
    top_left = QPoint(
        centre.x() - (size.width() + extra.width()) // 2, centre.y() - (size.height() + extra.height()) // 2
    )
    widget.move(clamp(QRect(top_left, size + extra), room).topLeft())


def clamp(rect: QRect, room: QRect) -> QRect:
    """``rect`` moved (and if need be shrunk) so that it lies inside ``room``."""
    width, height = min(rect.width(), room.width()), min(rect.height(), room.height())
    x = min(max(rect.x(), room.x()), room.x() + room.width() - width)
    y = min(max(rect.y(), room.y()), room.y() + room.height() - height)
    return QRect(x, y, width, height)


def restore(widget: QWidget, remembered: tuple | list | None, preferred: QSize) -> None:
    """Put a window where it was (``remembered`` = x, y, width, height), kept inside the room."""
    if not remembered or len(remembered) != 4 or not all(isinstance(v, int) for v in remembered):
        fit(widget, preferred)
        return
    x, y, width, height = remembered
    size = fit_size(widget, QSize(width, height))
    extra = frame_extra(widget)
    place = clamp(QRect(x, y, size.width() + extra.width(), size.height() + extra.height()), available(widget))
    widget.resize(size)
    widget.move(place.topLeft())


def remembered(widget: QWidget) -> tuple[int, int, int, int]:
    """What :func:`restore` takes: the frame's position and the client size."""
    frame = widget.frameGeometry()
    return (frame.x(), frame.y(), widget.width(), widget.height())


def keep_inside(widget: QWidget) -> None:
    """Shrink and move a shown window so that its frame (now known) lies inside the room."""
    extra = frame_extra(widget)
    room = available(widget)
    size = fit_size(widget, widget.size())
    if size != widget.size():
        widget.resize(size)
    frame = QRect(widget.frameGeometry().topLeft(), size + extra)
    place = clamp(frame, room)
    if place.topLeft() != frame.topLeft():
        widget.move(place.topLeft())


class _KeepInside(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            keep_inside(watched)
        return False


def keep_inside_when_shown(widget: QWidget) -> None:
    """Each time ``widget`` is shown, its frame is brought inside the room (the frame is known only then)."""
    guard = _KeepInside(widget)
    widget.installEventFilter(guard)
