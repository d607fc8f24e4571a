"""The help window: F1 everywhere, the part about the page shown, offline, keyboard-readable."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from smartcheck import paths
from smartcheck.store import Store
from smartcheck.store.demo import add_demo
from smartcheck.ui import dialogs
from smartcheck.ui.help_window import GUIDE, HelpWindow, docs_text, glossary_markdown
from tests.helpers.ui import main_window


def test_the_docs_are_bundled_and_shown_without_pictures():
    assert (paths.resource_dir("docs") / GUIDE).is_file()
    text = docs_text(GUIDE)
    assert text.startswith("# SmartCheck") and "![" not in text


def test_f1_on_the_result_page_opens_the_guide_at_the_result(qtbot, tmp_path):
    store = Store.open(tmp_path / "data")
    add_demo(store)
    with main_window(qtbot, store, active=True) as window:
        done = next(s for s in store.list_assessments() if s.status == "complete")
        window.show_result(done.id)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F1)
        helper = window.findChild(HelpWindow)
        assert helper is not None and helper.isVisible()
        qtbot.waitExposed(helper)
        assert helper.heading_shown().startswith("4. Das Ergebnis")
        assert [helper.topics.item(i).text() for i in range(helper.topics.count())][:2] == ["Kurzanleitung", "Methode"]
        assert helper.focusWidget() is helper.browser  # the text takes the keys once the window is active
        helper.topics.setCurrentRow(1)
        assert "Punkte und Stufen" in helper.browser.toPlainText()
        helper.close()
    store.close()


def test_f1_in_the_wizard_opens_the_part_about_the_questionnaire(qtbot, tmp_path, monkeypatch):
    store = Store.open(tmp_path / "data")
    monkeypatch.setattr(dialogs, "choose", lambda *args: 1)
    with main_window(qtbot, store) as window:
        window.new_assessment()
        wizard = window.wizard
        helper = wizard.open_help()
        qtbot.waitExposed(helper)
        assert helper.heading_shown().startswith("3. Der Fragebogen")
        helper.close()
    store.close()


def test_glossary_is_shown_once_the_questionnaire_has_one(qtbot):
    text = SimpleNamespace(get=lambda lang: {"de": "Verstetigung", "en": "Continuation"}[lang])
    meaning = SimpleNamespace(get=lambda lang: {"de": "dauerhaft weiterführen", "en": "carry on"}[lang])
    questionnaire = SimpleNamespace(glossary=[SimpleNamespace(term=text, definition=meaning)])
    assert "**Verstetigung**: dauerhaft weiterführen" in glossary_markdown(questionnaire, "de")
    assert glossary_markdown(SimpleNamespace(), "de") is None
    window = HelpWindow(None, questionnaire, "en")
    qtbot.addWidget(window)
    assert window.topics.count() == 3
    window.topics.setCurrentRow(2)
    assert "Continuation" in window.browser.toPlainText()
