"""Pieces every wizard page shares: the page base, debounced saving, labels.

A page is a thin view of :class:`smartcheck.core.session.Session`:
``isComplete()`` and ``nextId()`` ask the session, every change is handed to
the session at once (which saves it). Typing is the one exception: text
fields hand their value over after a short pause, and the wizard flushes
what is pending whenever the page changes or the window closes.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget, QWizardPage

from ...core.session import Session

TYPING_PAUSE_MS = 600


class Pending(QObject):
    """Changes from typing, handed to the session after a short pause.

    ``schedule(key, fn)`` replaces an earlier change with the same key;
    ``flush()`` runs everything at once (page change, window closed).
    """

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._calls: dict[str, Callable[[], None]] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.flush)

    def schedule(self, key: str, call: Callable[[], None]) -> None:
        self._calls[key] = call
        self._timer.start()

    def flush(self) -> None:
        self._timer.stop()
        calls, self._calls = self._calls, {}
        for call in calls.values():
            call()

    def __bool__(self) -> bool:
        return bool(self._calls)


def wrapped(text: str = "", parent: QWidget | None = None, rich: bool = False) -> QLabel:
    """A label that wraps and can be selected with the mouse, never clipped."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


READABLE_STYLE = (
    "QLabel { border: 2px solid transparent; border-radius: 3px; padding: 1px; } "
    "QLabel:focus { border-color: palette(highlight); }"
)


def readable(label: QLabel, name: str = "") -> QLabel:
    """A text the keyboard reaches (a Tab stop, framed while focused) and a screen reader reads."""
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse
    )
    label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    label.setStyleSheet(READABLE_STYLE)
    if name:
        label.setAccessibleName(name)
    return label


def escape(text: str) -> str:
    """Plain text for a rich-text label."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def question_number(session: Session, question_id: str) -> str:
    """ "2.3": the dimension's and the question's position, counted from 1."""
    for d_index, dimension in enumerate(session.assessment.questionnaire.dimensions, 1):
        for q_index, question in enumerate(dimension.questions, 1):
            if question.id == question_id:
                return f"{d_index}.{q_index}"
    raise KeyError(question_id)


class SessionPage(QWizardPage):
    """One page of the session. Its content sits in a scroll area (150 % text size).

    The controls are built the first time the page is shown (``build()``), not
    when the wizard opens, so an assessment holds only the pages it has shown.
    A ``releasable`` page, whose every control shows what the session already
    holds, drops its controls when the user leaves it and builds them again
    when it is shown again: the wizard keeps one such page's widgets at a time.
    """

    releasable = False

    def __init__(self, session: Session, page_id: str, lang: str, pending: Pending):
        super().__init__()
        self.session = session
        self.page_id = page_id
        self.lang = lang
        self.pending = pending
        self.built = False
        self.setObjectName(page_id)
        number, total = session.step(page_id)
        self.setSubTitle(
            QCoreApplication.translate("AssessmentWizard", "Schritt {number} von {total}").format(
                number=number, total=total
            )
        )
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body = self._put_content(QWidget())
        outer.addWidget(self.scroll_area)

    def _put_content(self, content: QWidget) -> QVBoxLayout:
        """Scroll ``content`` (shown, with what it holds) in place of the current content; its layout."""
        content.setObjectName("content")
        body = content.layout()
        if not isinstance(body, QVBoxLayout):
            body = QVBoxLayout(content)
        old = self.scroll_area.takeWidget()
        self.scroll_area.setWidget(content)
        content.show()  # at once: controls added to a shown widget would appear only after the event loop ran
        if old is not None:
            # Deleted at once, not later: the next page is built right after, and both at a time would
            # raise the peak memory. Safe here: QWizard reports a page change after switching, and a key
            # event whose receiver (say, a radio button of the page left) is deleted stops propagating.
            shiboken6.delete(old)
        return body

    def content(self) -> QWidget:
        """The scrolled widget that holds the page's controls."""
        widget = self.scroll_area.widget()
        assert widget is not None  # set in __init__ and whenever the controls are dropped
        return widget

    # Building and dropping the controls.
    def ensure_built(self) -> None:
        """Build the page's controls unless they are there (into a widget not yet shown, then shown)."""
        if self.built:
            return
        self.built = True
        content = QWidget()
        self.body = QVBoxLayout(content)
        self.build()
        self._put_content(content)

    def build(self) -> None:
        """Put the page's controls into ``self.body`` (once, when the page is first shown)."""

    def release(self) -> None:
        """Drop the controls of a ``releasable`` page the user has left (deleted at once)."""
        if not (self.releasable and self.built):
            return
        self.body = self._put_content(QWidget())
        self.built = False
        self.forget()

    def forget(self) -> None:
        """Let go of the Python references to dropped controls."""

    # The two calls QWizard makes into a page, answered by the session.
    def isComplete(self) -> bool:
        return self.session.is_complete(self.page_id)

    def nextId(self) -> int:
        following = self.session.next_page(self.page_id)
        return -1 if following is None else self.session.index(following)

    # Hooks the wizard calls.
    def shown(self) -> None:
        """The page has become the current page (also when coming back to it)."""

    def reveal(self, top: QWidget | None = None, focus: QWidget | None = None) -> None:
        """Scroll to the page's top, unless that hides the focus: then ``top`` (its question) at the top.

        The focused control stays in view either way, so a page opens with its
        intro and the control to work on both visible where they fit.
        """
        focus = focus or QApplication.focusWidget()
        content = self.content()
        for layout in (self.layout(), content.layout()):
            if layout is not None:
                layout.activate()
        bar = self.scroll_area.verticalScrollBar()
        if focus is None or not content.isAncestorOf(focus):
            bar.setValue(0)
            return
        view = self.scroll_area.viewport().height()
        bottom = focus.mapTo(content, QPoint(0, focus.height())).y()
        if bottom + 8 <= view:
            bar.setValue(0)
            return
        top = top if top is not None and content.isAncestorOf(top) else focus
        value = max(0, top.mapTo(content, QPoint(0, 0)).y() - 8)
        if bottom + 8 - value > view:  # a very tall question: its chosen option counts more than its first line
            value = bottom + 8 - view
        bar.setValue(value)

    def focus_start(self, question_id: str | None = None) -> None:
        """Put the keyboard focus where work on this page begins."""
        widget = self.content()
        first = widget.nextInFocusChain()
        while first is not None and first is not widget:
            if (
                first.isVisibleTo(self)
                and first.isEnabled()
                and first.focusPolicy() & Qt.FocusPolicy.TabFocus
                and self.isAncestorOf(first)
            ):
                first.setFocus(Qt.FocusReason.TabFocusReason)
                self.reveal(None, first)
                return
            first = first.nextInFocusChain()
