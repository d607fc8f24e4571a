"""Start-up: translators (Qt's German wizard buttons), the store lock, the quick start."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QWizard

from smartcheck.store import Store
from smartcheck.ui import app as app_module
from smartcheck.ui.i18n import apply_text_size, install_language, qt_catalogue


def wizard_buttons(qtbot) -> dict[str, str]:
    wizard = QWizard()
    qtbot.addWidget(wizard)
    names = {
        "next": QWizard.WizardButton.NextButton,
        "back": QWizard.WizardButton.BackButton,
        "finish": QWizard.WizardButton.FinishButton,
        "cancel": QWizard.WizardButton.CancelButton,
    }
    return {key: wizard.buttonText(which) for key, which in names.items()}


def test_installed_german_catalogue_gives_german_wizard_buttons(qtbot, restore_language):
    assert qt_catalogue("de") is not None
    loaded = install_language("de")
    assert any(p.name == "qtbase_de.qm" for p in loaded)
    assert wizard_buttons(qtbot) == {
        "next": "&Weiter >",
        "back": "< &Zurück",
        "finish": "Ab&schließen",
        "cancel": "Abbrechen",
    }


def test_english_uses_qt_default_buttons_and_the_english_catalogue(qtbot, restore_language):
    loaded = install_language("en")
    assert [p.name for p in loaded] == ["smartcheck_en.qm"]
    assert wizard_buttons(qtbot)["next"] == "&Next >"


def test_text_size_scales_the_application_font(qapp, restore_language):
    apply_text_size(100)
    base = qapp.font().pointSizeF()
    apply_text_size(150)
    assert qapp.font().pointSizeF() == pytest.approx(base * 1.5)
    apply_text_size(125)
    assert qapp.font().pointSizeF() == pytest.approx(base * 1.25)


def test_a_locked_data_folder_gives_one_clear_message_and_exit_1(tmp_path, monkeypatch, restore_language):
    folder = tmp_path / "data"
    messages = []
    monkeypatch.setattr(app_module, "show_start_error", lambda title, text: messages.append((title, text)))
    with Store.open(folder):  # another SmartCheck holds the folder
        assert app_module.run(str(folder)) == 1
    assert len(messages) == 1
    title, text = messages[0]
    assert title == "SmartCheck kann nicht starten"
    assert "bereits geöffnet" in text
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_run_opens_the_store_and_releases_it_on_quit(tmp_path, monkeypatch, restore_language):
    folder = tmp_path / "data"
    monkeypatch.setenv(app_module.QUIT_AFTER, "ready")
    monkeypatch.setattr(app_module, "show_start_error", lambda title, text: pytest.fail(text))
    assert app_module.run(str(folder)) == 0
    assert (folder / "smartcheck.db").is_file() or any(folder.glob("*.db"))
    with Store.open(folder) as store:  # the lock was released
        assert store.list_assessments() == []
