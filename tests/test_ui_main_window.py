"""The main window opens the wizard for a new or a resumed assessment and shows the result."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from smartcheck.store import Store
from smartcheck.store.demo import add_demo
from smartcheck.ui import dialogs
from smartcheck.ui.i18n import install_language
from tests.helpers.ui import main_window


@pytest.fixture
def window(qtbot, tmp_path):
    install_language("de")
    store = Store.open(tmp_path / "data")
    with main_window(qtbot, store) as window:
        yield window
    store.close()


def test_new_assessment_on_an_empty_store_opens_the_wizard_on_a_stored_draft(qtbot, window):
    qtbot.mouseClick(window.home.start_button, Qt.MouseButton.LeftButton)
    wizard = window.wizard
    assert wizard is not None and wizard.isVisible()
    assert wizard.buttonText(QWizard.WizardButton.NextButton) == "&Weiter >"
    assert wizard.buttonText(QWizard.WizardButton.CancelButton) == "Abbrechen"
    [summary] = window.store.list_assessments()
    assert summary.status == "draft" and summary.id == wizard.session.assessment.id


def test_a_repeat_keeps_municipality_and_targets_and_asks_about_the_open_draft(qtbot, window, monkeypatch):
    add_demo(window.store)
    window.show_home()
    asked = []
    monkeypatch.setattr(dialogs, "choose", lambda parent, title, text, options: asked.append(text) or 1)
    latest = window.store.latest()
    before = {s.id for s in window.store.list_assessments()}
    qtbot.mouseClick(window.home.new_button, Qt.MouseButton.LeftButton)
    assert asked and "Entwurf" in asked[0]
    new_ids = {s.id for s in window.store.list_assessments()} - before
    assert len(new_ids) == 1
    created = window.store.load(new_ids.pop())
    assert created.municipality.name == latest.municipality.name
    assert created.targets == latest.targets
    assert created.answers == {}
    assert window.wizard.session.assessment.id == created.id


def test_continue_draft_then_finish_shows_the_result(qtbot, window):
    add_demo(window.store)
    window.show_home()
    draft = next(s for s in window.store.list_assessments() if s.status == "draft")
    qtbot.mouseClick(window.home.continue_button, Qt.MouseButton.LeftButton)
    wizard = window.wizard
    assert wizard.session.assessment.id == draft.id
    wizard.jump_to("review")
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.text() == "Ab&schließen"
    qtbot.waitUntil(finish.isEnabled)
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.result
    assert window.result.assessment.id == draft.id
    assert window.store.load(draft.id).status.value == "complete"
    qtbot.waitUntil(lambda: window.wizard is None)


def test_closing_a_new_wizard_at_once_leaves_no_empty_draft(qtbot, window):
    qtbot.mouseClick(window.home.start_button, Qt.MouseButton.LeftButton)
    window.wizard.reject()
    qtbot.waitUntil(lambda: window.wizard is None)
    assert window.store.list_assessments() == []
    assert window.home.stack.currentWidget() is window.home.welcome


def test_closing_the_wizard_keeps_the_draft_and_refreshes_home(qtbot, window):
    qtbot.mouseClick(window.home.start_button, Qt.MouseButton.LeftButton)
    wizard = window.wizard
    page = wizard.currentPage()
    page.name.setText("Teststadt")
    page._municipality_edited()
    wizard.reject()
    qtbot.waitUntil(lambda: window.wizard is None)
    assert window.home.stack.currentWidget() is window.home.overview
    assert window.home.model.rowCount() == 1
    assert window.home.model.data(window.home.model.index(0, 2)).startswith("Entwurf")


def test_about_box_names_the_data_folder(window, monkeypatch):
    shown = []
    monkeypatch.setattr(dialogs, "inform", lambda parent, title, text: shown.append((title, text)))
    window.show_about()
    assert shown[0][0] == "Über SmartCheck"
    assert str(window.data_dir) in shown[0][1]
