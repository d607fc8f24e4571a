"""The English interface shows errors in English: start-up lock, import, merge."""

from __future__ import annotations

import json

import pytest

from smartcheck.core.errors import FALLBACK, UserError
from smartcheck.store import Store
from smartcheck.store.demo import add_demo
from smartcheck.ui import app as app_module
from smartcheck.ui import dialogs
from smartcheck.ui.i18n import install_language
from smartcheck.ui.settings import Settings, save_settings
from tests.helpers.german import german_in
from tests.helpers.ui import main_window


@pytest.fixture
def english(qapp):
    install_language("en")
    yield
    install_language("de")


def test_user_error_text_in_both_languages():
    assert UserError("Datei fehlt", english="File missing").text("en") == "File missing"
    assert UserError("Datei fehlt", english="File missing").text("de") == "Datei fehlt"
    assert UserError("Datei fehlt").text("en") == f"{FALLBACK}\nDatei fehlt"


def test_lock_error_in_english(tmp_path, monkeypatch, english):
    folder = tmp_path / "data"
    save_settings(folder, Settings(language="en"))
    messages = []
    monkeypatch.setattr(app_module, "show_start_error", lambda title, text: messages.append((title, text)))
    with Store.open(folder):
        assert app_module.run(str(folder)) == 1
    [(title, text)] = messages
    assert title == "SmartCheck cannot start" and "already open" in text
    assert german_in([title, text]) == [] and "pid" not in text


@pytest.mark.parametrize(
    "content",
    [
        "",
        "{not json",
        json.dumps({"format": "smartcheck.questionnaire"}),
        json.dumps({"format": "smartcheck.assessment", "format_version": 1}),
    ],
)
def test_import_errors_in_english(qtbot, tmp_path, monkeypatch, english, content):
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    store = Store.open(tmp_path / "data")
    shown = []
    monkeypatch.setattr(dialogs, "open_files", lambda *args: [bad, tmp_path / "missing.json"])
    monkeypatch.setattr(dialogs, "error", lambda parent, title, text: shown.append((title, text)))
    with main_window(qtbot, store, Settings(language="en")) as window:
        window.home.import_files()
    store.close()
    [(title, text)] = shown
    assert "bad.json" in text and "missing.json: file not found" in text and "Nothing was imported." in text
    assert german_in([title, text]) == [], text


def test_merge_error_in_english(qtbot, tmp_path, monkeypatch, english):
    store = Store.open(tmp_path / "data")
    add_demo(store)
    shown = []
    monkeypatch.setattr(dialogs, "error", lambda parent, title, text: shown.append((title, text)))
    with main_window(qtbot, store, Settings(language="en")) as window:
        one = next(s.id for s in store.list_assessments() if s.status == "complete")
        window.merge_assessments([one, one])
    store.close()
    [(title, text)] = shown
    assert "given twice" in text and german_in([title, text]) == []
