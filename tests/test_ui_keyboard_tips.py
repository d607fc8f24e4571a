"""Tooltips reach keyboard users: shown on keyboard focus and Shift+F1, and read as accessible descriptions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPushButton, QTableView, QToolTip, QVBoxLayout, QWidget

from smartcheck.store.demo import add_demo
from smartcheck.ui import focus_style
from smartcheck.ui.focus_style import KeyboardTips, install_keyboard_tips
from tests.helpers.ui import main_window


@pytest.fixture
def tips(qapp):
    """The keyboard tooltips on the application, taken off again after the test."""
    found = install_keyboard_tips(qapp)
    yield found
    QToolTip.hideText()
    qapp.removeEventFilter(found)
    found.setParent(None)
    found.deleteLater()


@pytest.fixture
def form(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    layout = QVBoxLayout(widget)
    widget.first = QLineEdit()
    widget.button = QPushButton("Speichern")
    widget.button.setToolTip("Speichert die Einschätzung im Datenordner.")
    widget.plain = QPushButton("Ohne Hinweis")
    for child in (widget.first, widget.button, widget.plain):
        layout.addWidget(child)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    widget.first.setFocus(Qt.FocusReason.OtherFocusReason)
    return widget


def shown_tip(qtbot) -> str:
    qtbot.waitUntil(QToolTip.isVisible, timeout=2000)
    return QToolTip.text()


def test_tab_to_a_widget_shows_its_tooltip_below_it(tips, form, qtbot):
    QToolTip.hideText()
    qtbot.keyClick(form.first, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.button
    assert shown_tip(qtbot) == "Speichert die Einschätzung im Datenordner."
    below = form.button.mapToGlobal(QPoint(0, form.button.height()))
    label = next(w for w in QApplication.topLevelWidgets() if w.inherits("QTipLabel") and w.isVisible())
    assert label.geometry().top() >= below.y() - 1  # beside the button, not somewhere else
    qtbot.keyClick(form.button, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=2000)
    qtbot.keyClick(form.button, Qt.Key.Key_Tab)  # the next widget has no tip: none opens
    qtbot.wait(50)
    assert QApplication.focusWidget() is form.plain and not QToolTip.isVisible()


def test_focus_by_mouse_leaves_the_tip_to_hovering(tips, form, qtbot):
    QToolTip.hideText()
    form.button.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.wait(50)
    assert not QToolTip.isVisible()


def test_shift_f1_shows_the_focused_widgets_tip_again(tips, form, qtbot):
    form.button.setFocus(Qt.FocusReason.OtherFocusReason)
    QToolTip.hideText()
    qtbot.keyClick(form.button, Qt.Key.Key_F1, Qt.KeyboardModifier.ShiftModifier)
    assert shown_tip(qtbot) == "Speichert die Einschätzung im Datenordner."


def test_shift_f1_in_a_table_shows_the_current_items_tip(tips, qtbot):
    model = QStandardItemModel(2, 1)
    for row, tip in enumerate(("Organisation und Strukturen", "Breite Unterstützung in der Verwaltung")):
        item = QStandardItem(f"D{row + 1}")
        item.setToolTip(tip)
        model.setItem(row, 0, item)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    view.setFocus()
    view.setCurrentIndex(model.index(1, 0))
    QToolTip.hideText()
    qtbot.keyClick(view, Qt.Key.Key_F1, Qt.KeyboardModifier.ShiftModifier)
    assert shown_tip(qtbot) == "Breite Unterstützung in der Verwaltung"


def test_tooltip_becomes_the_accessible_description_and_follows_it(tips, qtbot):
    button = QPushButton("PDF")
    qtbot.addWidget(button)
    button.setToolTip("<b>Bericht</b> als PDF speichern")
    assert button.accessibleDescription() == "Bericht als PDF speichern"
    button.setToolTip("Anderer Hinweis")
    assert button.accessibleDescription() == "Anderer Hinweis"
    own = QPushButton("Hilfe")
    qtbot.addWidget(own)
    own.setAccessibleDescription("Öffnet das Handbuch")
    own.setToolTip("F1")
    assert own.accessibleDescription() == "Öffnet das Handbuch"  # a description set on purpose stays


def test_installed_once_on_the_application(tips, qapp):
    assert install_keyboard_tips(qapp) is tips
    assert qapp.findChildren(KeyboardTips) == [tips]


def test_home_table_cell_tip_names_the_full_dimension_by_keyboard(tips, store, qtbot):
    """At 150 % the dimension headings are shortened; Shift+F1 on a level cell reads the full name."""
    add_demo(store)
    with main_window(qtbot, store, active=True) as window:
        table = window.home.table
        model = table.model()
        column = next(
            c
            for c in range(model.columnCount())
            if model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        )
        full_name = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        table.setFocus(Qt.FocusReason.TabFocusReason)
        table.setCurrentIndex(model.index(0, column))
        QToolTip.hideText()
        qtbot.keyClick(table, Qt.Key.Key_F1, Qt.KeyboardModifier.ShiftModifier)
        assert full_name in shown_tip(qtbot)
        qtbot.keyClick(table, Qt.Key.Key_Escape)  # closes the tip and does nothing else
        qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=2000)
        assert window.isVisible() and QApplication.focusWidget() is table


def test_in_a_dialog_the_first_esc_closes_only_the_tip(tips, qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    first, second = QPushButton("Eins"), QPushButton("Zwei")
    second.setToolTip("Der zweite Knopf")
    layout.addWidget(first)
    layout.addWidget(second)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    first.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    assert shown_tip(qtbot) == "Der zweite Knopf"
    qtbot.keyClick(second, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=2000)
    assert dialog.isVisible()
    qtbot.keyClick(second, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_applications_install_puts_the_tips_on_once(qapp):
    """ui/app.py calls focus_style.install at start: the focus mark and the keyboard tips, each once.

    The focus mark stays (a proxy of the same style, as after any test that starts the app);
    the tips are taken off again unless they were on before."""
    had = qapp.findChild(KeyboardTips)
    focus_style.install(qapp)
    focus_style.install(qapp)
    found = qapp.findChildren(KeyboardTips)
    if had is None:
        for tips in found:
            qapp.removeEventFilter(tips)
            tips.setParent(None)
            tips.deleteLater()
    assert isinstance(qapp.style(), focus_style.FocusStyle)
    assert len(found) == 1
