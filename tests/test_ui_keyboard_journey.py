"""From an empty store to the result and its PDF with the keyboard alone, through the main window.

Every question is answered (a number key chooses, Return goes on to the next
open question); the result page's texts are reached by Tab and the page is
scrolled with Page Down and Ctrl+End; the PDF dialog is closed with Esc.
The test counts the key presses and prints the count: it may not grow.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QRadioButton

from smartcheck.store import Store
from smartcheck.ui.i18n import install_language
from smartcheck.ui.settings import Settings
from tests.helpers.ui import main_window

# The journey's key presses may not grow. The issue counted 317 (questionnaire 1.0, 44 questions);
# with number keys and Return it took 118 on 1.0. Questionnaire 2.0 asks an Einheitsgemeinde more
# questions (gates, new items), the profile has three more fields and the PDF three dialogs: 146.
MOST_KEYS = 146


class Keys:
    def __init__(self, qtbot):
        self.qtbot, self.count = qtbot, 0

    def press(self, key, modifier=Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
        for _ in range(times):
            widget = QApplication.focusWidget()
            assert widget is not None, "nothing has the keyboard focus"
            self.qtbot.keyClick(widget, key, modifier)
            self.count += 1

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(QApplication.focusWidget(), text)
        self.count += len(text)

    def sequence(self, keys: str) -> None:
        QTest.keySequence(QApplication.focusWidget(), keys)
        self.count += 1


def test_new_assessment_to_result_and_pdf_without_a_mouse(qtbot, tmp_path):
    install_language("de")
    store = Store.open(tmp_path / "data")
    keys = Keys(qtbot)
    with main_window(qtbot, store, Settings(pdf_dir=str(tmp_path / "pdf")), active=True) as window:
        assert QApplication.focusWidget() is window.home.start_button
        keys.press(Qt.Key.Key_Space)  # "Neue Einschätzung beginnen"
        wizard = window.wizard
        wizard.activateWindow()  # the window manager's part
        qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)

        # Profile: the name field has the focus; replace the suggested name.
        assert wizard.currentPage().page_id == "profile"
        keys.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        keys.type("Teststadt")
        keys.press(Qt.Key.Key_Return)  # Weiter
        assert wizard.currentPage().page_id == "method"
        keys.press(Qt.Key.Key_Return)

        questionnaire = wizard.session.assessment.questionnaire
        given = {}
        for dimension in questionnaire.dimensions:
            page = wizard.currentPage()
            assert page.page_id == f"dimension:{dimension.id}"
            for number, question in enumerate(dimension.questions):
                widget = page.questions[question.id]
                focus = QApplication.focusWidget()
                assert isinstance(focus, QRadioButton) and widget.isAncestorOf(focus), question.id
                viewport = page.scroll_area.viewport()
                assert viewport.rect().contains(focus.mapTo(viewport, focus.rect().center())), question.id
                value = (number + len(given)) % 5
                keys.press(getattr(Qt.Key, f"Key_{value}"))  # the number chooses the option
                given[question.id] = value
                keys.press(Qt.Key.Key_Return)  # on to the next open question; after the last: Weiter
        for page_id in ("targets", "quick_wins"):
            assert wizard.currentPage().page_id == page_id
            keys.press(Qt.Key.Key_Return)
        assert wizard.currentPage().page_id == "review"
        keys.sequence("Alt+S")  # Ab&schließen
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.result)

        result = window.result
        stored = store.load(result.assessment.id)
        assert stored.status.value == "complete" and stored.municipality.name == "Teststadt"
        assert {q: a.value for q, a in stored.answers.items()} == given  # no question skipped

        # The result page: every text is a Tab stop, scrolled into view when reached.
        window.activateWindow()  # the window manager's part, once the wizard has closed
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        assert QApplication.focusWidget() is result.pdf_button
        reached = []
        for _ in range(12):
            keys.press(Qt.Key.Key_Tab)
            widget = QApplication.focusWidget()
            if widget in reached or not result.isAncestorOf(widget):
                break
            reached.append(widget)
            if result.scroll_area.widget().isAncestorOf(widget):
                viewport = result.scroll_area.viewport()
                top = widget.mapTo(viewport, widget.rect().topLeft())
                assert viewport.rect().contains(top), widget.accessibleName()
        for text in (result.table, result.summary, result.steps, result.quick_wins, result.changes):
            assert text in reached, text.accessibleName()
        assert result.changes.accessibleName() == "Veränderungen seit der vorigen Einschätzung"
        bar = result.scroll_area.verticalScrollBar()
        keys.press(Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
        assert bar.value() == 0
        if bar.maximum() > 0:
            keys.press(Qt.Key.Key_PageDown)
            assert bar.value() > 0
            keys.press(Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
            assert bar.value() == bar.maximum()

        # The PDF: Alt+P; Return takes the first kind (the full report), the measures as proposed and
        # the file name offered; the dialog that offers to open the file is closed with Esc.
        seen, titles = [], []

        def answer_dialog() -> None:
            box = QApplication.activeModalWidget()
            if box is None or (seen and seen[-1] is box):
                return
            seen.append(box)
            titles.append(box.windowTitle())
            last = titles[-1] == "Bericht erstellt"
            qtbot.keyClick(box.focusWidget() or box, Qt.Key.Key_Escape if last else Qt.Key.Key_Return)
            keys.count += 1

        poll = QTimer()
        poll.timeout.connect(answer_dialog)
        poll.start(20)
        keys.sequence("Alt+P")
        qtbot.waitUntil(lambda: "Bericht erstellt" in titles, timeout=30000)
        poll.stop()
        assert list((tmp_path / "pdf").glob("*.pdf"))
    store.close()
    print(f"\nkeyboard journey: {keys.count} key presses")
    assert keys.count <= MOST_KEYS
