"""In the app: „Profil weitergeben …“, the „Region“ page and „Für Bürgerinnen und Bürger …“."""

from __future__ import annotations

import json
import os

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from smartcheck.core.profile_share import build_profile
from smartcheck.store import Store
from smartcheck.store.demo import add_demo
from smartcheck.store.profile_files import write_profile
from smartcheck.ui import dialogs
from smartcheck.ui.i18n import install_language
from tests.helpers.store_data import variant
from tests.helpers.ui import main_window

SHOTS = os.environ.get("SMARTCHECK_SHOTS")  # a folder: save screenshots there to look at them


@pytest.fixture
def window(qtbot, tmp_path):
    install_language("de")
    store = Store.open(tmp_path / "data")
    add_demo(store)
    with main_window(qtbot, store) as window:
        yield window
    store.close()


def _menu_action(window, text):
    menu = window.menuBar().actions()[0].menu()
    return next(a for a in menu.actions() if a.text() == text)


def test_share_dialog_shows_the_whole_file_and_saves_exactly_that(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "profil.json"
    monkeypatch.setattr(dialogs, "save_file", lambda *a: target)
    _menu_action(window, "Profil &weitergeben …").trigger()
    from smartcheck.ui.share_dialog import ShareDialog

    dialog = window.findChild(ShareDialog)
    assert dialog is not None and dialog.isVisible()
    assert '"name": "Musterstadt"' in dialog.preview.toPlainText()
    qtbot.keyClick(dialog.anonymous, Qt.Key.Key_Space)
    shown = dialog.preview.toPlainText()
    assert "Musterstadt" not in shown and '"anonymous": true' in shown
    if SHOTS:
        dialog.grab().save(os.path.join(SHOTS, "share-dialog.png"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert target.read_text("utf-8") == shown
    assert json.loads(shown)["municipality"]["name"] is None


def test_region_page_adds_files_highlights_own_saves_and_prints(qtbot, window, tmp_path, monkeypatch):
    base = window.store.latest()
    files = []
    for name, shift, story in (("Musterstadt", 0, None), ("Kleindorf", -1, 4), ("Großheim", 1, 2)):
        a = base if name == "Musterstadt" else variant(base, name, shift, storytelling=story)
        files.append(write_profile(build_profile(a), tmp_path / f"{name}.json"))
    bad = tmp_path / "kaputt.json"
    bad.write_text("{", encoding="utf-8")
    errors = []
    monkeypatch.setattr(dialogs, "error", lambda parent, title, text: errors.append(text))
    _menu_action(window, "&Region").trigger()
    page = window.region
    assert window.stack.currentWidget() is page
    assert not page.add_paths([files[0], bad]) and "kaputt.json" in errors[0]
    assert page.files == []  # all of a selection or none
    assert page.add_paths(files)
    page.own.setCurrentIndex(page.own.findData("Musterstadt"))
    assert page.table.rowCount() == 4  # median and three municipalities
    cells = [page.table.item(r, 0).text() for r in range(4)]
    assert cells == ["Median der Region", "Musterstadt (eigene Kommune)", "Kleindorf", "Großheim"]
    assert page.table.item(1, 0).font().bold()
    assert "Bei Storytelling und Kommunikation steht Kleindorf auf Stufe 4" in page.suggestions.text()
    if SHOTS:
        qtbot.wait(100)
        window.grab().save(os.path.join(SHOTS, "region-page.png"))
    page.name.setText("Amt Beispiel")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    page.clear()
    assert page.table.isHidden()
    page.stored.setCurrentIndex(page.stored.findData("Amt Beispiel"))
    page.stored.activated.emit(page.stored.currentIndex())
    assert page.own.currentData() == "Musterstadt" and page.table.rowCount() == 4
    pdf = tmp_path / "region.pdf"
    monkeypatch.setattr(dialogs, "save_file", lambda *a: pdf)
    monkeypatch.setattr(dialogs, "inform", lambda *a: None)
    assert page.make_pdf() == pdf
    assert "Amt Beispiel: 3 Kommunen im Vergleich" in PdfReader(pdf).pages[0].extract_text()
    assert errors == [errors[0]]


def test_citizens_page_keeps_the_contact_and_writes_one_page(qtbot, window, tmp_path, monkeypatch):
    from smartcheck.ui.story_dialog import StoryDialog

    pdf = tmp_path / "buerger.pdf"
    monkeypatch.setattr(dialogs, "save_file", lambda *a: pdf)
    monkeypatch.setattr(dialogs, "inform", lambda *a: None)
    _menu_action(window, "Für Bür&gerinnen und Bürger …").trigger()
    dialog = window.findChild(StoryDialog)
    qtbot.keyClicks(dialog.contact, "Rathaus, Zimmer 12")
    assert "Kontakt: Rathaus, Zimmer 12." in dialog.preview.toPlainText()
    if SHOTS:
        dialog.grab().save(os.path.join(SHOTS, "story-dialog.png"))
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    reader = PdfReader(pdf)
    assert len(reader.pages) == 1 and "Rathaus, Zimmer 12" in " ".join(reader.pages[0].extract_text().split())
    dialog.close()
    _menu_action(window, "Für Bür&gerinnen und Bürger …").trigger()
    again = [d for d in window.findChildren(StoryDialog) if d.isVisible()][-1]
    assert again.contact.text() == "Rathaus, Zimmer 12"
