"""Deleting (with a question, a backup first, undo until closing) and reopening assessments in the app."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from smartcheck.store import Store
from smartcheck.store.backups import list_backups
from smartcheck.store.demo import add_demo
from smartcheck.ui import dialogs
from tests.helpers.ui import main_window


@pytest.fixture
def window(qtbot, tmp_path):
    store = Store.open(tmp_path / "data")
    add_demo(store)
    with main_window(qtbot, store) as opened:
        yield opened
    store.close()


def select(window, assessment_id) -> None:
    window.refresh_home(assessment_id)


def test_delete_asks_backs_up_and_undo_brings_it_back(qtbot, window, monkeypatch):
    store, home = window.store, window.home
    victim = next(s for s in store.list_assessments() if s.status == "complete")
    kept = store.load(victim.id)
    select(window, victim.id)
    assert home.delete_button.isEnabled() and home.delete_button.text() == "&Löschen …"
    asked = []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text: asked.append(text) or False)
    qtbot.mouseClick(home.delete_button, Qt.MouseButton.LeftButton)
    assert store.exists(victim.id) and "Musterstadt" in asked[0] and "Strg+Z" in asked[0]

    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text: True)
    count = len(store.list_assessments())
    qtbot.mouseClick(home.delete_button, Qt.MouseButton.LeftButton)
    assert not store.exists(victim.id)
    assert home.model.rowCount() == count - 1
    [backup] = [b for b in list_backups(store.data_dir) if b.reason == "vor-loeschen"]
    assert backup.assessments == count
    assert "Strg+Z" in window.statusBar().currentMessage()
    assert window.undo_action.isEnabled()

    window.undo_action.trigger()
    assert store.load(victim.id).model_dump() == kept.model_dump()
    assert home.model.rowCount() == count
    assert home.selected()[0].id == victim.id
    assert not window.undo_action.isEnabled()


def test_delete_key_on_the_list_deletes_the_marked_rows(qtbot, window, monkeypatch):
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text: True)
    home = window.home
    first = home.model.rows[0].id
    home.table.setFocus()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    qtbot.keyClick(home.table, Qt.Key.Key_Delete)
    assert not window.store.exists(first)


def test_reopen_from_the_result_makes_a_draft_and_opens_the_wizard(qtbot, window, monkeypatch):
    store = window.store
    done = next(s for s in store.list_assessments() if s.status == "complete")
    answers = store.load(done.id).answers
    window.show_result(done.id)
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text: True)
    qtbot.mouseClick(window.result.reopen_button, Qt.MouseButton.LeftButton)
    again = store.load(done.id)
    assert again.status.value == "draft" and again.answers == answers
    assert window.wizard is not None and window.wizard.session.assessment.id == done.id
    window.wizard.reject()
    qtbot.waitUntil(lambda: window.wizard is None)
    assert store.exists(done.id)  # a reopened one is never discarded as empty


def test_new_assessment_does_not_take_the_previous_persons_role(qtbot, window, monkeypatch):
    asked = []
    monkeypatch.setattr(dialogs, "choose", lambda parent, title, text, options: asked.append((text, options)) or 1)
    window.new_assessment()
    text, options = asked[0]
    assert options == ["Entwurf &fortsetzen", "&Eigene neue Einschätzung"]
    assert "der Entwurf bleibt, wie er ist" in text and "„Schließen“: nichts geschieht." in text
    assert window.wizard.session.assessment.respondents == []
    wizard = window.wizard
    assert wizard.page(wizard.session.index("profile")).role.text() == ""  # after the open measures' page


def test_merging_different_years_asks_first(qtbot, window, monkeypatch):
    store = window.store
    complete = [s for s in store.list_assessments() if s.status == "complete"]
    asked = []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text: asked.append(text) or False)
    before = len(store.list_assessments())
    window.merge_assessments([complete[0].id, complete[-1].id])
    assert "verschiedenen Jahren" in asked[0] and len(store.list_assessments()) == before
