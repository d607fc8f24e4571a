"""Keyboard and screen readers: every focusable control is named and reached by Tab."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from smartcheck.store import Store
from smartcheck.store.demo import add_demo
from tests.helpers.ui import main_window


@pytest.fixture
def window(qtbot, tmp_path):
    store = Store.open(tmp_path / "data")
    with main_window(qtbot, store, active=True) as window:
        yield window
    store.close()
    gc.collect()


def focusable(top: QWidget) -> list[QWidget]:
    return [
        w
        for w in top.findChildren(QWidget)
        if w.isVisibleTo(top)
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.focusProxy() is None
        and w.window() is top
    ]


def tab_chain(qtbot, top: QWidget, start: QWidget) -> list[QWidget]:
    """Press Tab from ``start`` until the focus comes back; the widgets in order."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
    chain = [start]
    for _ in range(200):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        current = QApplication.focusWidget()
        if current is start or current is None:
            break
        chain.append(current)
    return chain


def name_of(widget: QWidget, top: QWidget) -> str:
    """The accessible name set, else the buddy label's text, else what Qt tells a screen reader."""
    if widget.accessibleName().strip():
        return widget.accessibleName()
    for label in top.findChildren(QLabel):
        if label.buddy() is widget and label.text().strip():
            return label.text()
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface else ""


def sweep(qtbot, top: QWidget) -> list[QWidget]:
    widgets = focusable(top)
    assert widgets, "nothing to focus"
    unnamed = [f"{type(w).__name__} {w.objectName()!r}" for w in widgets if not name_of(w, top)]
    assert unnamed == []
    chain = tab_chain(qtbot, top, widgets[0])
    missing = [f"{type(w).__name__} {name_of(w, top)!r}" for w in widgets if w not in chain]
    assert missing == []
    return chain


def test_welcome_page(qtbot, window):
    chain = sweep(qtbot, window)
    assert window.home.start_button in chain and window.home.demo_button in chain
    assert chain.index(window.home.start_button) < chain.index(window.home.demo_button)


def test_home_with_assessments(qtbot, window):
    window.home.add_demo()
    window.show_home()
    chain = sweep(qtbot, window)
    assert window.home.table in chain
    order = [window.home.new_button, window.home.continue_button, window.home.compare_button]
    assert [chain.index(b) for b in order] == sorted(chain.index(b) for b in order)


def test_result_page(qtbot, window):
    add_demo(window.store)
    latest = next(s.id for s in window.store.list_assessments() if s.status == "complete")
    window.show_result(latest)
    chain = sweep(qtbot, window)
    assert window.result.pdf_button in chain and window.result.table in chain


def test_compare_page(qtbot, window):
    add_demo(window.store)
    ids = [s.id for s in window.store.list_assessments() if s.status == "complete"]
    window.show_compare(ids[-1], ids[0])
    chain = sweep(qtbot, window)
    assert chain.index(window.compare.before) < chain.index(window.compare.after)


def test_settings_dialog(qtbot, window):
    dialog = window.open_settings()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    chain = sweep(qtbot, dialog)
    assert [chain.index(w) for w in (dialog.language, dialog.text_size, dialog.pdf_folder)] == sorted(
        chain.index(w) for w in (dialog.language, dialog.text_size, dialog.pdf_folder)
    )
    dialog.reject()


def test_mnemonics_on_the_home_buttons_are_unique(window):
    window.home.add_demo()
    window.show_home()
    buttons = [
        window.home.new_button,
        window.home.continue_button,
        window.home.open_button,
        window.home.compare_button,
        window.home.pdf_button,
        window.home.import_button,
        window.home.export_button,
    ]
    title = next(label for label in window.home.overview.findChildren(QLabel) if label.buddy() is window.home.table)
    keys = [b.text()[b.text().index("&") + 1].lower() for b in [*buttons, title]]
    menus = [a.text()[a.text().index("&") + 1].lower() for a in window.menuBar().actions()]
    assert len(set(keys + menus)) == len(keys + menus)


def test_hint_text_has_a_contrast_of_at_least_4_5_to_1(qtbot, tmp_path):
    from PySide6.QtGui import QColor, QPalette

    from smartcheck.store import Store
    from smartcheck.store.demo import add_demo
    from smartcheck.ui.widgets import contrast, hint_colour
    from tests.helpers.ui import main_window

    assert round(contrast(QColor("#7F7F7F"), QColor("#EFEFEF")), 1) == 3.5  # the grey of before
    store = Store.open(tmp_path / "data")
    add_demo(store)
    with main_window(qtbot, store) as window:
        hint = window.home.findChild(QLabel, "hint")
        shown = hint.grab().toImage()
        back = window.palette().color(QPalette.ColorRole.Window)
        darkest = min(
            (QColor(shown.pixel(x, y)) for x in range(0, shown.width(), 2) for y in range(0, shown.height(), 2)),
            key=lambda c: c.lightness(),
        )
        assert contrast(darkest, back) >= 4.5
    store.close()
    dark = QPalette(QColor("#202020"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#E0E0E0"))
    assert contrast(hint_colour(dark), dark.color(QPalette.ColorRole.Window)) >= 4.5


def test_a_focused_button_is_marked_unlike_the_default_button(qtbot):
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton

    from smartcheck.ui.focus_style import FocusStyle

    dialog = QDialog()
    qtbot.addWidget(dialog)
    style = FocusStyle(QApplication.style().name())
    row = QHBoxLayout(dialog)
    default, other = QPushButton("Weiter"), QPushButton("Zurück")
    for button in (default, other):
        button.setStyle(style)
        button.setAutoDefault(False)
        button.setMinimumSize(120, 36)
        row.addWidget(button)
    default.setDefault(True)
    dialog.show()
    qtbot.waitExposed(dialog)
    highlight = dialog.palette().color(QPalette.ColorRole.Highlight)

    def marked(button) -> int:
        image = button.grab().toImage()

        def near(colour: QColor) -> bool:
            return (
                abs(colour.red() - highlight.red())
                + abs(colour.green() - highlight.green())
                + abs(colour.blue() - highlight.blue())
            ) < 90

        return sum(near(QColor(image.pixel(x, y))) for x in range(8, image.width() - 8) for y in (3, 4, 5))

    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    assert marked(other) > 10  # the dashed frame along the top edge
    assert marked(default) == 0  # the default button without focus has no such mark
