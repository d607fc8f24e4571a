"""After switching to English, no German word of the interface is left on any screen.

The walk reads what a person sees or a screen reader announces: labels,
buttons, group titles, tooltips, accessible names, placeholders, combo box
entries, table headers and cells, list entries and the menus. Typed values
(line edits, notes) are the user's own data and are skipped; the demo
municipality's data is German on purpose. Questionnaire texts come from the
snapshot in English, so they count too. The same walk over the German
interface finds the words, so the check cannot pass by looking at nothing.
German originals the questionnaire quotes in brackets after the English name
(“Digitale Hilfe”) are content and are left out.
"""

from __future__ import annotations

import gc
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableView,
    QWidget,
)

from smartcheck.store import Store
from smartcheck.store.demo import add_demo
from smartcheck.ui.i18n import install_language
from smartcheck.ui.settings import Settings
from tests.helpers.german import german_in
from tests.helpers.ui import main_window

ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole)


def plain(text: str) -> str:
    """Rich text as read on screen, without the & of keyboard shortcuts."""
    if "<" in text:
        document = QTextDocument()
        document.setHtml(text)
        text = document.toPlainText()
    return re.sub(r"&(?!&)", "", text)


def shown_texts(root: QWidget) -> list[str]:
    """Everything the visible widgets under ``root`` show or announce."""
    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        if widget.property("user_data"):  # shows the municipality's own words (a measure's title)
            continue
        texts += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, (QLineEdit, QPlainTextEdit)):
            texts.append(widget.placeholderText())  # the typed text is the user's
        if isinstance(widget, QComboBox) and widget.isEditable() is False:
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(widget.count())]
        if isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            texts += [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(model.columnCount())]
            for row in range(model.rowCount()):
                for column in range(model.columnCount()):
                    texts += [str(model.data(model.index(row, column), role) or "") for role in ROLES]
    return [plain(t) for t in texts if t]


def menu_texts(window) -> list[str]:
    texts = []
    for action in window.menuBar().actions():
        texts.append(plain(action.text()))
        texts += [plain(a.text()) for a in action.menu().actions()]
    return texts


@pytest.fixture
def demo_store(tmp_path):
    with Store.open(tmp_path / "data") as store:
        add_demo(store)
        yield store


@pytest.fixture
def restore_german():
    install_language("de")
    yield
    install_language("de")
    gc.collect()


def walk_everything(qtbot, window) -> dict[str, list[str]]:
    """Home, every result, the comparison and every page of the draft's wizard: screen -> German texts."""
    found = {"menu": german_in(menu_texts(window))}
    window.show_home()
    found["home"] = german_in(shown_texts(window))
    summaries = window.store.list_assessments()
    complete = [s.id for s in summaries if s.status == "complete"]
    for assessment_id in complete:
        window.show_result(assessment_id)
        found[f"result {assessment_id[:8]}"] = german_in(shown_texts(window))
    window.show_compare(complete[-1], complete[0])
    found["compare"] = german_in(shown_texts(window))
    window.continue_assessment(next(s.id for s in summaries if s.status == "draft"))
    wizard = window.wizard
    qtbot.waitExposed(wizard)
    for page in wizard.session.pages:
        wizard.jump_to(page.id)
        current = wizard.currentPage()
        if page.id.startswith("dimension:"):
            next(iter(current.questions.values())).help_button.click()  # the help text and "hide help"
        found[f"wizard {page.id}"] = german_in(shown_texts(wizard))
    return found


def test_after_switching_to_english_no_screen_shows_german_interface_words(qtbot, demo_store, restore_german):
    with main_window(qtbot, demo_store, Settings(language="de")) as window:
        window.apply_settings(Settings(language="en"))
        assert window.home.new_button.text() == "&New assessment"
        found = walk_everything(qtbot, window)
    assert len(found) >= 12  # menu, home, three results, comparison, and the wizard's pages
    assert {screen: texts for screen, texts in found.items() if texts} == {}


def test_the_same_walk_finds_the_words_in_the_german_interface(qtbot, demo_store, restore_german):
    with main_window(qtbot, demo_store, Settings(language="de")) as window:
        found = walk_everything(qtbot, window)
    every = " ".join(t for texts in found.values() for t in texts)
    for word in ("Weiter", "Zurück", "Einschätzung", "Frage", "Schritt", "beantwortet", "Hilfe", "Stufe"):
        assert re.search(rf"\b{word}\b", every), word
    assert all(found[screen] for screen in found if screen.startswith(("wizard", "result")) or screen == "home")


def test_welcome_page_and_settings_are_english(qtbot, tmp_path, restore_german):
    with Store.open(tmp_path / "empty") as store, main_window(qtbot, store, Settings(language="de")) as window:
        window.apply_settings(Settings(language="en"))
        assert window.home.start_button.text() == "&Start a new assessment"
        assert german_in(shown_texts(window)) == []
        dialog = window.open_settings()
        qtbot.waitExposed(dialog)
        assert german_in(shown_texts(dialog)) == []
        assert dialog.text_size.itemText(0) == "100%"
        dialog.reject()


@pytest.mark.parametrize("lang", ["de", "en"])
def test_home_fits_1200_pixels_at_150_percent_text(qtbot, demo_store, restore_german, lang):
    from smartcheck.ui.i18n import apply_text_size

    install_language(lang)
    apply_text_size(150)
    try:
        with main_window(qtbot, demo_store, Settings(language=lang, text_size=150)) as window:
            window.resize(1200, 800)
            qtbot.waitUntil(lambda: window.home.table.isVisible())
            assert window.minimumSizeHint().width() <= 1200
            assert window.width() == 1200
            assert window.home.export_button.isVisible() and window.home.pdf_button.isVisible()
    finally:
        apply_text_size(100)
