"""From an empty store to the result with the keyboard alone, through the main window."""

from __future__ import annotations


from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QRadioButton

from smartcheck.store import Store
from smartcheck.ui.i18n import install_language
from tests.helpers.ui import main_window



def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
    for _ in range(times):
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        qtbot.keyClick(widget, key, modifier)


def test_new_assessment_to_result_without_a_mouse(qtbot, tmp_path):
    install_language("de")
    store = Store.open(tmp_path / "data")
    with main_window(qtbot, store, active=True) as window:
        assert QApplication.focusWidget() is window.home.start_button
        press(qtbot, Qt.Key.Key_Space)  # "Neue Einschätzung beginnen"
        wizard = window.wizard
        assert wizard is not None
        wizard.activateWindow()  # the window manager's part
        qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)

        # Profile: the name field has the focus; replace the suggested name.
        assert wizard.currentPage().page_id == "profile"
        press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(QApplication.focusWidget(), "Teststadt")
        press(qtbot, Qt.Key.Key_Return)  # Weiter
        assert wizard.currentPage().page_id == "method"
        press(qtbot, Qt.Key.Key_Return)

        dimensions = wizard.session.assessment.questionnaire.dimensions
        for number, dimension in enumerate(dimensions):
            assert wizard.currentPage().page_id == f"dimension:{dimension.id}"
            assert isinstance(QApplication.focusWidget(), QRadioButton)  # the first question's first option
            press(qtbot, Qt.Key.Key_Down, times=number % 5)
            press(qtbot, Qt.Key.Key_Space)  # choose
            press(qtbot, Qt.Key.Key_Return)  # Weiter
        for page in ("targets", "quick_wins"):
            assert wizard.currentPage().page_id == page
            press(qtbot, Qt.Key.Key_Return)
        assert wizard.currentPage().page_id == "review"
        # The list of open items has the focus (Enter there jumps to an item): Alt+S is "Ab&schließen".
        QTest.keySequence(QApplication.focusWidget(), "Alt+S")
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.result)

        assert window.stack.currentWidget() is window.result
        stored = store.load(window.result.assessment.id)
        assert stored.status.value == "complete"
        assert stored.municipality.name == "Teststadt"
        first = {d.id: d.questions[0].id for d in dimensions}
        assert {stored.answers[q].value for q in first.values()} == {n % 5 for n in range(len(dimensions))}
        assert window.result.title.text().startswith("Ergebnis: Teststadt")
    store.close()
