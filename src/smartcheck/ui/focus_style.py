"""Where the keyboard focus is, and what it can read there.

The platform styles draw a focused push button much like the default button
(the one Return presses), so it was unclear where the focus was. This proxy
style adds a dashed frame in the highlight colour inside the focused button;
the default button keeps its own, solid look.

Tooltips open on mouse hover only, so keyboard users never saw them.
:class:`KeyboardTips` shows a widget's tooltip beside it when the widget gets
the focus by keyboard (Tab, Shift+Tab, a shortcut), and again on Shift+F1
(for an item view: the current item's tooltip). Esc or the next key closes
it. It also gives every widget with a tooltip that text as its accessible
description, so a screen reader announces it with the focus.
:func:`install` puts both on the whole application.
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPainter, QPalette, QPen, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QToolTip,
    QWidget,
)

KEYBOARD_REASONS = (
    Qt.FocusReason.TabFocusReason,
    Qt.FocusReason.BacktabFocusReason,
    Qt.FocusReason.ShortcutFocusReason,
)
# The accessible description this module set (so it follows the tooltip and never replaces one set by hand).
DESCRIPTION_FROM_TIP = "smartcheck_description_from_tooltip"


class FocusStyle(QProxyStyle):
    def drawControl(  # noqa: N802 (Qt name)
        self, element: QStyle.ControlElement, option: QStyleOption, painter: QPainter, widget: QWidget | None = None
    ) -> None:
        super().drawControl(element, option, painter, widget)
        if element == QStyle.ControlElement.CE_PushButton and option.state & QStyle.StateFlag.State_HasFocus:
            painter.save()
            pen = QPen(option.palette.color(QPalette.ColorRole.Highlight), 2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(option.rect.adjusted(4, 4, -4, -4), 2, 2)
            painter.restore()


def plain(text: str) -> str:
    """A tooltip as a screen reader should read it: rich text without its markup."""
    if "<" not in text:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def describe(widget: QWidget) -> None:
    """Make the tooltip the widget's accessible description, unless it has one of its own."""
    tip = plain(widget.toolTip())
    own = widget.accessibleDescription()
    ours = widget.property(DESCRIPTION_FROM_TIP)
    if own and own != ours:
        return  # set on purpose: keep it
    if tip != own:
        widget.setAccessibleDescription(tip)
        widget.setProperty(DESCRIPTION_FROM_TIP, tip)


def tip_of(widget: QWidget) -> tuple[str, QPoint]:
    """The tooltip to show for the focused ``widget`` and where (below it, or below the current item)."""
    if isinstance(widget, QAbstractItemView) and widget.currentIndex().isValid():
        index = widget.currentIndex()
        text = index.data(Qt.ItemDataRole.ToolTipRole)
        if text:
            rect = widget.visualRect(index)
            return str(text), widget.viewport().mapToGlobal(rect.bottomLeft() + QPoint(0, 2))
    return widget.toolTip(), widget.mapToGlobal(QPoint(0, widget.height() + 2))


def show_tip(widget: QWidget) -> bool:
    """Show the focused widget's tooltip beside it; False when it has none."""
    text, where = tip_of(widget)
    if not text:
        return False
    QToolTip.showText(where, text, widget)
    return True


class KeyboardTips(QObject):
    """An application-wide event filter: tooltips on keyboard focus and Shift+F1; tooltips as descriptions.

    The tip opens when the key that moved the focus is released, after the focus events (which
    close any tooltip; on macOS key presses and releases do too). The next key closes it, and Esc
    then does nothing else, so a first Esc never closes the dialog beneath the tip.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Focused by keyboard; its tip opens on the key's release. A weak reference: a window
        # closed meanwhile (or a focus set in code, with no key to release) keeps nothing alive.
        self._pending: weakref.ref[QWidget] | None = None
        self._shown = False  # a tip of ours is open

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        kind = event.type()
        if not isinstance(watched, QWidget):
            return False
        if kind == QEvent.Type.ToolTipChange:
            describe(watched)
        elif kind == QEvent.Type.FocusIn and isinstance(event, QFocusEvent):
            describe(watched)
            self._pending = weakref.ref(watched) if event.reason() in KEYBOARD_REASONS else None
        elif kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if self._shown and event.key() not in MODIFIER_KEYS:
                self._shown = False  # the next key closes the tip; Esc does only that
                if QToolTip.isVisible():
                    QToolTip.hideText()
                    if event.key() == Qt.Key.Key_Escape:
                        return True
            if _is_shift_f1(event):
                focused = QApplication.focusWidget()
                self._pending = weakref.ref(focused) if focused is not None else None
                return focused is not None  # Shift+F1 is ours: no "What's This" mode
        elif (
            kind == QEvent.Type.KeyRelease
            and isinstance(event, QKeyEvent)
            and self._pending is not None
            and not event.isAutoRepeat()
            and event.key() not in MODIFIER_KEYS
        ):
            pending, self._pending = self._pending, None
            QTimer.singleShot(0, lambda: self._show_if_focused(pending()))
        return False

    def _show_if_focused(self, widget: QWidget | None) -> None:
        if widget is not None and QApplication.focusWidget() is widget:  # still there, and the user has not moved on
            self._shown = show_tip(widget)


MODIFIER_KEYS = (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta, Qt.Key.Key_AltGr)


def _is_shift_f1(event: QKeyEvent) -> bool:
    return event.key() == Qt.Key.Key_F1 and event.modifiers() == Qt.KeyboardModifier.ShiftModifier


def install_keyboard_tips(app: QApplication) -> KeyboardTips:
    """Put :class:`KeyboardTips` on ``app`` (once); the filter is a child of the application."""
    found = app.findChild(KeyboardTips)
    if found is None:
        found = KeyboardTips(app)
        app.installEventFilter(found)
    return found


def install(app: QApplication) -> None:
    """Use the focus mark and the keyboard tooltips for the whole application (on top of its current style)."""
    if not isinstance(app.style(), FocusStyle):
        app.setStyle(FocusStyle(app.style().name()))
    install_keyboard_tips(app)
