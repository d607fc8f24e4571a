"""Settings: language and text size apply at once and are kept in the data folder."""

from __future__ import annotations

import gc
import json

import pytest
from PySide6.QtCore import Qt

from smartcheck.store import Store
from smartcheck.ui import dialogs
from smartcheck.ui.i18n import apply_text_size, install_language
from smartcheck.ui.settings import FILE_NAME, Settings, load_settings, save_settings
from tests.helpers.ui import main_window


@pytest.fixture
def window(qtbot, tmp_path):
    store = Store.open(tmp_path / "data")
    install_language("de")
    apply_text_size(100)
    with main_window(qtbot, store, load_settings(store.data_dir)) as window:
        yield window
    store.close()
    install_language("de")
    apply_text_size(100)
    gc.collect()


def test_defaults_when_the_file_is_missing_or_damaged(tmp_path):
    assert load_settings(tmp_path) == Settings()
    (tmp_path / FILE_NAME).write_text("{ kaputt", encoding="utf-8")
    assert load_settings(tmp_path) == Settings()
    (tmp_path / FILE_NAME).write_text(json.dumps({"language": "fr", "text_size": 175}), encoding="utf-8")
    assert load_settings(tmp_path) == Settings()


def test_saved_settings_are_read_back(tmp_path):
    save_settings(tmp_path, Settings(language="en", text_size=125, pdf_dir=str(tmp_path / "pdf")))
    assert load_settings(tmp_path) == Settings(language="en", text_size=125, pdf_dir=str(tmp_path / "pdf"))


def test_switching_to_english_and_150_percent_applies_and_persists(qtbot, qapp, window, tmp_path):
    base = qapp.font().pointSizeF()
    assert window.home.start_button.text() == "&Neue Einschätzung beginnen"
    dialog = window.open_settings()
    assert dialog.data_folder.text() == str(window.data_dir)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.text_size.setCurrentIndex(dialog.text_size.findData(150))
    dialog.pdf_folder.setText(str(tmp_path / "reports"))
    with qtbot.waitSignal(window.settingsChanged):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # OK is the default button
    saved = load_settings(window.data_dir)
    assert saved == Settings(language="en", text_size=150, pdf_dir=str(tmp_path / "reports"))
    assert window.settings == saved
    assert qapp.font().pointSizeF() == pytest.approx(base * 1.5)
    assert window.home.start_button.text() == "&Start a new assessment"
    assert window.menuBar().actions()[0].text() == "&File"


def test_open_data_folder_button_hands_the_folder_to_the_desktop(qtbot, window, monkeypatch):
    opened = []
    monkeypatch.setattr(dialogs, "open_path", lambda path: opened.append(path) or True)
    dialog = window.open_settings()
    qtbot.mouseClick(dialog.open_data, Qt.MouseButton.LeftButton)
    assert opened == [window.data_dir]
    dialog.reject()


def test_cancel_keeps_everything(qtbot, window):
    dialog = window.open_settings()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert load_settings(window.data_dir) == Settings()
    assert window.settings.language == "de"
